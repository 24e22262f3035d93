"""Findings: what the clerk should check, from the parse and from the current tree.

``findings(doc)`` is the one list the window's "Tjek disse" pane, the JSON export and
``kkr-desk parse`` show. It joins two sources:

* stored findings (``doc.meeting.anomalies``, kinds in ``STORED_KINDS``) that the parse
  recorded, kept or cleared by clear rules against the current tree: a damaged page is
  always kept; a heading accepted on weak evidence is kept while a section or item still
  starts at its line and is not reviewed; a candidate heading that was rejected is kept
  while no section or item starts at its line and the item holding it is not reviewed;
* derived findings, computed again from the tree on every call, so they disappear as the
  clerk fixes the structure: numbering gaps and repeats, items without a case line, part
  headings out of the usual order or repeated, a Beslutning without a recognisable
  decision phrase (minutes only) and a very long item.

One pass over the nodes plus the decision-phrase test of each Beslutning part: linear in
the size of the document, cheap enough to run after every edit.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator

from kkr_desk.domain.derive import suggest_tags, vocabulary
from kkr_desk.domain.document import Anomaly, AnomalyKind, Document, Node, NodeKind

# The usual order of part headings within an item, as every item of the reference corpus
# has them (a subsequence of this). A heading not named here (e.g. "Program", which
# stands alone) has no place in the order; only its repetition is a finding.
USUAL_PART_ORDER = ("Baggrund", "Indstilling", "Sagsfremstilling", "Beslutning")
# Baggrund opens and Beslutning closes; Indstilling and Sagsfremstilling come in either
# order (the corpus puts the proposal first, many municipal layouts the account).
_RANK = {"Baggrund": 0, "Indstilling": 1, "Sagsfremstilling": 1, "Beslutning": 2}

# An item spanning more pages than this, or more lines, is unusual (the reference
# corpus: at most 6 pages and 182 lines per item, about 11,000 characters).
LONG_ITEM_PAGES = 12
LONG_ITEM_LINES = 600

_SECTION_NUMBER = re.compile(r"\d+")
_ITEM_NUMBER = re.compile(r"(\d+)\.(\d+)")


def findings(doc: Document) -> list[Anomaly]:
    """The stored findings that still hold and the derived ones, sorted by place.

    Everything but the section numbering is found section by section; with a
    ``FindingsMemo`` on the document (``doc.findings_memo``: the store keeps one and
    forgets the sections each edit touches) a section untouched since the last call is
    not looked at again.
    """
    memo = doc.findings_memo
    sections = doc.sections
    if memo is not None:
        memo.keep_only(sections)
    starts = [section.first for section in sections]
    stored: list[list[Anomaly]] = [[] for _ in sections]
    outside = _Places([])
    found = []
    for a in doc.meeting.anomalies:
        at = bisect.bisect_right(starts, a.first) - 1 if a.first is not None else -1
        if at >= 0 and a.first is not None and a.first <= sections[at].last:
            stored[at].append(a)
        elif _still_holds(a, outside):
            found.append(a)
    found.extend(_section_numbering(doc, sections))
    keep = _Vocabulary(doc)
    for section, here in zip(sections, stored, strict=True):
        known = memo.get(section) if memo is not None else None
        if known is None:
            known = list(_section_findings(doc, section, here, keep))
            if memo is not None:
                memo.put(section, known)
        found.extend(known)
    return sorted(found, key=place)


class _Vocabulary:
    """The document's hyphenation vocabulary, computed on first need."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.words: frozenset[str] | None = None

    def __call__(self) -> frozenset[str]:
        if self.words is None:
            self.words = vocabulary(self.doc)
        return self.words


def _section_findings(
    doc: Document, section: Node, stored: list[Anomaly], keep: _Vocabulary
) -> Iterator[Anomaly]:
    places = _Places([section])
    yield from (a for a in stored if _still_holds(a, places))
    yield from _item_numbering(doc, section)
    for item in section.children:
        yield from _item_findings(doc, item)
    yield from _no_decision(doc, section, keep)


def place(a: Anomaly) -> tuple[int, int, int]:
    """Sort key: the whole file first, then by page, then by first line (page-wide first)."""
    return (
        -1 if a.page is None else a.page,
        -1 if a.first is None else a.first,
        list(AnomalyKind).index(a.kind),
    )


# -- stored findings ---------------------------------------------------------------


class _Places:
    """Where sections and items start, and which item holds a line."""

    __slots__ = ("items", "starts")

    def __init__(self, sections: list[Node]) -> None:
        self.starts: dict[int, Node] = {}  # first line -> section or item starting there
        self.items: list[Node] = []  # all items, in order
        for section in sections:
            self.starts[section.first] = section
            for item in section.children:
                self.starts.setdefault(item.first, item)
                self.items.append(item)

    def item_at(self, index: int) -> Node | None:
        lo, hi = 0, len(self.items)
        while lo < hi:  # the last item starting at or before index
            mid = (lo + hi) // 2
            if self.items[mid].first <= index:
                lo = mid + 1
            else:
                hi = mid
        if lo and index in self.items[lo - 1]:
            return self.items[lo - 1]
        return None


def _reviewed(node: Node) -> bool:
    """An item the clerk has looked at; a section when all its items are."""
    if node.kind is NodeKind.SECTION:
        return bool(node.children) and all(_reviewed(item) for item in node.children)
    return node.review != "unreviewed" or node.flagged


def _still_holds(a: Anomaly, places: _Places) -> bool:
    if a.kind is AnomalyKind.DAMAGED or a.first is None:
        return True
    node = places.starts.get(a.first)
    if a.kind is AnomalyKind.WEAK_HEADING:
        return node is not None and not _reviewed(node)
    if a.kind is AnomalyKind.REJECTED_HEADING:
        if node is not None:
            return False
        item = places.item_at(a.first)
        return item is None or not _reviewed(item)
    return False  # a derived kind stored by mistake: computed again below


# -- derived findings --------------------------------------------------------------


def _finding(
    doc: Document, kind: AnomalyKind, first: int, last: int, message: str, danish: str
) -> Anomaly:
    return Anomaly(doc.lines[first].page, message, kind, first, last, danish)


def _section_numbering(doc: Document, sections: list[Node]) -> Iterator[Anomaly]:
    previous: int | None = None
    for section in sections:
        match = _SECTION_NUMBER.fullmatch(section.number or "")
        if match is None:
            yield _finding(
                doc,
                AnomalyKind.NUMBERING,
                section.first,
                section.first,
                f"Section '{section.number or ''}' has no plain number",
                f"Afsnit '{section.number or ''}' har ikke et almindeligt nummer",
            )
        else:
            number = int(match.group())
            yield from _step(doc, section, "Section", "Afsnit", previous, number)
            previous = number


def _step(
    doc: Document, node: Node, what: str, what_da: str, previous: int | None, number: int
) -> Iterator[Anomaly]:
    expected = 1 if previous is None else previous + 1
    if number == expected:
        return
    at = node.first
    if previous is not None and number == previous:
        yield _finding(
            doc,
            AnomalyKind.NUMBERING,
            at,
            at,
            f"{what} number {number} repeats",
            f"{what_da} nummer {number} gentages",
        )
    elif previous is None:
        yield _finding(
            doc,
            AnomalyKind.NUMBERING,
            at,
            at,
            f"Numbering starts at {number}, not 1",
            f"Nummereringen begynder ved {number}, ikke 1",
        )
    else:
        yield _finding(
            doc,
            AnomalyKind.NUMBERING,
            at,
            at,
            f"Numbering jumps from {previous} to {number}",
            f"Nummereringen springer fra {previous} til {number}",
        )


def _item_numbering(doc: Document, section: Node) -> Iterator[Anomaly]:
    prefix = section.number or "?"
    previous: int | None = None
    previous_text = prefix
    for item in section.children:
        match = _ITEM_NUMBER.fullmatch(item.number or "")
        shown = item.number or ""
        if match is None or match.group(1) != prefix:
            yield _finding(
                doc,
                AnomalyKind.NUMBERING,
                item.first,
                item.first,
                f"Item '{shown}' is not numbered {prefix}.n in section {prefix}",
                f"Punkt '{shown}' er ikke nummereret {prefix}.n i afsnit {prefix}",
            )
            continue
        number = int(match.group(2))
        expected = 1 if previous is None else previous + 1
        if number != expected:
            if previous is not None and number == previous:
                message = f"Item number {shown} repeats"
                danish = f"Punktnummer {shown} gentages"
            else:
                message = f"Numbering jumps from {previous_text} to {shown}"
                danish = f"Nummereringen springer fra {previous_text} til {shown}"
            yield _finding(doc, AnomalyKind.NUMBERING, item.first, item.first, message, danish)
        previous, previous_text = number, shown


def _label(item: Node) -> str:
    return item.number or "?"


def _item_findings(doc: Document, item: Node) -> Iterator[Anomaly]:
    label = _label(item)
    if not item.case_number:
        yield _finding(
            doc,
            AnomalyKind.NO_CASE,
            item.first,
            item.first,
            f"Item {label} has no case number",
            f"Punkt {label} mangler sagsnummer",
        )
    seen: set[str] = set()
    highest: tuple[int, str] | None = None
    for part in item.children:
        heading = part.heading
        if heading is None:
            continue
        if heading in seen:
            yield _finding(
                doc,
                AnomalyKind.PART_ORDER,
                part.first,
                part.first,
                f"Item {label} has the heading {heading} twice",
                f"Punkt {label} har overskriften {heading} to gange",
            )
            continue
        seen.add(heading)
        rank = _RANK.get(heading)
        if rank is None:
            continue
        if highest is not None and rank < highest[0]:
            yield _finding(
                doc,
                AnomalyKind.PART_ORDER,
                part.first,
                part.first,
                f"Item {label}: {heading} comes after {highest[1]}",
                f"Punkt {label}: {heading} står efter {highest[1]}",
            )
        else:
            highest = (rank, heading)
    pages = doc.lines[item.last].page - doc.lines[item.first].page + 1
    if pages > LONG_ITEM_PAGES or item.last - item.first + 1 > LONG_ITEM_LINES:
        yield _finding(
            doc,
            AnomalyKind.LONG_ITEM,
            item.first,
            item.last,
            f"Item {label} is very long ({pages} pages)",
            f"Punkt {label} er meget langt ({pages} sider)",
        )


def _no_decision(doc: Document, section: Node, keep: _Vocabulary) -> Iterator[Anomaly]:
    if doc.meeting.kind != "referat":
        return
    for item in section.children:
        decision = next((p for p in item.children if p.heading == "Beslutning"), None)
        if decision is None:
            continue
        if not _decides(doc, item, keep()):
            label = _label(item)
            yield _finding(
                doc,
                AnomalyKind.NO_DECISION,
                decision.first,
                decision.last,
                f"Item {label}: no decision phrase in Beslutning",
                f"Punkt {label}: ingen genkendelig beslutning under Beslutning",
            )


# Whether an item's parts name a decision, by the texts of the lines suggest_tags reads:
# the answer is remembered, so an edit elsewhere does not assemble every part again.
_DECIDES: dict[tuple[object, ...], bool] = {}
_DECIDES_SIZE = 4096


def _decides(doc: Document, item: Node, keep: frozenset[str]) -> bool:
    key: list[object] = [keep]
    for part in item.children:
        if part.heading in ("Beslutning", "Indstilling"):
            key.append(part.heading)
            key.extend(
                (line.content, line.gap_before, line.furniture) for line in doc.node_lines(part)
            )
    memo = tuple(key)
    found = _DECIDES.get(memo)
    if found is None:
        if len(_DECIDES) >= _DECIDES_SIZE:
            _DECIDES.clear()
        found = _DECIDES[memo] = bool(suggest_tags(doc, item, keep))
    return found
