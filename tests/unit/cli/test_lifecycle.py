"""``kkr-desk import --replace`` keeps the clerk's work; ``delete``, ``trash``, ``restore``."""

from __future__ import annotations

from pathlib import Path

from kkr_desk.cli.main import main
from kkr_desk.domain import edits
from kkr_desk.store.archive import Archive
from kkr_desk.store.db import Database
from tests.helpers.kkrpdf import build_pdf, sample_pages
from tests.unit.store.test_lifecycle import corrected_pdf


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_reimport_delete_trash_restore(capsys, archive_url: str, tmp_path: Path) -> None:
    first, second = tmp_path / "syd.pdf", tmp_path / "syd-rettet.pdf"
    first.write_bytes(build_pdf(sample_pages()))
    second.write_bytes(corrected_pdf())
    assert run(capsys, "import", str(first), "--db", archive_url)[0] == 0
    db = Database.open(archive_url)
    archive = Archive(db, user="tester")
    items = {i.number: i.id for i in archive.load(1).items()}
    archive.apply(1, edits.SetReview(items["2.1"], "reviewed"))
    archive.apply(1, edits.SetNote(items["2.2"], "udsat"))

    code, out, err = run(capsys, "import", str(second), "--db", archive_url)
    assert code == 1  # refused, not bad input
    assert "another file of meeting 1" in err
    assert "--replace" in err
    code, out, err = run(capsys, "import", str(second), "--replace", "--db", archive_url)
    assert (code, err) == (0, "")
    assert out.splitlines()[0].startswith("1\tKKR Syddanmark")
    assert "new version of meeting 1" in out
    assert "kept in the trash as meeting 3" in out
    assert "carried over to 1 items" in out
    assert "not carried over: 2.2 Orientering om trafik: note" in out

    code, out, _ = run(capsys, "delete", "1", "--db", archive_url)
    assert (code, out) == (0, "meeting 1 moved into the trash\n")
    assert run(capsys, "meetings", "--db", archive_url)[1] == "the archive is empty\n"
    code, out, _ = run(capsys, "trash", "--db", archive_url)
    rows = [line.split("\t") for line in out.splitlines()]
    assert [(r[0], r[4].split(" ")[0]) for r in rows] == [("3", "earlier"), ("1", "deleted")]
    assert run(capsys, "restore", "1", "--db", archive_url)[:2] == (0, "meeting 1 restored\n")
    code, _, err = run(capsys, "restore", "3", "--db", archive_url)
    assert code == 1
    assert "earlier version of meeting 1" in err
    assert "0/3 reviewed" not in run(capsys, "meetings", "--db", archive_url)[1]  # 2.1 kept
    assert run(capsys, "trash", "--empty", "--db", archive_url)[1].startswith("1 meetings")
    assert run(capsys, "trash", "--db", archive_url)[1] == "the trash is empty\n"
    assert [e.operation["op"] for e in archive.edits(1)][-3:] == ["reimport", "delete", "restore"]
    # The original file, now a different file of meeting 1, kept as a meeting of its own.
    code, out, err = run(capsys, "import", str(first), "--as-new", "--db", archive_url)
    assert (code, err) == (0, "")
    assert len(run(capsys, "meetings", "--db", archive_url)[1].splitlines()) == 2
    code, _, err = run(capsys, "delete", "7", "--db", archive_url)
    assert code == 1
    assert "no meeting 7" in err
    db.close()
