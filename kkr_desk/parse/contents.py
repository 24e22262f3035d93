"""Tables of contents: their entries are never headings."""

from __future__ import annotations

import re

from kkr_desk.domain.document import Line
from kkr_desk.domain.text import part_heading
from kkr_desk.parse.patterns import HEADING_LIKE, case_line

TOC_TITLE = re.compile(r"^(indholdsfortegnelse|indhold|dagsordenspunkter)\b", re.IGNORECASE)
_TOC_PAGE_LINES = 80  # a contents page holds fewer lines than this


def toc_tail(text: str) -> bool:
    """A table-of-contents entry's end: dot leaders (three dots, an ellipsis, two dots
    after a space) or a tab, then a page number. The regular expression
    ``(?:\\.{3,}|…+|\\s\\.{2,}|\\t)\\s*\\d{1,3}$``, in linear time (searched, it is
    quadratic in a long run of dots or tabs)."""
    return _toc_tail(text) or (text.endswith("\n") and _toc_tail(text[:-1]))


def _toc_tail(text: str) -> bool:
    digits = 0
    while digits < 4 and digits < len(text) and text[-1 - digits].isdecimal():
        digits += 1
    if not 1 <= digits <= 3:
        return False
    rest = text[:-digits]
    gap = rest.rstrip()
    if "\t" in rest[len(gap) :] or gap.endswith("…"):
        return True
    dots = len(gap) - len(gap.rstrip("."))
    return dots >= 3 or (dots == 2 and len(gap) > 2 and gap[-3].isspace())


def toc_positions(content: list[Line]) -> set[int]:
    """Positions of table-of-contents lines: every line of a contents page; on a
    "page" longer than any contents page (text without page breaks), only the
    entries themselves: lines with a page-number tail, and the run of numbered lines
    under a contents title."""
    per_page: dict[int, list[int]] = {}
    for pos, line in enumerate(content):
        per_page.setdefault(line.page, []).append(pos)
    found: set[int] = set()
    for positions in per_page.values():
        lines = [content[p] for p in positions]
        if len(lines) > _TOC_PAGE_LINES:
            found.update(_entries(content, positions))
            continue
        headings = [x for x in lines if HEADING_LIKE.match(x.text)]
        tails = sum(1 for x in headings if toc_tail(x.text))
        titled = any(TOC_TITLE.match(x.text) for x in lines) and len(headings) >= 2
        # Headings and nothing else: no case line, no part heading, little other text.
        dense = (
            len(headings) >= 4
            and len(headings) * 5 >= len(lines) * 3
            and not any(case_line(x.text) or part_heading(x.text) for x in lines)
        )
        if tails >= 2 or titled or dense:
            found.update(positions)
    return found


def _entries(content: list[Line], positions: list[int]) -> set[int]:
    found = {p for p in positions if toc_tail(content[p].text)}
    under_title = False
    for pos in positions:
        text = content[pos].text
        if TOC_TITLE.match(text):
            under_title = True
        elif under_title and HEADING_LIKE.match(text) and not case_line(text):
            found.add(pos)
        else:
            under_title = False
    return found
