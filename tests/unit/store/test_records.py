"""Archive exports: a fresh import exports exactly what the parser produced; edits show."""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import json
import time
from pathlib import Path

import jsonschema
import pytest
from alembic import command
from sqlalchemy import inspect, select

from kkr_desk.app.exporting import write_records as export
from kkr_desk.domain import edits
from kkr_desk.domain.csv_row import CsvRow
from kkr_desk.domain.flag import SetFlag
from kkr_desk.domain.gold import to_gold
from kkr_desk.export.csv_export import write_csv
from kkr_desk.export.schema import load_schema
from kkr_desk.parse import parse_bytes, parse_file
from kkr_desk.store import history, lifecycle
from kkr_desk.store.archive import Archive
from kkr_desk.store.db import Database
from kkr_desk.store.migrate import HEAD, alembic_config, current_revision
from kkr_desk.store.models import ItemRecordRow
from kkr_desk.store.records import meeting_records
from tests.conftest import CORPUS_STEMS
from tests.unit.store.conftest import SAMPLE_PDF
from tests.unit.store.test_lifecycle import clerk_work, corrected_pdf

INPUTS = [f"{stem}.{ext}" for stem in CORPUS_STEMS for ext in ("txt", "pdf")]
ADDED = {"id", "source_name", "review_status", "flagged", "note", "tags_confirmed", "anomalies"}
ADDED |= {"source", "created", "modified"}


def without_added(value):
    """The record with the archive's added fields removed, recursively."""
    if isinstance(value, dict):
        return {k: without_added(v) for k, v in value.items() if k not in ADDED}
    if isinstance(value, list):
        return [without_added(v) for v in value]
    return value


def validate(document: dict) -> None:
    validator = jsonschema.Draft202012Validator(
        load_schema(), format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
    )
    validator.validate(document)


@pytest.mark.corpus
@pytest.mark.parametrize("name", INPUTS)
def test_fresh_import_exports_the_parse(
    name: str, corpus_dir: Path, archive: Archive, tmp_path: Path
) -> None:
    path = corpus_dir / name
    parsed = to_gold(parse_file(path))
    meeting = archive.import_document(parse_file(path), path.read_bytes())
    out = tmp_path / "export.json"
    assert export(archive.records([meeting], encoded=True), "json", out) == sum(
        len(s["items"]) for s in parsed["sections"]
    )
    document = json.loads(out.read_text(encoding="utf-8"))
    validate(document)
    [record] = document["meetings"]
    assert record["id"] == meeting
    assert without_added(record) == parsed
    items = [i for s in record["sections"] for i in s["items"]]
    assert {i["review_status"] for i in items} == {"unreviewed"}


def test_exports_reflect_the_clerks_edits(archive: Archive, sample: int, tmp_path: Path) -> None:
    doc = archive.load(sample)
    _first, second = doc.sections[1].children
    spor = next(x.index for x in doc.lines if x.text == "Projektet har følgende spor:")
    archive.apply(sample, edits.CorrectLine(spor, "Projektet har to spor:"))
    archive.apply(sample, edits.SetTags(second.id, ("noted",)))
    archive.apply(sample, edits.SetReview(second.id, "reviewed"))
    archive.apply(sample, SetFlag(second.id, True))
    archive.apply(sample, edits.SetNote(second.id, '=HYPERLINK("x")'))
    archive.apply(sample, edits.MoveStart(second.id, second.first - 1))

    export(archive.records([sample], encoded=True), "json", tmp_path / "e.json")
    record = json.loads((tmp_path / "e.json").read_text(encoding="utf-8"))["meetings"][0]
    validate({"format": "kkr-desk/1", "meetings": [record]})
    one, two = record["sections"][1]["items"]
    assert one["parts"][1]["text"].startswith("Projektet har to spor:")
    assert (two["decision_tags"], two["tags_confirmed"]) == (["noted"], True)
    assert (two["review_status"], two["note"]) == ("reviewed", '=HYPERLINK("x")')
    assert (one["flagged"], two["flagged"]) == (False, True)
    plain = next(iter(archive.records([sample], encoded=False)))["sections"][1]["items"]
    assert [(i["review_status"], i["flagged"]) for i in plain] == [
        ("unreviewed", False),
        ("reviewed", True),
    ]
    assert two["first_line"] == second.first - 1

    export(archive.records([sample], encoded=True), "csv", tmp_path / "e.csv")
    with (tmp_path / "e.csv").open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter=";"))
    assert rows[1]["sagsfremstilling"].startswith("Projektet har to spor:")
    assert rows[2]["decision_tags"] == "noted"
    assert rows[2]["note"] == '\'=HYPERLINK("x")'  # neutralised: no formula in Excel


def test_spliced_json_equals_json_built_from_records(
    archive: Archive, sample: int, tmp_path: Path
) -> None:
    doc = archive.load(sample)
    second = doc.sections[1].children[1]
    archive.apply(sample, edits.SetNote(second.id, 'Citat: "ja" – \\ og \u00e6'))
    archive.apply(sample, edits.Merge(second.id))
    spliced, built = tmp_path / "spliced.json", tmp_path / "built.json"
    assert export(archive.records([sample], encoded=True), "json", spliced) == 2
    assert export(archive.records([sample]), "json", built) == 2
    document = json.loads(spliced.read_text(encoding="utf-8"))
    assert document == json.loads(built.read_text(encoding="utf-8"))
    validate(document)


def test_csv_from_stored_records_equals_csv_from_built_records(
    archive: Archive, sample: int, tmp_path: Path
) -> None:
    archive.apply(sample, edits.SetNote(archive.load(sample).sections[1].children[0].id, "=1"))
    stored, built = tmp_path / "stored.csv", tmp_path / "built.csv"
    assert export(archive.records([sample], encoded=True), "csv", stored) == 3
    assert export(archive.records([sample]), "csv", built) == 3
    assert stored.read_bytes() == built.read_bytes()


def _meeting(archive: Archive, meeting: int, *, sources: bool = False) -> dict:
    with archive.db.session() as session:
        [record] = meeting_records(session, [meeting], sources=sources)
    return record


def test_the_source_file_is_described_from_its_stored_bytes(archive: Archive, sample: int) -> None:
    plain, with_sha1 = _meeting(archive, sample), _meeting(archive, sample, sources=True)
    expected = {
        "name": "sample.pdf",
        "size": len(SAMPLE_PDF),
        "sha256": hashlib.sha256(SAMPLE_PDF).hexdigest(),
        "mime": "application/pdf",
    }
    assert plain["source"] == expected  # no bytes read: no SHA-1
    assert with_sha1["source"] == {**expected, "sha1": hashlib.sha1(SAMPLE_PDF).hexdigest()}


@pytest.mark.corpus
def test_a_text_source_is_text_plain(archive: Archive, corpus_dir: Path) -> None:
    path = corpus_dir / f"{CORPUS_STEMS[0]}.txt"
    meeting = archive.import_document(parse_file(path), path.read_bytes())
    source = _meeting(archive, meeting, sources=True)["source"]
    assert (source["mime"], source["size"]) == ("text/plain", path.stat().st_size)
    assert source["sha1"] == hashlib.sha1(path.read_bytes()).hexdigest()


def test_created_is_the_import_and_modified_the_newest_edit(archive: Archive, sample: int) -> None:
    before = dt.datetime.now(dt.UTC).replace(microsecond=0)
    fresh = _meeting(archive, sample)
    created = dt.datetime.fromisoformat(fresh["created"])
    assert created.utcoffset() == dt.timedelta(0)  # with its time zone
    assert before - dt.timedelta(seconds=60) <= created <= dt.datetime.now(dt.UTC)
    assert fresh["modified"] == fresh["created"]  # no edit yet
    item = archive.load(sample).sections[1].children[0]
    time.sleep(1.1)  # to the second: the edit must be a later second than the import
    archive.apply(sample, edits.SetNote(item.id, "set later"))
    edited = _meeting(archive, sample)
    [edit] = archive.edits(sample)
    at = edit.at if edit.at.tzinfo else edit.at.replace(tzinfo=dt.UTC)
    assert edited["created"] == fresh["created"]
    assert dt.datetime.fromisoformat(edited["modified"]) == at.replace(microsecond=0)
    assert edited["modified"] > edited["created"]


# -- the CSV export's stored rows ---------------------------------------------------------------


def spliced_csv(archive: Archive, meeting: int, tmp_path: Path) -> bytes:
    """The CSV of ``meeting`` written from its stored rows, after checking that it is, byte
    for byte, the CSV built from its records (the export's path for other options)."""
    with archive.db.session() as session:
        records = list(meeting_records(session, [meeting], rows=True))
    items = [i for m in records for s in m["sections"] for i in s["items"]]
    assert items
    assert all(isinstance(i, CsvRow) for i in items)  # every item from its stored row
    spliced, built = tmp_path / "spliced.csv", tmp_path / "built.csv"
    assert write_csv(records, spliced) == len(items)
    assert write_csv(archive.records([meeting]), built) == len(items)
    assert spliced.read_bytes() == built.read_bytes()
    return spliced.read_bytes()


def test_stored_csv_rows_follow_every_edit_and_its_undo(
    archive: Archive, sample: int, tmp_path: Path
) -> None:
    fresh = spliced_csv(archive, sample, tmp_path)
    doc = archive.load(sample)
    first, second = doc.sections[1].children
    spor = next(x.index for x in doc.lines if x.text == "Projektet har følgende spor:")
    operations = [
        edits.CorrectLine(spor, '=Projektet; har "to" spor:'),
        edits.SetTags(second.id, ("noted", "approved")),
        edits.SetReview(first.id, "reviewed"),
        SetFlag(second.id, True),
        edits.SetNote(first.id, '+1; "citat"\nnæste linje'),
        edits.SetFields(second.id, {"title": "Budget; 2025", "number": "2.10"}),
        edits.MoveStart(second.id, second.first - 1),
        edits.Split(second.id, second.first + 2),
        edits.Merge(second.id),
    ]
    undos = []
    exports = [fresh]
    for operation in operations:
        undos.append(archive.apply(sample, operation))
        exports.append(spliced_csv(archive, sample, tmp_path))
    assert len(set(exports)) == len(exports)  # each edit shows in the export
    for undo, before in zip(reversed(undos), reversed(exports[:-1]), strict=True):
        archive.apply(sample, undo)
        assert spliced_csv(archive, sample, tmp_path) == before


def test_stored_csv_rows_follow_a_revert_a_reimport_and_its_undo(
    archive: Archive, sample: int, tmp_path: Path
) -> None:
    clerk_work(archive, sample)
    worked = spliced_csv(archive, sample, tmp_path)
    note = archive.edits(sample)[1]
    assert note.operation["op"] == "set_note"
    history.revert(archive, sample, note.id)
    reverted = spliced_csv(archive, sample, tmp_path)
    assert b"husk bilag" in worked
    assert b"husk bilag" not in reverted

    data = corrected_pdf()
    report = lifecycle.import_meeting(archive, parse_bytes(data, "rettet.pdf"), data, replace=True)
    assert b"udbuddet" in spliced_csv(archive, sample, tmp_path)
    lifecycle.restore_version(archive, sample, report.version)  # undo of the re-import
    assert spliced_csv(archive, sample, tmp_path) == reverted


def test_upgrading_an_archive_made_at_0006_fills_the_stored_csv_rows(
    archive_url: str, tmp_path: Path
) -> None:
    db = Database.open(archive_url)
    try:
        archive = Archive(db, user="tester")
        meeting = archive.import_document(parse_bytes(SAMPLE_PDF, "sample.pdf"), SAMPLE_PDF)
        clerk_work(archive, meeting)
        archive.apply(meeting, edits.SetNote(next(archive.load(meeting).items()).id, "=æ;ø"))
        expected = spliced_csv(archive, meeting, tmp_path)
        with db.session() as session:
            written = dict(session.execute(select(ItemRecordRow.node_id, ItemRecordRow.csv)).all())
        with db.engine.begin() as connection:
            command.downgrade(alembic_config(connection), "0006")
        columns = {c["name"] for c in inspect(db.engine).get_columns("item_record")}
        assert columns == {"node_id", "json"}  # as an archive made at 0006
    finally:
        db.close()

    db = Database.open(archive_url)  # upgraded on opening
    try:
        assert current_revision(db.engine) == HEAD
        archive = Archive(db, user="tester")
        with db.session() as session:
            filled = dict(session.execute(select(ItemRecordRow.node_id, ItemRecordRow.csv)).all())
        assert len(filled) == 3
        assert filled == written  # as the archive writes them after an edit
        assert spliced_csv(archive, meeting, tmp_path) == expected
    finally:
        db.close()
