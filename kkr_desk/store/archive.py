"""The archive: import meetings, and change them through one audited, invertible path.

``Archive.apply(meeting_id, operation)`` is the only code that changes a stored meeting.
In one transaction it loads the meeting, applies the operation to the document tree,
checks the invariants, writes what changed, refreshes the derived text and attachments,
and writes one audit row (who, when, what, before, after). It returns the inverse: a
``Patch`` that restores the state before, and that goes through the same path.
"""

from __future__ import annotations

import datetime as dt
import getpass
import hashlib
import logging
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any, ClassVar

from sqlalchemy import bindparam, delete, func, insert, select, update
from sqlalchemy.orm import Session

from kkr_desk.domain.document import Document, InvariantError, NodeKind, check_invariants
from kkr_desk.domain.edits import EditError, Operation
from kkr_desk.store import convert, records
from kkr_desk.store.convert import NodeState
from kkr_desk.store.db import Database
from kkr_desk.store.models import (
    AttachmentRow,
    DecisionTagRow,
    EditRow,
    ItemRecordRow,
    LineRow,
    MeetingRow,
    NodeRow,
)

log = logging.getLogger("kkr_desk.store")


class DuplicateMeetingError(ValueError):
    """The same source file (same SHA-256) is in the archive already."""


@dataclass(frozen=True)
class Patch(Operation):
    """Set nodes and line corrections to given states: the inverse of any operation.

    ``nodes`` maps node ids to ``[expected, wanted]`` states (None: absent); ``lines``
    maps line indices to ``[expected, wanted]`` corrections. A patch refuses to apply
    when the meeting no longer is as expected (it changed since).
    """

    name: ClassVar[str] = "patch"
    nodes: dict[int, tuple[NodeState | None, NodeState | None]]
    lines: dict[int, tuple[str | None, str | None]]

    def apply(self, doc: Document) -> None:
        states, corrections = convert.snapshot(doc)
        for node_id, (expected, wanted) in self.nodes.items():
            if states.get(node_id) != expected:
                raise EditError("the meeting has changed since: this step cannot be undone")
            if wanted is None:
                states.pop(node_id, None)
            else:
                states[node_id] = wanted
        for index, (expected, wanted) in self.lines.items():
            if corrections.get(index) != expected:
                raise EditError("the meeting has changed since: this step cannot be undone")
            doc.lines[index].corrected = wanted
        convert.rebuild(doc, states)

    def inverse(self) -> Patch:
        return Patch(
            {k: (after, before) for k, (before, after) in self.nodes.items()},
            {k: (after, before) for k, (before, after) in self.lines.items()},
        )

    def describe(self) -> dict[str, Any]:
        return {"op": self.name, "nodes": sorted(self.nodes), "lines": sorted(self.lines)}


@dataclass(frozen=True)
class MeetingSummary:
    id: int
    body: str
    date: dt.date | None
    kind: str
    source_name: str
    items: int
    reviewed: int


def current_user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 - no login name on some systems
        return "unknown"


class Archive:
    def __init__(self, db: Database, user: str | None = None) -> None:
        self.db = db
        self.user = user or current_user()

    # -- import -------------------------------------------------------------------------
    def import_document(self, doc: Document, source: bytes, *, replace: bool = False) -> int:
        """Store a parsed document with its source file; returns the meeting id.

        The document's nodes receive their archive ids.
        """
        if any(node.id is not None for node in doc.walk()):
            raise ValueError("this document is stored already: parse the file again")
        sha = hashlib.sha256(source).hexdigest()
        with self.db.transaction() as session:
            old = session.scalar(select(MeetingRow.id).where(MeetingRow.source_sha256 == sha))
            if old is not None:
                if not replace:
                    raise DuplicateMeetingError(
                        f"{doc.source_name} is already in the archive as meeting {old} "
                        "(the same file); use --replace to import it again."
                    )
                session.execute(delete(MeetingRow).where(MeetingRow.id == old))
            now = dt.datetime.now(dt.UTC)
            meeting_id = session.scalar(
                insert(MeetingRow)
                .values(convert.meeting_row(doc, source, sha, now))
                .returning(MeetingRow.id)
            )
            assert meeting_id is not None
            _insert_lines(session, convert.line_rows(meeting_id, doc))
            _insert_new_nodes(session, meeting_id, doc)
            _write_tags(session, doc)
            _refresh_derived(session, convert.Stored(doc), doc)
        log.info("imported %s as meeting %d", doc.source_name, meeting_id)
        return meeting_id

    # -- reading ------------------------------------------------------------------------
    def load(self, meeting_id: int) -> Document:
        with self.db.session() as session:
            return convert.load(session, meeting_id).doc

    def meetings(self) -> list[MeetingSummary]:
        items = (
            select(
                NodeRow.meeting_id,
                func.count().label("items"),
                func.count().filter(NodeRow.review_status == "reviewed").label("reviewed"),
            )
            .where(NodeRow.kind == NodeKind.ITEM.value)
            .group_by(NodeRow.meeting_id)
            .subquery()
        )
        query = (
            select(
                MeetingRow.id,
                MeetingRow.body,
                MeetingRow.date,
                MeetingRow.kind,
                MeetingRow.source_name,
                func.coalesce(items.c["items"], 0),
                func.coalesce(items.c.reviewed, 0),
            )
            .outerjoin(items, items.c.meeting_id == MeetingRow.id)
            .order_by(MeetingRow.date, MeetingRow.id)
        )
        with self.db.session() as session:
            return [MeetingSummary(*row) for row in session.execute(query)]

    def source(self, meeting_id: int) -> tuple[str, bytes]:
        """The stored source file: its name and bytes."""
        with self.db.session() as session:
            row = session.execute(
                select(MeetingRow.source_name, MeetingRow.source_bytes).where(
                    MeetingRow.id == meeting_id
                )
            ).one_or_none()
        if row is None:
            raise LookupError(f"there is no meeting {meeting_id} in the archive")
        return row[0], row[1]

    def find_source(self, source: bytes) -> int | None:
        """The meeting imported from exactly these bytes, if any."""
        sha = hashlib.sha256(source).hexdigest()
        with self.db.session() as session:
            return session.scalar(select(MeetingRow.id).where(MeetingRow.source_sha256 == sha))

    def meeting_ids(self) -> list[int]:
        with self.db.session() as session:
            return records.meeting_ids(session)

    def records(self, ids: Sequence[int], *, encoded: bool = False) -> Iterator[dict[str, Any]]:
        """Export records of the meetings ``ids``, read in batches as they are consumed;
        ``encoded``: items as their stored JSON records (what the JSON export splices)."""
        with self.db.session() as session:
            yield from records.meeting_records(session, ids, encoded=encoded)

    def edits(self, meeting_id: int) -> list[EditRow]:
        with self.db.session() as session:
            return list(
                session.scalars(
                    select(EditRow).where(EditRow.meeting_id == meeting_id).order_by(EditRow.id)
                )
            )

    # -- the one mutation path ----------------------------------------------------------
    def apply(self, meeting_id: int, operation: Operation) -> Patch:
        """Apply ``operation`` to a stored meeting; returns the operation that undoes it.

        Raises EditError (nothing is changed) when the operation does not fit.
        """
        return self.apply_and_load(meeting_id, operation)[0]

    def apply_and_load(self, meeting_id: int, operation: Operation) -> tuple[Patch, Document]:
        """``apply``, also returning the meeting as it is now (as ``load`` would)."""
        with self.db.transaction() as session:
            stored = convert.load(session, meeting_id)
            doc = stored.doc
            nodes_before, lines_before = convert.snapshot(doc)
            operation.apply(doc)
            try:
                check_invariants(doc)
            except InvariantError as exc:
                raise EditError(f"{operation.name} would break the structure: {exc}") from None
            _insert_new_nodes(session, meeting_id, doc)
            nodes_after, lines_after = convert.snapshot(doc)
            patch = Patch(
                {
                    k: (nodes_before.get(k), nodes_after.get(k))
                    for k in nodes_before.keys() | nodes_after.keys()
                    if nodes_before.get(k) != nodes_after.get(k)
                },
                {k: (v, lines_after[k]) for k, v in lines_before.items() if v != lines_after[k]},
            )
            _write_patch(session, meeting_id, patch, nodes_before, doc)
            _refresh_derived(session, stored, doc, _touched_items(doc, patch))
            session.add(
                EditRow(
                    meeting_id=meeting_id,
                    at=dt.datetime.now(dt.UTC),
                    user=self.user,
                    operation=operation.describe(),
                    before=_jsonable(patch, 0),
                    after=_jsonable(patch, 1),
                )
            )
        return patch.inverse(), doc


# -- writing ----------------------------------------------------------------------------------


_PLACEHOLDER = {"qmark": "?", "numeric": ":{n}", "named": ":c{n}", "format": "%s", "pyformat": "%s"}


def _insert_lines(session: Session, rows: list[tuple]) -> None:
    """A thousand lines in one driver ``executemany``: SQLAlchemy's per-row parameter
    processing would cost more than the rest of storing a meeting."""
    connection = session.connection()
    style = connection.dialect.paramstyle
    count = len(convert.LINE_COLUMNS)
    marks = ", ".join(_PLACEHOLDER[style].format(n=n + 1) for n in range(count))
    params: list = rows
    if style == "named":
        params = [{f"c{n + 1}": v for n, v in enumerate(row)} for row in rows]
    connection.exec_driver_sql(
        f"INSERT INTO line ({', '.join(convert.LINE_COLUMNS)}) VALUES ({marks})", params
    )


def _insert_new_nodes(session: Session, meeting_id: int, doc: Document) -> None:
    """Give nodes without an id one, parents first (bulk insert per tree level)."""
    pending = [(n, p) for n, p in convert.with_parents(doc) if n.id is None]
    while pending:
        ready = [(n, p) for n, p in pending if p is None or p.id is not None]
        table = NodeRow.__table__
        ids = (
            session.connection()
            .execute(  # Core: ORM bulk bookkeeping costs per row
                table.insert().returning(table.c.id, sort_by_parameter_order=True),
                [convert.node_row(meeting_id, n, p) for n, p in ready],
            )
            .scalars()
            .all()
        )
        for (node, _), node_id in zip(ready, ids, strict=True):
            node.id = node_id
        pending = [(n, p) for n, p in pending if n.id is None]


def _state_row(meeting_id: int, node_id: int, state: NodeState) -> dict[str, Any]:
    return {
        "id": node_id,
        "meeting_id": meeting_id,
        "kind": state["kind"],
        "parent_id": state["parent"],
        "first_line": state["first"],
        "last_line": state["last"],
        "number": state["number"],
        "title": state["title"],
        "heading": state["heading"],
        "case_number": state["case_number"],
        "case_handlers": state["case_handlers"],
        "review_status": state["review"],
        "note": state["note"],
    }


def _write_patch(
    session: Session, meeting_id: int, patch: Patch, before: dict[int, NodeState], doc: Document
) -> None:
    """Write the node and line changes of ``patch`` (new node ids are inserted already)."""
    order = {n.id: depth for depth, (n, _) in enumerate(convert.with_parents(doc))}
    restored = [
        k for k, (old, new) in patch.nodes.items() if old is None and new and k not in before
    ]
    existing = set(session.scalars(select(NodeRow.id).where(NodeRow.id.in_(restored))))
    for node_id in sorted(restored, key=order.__getitem__):  # parents first
        state = patch.nodes[node_id][1]
        if node_id not in existing and state is not None:  # an undo brings it back
            session.execute(insert(NodeRow).values(_state_row(meeting_id, node_id, state)))
    for node_id, (_, new) in patch.nodes.items():
        if new is not None:
            session.execute(
                update(NodeRow)
                .where(NodeRow.id == node_id)
                .values(_state_row(meeting_id, node_id, new))
            )
    gone = [k for k, (_, new) in patch.nodes.items() if new is None]
    if gone:
        session.execute(delete(NodeRow).where(NodeRow.id.in_(gone)))
    changed_tags = [
        k for k, (old, new) in patch.nodes.items() if new and (old or {}).get("tags") != new["tags"]
    ]
    if changed_tags:
        session.execute(delete(DecisionTagRow).where(DecisionTagRow.node_id.in_(changed_tags)))
        rows = [
            {"node_id": k, "tag": tag, "origin": origin}
            for k in changed_tags
            for tag, origin in patch.nodes[k][1]["tags"].items()  # type: ignore[index]
        ]
        if rows:
            session.execute(insert(DecisionTagRow), rows)
    for index, (_, corrected) in patch.lines.items():
        session.execute(
            update(LineRow)
            .where(LineRow.meeting_id == meeting_id, LineRow.seq == index)
            .values(corrected=corrected)
        )


def _write_tags(session: Session, doc: Document) -> None:
    rows = [
        {"node_id": node.id, "tag": tag, "origin": origin}
        for node in doc.walk()
        for tag, origin in node.tags.items()
    ]
    if rows:
        session.connection().execute(DecisionTagRow.__table__.insert(), rows)


def _touched_items(doc: Document, patch: Patch) -> set[int] | None:
    """Ids of the items whose text an edit may have changed; None: possibly all of them
    (a corrected line can change which hyphens the whole document keeps)."""
    if patch.lines:
        return None
    touched: set[int] = set()
    for section in doc.sections:
        for item in section.children:
            ids = {item.id, section.id, *(part.id for part in item.children)}
            if any(node_id in patch.nodes for node_id in ids):
                touched.add(item.id)  # type: ignore[arg-type]
    return touched


def _refresh_derived(
    session: Session, stored: convert.Stored, doc: Document, items: set[int] | None = None
) -> None:
    """Bring part texts, attachments and export records in line with the lines and
    ranges as they are (for the items ``items`` only, when given)."""
    derived = convert.derive(doc, items)
    table = NodeRow.__table__
    by_key = table.c.id == bindparam("key")
    texts = [{"key": k, "v": v} for k, v in derived.texts.items() if stored.texts.get(k) != v]
    connection = session.connection()
    if texts:
        connection.execute(table.update().where(by_key).values(text=bindparam("v")), texts)
    records = [k for k, v in derived.records.items() if stored.records.get(k) != v]
    if records:
        session.execute(delete(ItemRecordRow).where(ItemRecordRow.node_id.in_(records)))
        connection.execute(
            ItemRecordRow.__table__.insert(),
            [{"node_id": k, "json": derived.records[k]} for k in records],
        )
    stale = [k for k, v in derived.attachments.items() if stored.attachments.get(k) != v]
    if stale:
        session.execute(delete(AttachmentRow).where(AttachmentRow.node_id.in_(stale)))
        rows = [
            {"node_id": k, "position": i, "name": name}
            for k in stale
            for i, name in enumerate(derived.attachments[k])
        ]
        if rows:
            connection.execute(AttachmentRow.__table__.insert(), rows)


def _jsonable(patch: Patch, side: int) -> dict[str, Any]:
    return {
        "nodes": {str(k): pair[side] for k, pair in patch.nodes.items()},
        "lines": {str(k): pair[side] for k, pair in patch.lines.items()},
    }
