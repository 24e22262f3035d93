"""Findings with the meeting: the parse's stored findings come back with kind, line range
and Danish text; rows from before findings had kinds load as damaged pages; the column
holds which stored findings still hold and the derived ones, for the export."""

from __future__ import annotations

from sqlalchemy import select, update

from kkr_desk.domain import edits
from kkr_desk.domain.document import Anomaly, AnomalyKind, Document
from kkr_desk.domain.findings import findings
from kkr_desk.parse import parse_bytes
from kkr_desk.store.archive import Archive
from kkr_desk.store.db import Database
from kkr_desk.store.models import MeetingRow
from tests.unit.store.conftest import SAMPLE_PDF

K = AnomalyKind


def _sample_with_stored_findings() -> tuple[Document, list[Anomaly]]:
    doc = parse_bytes(SAMPLE_PDF, "sample.pdf")
    item = next(i for i in doc.items() if i.number == "2.2")
    body = item.children[0].first + 1
    stored = [
        Anomaly(None, "the PDF file is damaged (xref)", K.DAMAGED, danish="PDF-filen er skadet"),
        Anomaly(2, "the page cannot be read", K.DAMAGED),
        Anomaly(5, "weak heading", K.WEAK_HEADING, item.first, item.first, "svag overskrift"),
        Anomaly(5, "rejected heading", K.REJECTED_HEADING, body, body, "afvist overskrift"),
    ]
    doc.meeting.anomalies = list(stored)
    return doc, stored


def _column(db: Database, meeting: int) -> list[dict]:
    with db.transaction() as session:
        return list(session.scalar(select(MeetingRow.anomalies).where(MeetingRow.id == meeting)))


def test_stored_findings_come_back_whole(archive: Archive) -> None:
    doc, stored = _sample_with_stored_findings()
    meeting = archive.import_document(doc, SAMPLE_PDF)
    loaded = archive.load(meeting)
    assert loaded.meeting.anomalies == stored
    assert findings(loaded) == findings(doc)
    kinds = [K.DAMAGED, K.DAMAGED, K.WEAK_HEADING, K.REJECTED_HEADING]
    assert [a.kind for a in findings(loaded)] == kinds


def test_old_rows_with_page_and_message_load_as_damaged(archive: Archive, db: Database) -> None:
    meeting = archive.import_document(parse_bytes(SAMPLE_PDF, "sample.pdf"), SAMPLE_PDF)
    with db.transaction() as session:
        session.execute(
            update(MeetingRow)
            .where(MeetingRow.id == meeting)
            .values(anomalies=[{"page": 3, "message": "the page cannot be read"}, {"page": None}])
        )
    assert archive.load(meeting).meeting.anomalies == [
        Anomaly(3, "the page cannot be read", K.DAMAGED),
        Anomaly(None, "", K.DAMAGED),
    ]


def test_the_column_holds_what_still_holds_and_the_derived_findings(
    archive: Archive, db: Database
) -> None:
    doc, stored = _sample_with_stored_findings()
    item = next(i for i in doc.items() if i.number == "2.1")
    item.case_number = None  # a derived finding
    reviewed = next(i for i in doc.items() if i.number == "2.2")
    reviewed.review = "reviewed"  # clears the weak and the rejected heading
    meeting = archive.import_document(doc, SAMPLE_PDF)
    column = _column(db, meeting)
    assert [(row["kind"], row["open"]) for row in column] == [
        ("damaged", True),
        ("damaged", True),
        ("weak_heading", False),
        ("rejected_heading", False),
        ("no_case", True),
    ]
    assert column[4]["danish"] == "Punkt 2.1 mangler sagsnummer"
    assert (column[4]["first"], column[4]["last"]) == (item.first, item.first)
    loaded = archive.load(meeting)
    assert loaded.meeting.anomalies == stored  # derived findings are not stored ones
    assert [a.kind for a in findings(loaded)] == [K.DAMAGED, K.DAMAGED, K.NO_CASE]
    # the clerk reopens the item: the stored findings hold again
    archive.apply(meeting, edits.SetReview(reviewed.id, "unreviewed"))  # type: ignore[arg-type]
    reopened = archive.load(meeting)
    assert K.WEAK_HEADING in {a.kind for a in findings(reopened)}
