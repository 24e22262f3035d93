"""The export registry: formats registered once drive the CLI and the writer dispatch."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kkr_desk.app import exporting
from kkr_desk.app.archive import open_archive
from kkr_desk.app.importing import ImportPolicy, import_files
from kkr_desk.cli.main import main
from kkr_desk.domain.cancel import Cancelled
from kkr_desk.export.json_export import write_json
from kkr_desk.store.archive import Archive
from tests.helpers.kkrpdf import build_pdf, sample_pages
from tests.unit.store.test_lifecycle import corrected_pdf


@pytest.fixture
def archive(archive_url: str, tmp_path: Path) -> Archive:
    archive = open_archive(archive_url, user="tester")
    first, second = tmp_path / "a.pdf", tmp_path / "b.pdf"
    first.write_bytes(build_pdf(sample_pages()))
    second.write_bytes(corrected_pdf())
    import_files(archive, [first, second], ImportPolicy(as_new=True))
    assert archive.meeting_ids() == [1, 2]
    return archive


def test_every_format_of_issue_12_is_registered() -> None:
    assert list(exporting.FORMATS) == ["csv", "json", "xlsx", "report-pdf", "report-docx", "oparl"]
    assert exporting.FORMATS["csv"].options == {"delimiter": ";", "labels": "en"}
    assert exporting.FORMATS["xlsx"].options == {"labels": "en"}
    assert exporting.FORMATS["report-pdf"].options == {"labels": "da"}  # what is sent out
    assert exporting.FORMATS["oparl"].sources  # its File objects carry the SHA-1
    assert {f.suffix for f in exporting.FORMATS.values()} == {"csv", "json", "xlsx", "pdf", "docx"}
    with pytest.raises(ValueError, match="unknown export format 'ods'; choose one of csv, json"):
        exporting.exporter("ods")
    with pytest.raises(ValueError, match="registered already"):
        exporting.register(exporting.FORMATS["csv"])


def test_export_writes_each_format_with_its_options(archive: Archive, tmp_path: Path) -> None:
    done: list[int] = []
    items = exporting.export(archive, [1, 2], "json", tmp_path / "e.json", progress=done.append)
    assert done == [1, 2]
    meetings = json.loads((tmp_path / "e.json").read_text())["meetings"]
    assert [m["id"] for m in meetings] == [1, 2]
    assert items == sum(len(s["items"]) for m in meetings for s in m["sections"])
    exporting.export(archive, [1], "csv", tmp_path / "e.csv", delimiter="\t")
    header = (tmp_path / "e.csv").read_text(encoding="utf-8-sig").splitlines()[0]
    assert header.startswith("meeting_id\tbody\t")
    with pytest.raises(ValueError, match="no option delimiter"):
        exporting.export(archive, [1], "json", tmp_path / "x.json", delimiter=",")


def test_a_cancelled_export_leaves_no_file(archive: Archive, tmp_path: Path) -> None:
    done: list[int] = []
    with pytest.raises(Cancelled):
        exporting.export(
            archive,
            [1, 2],
            "csv",
            tmp_path / "e.csv",
            progress=done.append,
            cancelled=lambda: bool(done),
        )
    assert done == [1]
    assert not [p for p in tmp_path.iterdir() if "e.csv" in p.name]  # nor a temporary file


def test_a_registered_format_is_a_cli_choice(
    archive: Archive, archive_url: str, tmp_path: Path, capsys, monkeypatch
) -> None:
    lines = exporting.Exporter("lines", "txt", "Lines", write_json, encoded=True)
    monkeypatch.setitem(exporting.FORMATS, "lines", lines)
    out = tmp_path / "e.txt"
    assert (
        main(["export", "--all", "--format", "lines", "--out", str(out), "--db", archive_url]) == 0
    )
    assert capsys.readouterr().out.startswith("wrote 6 items of 2 meetings to ")
    assert [m["id"] for m in json.loads(out.read_text())["meetings"]] == [1, 2]
