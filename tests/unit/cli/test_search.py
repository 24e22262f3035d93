"""``kkr-desk search``: one hit a line, or JSON, on SQLite and PostgreSQL."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from kkr_desk.cli.main import main


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def imported(capsys, archive_url: str, corpus_dir: Path, tmp_path: Path) -> list[str]:
    files = []
    for path in sorted(corpus_dir.glob("*.pdf")):
        files.append(str(shutil.copy(path, tmp_path / path.name)))
    code, out, err = run(capsys, "import", *files, "--db", archive_url)
    assert code == 0, err
    return [line.split("\t")[0] for line in out.splitlines()]


def test_text_output_is_one_hit_a_line(capsys, archive_url, corpus_dir, tmp_path) -> None:
    ids = imported(capsys, archive_url, corpus_dir, tmp_path)
    code, out, err = run(capsys, "search", "kommune", "--db", archive_url, "--limit", "7")
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert len(lines) == 7
    for line in lines:
        meeting, label, number, _title, found = line.split("\t")
        assert meeting in ids
        assert label.startswith("KKR ")
        assert label.count(" · ") == 2
        assert number != "-"
        field, snippet = found.split(": ", 1)
        assert field in ("text", "title", "case", "note")
        assert "[" in snippet
        assert "]" in snippet


def test_json_output_is_an_array_of_hits_and_meeting_narrows_it(
    capsys, archive_url, corpus_dir, tmp_path
) -> None:
    ids = imported(capsys, archive_url, corpus_dir, tmp_path)
    code, out, _ = run(capsys, "search", "kommune", "--db", archive_url, "--format", "json")
    assert code == 0
    hits = json.loads(out)
    assert {h["meeting_id"] for h in hits} == {int(i) for i in ids}
    assert set(hits[0]) == {
        "meeting_id",
        "meeting_label",
        "item_id",
        "item_number",
        "item_title",
        "field",
        "snippet",
        "terms",
        "first_line",
        "rank",
    }
    code, out, _ = run(
        capsys, "search", "kommune", "--db", archive_url, "--format", "json", "--meeting", ids[0]
    )
    only = json.loads(out)
    assert only == [h for h in hits if h["meeting_id"] == int(ids[0])][: len(only)]
    assert only


def test_bad_syntax_and_no_hits_print_nothing(capsys, archive_url, corpus_dir, tmp_path) -> None:
    imported(capsys, archive_url, corpus_dir, tmp_path)
    for query in ('"', "NEAR(", "zzzyxxq", "-kommune"):
        code, out, err = run(capsys, "search", "--db", archive_url, "--", query)
        assert (code, out, err) == (0, "", ""), query
    code, out, _ = run(capsys, "search", "--db", archive_url, "--format", "json", "--", '"')
    assert json.loads(out) == []
