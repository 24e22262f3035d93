"""Edit operations on a document tree, as pure transforms (no database, no Qt).

Each operation names nodes by id and lines by index, checks its own preconditions and
raises EditError with a one-line reason when it cannot apply (its code and params in
domain/errors.py: the window says it in Danish). The store runs them inside
a transaction, checks the invariants afterwards and records the change and its inverse.
Nodes an operation creates carry ``id=None`` until the store gives them one.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, ClassVar

from kkr_desk.domain import limits
from kkr_desk.domain.document import PART_HEADINGS, REVIEW_STATUSES, Document, Node, NodeKind
from kkr_desk.domain.errors import EditError as EditError  # raised here, imported from here
from kkr_desk.domain.tags import TAGS
from kkr_desk.domain.text import clean, part_heading, split_heading
from kkr_desk.domain.tree import containing, level_of, locate, position


def _label(node: Node) -> str:
    if node.kind is NodeKind.PART:
        return f"part '{node.heading or 'tekst'}'"
    return f"{node.kind.value} {node.number or '(uden nummer)'}"


# -- range mechanics ----------------------------------------------------------------------


def _set_last(node: Node, last: int) -> None:
    """Move a node's last line; its last descendants follow. Never empties a child."""
    if last < node.first:
        raise EditError(f"{_label(node)} would be left without lines")
    if node.children:
        if last < node.children[-1].first:
            raise EditError(f"{_label(node.children[-1])} would be left without lines")
        _set_last(node.children[-1], last)
    node.last = last


def _set_first(node: Node, first: int) -> None:
    """Move a node's first line; a first child that starts earlier is cut to match."""
    if first > node.last:
        raise EditError(f"{_label(node)} would be left without lines")
    if node.children and node.children[0].first < first:
        _set_first(node.children[0], first)
    node.first = first


def _own_heading(node: Node, line: int) -> None:
    """Make ``line`` (the node's first) its own heading line, not its first child's."""
    if not node.children or node.children[0].first != line:
        return
    child = node.children[0]
    if child.last == line:
        node.children.pop(0)
        return
    _set_first(child, line + 1)
    if child.kind is NodeKind.PART:
        child.heading = None  # its heading line now heads the new node


def _split_children(node: Node, new: Node, line: int) -> None:
    keep: list[Node] = []
    move: list[Node] = []
    for child in node.children:
        if child.last < line:
            keep.append(child)
        elif child.first >= line:
            move.append(child)
        else:
            piece = Node(child.kind, line, child.last)
            _split_children(child, piece, line)
            child.last = line - 1
            keep.append(child)
            move.append(piece)
    node.children, new.children = keep, move


def _heading_fields(node: Node, text: str) -> None:
    """Fill a new node's fields from the text of its first line."""
    if node.kind is NodeKind.PART:
        node.heading = part_heading(text)
    else:
        node.number, node.title = split_heading(text)


# -- operations ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Operation:
    """An edit of one meeting. ``name`` and the fields describe it in the audit trail."""

    name: ClassVar[str] = ""

    def apply(self, doc: Document) -> None:
        raise NotImplementedError

    def describe(self) -> dict[str, Any]:
        return {"op": self.name, **asdict(self)}


@dataclass(frozen=True)
class Split(Operation):
    """Split a node at ``line``: that line opens a new sibling of the same kind."""

    name: ClassVar[str] = "split"
    node: int
    line: int

    def apply(self, doc: Document) -> None:
        node, parent = locate(doc, self.node)
        if node.kind is NodeKind.FRONT:
            raise EditError("the front matter cannot be split")
        if not node.first < self.line <= node.last:
            raise EditError(f"line {self.line} is not inside {_label(node)} after its first line")
        new = Node(node.kind, self.line, node.last)
        _split_children(node, new, self.line)
        node.last = self.line - 1
        _own_heading(new, self.line)
        _heading_fields(new, doc.lines[self.line].content)
        level = level_of(doc, parent)
        level.insert(position(level, node) + 1, new)


@dataclass(frozen=True)
class Merge(Operation):
    """Merge a node into its previous sibling; its heading lines become text there."""

    name: ClassVar[str] = "merge"
    node: int

    def apply(self, doc: Document) -> None:
        node, parent = locate(doc, self.node)
        level = level_of(doc, parent)
        at = position(level, node)
        if at == 0 or level[at - 1].kind is not node.kind:
            raise EditError(f"{_label(node)} has nothing before it to merge with")
        previous = level[at - 1]
        if node.own_last >= node.first:
            _set_last(previous, node.own_last)
        previous.children.extend(node.children)
        previous.last = node.last
        level.pop(at)


@dataclass(frozen=True)
class MoveStart(Operation):
    """Move a node's first line to ``first``: the boundary with what precedes it moves."""

    name: ClassVar[str] = "move_start"
    node: int
    first: int

    def apply(self, doc: Document) -> None:
        node, parent = locate(doc, self.node)
        level = level_of(doc, parent)
        at = position(level, node)
        previous = level[at - 1] if at > 0 else None
        if self.first == node.first:
            raise EditError(f"{_label(node)} already starts at line {self.first}")
        if previous is None and parent is None:
            raise EditError(f"nothing stands before {_label(node)} to take or give lines")
        floor = previous.first if previous is not None else parent.first  # type: ignore[union-attr]
        if not floor < self.first <= node.last:
            raise EditError(f"line {self.first} is outside what {_label(node)} can reach")
        if self.first < node.first:  # take lines from what precedes
            if previous is not None:
                _set_last(previous, self.first - 1)
            node.first = self.first
        else:  # give lines to what precedes
            _set_first(node, self.first)
            if previous is not None:
                _set_last(previous, self.first - 1)


@dataclass(frozen=True)
class MakeHeading(Operation):
    """Make ``line`` the heading of a new section, item or part: the node of that kind
    containing the line is split there."""

    name: ClassVar[str] = "make_heading"
    line: int
    kind: str

    def apply(self, doc: Document) -> None:
        kind = NodeKind(self.kind)
        if kind is NodeKind.FRONT:
            raise EditError("front matter is not a heading")
        node = containing(doc, self.line, kind)
        if node is None:
            raise EditError(f"line {self.line} is not inside any {kind.value}")
        if node.first == self.line:
            raise EditError(f"line {self.line} already opens {_label(node)}")
        if node.id is None:
            raise EditError(f"{_label(node)} is not stored yet")
        Split(node.id, self.line).apply(doc)


@dataclass(frozen=True)
class ChangeLevel(Operation):
    """Promote or demote a heading: part → item, item → section, section → item,
    item → part of the previous item."""

    name: ClassVar[str] = "change_level"
    node: int
    kind: str

    def apply(self, doc: Document) -> None:
        node, parent = locate(doc, self.node)
        change = (node.kind, NodeKind(self.kind))
        if change == (NodeKind.PART, NodeKind.ITEM):
            if parent is None or parent.id is None:
                raise EditError(f"{_label(node)} is not inside a stored item")
            Split(parent.id, node.first).apply(doc)
        elif change == (NodeKind.ITEM, NodeKind.SECTION):
            self._item_to_section(doc, node, parent)
        elif change == (NodeKind.SECTION, NodeKind.ITEM):
            self._section_to_item(doc, node)
        elif change == (NodeKind.ITEM, NodeKind.PART):
            self._item_to_part(doc, node, parent)
        else:
            raise EditError(f"{_label(node)} cannot become a {self.kind}")

    @staticmethod
    def _item_to_section(doc: Document, item: Node, section: Node | None) -> None:
        assert section is not None
        at = position(section.children, item)
        new = Node(NodeKind.SECTION, item.first, section.last)
        _heading_fields(new, doc.lines[item.first].content)
        new.children = section.children[at + 1 :]  # the item's parts become heading text
        section.children = section.children[:at]
        section.last = item.first - 1
        doc.nodes.insert(position(doc.nodes, section) + 1, new)

    @staticmethod
    def _section_to_item(doc: Document, section: Node) -> None:
        at = position(doc.nodes, section)
        previous = doc.nodes[at - 1] if at > 0 else None
        if previous is None or previous.kind is not NodeKind.SECTION:
            raise EditError(f"{_label(section)} has no section before it to join")
        item = Node(NodeKind.ITEM, section.first, section.own_last)
        _heading_fields(item, doc.lines[section.first].content)
        if item.last > item.first:
            item.children = [Node(NodeKind.PART, item.first + 1, item.last)]
        previous.children += [item, *section.children]
        previous.last = section.last
        doc.nodes.pop(at)

    @staticmethod
    def _item_to_part(doc: Document, item: Node, section: Node | None) -> None:
        assert section is not None
        at = position(section.children, item)
        if at == 0:
            raise EditError(f"{_label(item)} has no item before it to join")
        previous = section.children[at - 1]
        text = doc.lines[item.first].content
        part = Node(NodeKind.PART, item.first, item.last, heading=part_heading(text))
        previous.children.append(part)
        previous.last = item.last
        section.children.pop(at)


_FIELDS = {
    NodeKind.SECTION: {"number", "title"},
    NodeKind.ITEM: {"number", "title", "case_number", "case_handlers"},
    NodeKind.PART: {"heading"},
    NodeKind.FRONT: set(),
}


@dataclass(frozen=True)
class SetFields(Operation):
    """Set number, title, case number and handlers, or a part's heading."""

    name: ClassVar[str] = "set_fields"
    node: int
    fields: dict[str, Any] = field(default_factory=dict)

    def apply(self, doc: Document) -> None:
        node, _ = locate(doc, self.node)
        wrong = set(self.fields) - _FIELDS[node.kind]
        if wrong or not self.fields:
            raise EditError(f"{_label(node)} has no field {', '.join(sorted(wrong)) or '(none)'}")
        values = {}
        for key, value in self.fields.items():
            if key == "case_handlers":
                value = [clean(v) for v in value if clean(v)]
            elif key == "heading":
                if value is not None and value not in PART_HEADINGS:
                    raise EditError(f"'{value}' is not a part heading")
            elif value is not None:
                value = clean(str(value)) or None
            # what the archive cannot hold is refused alike on SQLite and PostgreSQL
            limits.check_node_field(key, value, EditError)
            values[key] = value
        for key, value in values.items():
            setattr(node, key, value)


@dataclass(frozen=True)
class CorrectLine(Operation):
    """Correct the text of a line; ``None`` (or the original text) undoes a correction."""

    name: ClassVar[str] = "correct_line"
    line: int
    text: str | None

    def apply(self, doc: Document) -> None:
        if not 0 <= self.line < len(doc.lines):
            raise EditError(f"there is no line {self.line}")
        limits.check_text(self.text, "the corrected line", EditError)
        line = doc.lines[self.line]
        line.corrected = None if self.text is None or self.text == line.text else self.text


def _item(doc: Document, node_id: int) -> Node:
    node, _ = locate(doc, node_id)
    if node.kind is not NodeKind.ITEM:
        raise EditError(f"{_label(node)} is not an item")
    return node


@dataclass(frozen=True)
class SetTags(Operation):
    """Set an item's decision tags; the clerk's choice is confirmed."""

    name: ClassVar[str] = "set_tags"
    node: int
    tags: tuple[str, ...]

    def apply(self, doc: Document) -> None:
        item = _item(doc, self.node)
        unknown = [t for t in self.tags if t not in TAGS]
        if unknown:
            raise EditError(f"unknown decision tag {', '.join(unknown)}")
        item.tags = {tag: "confirmed" for tag in TAGS if tag in self.tags}


@dataclass(frozen=True)
class ConfirmTags(Operation):
    """Confirm an item's suggested decision tags as they stand."""

    name: ClassVar[str] = "confirm_tags"
    node: int

    def apply(self, doc: Document) -> None:
        item = _item(doc, self.node)
        item.tags = dict.fromkeys(item.tags, "confirmed")


@dataclass(frozen=True)
class SetReview(Operation):
    name: ClassVar[str] = "set_review"
    node: int
    status: str

    def apply(self, doc: Document) -> None:
        if self.status not in REVIEW_STATUSES:
            raise EditError(f"unknown review status '{self.status}'")
        _item(doc, self.node).review = self.status


@dataclass(frozen=True)
class SetNote(Operation):
    name: ClassVar[str] = "set_note"
    node: int
    note: str | None

    def apply(self, doc: Document) -> None:
        limits.check_text(self.note, "the note", EditError)
        _item(doc, self.node).note = (self.note or "").strip() or None
