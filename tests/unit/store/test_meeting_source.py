"""The source file lives in ``meeting_source`` (migration 0008), out of the meeting row
every edit updates: it goes with its content on re-import and restore, and with the
meeting when the trash is emptied; on SQLite and on PostgreSQL."""

from __future__ import annotations

from sqlalchemy import inspect, select

from kkr_desk.parse import parse_bytes
from kkr_desk.store import lifecycle
from kkr_desk.store.archive import Archive
from kkr_desk.store.db import Database
from kkr_desk.store.models import SourceRow
from tests.unit.store.conftest import SAMPLE_PDF
from tests.unit.store.test_lifecycle import corrected_pdf


def sources(db: Database) -> dict[int, bytes]:
    with db.session() as session:
        return {row.meeting_id: row.data for row in session.scalars(select(SourceRow))}


def test_the_meeting_row_holds_no_file(db: Database) -> None:
    columns = {c["name"] for c in inspect(db.engine).get_columns("meeting")}
    assert "source_bytes" not in columns
    assert {c["name"] for c in inspect(db.engine).get_columns("meeting_source")} == {
        "meeting_id",
        "data",
    }


def test_the_file_follows_reimport_restore_and_the_trash(
    archive: Archive, sample: int, db: Database
) -> None:
    assert archive.source(sample) == ("sample.pdf", SAMPLE_PDF)
    data = corrected_pdf()
    report = lifecycle.import_meeting(archive, parse_bytes(data, "rettet.pdf"), data, replace=True)
    assert report.version is not None
    assert archive.source(sample)[1] == data  # the meeting shows the new file
    assert sources(db) == {sample: data, report.version: SAMPLE_PDF}  # the old one is kept

    lifecycle.restore_version(archive, sample, report.version)
    assert archive.source(sample)[1] == SAMPLE_PDF
    assert set(sources(db).values()) == {data, SAMPLE_PDF}

    lifecycle.delete_meeting(archive, sample)
    lifecycle.empty_trash(archive)
    assert sources(db) == {}
