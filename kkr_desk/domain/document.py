"""Plain domain types: a document is a stream of lines; structure is ranges over it.

No Qt and no database here. The parser builds these objects, the store persists them and
the UI shows them through thin adapters.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass, field
from enum import StrEnum

BBox = tuple[float, float, float, float]


class NodeKind(StrEnum):
    FRONT = "front"  # cover, table of contents, participants: everything before section 1
    SECTION = "section"
    ITEM = "item"
    PART = "part"


PART_HEADINGS = ("Baggrund", "Indstilling", "Sagsfremstilling", "Beslutning", "Program")
REVIEW_STATUSES = ("unreviewed", "reviewed")  # flagging is separate: ``Node.flagged``
TAG_ORIGINS = ("suggested", "confirmed")


@dataclass(slots=True)
class Line:
    """One visual line of the source, as extracted. ``text`` is never changed after parsing."""

    index: int
    page: int  # 1-based
    text: str
    bbox: BBox | None = None  # PDF points; None for text-extraction input
    size: float | None = None  # font size; None for text input
    bold: bool | None = None  # None when the input has no font information
    gap_before: bool = False  # a paragraph gap (blank line, wide leading) precedes this line
    joined: bool = False  # text input: the line follows the previous one with no separator
    furniture: bool = False  # running header, footer or page number: not part of any text
    corrected: str | None = None  # the clerk's correction, if any

    @property
    def content(self) -> str:
        """The text as the clerk sees it: the correction when there is one."""
        return self.corrected if self.corrected is not None else self.text


@dataclass(slots=True)
class Node:
    """A contiguous, inclusive range ``first..last`` of line indices with its fields.

    A node's own lines are those before its first child (a heading, a case line); the
    children tile the rest of the range without gaps or overlaps.
    """

    kind: NodeKind
    first: int
    last: int
    number: str | None = None
    title: str | None = None
    heading: str | None = None  # part heading; None for the text before the first heading
    case_number: str | None = None
    case_handlers: list[str] = field(default_factory=list)
    tags: dict[str, str] = field(default_factory=dict)  # decision tag -> origin
    review: str = "unreviewed"
    flagged: bool = False  # for follow-up; independent of the review status
    note: str | None = None
    children: list[Node] = field(default_factory=list)
    id: int | None = None  # the archive's key; None until stored

    def __contains__(self, index: int) -> bool:
        return self.first <= index <= self.last

    @property
    def own_last(self) -> int:
        """Last line owned by this node itself (before its first child)."""
        return self.children[0].first - 1 if self.children else self.last

    def walk(self) -> Iterator[Node]:
        yield self
        for child in self.children:
            yield from child.walk()


class AnomalyKind(StrEnum):
    """What the parser is unsure of. Stored kinds come from the parse itself and are kept
    with the meeting; derived kinds are computed again from the current tree
    (``kkr_desk.domain.findings``), so they clear as the clerk fixes the structure."""

    DAMAGED = "damaged"  # stored: a page (or the file) MuPDF complained about
    WEAK_HEADING = "weak_heading"  # stored: a heading accepted on weak evidence
    REJECTED_HEADING = "rejected_heading"  # stored: a candidate heading rejected near a gap
    NUMBERING = "numbering"  # derived: a numbering gap or repeat
    NO_CASE = "no_case"  # derived: an item without a case line
    PART_ORDER = "part_order"  # derived: part headings out of the usual order, or repeated
    NO_DECISION = "no_decision"  # derived: a Beslutning with no recognisable decision phrase
    LONG_ITEM = "long_item"  # derived: a very long item


STORED_KINDS = frozenset(
    {AnomalyKind.DAMAGED, AnomalyKind.WEAK_HEADING, AnomalyKind.REJECTED_HEADING}
)


@dataclass(frozen=True, slots=True)
class Anomaly:
    """A finding: something the clerk should check, with the place it concerns.

    ``message`` is English, ``danish`` the same in Danish (both short, one sentence).
    ``first``..``last`` is the inclusive line range concerned (None: the page ``page`` as
    a whole, or with ``page`` None too, the whole file).
    """

    page: int | None  # 1-based; None: the file as a whole
    message: str
    kind: AnomalyKind = AnomalyKind.DAMAGED
    first: int | None = None
    last: int | None = None
    danish: str = ""


@dataclass(slots=True)
class Meeting:
    body: str | None = None  # e.g. "KKR Nordjylland"
    date: dt.date | None = None
    kind: str = "dagsorden"  # "dagsorden" | "referat"
    pages: int = 0
    participants: list[str] = field(default_factory=list)
    absent: list[str] = field(default_factory=list)
    anomalies: list[Anomaly] = field(default_factory=list)  # stored findings (STORED_KINDS)


class FindingsMemo:
    """The findings of each section as last found, for a caller that knows what its edits
    change: ``forget`` the sections an edit touched, ``clear`` when a line's correction
    changed (the hyphenation vocabulary, so any decision text, may have changed: the
    memo keeps the vocabulary too, for ``derive.vocabulary``). A
    section object it has not seen (a rebuilt tree) is simply found again."""

    def __init__(self) -> None:
        self._by: dict[int, tuple[Node, list[Anomaly]]] = {}
        # the hyphenation vocabulary (``derive.vocabulary``), kept until ``clear``
        self.vocabulary: frozenset[str] | None = None

    def get(self, section: Node) -> list[Anomaly] | None:
        hit = self._by.get(id(section))
        return hit[1] if hit is not None and hit[0] is section else None

    def put(self, section: Node, found: list[Anomaly]) -> None:
        self._by[id(section)] = (section, found)

    def forget(self, nodes: list[Node]) -> None:
        for node in nodes:
            self._by.pop(id(node), None)

    def clear(self) -> None:
        self._by.clear()
        self.vocabulary = None

    def keep_only(self, sections: list[Node]) -> None:
        if len(self._by) > len(sections):
            live = {id(s) for s in sections}
            self._by = {k: v for k, v in self._by.items() if k in live}


@dataclass(slots=True)
class Document:
    meeting: Meeting
    lines: list[Line]
    nodes: list[Node]  # top level: an optional front node, then the sections
    source_name: str = ""
    revision: int = 0  # the archive's revision of the meeting this was loaded at
    # Memo of derive.vocabulary, keyed by the corrections it saw (see there).
    vocabulary_memo: tuple[tuple[tuple[int, str | None], ...], frozenset[str]] | None = field(
        default=None, repr=False, compare=False
    )
    # Every stored node with its parent, by id: kept by ``domain.tree.locate``, which
    # checks an answer before giving it and builds the index again when it is stale.
    node_index: dict[int, tuple[Node, Node | None]] | None = field(
        default=None, repr=False, compare=False
    )
    # The findings of each section, kept by the store, which alone changes a document in
    # place and forgets the sections each edit touches (``FindingsMemo``).
    findings_memo: FindingsMemo | None = field(default=None, repr=False, compare=False)

    @property
    def sections(self) -> list[Node]:
        return [n for n in self.nodes if n.kind is NodeKind.SECTION]

    def walk(self) -> Iterator[Node]:
        for node in self.nodes:
            yield from node.walk()

    def items(self) -> Iterator[Node]:
        for section in self.sections:
            yield from section.children

    def deepest(self, index: int) -> Node | None:
        """The deepest node whose range contains line ``index``."""
        found = None
        level = self.nodes
        while True:
            hit = next((n for n in level if index in n), None)
            if hit is None:
                return found
            found, level = hit, hit.children

    def node_lines(self, node: Node) -> list[Line]:
        return self.lines[node.first : node.last + 1]


class InvariantError(ValueError):
    """The ranges of a document break one of the structural rules."""


_CHILD_KIND = {
    NodeKind.FRONT: (),
    NodeKind.SECTION: (NodeKind.ITEM,),
    NodeKind.ITEM: (NodeKind.PART,),
    NodeKind.PART: (),
}


def check_invariants(doc: Document) -> None:
    """Raise InvariantError unless the node ranges are well formed.

    The top-level nodes tile the whole line stream; every node lies inside its parent;
    children are contiguous, in order, and end where their parent ends; so every line
    has exactly one deepest owner.
    """
    for i, line in enumerate(doc.lines):
        if line.index != i:
            raise InvariantError(f"line {i} carries index {line.index}")
    check_top(doc)
    for node in doc.walk():
        check_children(node)


def check_top(doc: Document) -> None:
    """The top level: front matter first (once, if at all), then sections, tiling every
    line (raises InvariantError)."""
    n = len(doc.lines)
    if n == 0:
        if doc.nodes:
            raise InvariantError("nodes over an empty line stream")
        return
    top = doc.nodes
    if not top:
        raise InvariantError("no nodes cover the line stream")
    if any(node.kind not in (NodeKind.FRONT, NodeKind.SECTION) for node in top):
        raise InvariantError("only front matter and sections may stand at the top level")
    if sum(node.kind is NodeKind.FRONT for node in top) > 1 or (
        top[0].kind is not NodeKind.FRONT and any(x.kind is NodeKind.FRONT for x in top)
    ):
        raise InvariantError("front matter must come first, once")
    _check_tiling(top, 0, n - 1, "document")


def check_children(node: Node) -> None:
    """A node's children: of the kind it may hold, inside it, tiling it to its end."""
    if node.children:
        allowed = _CHILD_KIND[node.kind]
        if any(child.kind not in allowed for child in node.children):
            raise InvariantError(f"{node.kind} {node.number or ''} has a child of wrong kind")
        start = node.children[0].first
        if start < node.first:
            raise InvariantError(f"{node.kind} {node.number or ''}: child starts before it")
        _check_tiling(node.children, start, node.last, f"{node.kind} {node.number or ''}")


def _check_tiling(nodes: list[Node], first: int, last: int, where: str) -> None:
    expected = first
    for node in nodes:
        if node.first > node.last:
            raise InvariantError(f"{where}: empty range {node.first}..{node.last}")
        if node.first != expected:
            raise InvariantError(f"{where}: range starts at {node.first}, expected {expected}")
        expected = node.last + 1
    if expected != last + 1:
        raise InvariantError(f"{where}: ranges end at {expected - 1}, expected {last}")
