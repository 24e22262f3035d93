"""Changes since import: every item (and section) of a meeting whose fields, structure or
lines differ from what the parser made of the meeting's file.

The stored file is parsed again (the same bytes; what a re-import would start from) and
compared with the meeting as stored. Items are paired by their first line, then by number
and case number, then by title, then by the most lines in common; a pair differs in its
fields (number, title, case number, handlers, decision tags), its structure (its line
range, its parts and their ranges) or its lines (a correction of a line it owns). An item
with no partner is new (a split, a new heading) or removed (a merge). The clerk's review
status and notes are the clerk's own, not corrections of the parse, and are not compared.
When the parser now reads other lines from the file, only fields are compared.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Hashable
from dataclasses import dataclass

from kkr_desk.app import describe
from kkr_desk.app.describe import ABSENT, Detail, Words
from kkr_desk.domain.document import AnomalyKind, Document, Node, NodeKind
from kkr_desk.store.archive import Archive

ITEM_FIELDS = ("number", "title", "case_number", "case_handlers")
SECTION_FIELDS = ("number", "title")
PARTS = Words("Parts", "Afsnit")


@dataclass(frozen=True)
class ItemChange:
    """An item (or section, or the front matter) that differs from the parse.
    ``status``: ``changed``, ``new`` (not in the parse) or ``removed`` (``node_id`` None);
    ``first``: its first line (in the parse, when removed)."""

    node_id: int | None
    kind: str
    status: str
    label: Words
    first: int
    differences: tuple[Detail, ...]

    def lines(self, danish: bool = False) -> list[str]:
        return [d.text(danish) for d in self.differences]

    @property
    def text(self) -> str:
        return f"{self.label.en}: " + "; ".join(self.lines(False))

    @property
    def danish(self) -> str:
        return f"{self.label.da}: " + "; ".join(self.lines(True))


def parse_original(archive: Archive, meeting_id: int, doc: Document) -> Document:
    """The parse of the meeting's stored file (damage accepted when it was on import).
    Raises ParseError when the parser no longer reads it."""
    from kkr_desk.parse import parse_bytes  # the parser: only when asked (window start-up)

    name, data = archive.source(meeting_id)
    damaged = any(a.kind is AnomalyKind.DAMAGED for a in doc.meeting.anomalies)
    return parse_bytes(data, name, accept_damaged=damaged)


def changed_since_import(archive: Archive, meeting_id: int) -> list[ItemChange]:
    """What differs from the parse of the stored file, in the meeting's order."""
    current = archive.load(meeting_id)
    return compare(current, parse_original(archive, meeting_id, current))


def _title_key(node: Node) -> str | None:
    return " ".join((node.title or "").split()).casefold() or None


def _overlap(a: Node, b: Node) -> int:
    return max(0, min(a.last, b.last) - max(a.first, b.first) + 1)


def pair(current: list[Node], original: list[Node], same_lines: bool) -> dict[int, int]:
    """Positions in ``current`` → positions in ``original`` of the same node."""
    matched: dict[int, int] = {}
    taken: set[int] = set()

    def by(key: Callable[[Node], Hashable | None]) -> None:
        free: dict[Hashable, list[int]] = defaultdict(list)
        for j, node in enumerate(original):
            if j not in taken and key(node) is not None:
                free[key(node)].append(j)
        for i, node in enumerate(current):
            places = free.get(key(node)) if i not in matched and key(node) is not None else None
            if places:
                matched[i] = j = places.pop(0)
                taken.add(j)

    if same_lines:
        by(lambda n: n.first)
    by(lambda n: (n.number, n.case_number) if n.number else None)
    by(_title_key)
    if same_lines:
        for i, node in enumerate(current):
            if i in matched:
                continue
            best = max(
                (j for j in range(len(original)) if j not in taken),
                key=lambda j: _overlap(node, original[j]),
                default=None,
            )
            if best is not None and _overlap(node, original[best]) > 0:
                matched[i] = best
                taken.add(best)
    return matched


def _where(node: Node) -> Words:
    return describe.place(node.kind.value, node.number, node.heading, None)


def _label(node: Node) -> Words:
    """ "2.1 Title", "Section 2 Title", "Front matter"."""
    title = f" {node.title}" if node.title else ""
    where = describe.capital(_where(node))
    return Words(f"{where.en}{title}", f"{where.da}{title}")


def _value(node: Node, doc: Document) -> Words:
    lines = describe.lines_value(doc, node.first, node.last)
    name = node.heading if node.kind is NodeKind.PART else node.title
    if not name:
        return lines
    quoted = describe.quoted(name)
    return Words(f"{quoted.en}, {lines.en}", f"{quoted.da}, {lines.da}")


def _parts(node: Node) -> Words:
    names = [describe.place("part", None, p.heading, None) for p in node.children]
    return describe.joined(names, ", ") if names else describe.NONE


def _differences(
    now: Node, then: Node, current: Document, original: Document, same_lines: bool
) -> list[Detail]:
    where = _where(now)
    names = ITEM_FIELDS if now.kind is NodeKind.ITEM else SECTION_FIELDS
    out = [
        Detail(
            describe.field_of(name, where),
            describe.value(name, getattr(then, name)),
            describe.value(name, getattr(now, name)),
        )
        for name in names
        if getattr(then, name) != getattr(now, name)
    ]
    if now.kind is NodeKind.ITEM and set(now.tags) != set(then.tags):
        out.append(
            Detail(
                describe.field_of("tags", where),
                describe.tags_value(then.tags),
                describe.tags_value(now.tags),
            )
        )
    if not same_lines:
        return out
    if (now.first, now.last) != (then.first, then.last):
        out.append(
            Detail(
                describe.field_of("range", where),
                describe.lines_value(original, then.first, then.last),
                describe.lines_value(current, now.first, now.last),
            )
        )
    if now.kind is not NodeKind.ITEM:
        return out
    if [p.heading for p in now.children] != [p.heading for p in then.children]:
        what = Words(f"{PARTS.en} {describe.OF.en} {where.en}", f"{PARTS.da} i {where.da}")
        out.append(Detail(what, _parts(then), _parts(now)))
    else:
        for a, b in zip(now.children, then.children, strict=True):
            if (a.first, a.last) != (b.first, b.last):
                part = describe.place("part", None, a.heading, now.number)
                out.append(
                    Detail(
                        describe.field_of("range", part),
                        describe.lines_value(original, b.first, b.last),
                        describe.lines_value(current, a.first, a.last),
                    )
                )
    return out


def _owner(doc: Document, index: int) -> Node | None:
    """The item holding line ``index``, else its section or the front matter."""
    top = next((n for n in doc.nodes if index in n), None)
    if top is None or top.kind is not NodeKind.SECTION:
        return top
    return next((i for i in top.children if index in i), top)


def _corrections(current: Document, original: Document) -> dict[int, list[Detail]]:
    """The corrected lines, by the id of the node owning them."""
    out: dict[int, list[Detail]] = defaultdict(list)
    for now, then in zip(current.lines, original.lines, strict=True):
        if now.corrected == then.corrected:
            continue
        owner = _owner(current, now.index)
        if owner is not None and owner.id is not None:
            out[owner.id].append(
                Detail(
                    describe.line_place(current, now.index),
                    describe.quoted(then.content),
                    describe.quoted(now.content),
                )
            )
    return out


def _units(doc: Document) -> list[list[Node]]:
    """What is compared kind by kind: the sections, the items."""
    return [doc.sections, list(doc.items())]


def compare(current: Document, original: Document) -> list[ItemChange]:
    """The items and sections of ``current`` (as stored) that differ from ``original`` (a
    parse of its file), and those of ``original`` no longer there; in document order."""
    same_lines = len(current.lines) == len(original.lines) and all(
        a.text == b.text for a, b in zip(current.lines, original.lines, strict=True)
    )
    lines = _corrections(current, original) if same_lines else {}
    out: list[ItemChange] = []
    for now_nodes, then_nodes in zip(_units(current), _units(original), strict=True):
        matched = pair(now_nodes, then_nodes, same_lines)
        for i, node in enumerate(now_nodes):
            fixes = lines.pop(node.id, []) if node.id is not None else []
            if i not in matched:
                kind = node.kind.value
                template = describe.CREATED.get(kind, Words("New {0}", "Ny {0}"))
                where = _where(node)
                what = Words(template.en.format(where.en), template.da.format(where.da))
                made = Detail(describe.capital(what), ABSENT, _value(node, current))
                out.append(
                    ItemChange(node.id, kind, "new", _label(node), node.first, (made, *fixes))
                )
                continue
            found = _differences(node, then_nodes[matched[i]], current, original, same_lines)
            if found or fixes:
                out.append(
                    ItemChange(
                        node.id,
                        node.kind.value,
                        "changed",
                        _label(node),
                        node.first,
                        (*found, *fixes),
                    )
                )
        for j in sorted(set(range(len(then_nodes))) - set(matched.values())):
            gone = then_nodes[j]
            kind = gone.kind.value
            template = describe.REMOVED.get(kind, Words("{0} removed", "{0} fjernet"))
            where = _where(gone)
            what = Words(template.en.format(where.en), template.da.format(where.da))
            lost = Detail(describe.capital(what), _value(gone, original), ABSENT)
            out.append(ItemChange(None, kind, "removed", _label(gone), gone.first, (lost,)))
    for node in current.walk():  # corrected lines of the front matter
        if node.id in lines:
            out.append(
                ItemChange(
                    node.id,
                    node.kind.value,
                    "changed",
                    _label(node),
                    node.first,
                    tuple(lines.pop(node.id)),
                )
            )
    order = {"section": 0, "front": 0, "item": 1}
    return sorted(out, key=lambda c: (c.first, order.get(c.kind, 2)))
