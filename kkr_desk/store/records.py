"""Meetings out of the archive as export records (the corpus gold format plus ids,
review status, note and page span), read in batches with a few set-based queries.

Each meeting also carries ``source`` (the stored file: ``name``, ``size``, ``sha256``,
``mime``; and ``sha1`` when asked for with ``sources=True``), ``created`` (the import) and
``modified`` (the newest entry of its audit trail, else ``created``), as ISO 8601 with
the time zone. The SHA-1 needs the file's bytes: reading and hashing them costs about
120 ms per 1,000 meetings (130 MB), a sixth of a CSV export, so only the exports that
publish it (OParl's ``sha1Checksum``) ask for it. The size is SQL's ``length()`` (no
bytes read), the SHA-256 is stored, and the MIME type follows what the parser read the
bytes as: a PDF's lines have geometry, a text file's have none.

Items come in one of three forms: built records (plain dicts, from the node rows), or
each item's stored JSON record (``Encoded``, ``encoded=True``), or its stored CSV cells
(``CsvRow``, ``rows=True``; ``Encoded`` for an item without them). The stored forms read
neither part texts, tags nor attachments: the record holds them."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Iterator, Sequence
from itertools import groupby
from operator import itemgetter
from typing import Any

from sqlalchemy import ColumnElement, Connection, Text, case, cast, func, literal, select
from sqlalchemy.orm import Session

from kkr_desk.domain.csv_row import CsvRow
from kkr_desk.domain.records import (
    Encoded,
    archive_item_record,
    meeting_record,
    open_anomaly_records,
    section_record,
)
from kkr_desk.store.models import (
    AttachmentRow,
    DecisionTagRow,
    EditRow,
    ItemRecordRow,
    LineRow,
    MeetingRow,
    NodeRow,
    SourceRow,
)

BATCH = 200
Item = dict[str, Any] | Encoded | CsvRow  # a record, or its stored JSON or CSV cells


def meeting_ids(session: Session) -> list[int]:
    """The live meetings (not in the trash), by date."""
    return list(
        session.scalars(
            select(MeetingRow.id)
            .where(MeetingRow.deleted_at.is_(None))
            .order_by(MeetingRow.date, MeetingRow.id)
        )
    )


def meeting_records(
    session: Session,
    ids: Sequence[int],
    *,
    encoded: bool = False,
    rows: bool = False,
    sources: bool = False,
) -> Iterator[dict[str, Any]]:
    """Export records of the meetings ``ids``, in that order. With ``encoded``, each item
    is its stored record already encoded as JSON (``Encoded``), for the JSON export; with
    ``rows``, its stored CSV cells (``CsvRow``; else its ``Encoded`` record), for the CSV
    export with its default options; with ``sources``, ``source`` has the ``sha1`` of the
    stored file too (its bytes are read).

    Plain Core queries on the connection: ORM row loading would cost more than the rest
    of an export together.
    """
    connection = session.connection()
    for start in range(0, len(ids), BATCH):
        batch = list(ids[start : start + BATCH])
        yield from _batch(connection, batch, "csv" if rows else encoded, sources)


_NODE = NodeRow.__table__.c
_RECORD = ItemRecordRow.__table__.c
_MEETING = MeetingRow.__table__.c
_SOURCE = SourceRow.__table__.c


def _batch(
    connection: Connection, ids: list[int], encoded: bool | str, sources: bool
) -> Iterator[dict[str, Any]]:
    """``encoded``: False (built records), True (``Encoded``) or "csv" (``CsvRow``)."""
    wanted = ("section", "item") if encoded else ("section", "item", "part")
    stored: tuple[ColumnElement[Any], ColumnElement[Any]]
    if encoded == "csv":  # the CSV cells, or the JSON record of an item without them
        stored = (_RECORD.csv, case((_RECORD.csv.is_(None), _RECORD.json)))
    else:
        stored = (literal(None, Text), _RECORD.json if encoded else literal(None, Text))
    nodes = connection.execute(
        select(
            _NODE.id,
            _NODE.meeting_id,
            _NODE.kind,
            _NODE.parent_id,
            _NODE.first_line,
            _NODE.last_line,
            _NODE.number,
            _NODE.title,
            _NODE.heading,
            _NODE.case_number,
            cast(_NODE.case_handlers, Text),  # as text: decoded only where not empty
            _NODE.review_status,
            _NODE.note,
            # Encoded modes need no part text, the other mode no encoded record.
            literal(None, Text) if encoded else _NODE.text,
            stored[1],
            _NODE.flagged,
            stored[0],
        )
        .select_from(
            NodeRow.__table__.outerjoin(ItemRecordRow.__table__, _RECORD.node_id == _NODE.id)
        )
        .where(_NODE.meeting_id.in_(ids), _NODE.kind.in_(wanted))
        .order_by(_NODE.meeting_id, _NODE.first_line, _NODE.id)
    ).all()
    tags: dict[int, dict[str, str]] = defaultdict(dict)
    attachments: dict[int, list[str]] = defaultdict(list)
    if not encoded:  # a stored record holds its tags and attachments
        for node_id, tag, origin in connection.execute(
            select(DecisionTagRow.node_id, DecisionTagRow.tag, DecisionTagRow.origin)
            .join(NodeRow)
            .where(NodeRow.meeting_id.in_(ids))
        ).all():
            tags[node_id][tag] = origin
        for node_id, name in connection.execute(
            select(AttachmentRow.node_id, AttachmentRow.name)
            .join(NodeRow)
            .where(NodeRow.meeting_id.in_(ids))
            .order_by(AttachmentRow.node_id, AttachmentRow.position)
        ).all():
            attachments[node_id].append(name)
    by_meeting = {key: list(rows) for key, rows in groupby(nodes, itemgetter(1))}
    as_text = [
        cast(column, Text)  # as text: decoded below by the C decoder, not per row
        for column in (
            _MEETING.participants,
            _MEETING.absent,
            _MEETING.page_starts,
            _MEETING.anomalies,
        )
    ]
    meetings = {
        row[0]: row
        for row in connection.execute(
            select(
                _MEETING.id,
                _MEETING.body,
                _MEETING.date,
                _MEETING.kind,
                _MEETING.pages,
                _MEETING.source_name,
                *as_text,
                _MEETING.source_sha256,
                func.length(_SOURCE.data),  # the size without reading the bytes
                _MEETING.imported_at,
                _SOURCE.data if sources else literal(None),
            )
            .join(SourceRow, SourceRow.meeting_id == _MEETING.id)
            .where(_MEETING.id.in_(ids))
        )
    }
    modified = dict(
        connection.execute(
            select(EditRow.meeting_id, func.max(EditRow.at))
            .where(EditRow.meeting_id.in_(ids))
            .group_by(EditRow.meeting_id)
        ).all()
    )
    pdf = dict(
        connection.execute(
            select(LineRow.meeting_id, LineRow.x0.is_not(None)).where(
                LineRow.meeting_id.in_(ids), LineRow.seq == 0
            )
        ).all()
    )
    loads = json.loads
    for meeting_id in ids:
        m = meetings[meeting_id]
        created = _timestamp(m[12])
        source = {
            "name": m[5],
            "size": m[11],
            "sha256": m[10],
            "mime": "application/pdf" if pdf.get(meeting_id) else "text/plain",
        }
        if sources:
            source["sha1"] = hashlib.sha1(m[13], usedforsecurity=False).hexdigest()
        yield meeting_record(
            id=m[0],
            source_name=m[5],
            source=source,
            created=created,
            modified=_timestamp(modified[meeting_id]) if meeting_id in modified else created,
            body=m[1],
            date=m[2],
            kind=m[3],
            pages=m[4],
            participants=loads(m[6] or "[]"),
            absent=loads(m[7] or "[]"),
            anomalies=open_anomaly_records(loads(m[9] or "[]")),
            sections=_sections(
                by_meeting.get(meeting_id, []), loads(m[8]), tags, attachments, encoded
            ),
        )


def _timestamp(at: dt.datetime) -> str:
    """ISO 8601 with the time zone, to the second; SQLite gives back naive UTC."""
    aware = at if at.tzinfo is not None else at.replace(tzinfo=dt.UTC)
    return aware.isoformat(timespec="seconds")


def _sections(
    rows: list[Any],
    page_starts: list[list[int]],
    tags: dict[int, dict[str, str]],
    attachments: dict[int, list[str]],
    encoded: bool | str,
) -> list[dict[str, Any]]:
    """Sections with their items, from node rows in line order."""
    starts = [first for _, first in page_starts]
    pages = [page for page, _ in page_starts]

    def page(line: int) -> int:
        return pages[bisect_right(starts, line) - 1]

    sections: list[dict[str, Any]] = []
    parts: dict[int, list[tuple[str | None, str]]] = defaultdict(list)
    items: list[tuple[Any, list[Item]]] = []
    section_items: dict[int, list[Item]] = {}
    for row in rows:
        kind = row[2]
        if kind == "part":
            parts[row[3]].append((row[8], row[13] or ""))
        elif kind == "section":
            into: list[Any] = []  # of Item; section_record's type knows no CsvRow
            section_items[row[0]] = into
            sections.append(
                section_record(
                    number=row[6],
                    title=row[7],
                    page=page(row[4]),
                    items=into,
                    id=row[0],
                    first_line=row[4],
                    last_line=row[5],
                )
            )
        else:
            items.append((row, section_items[row[3]]))
    for row, into in items:
        if encoded:  # the stored fragment, spliced in as it is
            into.append(Encoded(row[14]) if row[16] is None else CsvRow(row[16]))
            continue
        node_id, first, last, handlers = row[0], row[4], row[5], row[10]
        item_tags = tags.get(node_id, {})
        into.append(
            archive_item_record(
                id=node_id,
                number=row[6],
                title=row[7],
                first_line=first,
                last_line=last,
                page=page(first),
                last_page=page(last),
                case_number=row[9],
                case_handlers=json.loads(handlers) if handlers and handlers != "[]" else [],
                parts=parts.get(node_id, []),
                attachments=attachments.get(node_id, []),
                tags=item_tags,
                review_status=row[11],
                flagged=bool(row[15]),
                note=row[12],
            )
        )
    return sections
