"""A meeting's history for the clerk: who changed what and when, before → after in plain
English and Danish (``history``); taking one past change back (``revert``); and what
differs from the parser's output (``changed_since_import``, in ``app/since_import.py``).

Every change is described from its audit row (``kkr_desk.store.history``): a field
("Titel på 2.1: 'A' → 'B'"), a line correction, a node made or removed by a structure
edit, a range or a place that moved. A node is named as it was at that change (its
number then), falling back to the meeting as it is now. ``revert`` goes through the one
mutation path as a new audited edit, refused when a later edit depends on the change.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from kkr_desk.app import describe
from kkr_desk.app.describe import ABSENT, Detail, Words
from kkr_desk.app.since_import import ItemChange, changed_since_import
from kkr_desk.domain.document import Document
from kkr_desk.store import history as trail_store
from kkr_desk.store.archive import Archive
from kkr_desk.store.history import Entry, Revert, RevertRefused
from kkr_desk.store.states import NodeState, snapshot

__all__ = [
    "Change",
    "ItemChange",
    "RevertRefused",
    "changed_since_import",
    "history",
    "revert",
    "revert_operation",
]

# Field changes in the order they are told; ranges and places after them.
FIELD_ORDER = (
    "kind",
    "number",
    "title",
    "heading",
    "case_number",
    "case_handlers",
    "tags",
    "review",
    "flagged",
    "note",
)


@dataclass(frozen=True)
class Change:
    """One change of the meeting, as the clerk reads it. ``nodes``: the nodes it concerns,
    with the items and sections holding them (what "only the selected item" filters on);
    ``revertible``: no later change depends on it, and it is a content change;
    ``reverts``/``reverted_by``: the change a revert took back / the revert of this one."""

    edit_id: int
    revision: int | None
    user: str
    at: dt.datetime
    op: str
    action: Words
    details: tuple[Detail, ...]
    nodes: frozenset[int]
    revertible: bool
    reverts: int | None = None
    reverted_by: int | None = None

    def words(self) -> Words:
        """The first thing it changed, before → after, and how many more."""
        if not self.details:
            return self.action
        first = Words(self.details[0].text(False), self.details[0].text(True))
        more = len(self.details) - 1
        if not more:
            return first
        return Words(f"{first.en} (+{more} more)", f"{first.da} (+{more} mere)")

    @property
    def text(self) -> str:
        return self.words().en

    @property
    def danish(self) -> str:
        return self.words().da


class _Names:
    """Names nodes as they were at a change: from the change's own states, else from the
    states the changes before it left, else from the meeting as it is now."""

    def __init__(self, doc: Document | None) -> None:
        self.now: dict[int, NodeState] = snapshot(doc)[0] if doc is not None else {}
        self.known: dict[int, NodeState] = {}

    def state(self, node_id: int | None, entry: Entry) -> NodeState | None:
        if node_id is None:
            return None
        pair = entry.nodes.get(node_id)
        if pair is not None:
            return pair[0] or pair[1]
        return self.known.get(node_id) or self.now.get(node_id)

    def where(self, node_id: int | None, entry: Entry) -> Words:
        state = self.state(node_id, entry)
        if state is None:
            return describe.NONE
        owner = None
        if state["kind"] == "part":
            parent = self.state(state.get("parent"), entry)
            owner = parent.get("number") if parent is not None else None
        return describe.place(state["kind"], state.get("number"), state.get("heading"), owner)

    def family(self, node_id: int, entry: Entry) -> set[int]:
        """The node and the nodes above it."""
        out: set[int] = set()
        current: int | None = node_id
        while current is not None and current not in out:
            out.add(current)
            state = self.state(current, entry)
            current = state.get("parent") if state is not None else None
        return out

    def learn(self, entry: Entry) -> None:
        for node_id, (before, after) in entry.nodes.items():
            state = after or before
            if state is not None:
                self.known[node_id] = state


def _node_value(state: NodeState, doc: Document | None) -> Words:
    name = state.get("title") if state["kind"] != "part" else state.get("heading")
    lines = describe.lines_value(doc, state["first"], state["last"])
    if not name:
        return lines
    quoted = describe.quoted(str(name))
    return Words(f"{quoted.en}, {lines.en}", f"{quoted.da}, {lines.da}")


def _node_details(
    node_id: int,
    pair: tuple[NodeState | None, NodeState | None],
    entry: Entry,
    names: _Names,
    doc: Document | None,
) -> tuple[list[Detail], list[Detail]]:
    """(what it made, removed or changed; how ranges and places moved) of one node."""
    before, after = pair
    where = names.where(node_id, entry)
    if before is None and after is not None:
        template = describe.CREATED.get(after["kind"], Words("New {0}", "Ny {0}"))
        what = Words(template.en.format(where.en), template.da.format(where.da))
        return [Detail(describe.capital(what), ABSENT, _node_value(after, doc))], []
    if after is None and before is not None:
        template = describe.REMOVED.get(before["kind"], Words("{0} removed", "{0} fjernet"))
        what = Words(template.en.format(where.en), template.da.format(where.da))
        return [Detail(describe.capital(what), _node_value(before, doc), ABSENT)], []
    assert before is not None
    assert after is not None
    fields = [
        Detail(
            describe.field_of(name, where),
            describe.value(name, before.get(name)),
            describe.value(name, after.get(name)),
        )
        for name in FIELD_ORDER
        if before.get(name) != after.get(name)
    ]
    moves = []
    if (before["first"], before["last"]) != (after["first"], after["last"]):
        moves.append(
            Detail(
                describe.field_of("range", where),
                describe.lines_value(doc, before["first"], before["last"]),
                describe.lines_value(doc, after["first"], after["last"]),
            )
        )
    if before.get("parent") != after.get("parent"):
        moves.append(
            Detail(
                describe.capital(Words(f"{where.en} moved", f"{where.da} flyttet")),
                describe.under(names.where(before.get("parent"), entry)),
                describe.under(names.where(after.get("parent"), entry)),
            )
        )
    return fields, moves


def _line_details(entry: Entry, doc: Document | None) -> list[Detail]:
    out = []
    for index, (before, after) in sorted(entry.lines.items()):
        original = doc.lines[index].text if doc is not None and index < len(doc.lines) else None
        out.append(
            Detail(
                describe.line_place(doc, index),
                describe.quoted(before if before is not None else original),
                describe.quoted(after if after is not None else original),
            )
        )
    return out


def _order(pair: tuple[NodeState | None, NodeState | None], node_id: int) -> tuple[int, int, int]:
    """Nodes made or removed first, then by their first line."""
    state = pair[0] or pair[1]
    first = int(state["first"]) if state is not None else 0
    return (0 if pair[0] is None or pair[1] is None else 1, first, node_id)


def _change(
    entry: Entry,
    names: _Names,
    doc: Document | None,
    revertible: set[int],
    reverted: dict[int, int],
) -> Change:
    made: list[Detail] = []
    moved: list[Detail] = []
    nodes: set[int] = set()
    for node_id in sorted(entry.nodes, key=lambda k: _order(entry.nodes[k], k)):
        first, then = _node_details(node_id, entry.nodes[node_id], entry, names, doc)
        made += first
        moved += then
        nodes |= names.family(node_id, entry)
    for index in entry.lines:
        holder = doc.deepest(index) if doc is not None and index < len(doc.lines) else None
        if holder is not None and holder.id is not None:
            nodes |= names.family(holder.id, entry)
    details = made + _line_details(entry, doc) + moved
    return Change(
        edit_id=entry.id,
        revision=entry.revision,
        user=entry.user,
        at=entry.at,
        op=entry.op,
        action=describe.operation(entry.op),
        details=tuple(details),
        nodes=frozenset(nodes),
        revertible=entry.id in revertible,
        reverts=entry.reverts,
        reverted_by=reverted.get(entry.id),
    )


def history(archive: Archive, meeting_id: int, item_id: int | None = None) -> list[Change]:
    """Every change of the meeting, newest first; with ``item_id``, those that concern
    that node (an item: its fields, its parts, its lines; a section: all under it)."""
    trail = trail_store.entries(archive, meeting_id)
    try:
        doc: Document | None = archive.load(meeting_id)
    except LookupError:  # emptied from the trash: its history stays
        doc = None
    revertible = trail_store.revertible(trail)
    reverted = {e.reverts: e.id for e in trail if e.reverts is not None}
    names = _Names(doc)
    out = []
    for entry in trail:  # oldest first: nodes are named as they were then
        out.append(_change(entry, names, doc, revertible, reverted))
        names.learn(entry)
    out.reverse()
    if item_id is not None:
        out = [c for c in out if item_id in c.nodes]
    return out


def revert_operation(archive: Archive, meeting_id: int, edit_id: int) -> Revert:
    """The edit that reverts change ``edit_id``, checked against the archive as it is
    now: to apply through the window's edit path (its undo stack). Raises RevertRefused
    with the reason (``code``, ``later``) when it cannot be made."""
    return trail_store.revert_operation(archive, meeting_id, edit_id)[0]


def revert(archive: Archive, meeting_id: int, edit_id: int, user: str | None = None) -> Document:
    """Revert change ``edit_id`` as a new audited edit by ``user`` (None: the archive's
    user); returns the meeting as it is now. Raises RevertRefused, or ConflictError when
    another clerk's change came in between."""
    writer = archive if user is None or user == archive.user else Archive(archive.db, user=user)
    return trail_store.revert(writer, meeting_id, edit_id)[1]
