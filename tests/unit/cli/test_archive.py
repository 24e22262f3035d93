"""``kkr-desk import``, ``meetings`` and ``export`` against a temporary archive."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import create_engine

from kkr_desk.cli.main import main
from tests.helpers.kkrpdf import build_pdf, build_txt, sample_pages


@pytest.fixture
def url(archive_url: str) -> str:
    """A fresh archive on each backend: a SQLite file, a PostgreSQL database."""
    return archive_url


@pytest.fixture
def files(tmp_path: Path) -> list[Path]:
    pdf = tmp_path / "syd.pdf"
    pdf.write_bytes(build_pdf(sample_pages()))
    other = tmp_path / "midt.txt"
    other.write_text(build_txt(sample_pages("KKR Midtjylland", "06.03.2024")), encoding="utf-8")
    return [pdf, other]


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_import_lists_each_meeting_and_meetings_shows_them(capsys, url, files) -> None:
    code, out, err = run(capsys, "import", *map(str, files), "--db", url)
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert [line.split("\t")[1:4] for line in lines] == [
        ["KKR Syddanmark", "2024-03-05", "referat"],
        ["KKR Midtjylland", "2024-03-06", "referat"],
    ]
    code, out, _ = run(capsys, "meetings", "--db", url)
    assert code == 0
    assert "0/3 reviewed" in out.splitlines()[0]


def test_same_file_twice_is_refused_then_replaced(capsys, url, files) -> None:
    run(capsys, "import", str(files[0]), "--db", url)
    code, out, err = run(capsys, "import", str(files[0]), "--db", url)
    assert code == 1
    assert out == ""
    assert "already in the archive" in err
    assert "--replace" in err
    code, out, _ = run(capsys, "import", str(files[0]), "--db", url, "--replace")
    assert code == 0
    assert out.startswith("1\t")  # the same meeting, re-imported
    assert "re-imported as the new version of meeting 1" in out
    _, out, _ = run(capsys, "meetings", "--db", url)
    assert len(out.splitlines()) == 1


def test_a_failing_file_is_skipped_and_the_others_imported(capsys, url, files, tmp_path) -> None:
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.7 nothing else")
    code, out, err = run(capsys, "import", str(files[0]), str(broken), str(files[1]), "--db", url)
    assert code == 1
    assert len(out.splitlines()) == 2
    assert "broken.pdf" in err
    assert "1 of 3 files not imported" in err


def test_archive_url_from_the_environment(capsys, url, files, monkeypatch) -> None:
    monkeypatch.setenv("KKR_DESK_DB", url)
    assert run(capsys, "import", str(files[0]))[0] == 0
    assert "KKR Syddanmark" in run(capsys, "meetings", "--db", url)[1]


def test_export_all_as_csv_and_one_as_json(capsys, url, files, tmp_path) -> None:
    run(capsys, "import", *map(str, files), "--db", url)
    out_csv = tmp_path / "alle.csv"
    code, out, _ = run(
        capsys, "export", "--all", "--format", "csv", "--out", str(out_csv), "--db", url
    )
    assert code == 0
    assert out.startswith("wrote 6 items of 2 meetings")
    data = out_csv.read_bytes()
    assert data.startswith(b"\xef\xbb\xbfmeeting_id;body;")
    out_json = tmp_path / "et.json"
    code, out, _ = run(
        capsys, "export", "--meeting", "2", "--format", "json", "--out", str(out_json), "--db", url
    )
    assert code == 0
    assert out.startswith("wrote 3 items of 1 meeting to")
    document = json.loads(out_json.read_text(encoding="utf-8"))
    assert [m["body"] for m in document["meetings"]] == ["KKR Midtjylland"]
    assert (
        run(
            capsys,
            "export",
            "--all",
            "--format",
            "csv",
            "--out",
            str(out_csv),
            "--delimiter",
            ",",
            "--db",
            url,
        )[0]
        == 0
    )
    assert out_csv.read_bytes().startswith(b"\xef\xbb\xbfmeeting_id,body,")


def test_export_errors_are_one_line_and_leave_no_file(capsys, url, files, tmp_path) -> None:
    run(capsys, "import", str(files[0]), "--db", url)
    code, _, err = run(
        capsys,
        "export",
        "--meeting",
        "7",
        "--format",
        "json",
        "--out",
        str(tmp_path / "x.json"),
        "--db",
        url,
    )
    assert code == 2
    assert err.strip() == "kkr-desk: there is no meeting 7 in the archive"
    target = tmp_path / "missing-dir" / "x.json"
    code, _, err = run(
        capsys, "export", "--all", "--format", "json", "--out", str(target), "--db", url
    )
    assert code == 2
    assert len(err.strip().splitlines()) == 1
    assert not target.exists()
    assert list(tmp_path.glob("**/*.tmp")) == []


def test_an_archive_from_a_newer_program_is_refused(capsys, url, files) -> None:
    run(capsys, "import", str(files[0]), "--db", url)
    engine = create_engine(url)
    with engine.begin() as conn:
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = '9999'")
    engine.dispose()
    code, _, err = run(capsys, "meetings", "--db", url)
    assert code == 2
    assert "newer KKR Desk" in err


def test_progress_bar_on_a_terminal_only(monkeypatch, capsys) -> None:
    from kkr_desk.cli.archive import Progress

    monkeypatch.setattr("sys.stderr.isatty", lambda: True, raising=False)
    bar = Progress(4, "import")
    bar(1, "a.pdf")
    bar(4)
    err = capsys.readouterr().err
    assert "import [#######-----------------------] 1/4 a.pdf" in err
    assert err.endswith("4/4" + " " * 41 + "\n")
    assert not Progress(1, "import").shown


def test_export_csv_with_danish_labels(capsys, url, files, tmp_path) -> None:
    import csv

    from kkr_desk.app.archive import open_archive
    from kkr_desk.domain.edits import SetReview, SetTags
    from kkr_desk.domain.flag import SetFlag

    run(capsys, "import", str(files[0]), "--db", url)
    archive = open_archive(url)
    first, second, _third = list(archive.load(1).items())
    archive.apply(1, SetTags(first.id, ("noted", "approved")))  # confirmed by the clerk
    archive.apply(1, SetReview(first.id, "reviewed"))
    archive.apply(1, SetFlag(second.id, True))
    del archive

    def export(labels: str) -> list[dict[str, str]]:
        out = tmp_path / f"{labels}.csv"
        args = ["export", "--all", "--format", "csv", "--out", str(out), "--db", url]
        code, printed, _ = run(capsys, *args, "--labels", labels)
        assert (code, printed.split(" to ")[0]) == (0, "wrote 3 items of 1 meeting")
        with out.open(encoding="utf-8-sig", newline="") as handle:
            return list(csv.DictReader(handle, delimiter=";"))

    english, danish = export("en"), export("da")
    assert list(danish[0])[7:9] == ["Punkt nr.", "Punkt"]
    assert list(danish[0])[-5:] == [
        "Beslutningsmærker",
        "Mærker bekræftet",
        "Gennemgang",
        "Markeret",
        "Note",
    ]
    columns = ("Beslutningsmærker", "Mærker bekræftet", "Gennemgang", "Markeret")
    assert [tuple(row[c] for c in columns) for row in danish[:2]] == [
        ("Godkendt, Taget til efterretning", "ja", "gennemgået", "nej"),
        ("Godkendt", "nej", "ikke gennemgået", "ja"),  # suggested from its Beslutning
    ]
    codes = ("decision_tags", "decision_tags_confirmed", "review_status", "flagged")
    assert [tuple(row[c] for c in codes) for row in english[:2]] == [
        ("approved, noted", "true", "reviewed", "false"),
        ("approved", "false", "unreviewed", "true"),
    ]
    assert [row["Punkt nr."] for row in danish] == [row["item_number"] for row in english]
    assert [row["item_number"] for row in english] == ["1.1", "2.1", "2.2"]
