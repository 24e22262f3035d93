"""A meeting's editable state: each node's stored fields as the audit trail keeps them
(``NodeState``), a snapshot of them (over a scope, or all), and the tree rebuilt from
them (the inverse of every edit, ``patch.Patch``, works on these)."""

from __future__ import annotations

from typing import Any

from kkr_desk.domain.document import Document, Node, NodeKind
from kkr_desk.domain.scope import Scope
from kkr_desk.domain.tree import with_parents

NodeState = dict[str, Any]  # one node's stored fields, as in the audit trail
_NODE_FIELDS = ("number", "title", "heading", "case_number", "case_handlers", "note")


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


def rebuild(doc: Document, states: dict[int, NodeState], tops: slice | None = None) -> None:
    """Replace the document's tree by the one the node states describe; with ``tops``,
    only those top-level nodes (the states describe what replaces them: the nodes under
    them). A node that was there already stays the same object (with the new fields), so
    what shows the tree sees which nodes moved, not a new tree."""
    old = doc.nodes if tops is None else doc.nodes[tops]
    existing = {node.id: node for top in old for node in top.walk() if node.id is not None}
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
    roots: list[Node] = []
    for node_id in sorted(states, key=lambda i: (states[i]["first"], i)):
        parent = states[node_id]["parent"]
        (nodes[parent].children if parent is not None else roots).append(nodes[node_id])
    for node in nodes.values():
        node.children.sort(key=lambda n: n.first)
    if tops is None:
        doc.nodes = roots
        return
    doc.nodes[tops] = roots
    index = doc.node_index  # kept up to date here: rebuilding it costs the whole tree
    if index is not None:
        for node_id in existing.keys() - nodes.keys():
            index.pop(node_id, None)
        for node_id, s in states.items():
            parent = s["parent"]
            index[node_id] = (nodes[node_id], nodes[parent] if parent is not None else None)
