"""Writing a meeting's rows: lines and nodes of a new import, the node and line changes of
an edit (a ``Patch``), and the derived text refreshed after either."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from sqlalchemy import bindparam, delete, insert, select, update
from sqlalchemy.orm import Session

from kkr_desk.domain.document import Document, Node, NodeKind
from kkr_desk.domain.scope import Scope
from kkr_desk.domain.tree import with_parents
from kkr_desk.store import convert
from kkr_desk.store.models import ATTACHMENT, NODE, LineRow, MeetingRow, NodeRow
from kkr_desk.store.models import DECISION_TAG as TAG
from kkr_desk.store.models import ITEM_RECORD as RECORD
from kkr_desk.store.states import NodeState

if TYPE_CHECKING:
    from kkr_desk.store.patch import Patch


_PLACEHOLDER = {"qmark": "?", "numeric": ":{n}", "named": ":c{n}", "format": "%s", "pyformat": "%s"}


def insert_lines(session: Session, rows: list[tuple[Any, ...]]) -> None:
    """A thousand lines in one driver ``executemany``: SQLAlchemy's per-row parameter
    processing would cost more than the rest of storing a meeting."""
    connection = session.connection()
    style = connection.dialect.paramstyle
    count = len(convert.LINE_COLUMNS)
    marks = ", ".join(_PLACEHOLDER[style].format(n=n + 1) for n in range(count))
    params: list[Any] = rows
    if style == "named":
        params = [{f"c{n + 1}": v for n, v in enumerate(row)} for row in rows]
    connection.exec_driver_sql(
        f"INSERT INTO line ({', '.join(convert.LINE_COLUMNS)}) VALUES ({marks})", params
    )


def insert_new_nodes(
    session: Session, meeting_id: int, doc: Document, scope: Scope | None = None
) -> None:
    """Give nodes without an id one, parents first (bulk insert per tree level); only
    those ``scope`` holds, when given (an edit makes nodes nowhere else)."""
    pairs = with_parents(doc) if scope is None else scope.nodes(doc)
    _insert_levels(session, meeting_id, [(n, p) for n, p in pairs if n.id is None], {})


def _insert_levels(
    session: Session,
    meeting_id: int,
    pending: list[tuple[Node, Node | None]],
    texts: dict[int, str],
) -> None:
    """Insert ``pending`` nodes a tree level at a time (a parent's id first), reading
    their ids back in parameter order; a node's text from ``texts`` (by ``id()``)."""
    while pending:
        ready = [(n, p) for n, p in pending if p is None or p.id is not None]
        ids = (
            session.connection()
            .execute(  # Core: ORM bulk bookkeeping costs per row
                NODE.insert().returning(NODE.c.id, sort_by_parameter_order=True),
                [
                    {**convert.node_row(meeting_id, n, p), "text": texts.get(id(n))}
                    for n, p in ready
                ],
            )
            .scalars()
            .all()
        )
        for (node, _), node_id in zip(ready, ids, strict=True):
            node.id = node_id
        pending = [(n, p) for n, p in pending if n.id is None]


def insert_meeting(session: Session, meeting_id: int, doc: Document) -> None:
    """The rows of a new meeting (an import; its meeting row is inserted): lines, nodes
    with their ids and part texts, tags, export records, attachments. Each part's text
    is derived once, before the nodes go in: the records, which hold the ids, after."""
    insert_lines(session, convert.line_rows(meeting_id, doc))
    bodies = convert.item_bodies(doc)
    texts = {id(part): body.text for _, _, parts in bodies for part, body in parts}
    _insert_fresh(session, meeting_id, with_parents(doc), texts)
    write_tags(session, doc)
    derived = convert.derive_records(bodies)
    _write_records(session, derived, list(derived.records), list(derived.attachments))


def _insert_fresh(
    session: Session,
    meeting_id: int,
    pairs: list[tuple[Node, Node | None]],
    texts: dict[int, str],
) -> None:
    """The nodes of a meeting that has none yet (``pairs``: parents first), each with
    its text (``texts``, by ``id()`` of the node). On SQLite the transaction holds the
    write lock (``BEGIN IMMEDIATE``), so the ids AUTOINCREMENT would give are known
    before: the nodes go in in one ``executemany`` with their ids, in the order that
    gives them those ids (``RETURNING`` in parameter order is one statement per row).
    Elsewhere a level at a time, the ids read back."""
    connection = session.connection()
    if connection.dialect.name != "sqlite":
        _insert_levels(session, meeting_id, pairs, texts)
        return
    last = connection.exec_driver_sql(
        "SELECT max(coalesce((SELECT seq FROM sqlite_sequence WHERE name = 'node'), 0),"
        " coalesce((SELECT max(id) FROM node), 0))"
    ).scalar()
    for node_id, (node, _) in enumerate(pairs, int(last or 0) + 1):
        node.id = node_id
    rows = []
    for node, parent in pairs:
        row = convert.node_row(meeting_id, node, parent)
        row["case_handlers"] = json.dumps(row["case_handlers"])  # as SQLAlchemy's JSON type
        rows.append((node.id, *row.values(), texts.get(id(node))))
    if rows:
        columns = ", ".join(("id", *row, "text"))
        marks = ", ".join("?" * len(rows[0]))
        connection.exec_driver_sql(f"INSERT INTO node ({columns}) VALUES ({marks})", rows)


def state_row(meeting_id: int, node_id: int, state: NodeState) -> dict[str, Any]:
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
        "flagged": bool(state.get("flagged", False)),
        "note": state["note"],
    }


def changed_columns(
    meeting_id: int, node_id: int, old: NodeState | None, new: NodeState
) -> dict[str, Any]:
    """The columns of a node's row that differ between two of its states (every column
    but the key when the old state is unknown). An UPDATE that names only these leaves
    the key and the parent alone: nothing looks up the rows that refer to them."""
    row = state_row(meeting_id, node_id, new)
    del row["id"]
    if old is None:
        return row
    was = state_row(meeting_id, node_id, old)
    return {column: value for column, value in row.items() if was[column] != value}


def write_patch(
    session: Session, meeting_id: int, patch: Patch, before: dict[int, NodeState], doc: Document
) -> None:
    """Write the node and line changes of ``patch`` (new node ids are inserted already)."""
    restored = [
        k for k, (old, new) in patch.nodes.items() if old is None and new and k not in before
    ]
    existing = set(session.scalars(select(NodeRow.id).where(NodeRow.id.in_(restored))))
    inserted: set[int] = set()
    order = {n.id: depth for depth, (n, _) in enumerate(with_parents(doc))} if restored else {}
    for node_id in sorted(restored, key=order.__getitem__):  # parents first
        state = patch.nodes[node_id][1]
        if node_id not in existing and state is not None:  # an undo brings it back
            session.execute(insert(NodeRow).values(state_row(meeting_id, node_id, state)))
            inserted.add(node_id)
    for node_id, (old, new) in patch.nodes.items():
        if new is not None and node_id not in inserted:
            values = changed_columns(meeting_id, node_id, old, new)
            if values:  # none: only its tags changed
                session.execute(update(NodeRow).where(NodeRow.id == node_id).values(values))
    gone = [k for k, (_, new) in patch.nodes.items() if new is None]
    if gone:
        session.execute(delete(NodeRow).where(NodeRow.id.in_(gone)))
    changed_tags = [
        k for k, (old, new) in patch.nodes.items() if new and (old or {}).get("tags") != new["tags"]
    ]
    if changed_tags:
        session.execute(delete(TAG).where(TAG.c.node_id.in_(changed_tags)))
        rows = [
            {"node_id": k, "tag": tag, "origin": origin}
            for k in changed_tags
            for tag, origin in patch.nodes[k][1]["tags"].items()  # type: ignore[index]
        ]
        if rows:
            session.execute(insert(TAG), rows)
    for index, (_, corrected) in patch.lines.items():
        session.execute(
            update(LineRow)
            .where(LineRow.meeting_id == meeting_id, LineRow.seq == index)
            .values(corrected=corrected)
        )


def write_tags(session: Session, doc: Document) -> None:
    rows = [
        {"node_id": node.id, "tag": tag, "origin": origin}
        for node in doc.walk()
        for tag, origin in node.tags.items()
    ]
    if rows:
        session.connection().execute(TAG.insert(), rows)


def touched_items(doc: Document, patch: Patch, scope: Scope | None = None) -> set[int] | None:
    """Ids of the items whose text an edit may have changed; None: possibly all of them
    (a corrected line can change which hyphens the whole document keeps)."""
    if patch.lines:
        return None
    # The items of the scope's sections only, when there is a scope: the patch holds
    # every node the edit changed, and nothing outside the scope changed.
    sections = doc.sections if scope is None else scope.tops(doc)
    touched: set[int] = set()
    for section in sections:
        if section.kind is not NodeKind.SECTION:
            continue
        for item in section.children:
            ids = {item.id, section.id, *(part.id for part in item.children)}
            if any(node_id in patch.nodes for node_id in ids):
                touched.add(item.id)  # type: ignore[arg-type]
    return touched


def refresh_derived(
    session: Session, stored: convert.Stored, doc: Document, items: set[int] | None = None
) -> set[int]:
    """Bring part texts, attachments and export records in line with the lines and
    ranges as they are (for the items ``items`` only, when given); returns the ids of the
    parts whose text changed."""
    derived = convert.derive(doc, items)
    table = NODE
    by_key = table.c.id == bindparam("key")
    texts = [{"key": k, "v": v} for k, v in derived.texts.items() if stored.texts.get(k) != v]
    connection = session.connection()
    if texts:
        connection.execute(table.update().where(by_key).values(text=bindparam("v")), texts)
    records = [k for k, v in derived.records.items() if stored.records.get(k) != v]
    if records:
        session.execute(delete(RECORD).where(RECORD.c.node_id.in_(records)))
    stale = [k for k, v in derived.attachments.items() if stored.attachments.get(k) != v]
    if stale:
        session.execute(delete(ATTACHMENT).where(ATTACHMENT.c.node_id.in_(stale)))
    _write_records(session, derived, records, stale)
    # a stored meeting's (an import writes them with the meeting row)
    findings = convert.findings_changed(stored, doc) if stored.meeting_id is not None else None
    if findings is not None:
        connection.execute(
            update(MeetingRow).where(MeetingRow.id == stored.meeting_id).values(anomalies=findings)
        )
    changed = {int(k) for k, v in derived.texts.items() if stored.texts.get(k) != v}
    # ``stored`` says again what the archive holds (the next edit may start from it)
    stored.texts.update(derived.texts)
    stored.records.update(derived.records)
    stored.attachments.update(derived.attachments)
    if findings is not None:
        stored.findings = findings
    return changed


def _write_records(
    session: Session, derived: convert.Derived, records: list[int], attachments: list[int]
) -> None:
    """Insert the export records of the items ``records`` and the attachments of the
    items ``attachments`` (whose rows are not there, or deleted)."""
    connection = session.connection()
    if records:
        connection.execute(
            RECORD.insert(),
            # the CSV cells are made from the same record: they change with it
            [{"node_id": k, "json": derived.records[k], "csv": derived.rows[k]} for k in records],
        )
    rows = [
        {"node_id": k, "position": i, "name": name}
        for k in attachments
        for i, name in enumerate(derived.attachments[k])
    ]
    if rows:
        connection.execute(ATTACHMENT.insert(), rows)


def forget_findings(doc: Document, scope: Scope | None, patch: Patch) -> None:
    """Tell the document's findings memo what an edit changed: the top-level nodes it
    touched (all of them for an edit with no scope, or one that corrected a line)."""
    memo = doc.findings_memo
    if memo is not None:
        if scope is None or patch.lines:
            memo.clear()
        else:
            memo.forget(scope.tops(doc))


def forget_gone(stored: convert.Stored, patch: Patch) -> None:
    """Drop from ``stored`` the derived values of the nodes ``patch`` deleted (their rows
    went with them: an undo that brings a node back must write them again)."""
    for node_id, (_, new) in patch.nodes.items():
        if new is None:
            stored.texts.pop(node_id, None)
            stored.records.pop(node_id, None)
            stored.attachments.pop(node_id, None)


def jsonable(patch: Patch, side: int) -> dict[str, Any]:
    return {
        "nodes": {str(k): pair[side] for k, pair in patch.nodes.items()},
        "lines": {str(k): pair[side] for k, pair in patch.lines.items()},
    }
