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
from kkr_desk.domain.scope import Scope
from kkr_desk.domain.tags import TAGS
from kkr_desk.domain.tree import with_parents
from kkr_desk.store.models import (
    AttachmentRow,
    DecisionTagRow,
    ItemRecordRow,
    LineRow,
    MeetingRow,
    NodeRow,
)

NodeState = dict[str, Any]  # one node's stored fields, as in the audit trail
_NODE_FIELDS = ("number", "title", "heading", "case_number", "case_handlers", "note")


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


LINE_COLUMNS = (
    "meeting_id",
    "seq",
    "page",
    "x0",
    "y0",
    "x1",
    "y1",
    "size",
    "bold",
    "gap_before",
    "joined",
    "furniture",
    "text",
    "corrected",
)


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


def derive(doc: Document, items: set[int] | None = None) -> Derived:
    """Part texts, attachments and export records (JSON, and the CSV cells made from the
    same record), from the lines as corrected; for the items ``items`` only, when given."""
    keep = vocabulary(doc)
    out = Derived()
    for item in doc.items():
        if items is not None and item.id not in items:
            continue
        fields, bodies = item_fields(doc, item, keep)
        for part, body in bodies:
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
    meeting = session.get(MeetingRow, meeting_id)
    if meeting is None:
        raise LookupError(f"there is no meeting {meeting_id} in the archive")
    c = LineRow.__table__.c
    lines = [  # Core rows, not ORM entities: a thousand lines load in a few milliseconds
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
            session.connection().execute(
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
    rows = session.execute(
        select(NodeRow).where(NodeRow.meeting_id == meeting_id).order_by(NodeRow.first_line)
    ).scalars()
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
    for tag in session.execute(
        select(DecisionTagRow).join(NodeRow).where(NodeRow.meeting_id == meeting_id)
    ).scalars():
        nodes[tag.node_id].tags[tag.tag] = tag.origin
    for node in nodes.values():
        if node.tags:
            node.tags = {t: node.tags[t] for t in TAGS if t in node.tags}
        if node.kind is NodeKind.ITEM:
            stored.attachments[node.id] = []  # type: ignore[index]
    for node_id, encoded in session.execute(
        select(ItemRecordRow.node_id, ItemRecordRow.json)
        .join(NodeRow)
        .where(NodeRow.meeting_id == meeting_id)
    ):
        stored.records[node_id] = encoded
    for att in session.execute(
        select(AttachmentRow)
        .join(NodeRow)
        .where(NodeRow.meeting_id == meeting_id)
        .order_by(AttachmentRow.node_id, AttachmentRow.position)
    ).scalars():
        stored.attachments[att.node_id].append(att.name)
    return stored


def _meeting(row: MeetingRow) -> Meeting:
    return Meeting(
        body=row.body,
        date=row.date,
        kind=row.kind,
        pages=row.pages,
        participants=list(row.participants or []),
        absent=list(row.absent or []),
        anomalies=[a for a in map(anomaly_from, row.anomalies or []) if a.kind in STORED_KINDS],
    )


# -- snapshots ------------------------------------------------------------------------------


def snapshot(
    doc: Document, scope: Scope | None = None
) -> tuple[dict[int, NodeState], dict[int, str | None]]:
    """The editable state: every stored node's fields, and every line's correction; only
    the nodes and lines ``scope`` holds, when given."""
    pairs = with_parents(doc) if scope is None else scope.nodes(doc)
    nodes = {node.id: node_state(node, parent) for node, parent in pairs if node.id is not None}
    if scope is None:
        return nodes, {line.index: line.corrected for line in doc.lines}
    return nodes, {index: doc.lines[index].corrected for index in scope.lines}


def node_state(node: Node, parent: Node | None) -> NodeState:
    """One node's stored fields, as the audit trail keeps them."""
    return {
        "kind": node.kind.value,
        "parent": parent.id if parent is not None else None,
        "first": node.first,
        "last": node.last,
        "review": node.review,
        "flagged": node.flagged,
        "tags": dict(node.tags),
        "number": node.number,
        "title": node.title,
        "heading": node.heading,
        "case_number": node.case_number,
        "case_handlers": list(node.case_handlers),
        "note": node.note,
    }


def rebuild(doc: Document, states: dict[int, NodeState]) -> None:
    """Replace the document's tree by the one the node states describe. A node that was
    there already stays the same object (with the new fields), so what shows the tree
    sees which nodes moved, not a new tree."""
    existing = {node.id: node for node in doc.walk() if node.id is not None}
    nodes: dict[int, Node] = {}
    for node_id, s in states.items():
        fields = {
            "kind": NodeKind(s["kind"]),
            "first": s["first"],
            "last": s["last"],
            "tags": dict(s["tags"]),
            # Audit rows before migration 0005 know no flag: "flagged" was a review status.
            "review": "unreviewed" if s["review"] == "flagged" else s["review"],
            "flagged": bool(s.get("flagged", False)) or s["review"] == "flagged",
            "children": [],
            **{name: s[name] for name in _NODE_FIELDS},
        }
        node = existing.get(node_id)
        if node is None:
            nodes[node_id] = Node(id=node_id, **fields)
        else:
            for name, value in fields.items():
                setattr(node, name, value)
            nodes[node_id] = node
    doc.nodes = []
    for node_id in sorted(states, key=lambda i: (states[i]["first"], i)):
        parent = states[node_id]["parent"]
        (nodes[parent].children if parent is not None else doc.nodes).append(nodes[node_id])
    for node in nodes.values():
        node.children.sort(key=lambda n: n.first)
