"""The command line on a damaged or read-only archive: one line, exit 2, nothing
half-written."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from kkr_desk.cli.main import main
from tests.helpers.damage import overwrite_pages
from tests.helpers.kkrpdf import build_pdf, build_txt, sample_pages


@pytest.fixture
def files(tmp_path: Path) -> list[Path]:
    pdf = tmp_path / "syd.pdf"
    pdf.write_bytes(build_pdf(sample_pages()))
    other = tmp_path / "midt.txt"
    other.write_text(build_txt(sample_pages("KKR Midtjylland", "06.03.2024")), encoding="utf-8")
    return [pdf, other]


@pytest.fixture
def archive(tmp_path: Path, files: list[Path], capsys) -> Iterator[Path]:
    """A closed archive file holding one meeting; writable again after the test."""
    path = tmp_path / "db" / "archive.sqlite3"
    assert main(["import", str(files[0]), "--db", f"sqlite:///{path}"]) == 0
    capsys.readouterr()
    yield path
    path.chmod(0o644)


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def _one_line(err: str) -> str:
    lines = err.splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("kkr-desk: ")
    return lines[0]


@pytest.mark.parametrize("fmt", ["csv", "json"])
def test_export_of_a_damaged_archive_says_so_and_writes_nothing(
    capsys, tmp_path: Path, archive: Path, fmt: str
) -> None:
    overwrite_pages(archive, "node")  # the meeting ids read, the records (in the file) not
    backup = archive.with_name(f"{archive.name}.2026-12-01T101010.bak")
    backup.write_bytes(b"an older archive")
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    existing = out_dir / f"old.{fmt}"
    existing.write_text("the last export\n", encoding="utf-8")
    url = f"sqlite:///{archive}"
    for target in (out_dir / f"new.{fmt}", existing):
        code, out, err = run(
            capsys, "export", "--all", "--format", fmt, "--out", str(target), "--db", url
        )
        assert (code, out) == (2, "")
        line = _one_line(err)
        assert f"the archive {archive} is damaged (database disk image is malformed)" in line
        assert f"the newest backup is {backup} — copy it over the archive" in line
    assert sorted(os.listdir(out_dir)) == [existing.name]  # no new file, no temp file
    assert existing.read_text(encoding="utf-8") == "the last export\n"


def test_listing_and_importing_into_a_damaged_archive_say_so(
    capsys, archive: Path, files: list[Path]
) -> None:
    overwrite_pages(archive, "node")
    url = f"sqlite:///{archive}"
    for args in (["meetings"], ["import", str(files[1])]):
        code, out, err = run(capsys, *args, "--db", url)
        assert (code, out) == (2, "")
        assert _one_line(err).endswith(
            "is damaged (database disk image is malformed); there is no backup"
        )


def test_a_read_only_archive_lists_and_exports_but_refuses_an_import(
    capsys, tmp_path: Path, archive: Path, files: list[Path]
) -> None:
    archive.chmod(0o444)
    before = archive.read_bytes()
    url = f"sqlite:///{archive}"
    code, out, err = run(capsys, "meetings", "--db", url)
    assert (code, err) == (0, "")
    assert "KKR Syddanmark" in out
    target = tmp_path / "export.csv"
    code, out, err = run(
        capsys, "export", "--all", "--format", "csv", "--out", str(target), "--db", url
    )
    assert (code, err) == (0, "")
    assert "KKR Syddanmark" in target.read_text(encoding="utf-8-sig")
    code, out, err = run(capsys, "import", str(files[1]), "--db", url)
    assert (code, out) == (2, "")
    line = _one_line(err)
    assert f"the archive {archive} is read-only: the file is write-protected" in line
    assert archive.read_bytes() == before


def test_export_over_a_write_protected_file_is_refused(
    capsys, tmp_path: Path, archive: Path
) -> None:
    target = tmp_path / "export.json"
    target.write_text("kept\n", encoding="utf-8")
    target.chmod(0o444)
    code, out, err = run(
        capsys,
        "export",
        "--all",
        "--format",
        "json",
        "--out",
        str(target),
        "--db",
        f"sqlite:///{archive}",
    )
    assert (code, out) == (2, "")
    assert f"{target} is write-protected; it was left as it is" in _one_line(err)
    assert target.read_text(encoding="utf-8") == "kept\n"
