"""Between the domain Document and the archive's rows: load, snapshot, derived text."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from kkr_desk.domain import limits
from kkr_desk.domain.csv_row import stored_row
from kkr_desk.domain.derive import vocabulary
from kkr_desk.domain.document import (
    STORED_KINDS,
    Document,
    FindingsMemo,
    Line,
    Meeting,
    Node,
    NodeKind,
)
from kkr_desk.domain.findings import findings
from kkr_desk.domain.gold import item_fields
from kkr_desk.domain.records import anomaly_from, anomaly_row, archive_item_record
from kkr_desk.domain.tags import TAGS
from kkr_desk.domain.text import Body
from kkr_desk.store.models import (
    AttachmentRow,
    DecisionTagRow,
    ItemRecordRow,
    LineRow,
    MeetingRow,
    NodeRow,
)


@dataclass
class Stored:
    """A meeting as loaded, with the derived values the archive holds for it."""

    doc: Document
    texts: dict[int, str | None] = field(default_factory=dict)  # part id -> text
    attachments: dict[int, list[str]] = field(default_factory=dict)  # item id -> names
    records: dict[int, str | None] = field(default_factory=dict)  # item id -> JSON
    meeting_id: int | None = None
    findings: list[dict[str, Any]] | None = None  # the meeting's anomalies column as loaded


# -- rows out of a document -----------------------------------------------------------------


_LINE_NAMES = "meeting_id seq page x0 y0 x1 y1 size bold gap_before joined furniture text corrected"
LINE_COLUMNS = tuple(_LINE_NAMES.split())


def line_rows(meeting_id: int, doc: Document) -> list[tuple[Any, ...]]:
    """The lines as row tuples in ``LINE_COLUMNS`` order (a loop that unpacks the box:
    a third faster than a tuple display with ``*`` in it, at 30,000 lines)."""
    none4 = (None, None, None, None)
    rows: list[tuple[Any, ...]] = []
    append = rows.append
    for line in doc.lines:
        x0, y0, x1, y1 = line.bbox or none4
        append(
            (
                meeting_id,
                line.index,
                line.page,
                x0,
                y0,
                x1,
                y1,
                line.size,
                line.bold,
                line.gap_before,
                line.joined,
                line.furniture,
                line.text,
                line.corrected,
            )
        )
    return rows


def node_row(meeting_id: int, node: Node, parent: Node | None) -> dict[str, Any]:
    return {
        "meeting_id": meeting_id,
        "kind": node.kind.value,
        "parent_id": parent.id if parent is not None else None,
        "first_line": node.first,
        "last_line": node.last,
        "number": node.number,
        "title": node.title,
        "heading": node.heading,
        "case_number": node.case_number,
        "case_handlers": list(node.case_handlers),
        "review_status": node.review,
        "flagged": node.flagged,
        "note": node.note,
    }


def meeting_row(doc: Document, sha256: str, now: dt.datetime) -> dict[str, Any]:
    """The meeting's row (its source file goes to ``meeting_source``)."""
    info = doc.meeting
    return {
        "body": info.body or "",
        "date": info.date,
        "kind": info.kind,
        "source_name": limits.fit_source_name(doc.source_name),  # a 300-character file name
        "source_sha256": sha256,
        "pages": info.pages,
        "participants": list(info.participants),
        "absent": list(info.absent),
        "imported_at": now,
        "page_starts": page_starts(doc),
        "anomalies": findings_column(doc),
    }


def findings_column(doc: Document) -> list[dict[str, Any]]:
    """The meeting's ``anomalies`` JSON column: the parse's stored findings, every one with
    ``open`` (whether it still holds), then the derived findings of the tree as it is.

    The stored ones are what ``load`` reads back (``Meeting.anomalies``); the open ones
    together are ``findings(doc)``, which the export reads from here without the lines.
    Written on import and after every edit (see ``findings_changed``).
    """
    current = findings(doc)
    still = set(current)
    column = [anomaly_row(a, still=a in still) for a in doc.meeting.anomalies]
    column.extend(anomaly_row(a) for a in current if a.kind not in STORED_KINDS)
    return column


def findings_changed(stored: Stored, doc: Document) -> list[dict[str, Any]] | None:
    """The new ``anomalies`` column of the meeting after an edit, or None if unchanged."""
    column = findings_column(doc)
    return None if column == stored.findings else column


def page_starts(doc: Document) -> list[list[int]]:
    """``[page, first line]`` for every page that has lines, in order."""
    starts: list[list[int]] = []
    for line in doc.lines:
        if not starts or starts[-1][0] != line.page:
            starts.append([line.page, line.index])
    return starts


# -- derived values -------------------------------------------------------------------------


@dataclass
class Derived:
    """What the archive keeps derived from lines and ranges, by node id."""

    texts: dict[int, str] = field(default_factory=dict)  # part -> text
    attachments: dict[int, list[str]] = field(default_factory=dict)  # item -> names
    records: dict[int, str] = field(default_factory=dict)  # item -> export record (JSON)
    rows: dict[int, bytes | None] = field(default_factory=dict)  # item -> its CSV cells


_ENCODE = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), check_circular=False).encode


ItemFields = tuple[Node, dict[str, Any], list[tuple[Node, Body]]]  # see item_bodies


def derive(doc: Document, items: set[int] | None = None) -> Derived:
    """Part texts, attachments and export records (JSON, and the CSV cells made from the
    same record), from the lines as corrected; for the items ``items`` only, when given."""
    return derive_records(item_bodies(doc, items))


def item_bodies(doc: Document, items: set[int] | None = None) -> list[ItemFields]:
    """Every item (of ``items``) with its record fields and its parts' bodies. They need
    no ids: an import stores the part texts with the nodes, then ``derive_records``."""
    keep = vocabulary(doc)
    chosen = (i for i in doc.items() if items is None or i.id in items)
    return [(item, *item_fields(doc, item, keep)) for item in chosen]


def derive_records(bodies: list[ItemFields]) -> Derived:
    """``derive`` of the items of ``item_bodies`` (their nodes stored: ids given)."""
    out = Derived()
    for item, fields, parts in bodies:
        for part, body in parts:
            out.texts[part.id] = body.text  # type: ignore[index]
        out.attachments[item.id] = fields["attachments"]  # type: ignore[index]
        record = archive_item_record(
            id=item.id,  # type: ignore[arg-type]
            review_status=item.review,
            flagged=item.flagged,
            note=item.note,
            **fields,
        )
        out.records[item.id] = _ENCODE(record)  # type: ignore[index]
        out.rows[item.id] = stored_row(record)  # type: ignore[index]
    return out


# -- loading --------------------------------------------------------------------------------


def load(session: Session, meeting_id: int) -> Stored:
    # Core rows of the tables, not ORM entities (issue 13: start-up): the same values,
    # without the ORM's compiling of each statement and its entity per row.
    conn = session.connection()
    m = MeetingRow.__table__.c
    meeting = conn.execute(
        select(
            m.body,
            m.date,
            m.kind,
            m.pages,
            m.participants,
            m.absent,
            m.anomalies,
            m.source_name,
            m.revision,
        ).where(m.id == meeting_id)
    ).one_or_none()
    if meeting is None:
        raise LookupError(f"there is no meeting {meeting_id} in the archive")
    c = LineRow.__table__.c
    lines = [  # a thousand lines load in a few milliseconds
        Line(
            index=seq,
            page=page,
            text=text,
            bbox=(x0, y0, x1, y1) if x0 is not None else None,
            size=size,
            bold=bold,
            gap_before=gap,
            joined=joined,
            furniture=furniture,
            corrected=corrected,
        )
        for seq, page, x0, y0, x1, y1, size, bold, gap, joined, furniture, text, corrected in (
            conn.execute(
                select(
                    c.seq,
                    c.page,
                    c.x0,
                    c.y0,
                    c.x1,
                    c.y1,
                    c.size,
                    c.bold,
                    c.gap_before,
                    c.joined,
                    c.furniture,
                    c.text,
                    c.corrected,
                )
                .where(c.meeting_id == meeting_id)
                .order_by(c.seq)
            )
        )
    ]
    node = NodeRow.__table__
    rows = conn.execute(
        select(node).where(node.c.meeting_id == meeting_id).order_by(node.c.first_line)
    )
    nodes: dict[int, Node] = {}
    parents: dict[int, int | None] = {}
    stored = Stored(
        Document(
            _meeting(meeting),
            lines,
            [],
            source_name=meeting.source_name,
            revision=meeting.revision,
            findings_memo=FindingsMemo(),  # the edits of ``Archive.apply`` keep it right
        ),
        meeting_id=meeting_id,
        findings=list(meeting.anomalies or []),
    )
    for r in rows:
        nodes[r.id] = Node(
            NodeKind(r.kind),
            r.first_line,
            r.last_line,
            number=r.number,
            title=r.title,
            heading=r.heading,
            case_number=r.case_number,
            case_handlers=list(r.case_handlers or []),
            review=r.review_status,
            flagged=bool(r.flagged),
            note=r.note,
            id=r.id,
        )
        parents[r.id] = r.parent_id
        if r.kind == NodeKind.PART.value:
            stored.texts[r.id] = r.text
    for node_id, parent_id in parents.items():
        level = nodes[parent_id].children if parent_id is not None else stored.doc.nodes
        level.append(nodes[node_id])
    tag = DecisionTagRow.__table__
    for node_id, name, origin in conn.execute(
        select(tag.c.node_id, tag.c.tag, tag.c.origin)
        .join_from(tag, node, tag.c.node_id == node.c.id)
        .where(node.c.meeting_id == meeting_id)
    ):
        nodes[node_id].tags[name] = origin
    for n in nodes.values():
        if n.tags:
            n.tags = {t: n.tags[t] for t in TAGS if t in n.tags}
        if n.kind is NodeKind.ITEM:
            stored.attachments[n.id] = []  # type: ignore[index]
    record = ItemRecordRow.__table__
    for node_id, encoded in conn.execute(
        select(record.c.node_id, record.c.json)
        .join_from(record, node, record.c.node_id == node.c.id)
        .where(node.c.meeting_id == meeting_id)
    ):
        stored.records[node_id] = encoded
    att = AttachmentRow.__table__
    for node_id, name in conn.execute(
        select(att.c.node_id, att.c.name)
        .join_from(att, node, att.c.node_id == node.c.id)
        .where(node.c.meeting_id == meeting_id)
        .order_by(att.c.node_id, att.c.position)
    ):
        stored.attachments[node_id].append(name)
    return stored


def _meeting(row: Any) -> Meeting:  # the meeting row of ``load``
    return Meeting(
        body=row.body,
        date=row.date,
        kind=row.kind,
        pages=row.pages,
        participants=list(row.participants or []),
        absent=list(row.absent or []),
        anomalies=[a for a in map(anomaly_from, row.anomalies or []) if a.kind in STORED_KINDS],
    )
