"""Carry the clerk's work from a meeting as stored onto a new parse of it (a re-import):
review status, confirmed decision tags, notes, corrected fields and corrected lines, for
every item that can be matched — by number and case number, then by title."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from kkr_desk.domain.document import Document, Node

FIELDS = ("number", "title", "case_number", "case_handlers")


@dataclass
class CarryReport:
    carried: list[str] = field(default_factory=list)  # item numbers whose work came along
    not_carried: list[str] = field(default_factory=list)  # what was lost, one line each


def _key_title(node: Node) -> str:
    return " ".join((node.title or "").split()).casefold()


def match_items(old: list[Node], new: list[Node]) -> dict[int, int]:
    """Positions in ``old`` → positions in ``new`` of the same item: first by number and
    case number, then by title; each item matched at most once."""
    matched: dict[int, int] = {}
    taken: set[int] = set()
    for key in (lambda n: (n.number, n.case_number), _key_title):
        free: dict[object, list[int]] = defaultdict(list)
        for j, node in enumerate(new):
            if j not in taken:
                free[key(node)].append(j)
        for i, node in enumerate(old):
            if i in matched or (key is _key_title and not node.title):
                continue
            candidates = free.get(key(node))
            if candidates:
                j = candidates.pop(0)
                matched[i] = j
                taken.add(j)
    return matched


def _work(old: Node, original: Node | None) -> list[str]:
    """What the clerk did to an item: the names of the kinds of work."""
    work = []
    if old.review != "unreviewed" or old.flagged:
        work.append("review")
    if any(origin == "confirmed" for origin in old.tags.values()):
        work.append("tags")
    if old.note:
        work.append("note")
    if original is not None and any(getattr(old, f) != getattr(original, f) for f in FIELDS):
        work.append("fields")
    return work


def carry_over(old: Document, new: Document, original: Document | None) -> CarryReport:
    """Copy the clerk's work from ``old`` (stored, edited) onto ``new`` (a fresh parse).

    ``original`` is the parse of the file ``old`` was imported from: where an item's
    fields differ from it, the clerk corrected them, and the correction is carried.
    """
    report = CarryReport()
    old_items, new_items = list(old.items()), list(new.items())
    originals: dict[int, Node] = {}
    if original is not None:
        first = list(original.items())
        originals = {i: first[j] for i, j in match_items(old_items, first).items()}
    matched = match_items(old_items, new_items)
    for i, item in enumerate(old_items):
        work = _work(item, originals.get(i))
        if not work:
            continue
        label = f"{item.number or '?'} {item.title or ''}".strip()
        if i not in matched:
            report.not_carried.append(f"{label}: {', '.join(work)}")
            continue
        target = new_items[matched[i]]
        target.review, target.note = item.review, item.note
        target.flagged = item.flagged
        confirmed = {t: o for t, o in item.tags.items() if o == "confirmed"}
        if confirmed:
            target.tags = confirmed
        source = originals.get(i)
        if source is not None:
            for name in FIELDS:
                if getattr(item, name) != getattr(source, name):
                    value = getattr(item, name)
                    setattr(target, name, list(value) if isinstance(value, list) else value)
        report.carried.append(item.number or label)
    report.not_carried.extend(_carry_lines(old, new))
    return report


def _carry_lines(old: Document, new: Document) -> list[str]:
    """Line corrections onto the same original text (the k-th occurrence of a text onto
    its k-th occurrence); returns the corrections that found no such line."""
    where: dict[str, list[int]] = defaultdict(list)
    for line in new.lines:
        where[line.text].append(line.index)
    seen: dict[str, int] = defaultdict(int)
    lost = []
    for line in old.lines:
        k = seen[line.text]
        seen[line.text] += 1
        if line.corrected is None:
            continue
        places = where.get(line.text, [])
        if k < len(places):
            new.lines[places[k]].corrected = line.corrected
        else:
            lost.append(f"line correction on page {line.page}: {line.corrected[:60]}")
    return lost
