"""Meetings out of the archive as export records (the corpus gold format plus ids,
review status, note and page span), read in batches with a few set-based queries."""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterator, Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from kkr_desk.export.records import item_record, meeting_record, section_record
from kkr_desk.store.models import AttachmentRow, DecisionTagRow, LineRow, MeetingRow, NodeRow

BATCH = 200


def meeting_ids(session: Session) -> list[int]:
    return list(session.scalars(select(MeetingRow.id).order_by(MeetingRow.date, MeetingRow.id)))


def meeting_records(session: Session, ids: Sequence[int]) -> Iterator[dict[str, Any]]:
    """Export records of the meetings ``ids``, in that order."""
    for start in range(0, len(ids), BATCH):
        yield from _batch(session, list(ids[start : start + BATCH]))


def _batch(session: Session, ids: list[int]) -> Iterator[dict[str, Any]]:
    first, last = aliased(LineRow), aliased(LineRow)
    nodes = session.execute(
        select(
            NodeRow.id,
            NodeRow.meeting_id,
            NodeRow.kind,
            NodeRow.parent_id,
            NodeRow.first_line,
            NodeRow.last_line,
            NodeRow.number,
            NodeRow.title,
            NodeRow.heading,
            NodeRow.case_number,
            NodeRow.case_handlers,
            NodeRow.review_status,
            NodeRow.note,
            NodeRow.text,
            first.page,
            last.page,
        )
        .join(first, (first.meeting_id == NodeRow.meeting_id) & (first.seq == NodeRow.first_line))
        .join(last, (last.meeting_id == NodeRow.meeting_id) & (last.seq == NodeRow.last_line))
        .where(NodeRow.meeting_id.in_(ids), NodeRow.kind != "front")
        .order_by(NodeRow.meeting_id, NodeRow.first_line, NodeRow.id)
    ).all()
    tags: dict[int, dict[str, str]] = defaultdict(dict)
    for node_id, tag, origin in session.execute(
        select(DecisionTagRow.node_id, DecisionTagRow.tag, DecisionTagRow.origin)
        .join(NodeRow)
        .where(NodeRow.meeting_id.in_(ids))
    ):
        tags[node_id][tag] = origin
    attachments: dict[int, list[str]] = defaultdict(list)
    for node_id, name in session.execute(
        select(AttachmentRow.node_id, AttachmentRow.name)
        .join(NodeRow)
        .where(NodeRow.meeting_id.in_(ids))
        .order_by(AttachmentRow.node_id, AttachmentRow.position)
    ):
        attachments[node_id].append(name)
    by_meeting: dict[int, list[Any]] = defaultdict(list)
    for row in nodes:
        by_meeting[row.meeting_id].append(row)
    meetings = {
        row.id: row
        for row in session.execute(
            select(
                MeetingRow.id,
                MeetingRow.body,
                MeetingRow.date,
                MeetingRow.kind,
                MeetingRow.pages,
                MeetingRow.participants,
                MeetingRow.absent,
                MeetingRow.source_name,
            ).where(MeetingRow.id.in_(ids))
        )
    }
    for meeting_id in ids:
        m = meetings[meeting_id]
        yield meeting_record(
            id=m.id,
            source_name=m.source_name,
            body=m.body,
            date=m.date,
            kind=m.kind,
            pages=m.pages,
            participants=m.participants or [],
            absent=m.absent or [],
            sections=_sections(by_meeting[meeting_id], tags, attachments),
        )


def _sections(rows: list[Any], tags: dict, attachments: dict) -> list[dict[str, Any]]:
    """Sections with their items, from node rows in line order."""
    sections: list[dict[str, Any]] = []
    parts: dict[int, list[tuple[str | None, str]]] = defaultdict(list)
    items: list[tuple[Any, dict[str, Any]]] = []
    section_items: dict[int, list[dict[str, Any]]] = {}
    for row in rows:
        if row.kind == "part":
            parts[row.parent_id].append((row.heading, row.text or ""))
        elif row.kind == "section":
            section_items[row.id] = []
            sections.append(
                section_record(
                    number=row.number,
                    title=row.title,
                    page=row[14],
                    items=section_items[row.id],
                    id=row.id,
                    first_line=row.first_line,
                    last_line=row.last_line,
                )
            )
        else:
            items.append((row, section_items[row.parent_id]))
    for row, into in items:
        handlers = row.case_handlers
        into.append(
            item_record(
                number=row.number,
                title=row.title,
                page=row[14],
                last_page=row[15],
                case_number=row.case_number,
                case_handlers=json.loads(handlers) if isinstance(handlers, str) else handlers,
                parts=parts[row.id],
                attachments=attachments.get(row.id, []),
                tags=tags.get(row.id, {}),
                id=row.id,
                review_status=row.review_status,
                note=row.note,
                tags_confirmed=all(o == "confirmed" for o in tags.get(row.id, {}).values()),
                first_line=row.first_line,
                last_line=row.last_line,
            )
        )
    return sections
