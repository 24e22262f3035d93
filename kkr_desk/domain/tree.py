"""Finding nodes in a document's tree without walking all of it.

A long meeting has thousands of nodes; an edit names one by id. ``locate`` answers from an
index of every stored node with its parent, kept on the document and checked on every
answer: the node must still stand in its parent's children, and the parent in its own
(nodes carry no parent pointer, and edits move them freely). A check that fails builds
the index again, so a stale index costs one walk, never a wrong answer.
"""

from __future__ import annotations

from kkr_desk.domain.document import Document, Node, NodeKind
from kkr_desk.domain.errors import EditError


def level_of(doc: Document, parent: Node | None) -> list[Node]:
    """The list ``parent``'s children stand in (the top level for None)."""
    return parent.children if parent is not None else doc.nodes


def position(level: list[Node], node: Node) -> int:
    """Where ``node`` (this very object) stands in ``level``; -1 if it does not."""
    for at, other in enumerate(level):
        if other is node:
            return at
    return -1


def with_parents(doc: Document) -> list[tuple[Node, Node | None]]:
    """Every node with its parent, parents before their children."""
    out: list[tuple[Node, Node | None]] = []
    level: list[tuple[Node, Node | None]] = [(n, None) for n in doc.nodes]
    while level:
        out.extend(level)
        level = [(child, node) for node, _ in level for child in node.children]
    return out


def _attached(doc: Document, index: dict[int, tuple[Node, Node | None]], node: Node) -> bool:
    """Whether ``node`` still stands where the index says, up to the top level."""
    while True:
        if node.id is None or node.id not in index or index[node.id][0] is not node:
            return False
        parent = index[node.id][1]
        if position(level_of(doc, parent), node) < 0:
            return False
        if parent is None:
            return True
        node = parent


def locate(doc: Document, node_id: int) -> tuple[Node, Node | None]:
    """The node with ``node_id`` and its parent (None at the top level)."""
    index = doc.node_index
    hit = index.get(node_id) if index is not None else None
    if hit is None or index is None or not _attached(doc, index, hit[0]):
        index = {n.id: (n, p) for n, p in with_parents(doc) if n.id is not None}
        doc.node_index = index
        hit = index.get(node_id)
    if hit is None:
        raise EditError(f"there is no node {node_id} in this meeting")
    return hit


def find(doc: Document, node_id: int | None) -> Node | None:
    """The node with ``node_id``, or None (no such node, or no id)."""
    if node_id is None:
        return None
    try:
        return locate(doc, node_id)[0]
    except EditError:
        return None


def containing(doc: Document, line: int, kind: NodeKind) -> Node | None:
    """The node of ``kind`` whose range holds ``line`` (nodes of one kind never overlap),
    found by descending through the ranges."""
    level = doc.nodes
    while level:
        node = next((n for n in level if n.first <= line <= n.last), None)
        if node is None:
            return None
        if node.kind is kind:
            return node
        level = node.children
    return None
