"""The Excel workbook of the corpus, imported into an archive with a clerk's work on it and
written through the export registry, read back with openpyxl: every field of the JSON
export of the same meetings is in its cell, in English and in Danish."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from kkr_desk.app.archive import open_archive
from kkr_desk.app.exporting import FORMATS, write_records
from kkr_desk.app.importing import ImportPolicy, import_files
from kkr_desk.domain.edits import ConfirmTags, SetNote, SetReview, SetTags
from kkr_desk.domain.flag import SetFlag
from kkr_desk.domain.labels import label, tag_labels
from kkr_desk.export.json_export import write_json
from kkr_desk.export.xlsx_export import COLUMNS, MEETING_COLUMNS
from tests.conftest import CORPUS_STEMS
from tests.unit.export.test_xlsx_export import PART_COLUMNS, read, rows

NOT_IN_THE_SHEET = {"first_line", "last_line"}  # line numbers: the JSON export's alone


@pytest.fixture(scope="module")
def corpus_archive(
    corpus_dir: Path, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[Any, list[int]]]:
    folder = tmp_path_factory.mktemp("xlsx-corpus")
    archive = open_archive(f"sqlite:///{folder / 'archive.sqlite3'}", user="tester")
    paths = [corpus_dir / f"{stem}.pdf" for stem in CORPUS_STEMS]
    import_files(archive, paths, ImportPolicy())
    ids = archive.meeting_ids()
    assert len(ids) == 2
    for meeting_id in ids:  # the clerk's work, so that every field has values to compare
        found = [
            i for m in archive.records([meeting_id]) for s in m["sections"] for i in s["items"]
        ]
        archive.apply(meeting_id, SetTags(found[0]["id"], ("approved", "noted")))
        archive.apply(meeting_id, SetReview(found[1]["id"], "reviewed"))
        archive.apply(meeting_id, SetFlag(found[1]["id"], True))
        archive.apply(meeting_id, SetNote(found[2]["id"], "=SUM(A1) ring til Bo\nog Anna"))
        tagged = [i for i in found[3:] if i["decision_tags"]]
        if tagged:
            archive.apply(meeting_id, ConfirmTags(tagged[0]["id"]))
    yield archive, ids
    archive.db.close()


def text(value: str | None) -> str | None:
    return value or None  # an empty text is an empty cell


@pytest.mark.corpus
@pytest.mark.parametrize("language", ["en", "da"])
def test_corpus_round_trips_every_field_of_the_json_export(
    corpus_archive: tuple[Any, list[int]], tmp_path: Path, language: str
) -> None:
    archive, ids = corpus_archive
    write_json(archive.records(ids, encoded=True), tmp_path / "a.json")
    exported = json.loads((tmp_path / "a.json").read_text(encoding="utf-8"))["meetings"]
    out = tmp_path / "a.xlsx"
    encoded = FORMATS["xlsx"].encoded
    items = write_records(archive.records(ids, encoded=encoded), "xlsx", out, labels=language)
    sheet, meetings = read(out)
    got = iter(rows(sheet, COLUMNS))
    states = set()
    for m, mrow in zip(exported, rows(meetings, MEETING_COLUMNS), strict=True):
        when = dt.datetime.fromisoformat(m["date"])
        count = sum(len(s["items"]) for s in m["sections"])
        assert {c: mrow[c].value for c in MEETING_COLUMNS} == {
            "meeting_id": m["id"],
            "body": m["body"],
            "date": when,
            "kind": label("kind", m["kind"], language),
            "pages": m["pages"],
            "items": count,
            "source_name": m["source_name"],
            "participants": text("\n".join(m["participants"])),
            "absent": text("\n".join(m["absent"])),
        }
        for s in m["sections"]:
            for i in s["items"]:
                row = next(got)
                assert set(i) - NOT_IN_THE_SHEET <= {
                    "id", "number", "title", "page", "last_page", "case_number",
                    "case_handlers", "parts", "attachments", "decision_tags",
                    "tags_confirmed", "review_status", "flagged", "note",
                }  # fmt: skip
                parts: dict[str, list[str]] = {}
                for part in i["parts"]:
                    parts.setdefault(PART_COLUMNS[part["heading"]], []).append(part["text"])
                state = "none" if not i["decision_tags"] else (
                    "confirmed" if i["tags_confirmed"] else "suggested")  # fmt: skip
                states.add(state)
                expected = {
                    "meeting_id": m["id"],
                    "body": m["body"],
                    "date": when,
                    "kind": label("kind", m["kind"], language),
                    "section_number": text(s["number"]),
                    "section_title": text(s["title"]),
                    "item_id": i["id"],
                    "item_number": text(i["number"]),
                    "item_title": text(i["title"]),
                    "case_number": text(i["case_number"]),
                    "case_handlers": text("/".join(i["case_handlers"])),
                    "first_page": i["page"],
                    "last_page": i["last_page"],
                    **{c: text("\n\n".join(parts.get(c, []))) for c in PART_COLUMNS.values()},
                    "attachments": text("\n".join(i["attachments"])),
                    "decision_tags": text(", ".join(tag_labels(i["decision_tags"], language))),
                    "decision_tags_confirmed": text(label("tags_state", state, language)),
                    "review_status": label("review", i["review_status"], language),
                    "flagged": text(label("flag", str(i["flagged"]).lower(), language)),
                    "note": text(i["note"]),
                }
                assert {c: row[c].value for c in COLUMNS} == expected
    assert next(got, None) is None
    assert items == sum(len(s["items"]) for m in exported for s in m["sections"]) > 30
    assert states == {"none", "confirmed", "suggested"}
