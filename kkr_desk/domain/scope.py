"""Where an edit may change a document: so that an edit costs what it changes.

Every operation of ``domain.edits`` changes a few neighbouring nodes of one level (with
what lies under them) or a few lines; nothing else. ``scope_of`` names them *before* the
operation runs, as windows over sibling lists: the nodes ``start..stop`` among the
children of ``parent`` (the top level for None), with their subtrees. An operation may add
or remove siblings inside its window; afterwards the window is as much longer or shorter
as its level became. The store snapshots, checks, writes and derives again only what the
windows hold, and the tests run every operation both ways (scoped and whole) and compare.

An operation this module does not know (and one that defines no ``scope`` of its own)
gets None: the whole document, as before.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from kkr_desk.domain import edits, flag
from kkr_desk.domain.document import Document, Node, NodeKind, check_children, check_top
from kkr_desk.domain.errors import EditError
from kkr_desk.domain.tree import containing, level_of, locate, position


@dataclass
class Window:
    """Siblings ``start..stop`` (exclusive) of ``parent``'s children, of ``size`` in all."""

    parent: Node | None
    start: int
    stop: int
    size: int

    def nodes(self, doc: Document) -> list[Node]:
        """The window's siblings as they are now (the level may have grown or shrunk)."""
        level = level_of(doc, self.parent)
        return level[self.start : self.stop + len(level) - self.size]


@dataclass
class Scope:
    windows: list[Window] = field(default_factory=list)
    lines: frozenset[int] = frozenset()  # lines whose correction may change

    def nodes(self, doc: Document) -> Iterator[tuple[Node, Node | None]]:
        """Every node the windows hold now, with its parent, parents first."""
        for window in self.windows:
            level = [(n, window.parent) for n in window.nodes(doc)]
            while level:
                yield from level
                level = [(child, node) for node, _ in level for child in node.children]

    def check(self, doc: Document) -> None:
        """The structural invariants, where the windows may have broken them: their levels
        and everything under them (raises ``InvariantError``)."""
        for window in self.windows:
            if window.parent is None:
                check_top(doc)
            else:
                check_children(window.parent)
        for node, _ in self.nodes(doc):
            check_children(node)

    def tops(self, doc: Document) -> list[Node]:
        """The top-level nodes the change may touch, as they are now (after it)."""
        out: list[Node] = []
        for window in self.windows:
            if window.parent is None:
                out.extend(window.nodes(doc))
            else:
                top = _top_of(doc, window.parent)
                if top is not None and all(t is not top for t in out):
                    out.append(top)
        return out


def around(doc: Document, node_id: int, before: int = 0, after: int = 1) -> Scope:
    """A window over the node ``node_id``, ``before`` siblings before it and ``after``
    siblings from it on (itself included)."""
    node, parent = locate(doc, node_id)
    level = level_of(doc, parent)
    at = position(level, node)
    return Scope([Window(parent, max(at - before, 0), at + after, len(level))])


def scope_of(operation: Any, doc: Document) -> Scope | None:
    """Where ``operation`` may change ``doc``; None: anywhere. An operation that cannot
    apply (no such node) gets None, and says why when it runs."""
    own: Callable[[Document], Scope | None] | None = getattr(operation, "scope", None)
    if own is not None:
        return own(doc)
    try:
        return _builtin(operation, doc)
    except EditError:
        return None


_OWN = (edits.SetFields, edits.SetTags, edits.ConfirmTags, edits.SetReview, edits.SetNote)


def _builtin(op: Any, doc: Document) -> Scope | None:
    if isinstance(op, (*_OWN, flag.SetFlag)):
        return around(doc, op.node)
    if isinstance(op, edits.Split):
        return around(doc, op.node)  # the new sibling comes right after it
    if isinstance(op, (edits.Merge, edits.MoveStart)):
        return around(doc, op.node, before=1)
    if isinstance(op, edits.CorrectLine):
        return Scope(lines=frozenset({op.line}))
    if isinstance(op, edits.MakeHeading):
        node = containing(doc, op.line, NodeKind(op.kind))
        return around(doc, node.id) if node is not None and node.id is not None else None
    if isinstance(op, edits.ChangeLevel):
        return _change_level(doc, op)
    return None


def _change_level(doc: Document, op: edits.ChangeLevel) -> Scope | None:
    node, parent = locate(doc, op.node)
    change = (node.kind, op.kind)
    if change == (NodeKind.PART, "item") and parent is not None and parent.id is not None:
        return around(doc, parent.id)  # the item is split at the part
    if change == (NodeKind.ITEM, "section") and parent is not None and parent.id is not None:
        return around(doc, parent.id)  # the section is cut at the item
    if change in ((NodeKind.SECTION, "item"), (NodeKind.ITEM, "part")):
        return around(doc, op.node, before=1)  # it joins what stands before it
    return None


def _top_of(doc: Document, node: Node) -> Node | None:
    """The top-level node holding ``node`` (by its range: the tree is well formed)."""
    return next((top for top in doc.nodes if top.first <= node.first <= top.last), None)
