"""The inverse of every edit: set nodes and line corrections back, field by field, refusing
when what it would overwrite is no longer what the edit wrote."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from typing import Any, ClassVar

from kkr_desk.domain.document import Document
from kkr_desk.domain.edits import EditError, Operation
from kkr_desk.domain.scope import Scope, Window, around
from kkr_desk.domain.tree import locate
from kkr_desk.store.states import NodeState, node_state, rebuild, snapshot

# What an edit changes: ("node", id, field) and ("line", index, ""); field "*": the node
# was created or deleted.
Footprint = set[tuple[str, int, str]]


class StaleError(EditError):
    """A patch met a meeting that changed since it was made (another edit, another clerk)."""

    def __init__(self, message: str, nodes: set[int], lines: set[int]) -> None:
        super().__init__(message)
        self.nodes, self.lines = nodes, lines


@dataclass(frozen=True)
class Patch(Operation):
    """Set nodes and line corrections to given states: the inverse of any operation.

    ``nodes`` maps node ids to ``[expected, wanted]`` states (None: absent); ``lines``
    maps line indices to ``[expected, wanted]`` corrections. A patch changes only the
    fields in which ``expected`` and ``wanted`` differ, and refuses to apply when any of
    those fields no longer holds its expected value (someone changed it since) — so an
    undo never overwrites another clerk's later change, and keeps their changes of other
    fields of the same node.
    """

    name: ClassVar[str] = "patch"
    nodes: dict[int, tuple[NodeState | None, NodeState | None]]
    lines: dict[int, tuple[str | None, str | None]]

    def scope(self, doc: Document) -> Scope | None:
        """Each node the patch changes, when it changes only their fields; else (a node
        made, deleted or moved) the top-level nodes around them (``tops``)."""
        if not self.in_place():
            return self.tops(doc)
        try:
            windows = [w for node_id in self.nodes for w in around(doc, node_id).windows]
        except EditError:
            return None  # a node gone meanwhile: ``apply`` says so, as a conflict
        return Scope(windows, frozenset(self.lines))

    def tops(self, doc: Document) -> Scope | None:
        """A window over the top-level nodes holding every node the patch changes, where
        it is now and where it is to go (a top-level node it brings back goes in after the
        one before its first line). None when a node it expects is gone: ``apply`` then
        refuses, over the whole document."""
        firsts = [top.first for top in doc.nodes]
        at: list[int] = []
        for node_id, (expected, wanted) in self.nodes.items():
            try:
                at.append(bisect_right(firsts, locate(doc, node_id)[0].first) - 1)
            except EditError:
                if expected is not None:
                    return None
            if wanted is not None:  # its parent, if any, holds its first line too
                at.append(bisect_right(firsts, wanted["first"]) - 1)
        if not at or not firsts:
            return None
        start, stop = max(min(at), 0), max(at) + 1
        return Scope([Window(None, start, stop, len(firsts))], frozenset(self.lines))

    def in_place(self) -> bool:
        """Whether the patch sets fields of existing nodes only (and line corrections)."""
        for before, after in self.nodes.values():
            if before is None or after is None:
                return False
            if any(before.get(f) != after.get(f) for f in _PLACE):
                return False
            if "flagged" in (before.get("review"), after.get("review")):
                return False  # audit rows before migration 0005: a review, not a flag
        return True

    def apply(self, doc: Document, whole: bool = False) -> None:
        """Set the states; a patch that moves nodes rebuilds the top-level nodes of
        ``tops`` only (all of them when ``whole``, or when ``tops`` has no window)."""
        if self.in_place():
            self._apply_in_place(doc)
        else:
            self._apply_rebuilding(doc, None if whole else self.tops(doc))

    def _apply_in_place(self, doc: Document) -> None:
        found = {}
        for node_id in self.nodes:
            try:
                found[node_id] = locate(doc, node_id)
            except EditError:
                continue
        states = {k: node_state(*pair) for k, pair in found.items()}
        self._refuse_stale(states, {k: doc.lines[k].corrected for k in self.lines})
        for node_id, (expected, wanted) in self.nodes.items():
            node = found[node_id][0]
            for name, value in _changed(expected, wanted).items():  # type: ignore[arg-type]
                copied = list(value) if name == "case_handlers" else value
                setattr(node, name, dict(value) if name == "tags" else copied)
        for index, (_, wanted_line) in self.lines.items():
            doc.lines[index].corrected = wanted_line

    def _refuse_stale(
        self, states: dict[int, NodeState], corrections: dict[int, str | None]
    ) -> None:
        stale_nodes = {
            k
            for k, (expected, wanted) in self.nodes.items()
            if _stale(states.get(k), expected, wanted)
        }
        stale_lines = {
            k for k, (expected, _) in self.lines.items() if corrections.get(k) != expected
        }
        if stale_nodes or stale_lines:
            raise StaleError(
                "the meeting has changed since: this step cannot be undone",
                stale_nodes,
                stale_lines,
            )

    def _apply_rebuilding(self, doc: Document, scope: Scope | None) -> None:
        states, corrections = snapshot(doc, scope)
        self._refuse_stale(states, corrections)
        for node_id, (expected, wanted) in self.nodes.items():
            current = states.get(node_id)
            if wanted is None:
                states.pop(node_id, None)
            elif expected is None or current is None:
                states[node_id] = wanted
            else:
                states[node_id] = {**current, **_changed(expected, wanted)}
        orphans = {
            k for k, s in states.items() if s["parent"] is not None and s["parent"] not in states
        }
        if orphans:  # a node to bring back whose parent is gone meanwhile
            raise StaleError(
                "the meeting has changed since: this step cannot be undone", orphans, set()
            )
        for index, (_, wanted_line) in self.lines.items():
            doc.lines[index].corrected = wanted_line
        window = scope.windows[0] if scope is not None else None
        rebuild(doc, states, slice(window.start, window.stop) if window else None)

    def inverse(self) -> Patch:
        return Patch(
            {k: (after, before) for k, (before, after) in self.nodes.items()},
            {k: (after, before) for k, (before, after) in self.lines.items()},
        )

    def describe(self) -> dict[str, Any]:
        return {"op": self.name, "nodes": sorted(self.nodes), "lines": sorted(self.lines)}

    def footprint(self) -> Footprint:
        """What the patch changes: ``("node", id, field)`` and ``("line", index, "")``."""
        out = {("line", k, "") for k in self.lines}
        for node_id, (before, after) in self.nodes.items():
            if before is None or after is None:
                out.add(("node", node_id, "*"))  # created or deleted: the whole node
            else:
                out.update(("node", node_id, f) for f in _changed(before, after))
        return out


# The fields that place a node in the tree: a patch that changes one rebuilds it.
_PLACE = ("kind", "parent", "first", "last")


def _changed(before: NodeState, after: NodeState) -> NodeState:
    return {f: v for f, v in after.items() if before.get(f) != v}


def _stale(current: NodeState | None, expected: NodeState | None, wanted: NodeState | None) -> bool:
    if expected is None or wanted is None:  # to create or to delete: all of it as expected
        return current != expected
    if current is None:
        return True
    return any(current.get(f) != expected.get(f) for f in _changed(expected, wanted))


def overlaps(a: Footprint, b: Footprint) -> Footprint:
    """The entries of footprint ``a`` that footprint ``b`` changes too (a whole node
    created or deleted, ``"*"``, overlaps every field of it)."""
    fields: dict[tuple[str, int], set[str]] = {}
    for kind, key, name in b:
        fields.setdefault((kind, key), set()).add(name)
    out: Footprint = set()
    for entry in a:
        other = fields.get((entry[0], entry[1]))
        if other and (entry[2] == "*" or "*" in other or entry[2] in other):
            out.add(entry)
    return out


def footprint_of(before: dict[str, Any], after: dict[str, Any]) -> Footprint:
    """The footprint of an audit row (its ``before`` and ``after`` as stored)."""
    patch = Patch(
        {int(k): (before["nodes"].get(k), after["nodes"].get(k)) for k in before.get("nodes", {})},
        {int(k): (before["lines"].get(k), after["lines"].get(k)) for k in before.get("lines", {})},
    )
    return patch.footprint()
