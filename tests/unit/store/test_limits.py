"""Length limits on both backends: PostgreSQL refuses an over-long VARCHAR mid-write and
SQLite stores it, so the domain checks them first (kkr_desk/domain/limits.py); here the
same refusal on both, nothing written, and the table kept in step with the columns."""

from __future__ import annotations

import pytest
from sqlalchemy import String, select

from kkr_desk.domain import edits, limits
from kkr_desk.parse import parse_bytes
from kkr_desk.store.archive import Archive
from kkr_desk.store.db import Database
from kkr_desk.store.models import Base, MeetingRow
from tests.unit.store.conftest import SAMPLE_PDF, dump


def test_every_bounded_column_is_known_to_the_domain_with_its_length() -> None:
    columns = {
        (table.name, column.name): column.type.length
        for table in Base.metadata.sorted_tables
        for column in table.columns
        if isinstance(column.type, String) and column.type.length is not None
    }
    assert columns == limits.COLUMNS


def item_2_1(archive: Archive, meeting: int) -> int:
    return next(i.id for i in archive.load(meeting).items() if i.number == "2.1")


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"number": "2.1-" + "x" * 13}, "the number may be at most 16 characters (it has 17)"),
        (
            {"title": "Ny titel", "case_number": "SAG-2024-" + "1" * 24},
            "the case number may be at most 32 characters (it has 33)",
        ),
    ],
)
def test_an_over_long_edit_is_refused_alike_and_nothing_is_written(
    archive: Archive, sample: int, db: Database, fields: dict[str, str], message: str
) -> None:
    node = item_2_1(archive, sample)
    before, trail = dump(db), [e.id for e in archive.edits(sample)]
    with pytest.raises(edits.EditError) as refused:
        archive.apply(sample, edits.SetFields(node, fields))
    assert str(refused.value) == message
    assert dump(db) == before
    assert [e.id for e in archive.edits(sample)] == trail


def test_values_at_the_limit_are_stored_and_read_back(
    archive: Archive, sample: int, db: Database
) -> None:
    node = item_2_1(archive, sample)
    fields = {"number": "æ" * 16, "case_number": "Ø" * 32}  # characters, not bytes
    archive.apply(sample, edits.SetFields(node, fields))
    stored = next(i for i in archive.load(sample).items() if i.id == node)
    assert (stored.number, stored.case_number) == ("æ" * 16, "Ø" * 32)


def test_a_300_character_file_name_is_stored_shortened(archive: Archive, db: Database) -> None:
    name = "referat-" + "k" * 288 + ".pdf"
    meeting = archive.import_document(parse_bytes(SAMPLE_PDF, name), SAMPLE_PDF)
    with db.session() as session:
        stored = session.scalar(select(MeetingRow.source_name).where(MeetingRow.id == meeting))
    assert stored == limits.fit_source_name(name)
    assert (len(stored), stored[:12], stored[-5:]) == (255, "referat-kkkk", "….pdf")


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (
            lambda n, line: edits.SetFields(n, {"title": "a\x00b"}),
            "the title may not contain a NUL",
        ),
        (lambda n, line: edits.SetNote(n, "\x00"), "the note may not contain a NUL"),
        (lambda n, line: edits.CorrectLine(line, "x\x00"), "the corrected line may not contain"),
        (
            lambda n, line: edits.SetFields(n, {"case_handlers": ["ab", "c\x00"]}),
            "the case handlers may not contain a NUL",
        ),
        (lambda n, line: edits.SetNote(n, "\ud800"), "the note holds characters that are not"),
    ],
)
def test_text_the_archive_cannot_hold_is_refused_alike(
    archive: Archive, sample: int, db: Database, make, message: str
) -> None:
    """Found by the property test on PostgreSQL: a NUL in a title failed mid-write there
    and was stored on SQLite."""
    node = item_2_1(archive, sample)
    before = dump(db)
    with pytest.raises(edits.EditError, match=message):
        archive.apply(sample, make(node, 3))
    assert dump(db) == before


def test_a_parsed_line_with_a_nul_is_refused() -> None:
    doc = parse_bytes(SAMPLE_PDF, "sample.pdf")
    doc.lines[5].text = "før\x00efter"
    with pytest.raises(limits.LimitError, match=r"line 6 \(page \d+\) may not contain a NUL"):
        limits.check_document(doc)
