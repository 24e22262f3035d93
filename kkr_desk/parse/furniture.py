"""Find running headers, footers and page numbers, whatever their style."""

from __future__ import annotations

import math
import re
from collections import defaultdict
from collections.abc import Iterable

from kkr_desk.domain.document import Line
from kkr_desk.domain.text import part_heading
from kkr_desk.parse.contents import toc_tail

_DIGITS = re.compile(r"\d+")
_PAGE_NUMBER = re.compile(
    r"^(?:(?:side|page|s\.)\s*\|?\s*\d{1,4}(?:\s*(?:af|of|/)\s*\d{1,4})?|-\s*\d{1,4}\s*-)$",
    re.IGNORECASE,
)
_DATE_ONLY = re.compile(r"^\d{1,2}[-./]\d{1,2}[-./]\d{2,4}$")
_CASE = re.compile(r"^SAG-\d", re.IGNORECASE)
_BARE_NUMBER = re.compile(r"^\d{1,4}$")
_LEADING_NUMBER = re.compile(r"^\d{1,2}")
_SECTION = re.compile(r"^\d{1,2}\.?\s+([^\d\s].*)$")
_NUMBERED = re.compile(r"^\d{1,2}(?:\.\d{1,2})?\.?\s")
# "KKR Nordjylland | 18-11-2022", "KKR Syddanmark | side 3", with or without a page part.
_HEADER = re.compile(
    r"^[^|]{2,80}\|\s*(?:\d{1,2}[-./]\d{1,2}[-./]\d{2,4}|side\s*\d+)"
    r"(?:\s+(?:side|page)\s*\|?\s*\d+(?:\s*(?:af|/)\s*\d+)?)?$",
    re.IGNORECASE,
)
_EDGE_DEPTH = 3  # text input: how many lines deep a header or footer may reach
_MARGIN = 0.11  # top and bottom share of the page height where furniture stands


def mark(lines: list[Line], pages: int, page_height: dict[int, float] | None = None) -> None:
    """Set ``furniture`` on header, footer and page-number lines."""
    for line in lines:
        text = line.text
        # (_HEADER needs a "|": most lines have none, and failing it costs a backtrack)
        if _PAGE_NUMBER.match(text) or ("|" in text and _HEADER.match(text)):
            line.furniture = True
    if page_height:
        _mark_positional(lines, pages, page_height)
    else:
        _mark_page_edges(lines, pages)


def _key(text: str) -> str:
    return _DIGITS.sub("#", text.casefold())


def _threshold(pages: int) -> int:
    return max(3, math.ceil(0.5 * pages))


def _repeatable(text: str) -> bool:
    """Numbered headings repeat legitimately (a table of contents, then the body)."""
    return not _NUMBERED.match(text)


def _mark_positional(lines: list[Line], pages: int, height: dict[int, float]) -> None:
    """PDF: a line repeated at the same place on most pages, or a bare number in a margin."""
    margin: list[tuple[Line, tuple[str, int]]] = []
    seen: dict[tuple[str, int], set[int]] = defaultdict(set)
    for line in lines:
        assert line.bbox is not None
        h = height[line.page]
        if line.bbox[3] < _MARGIN * h or line.bbox[1] > (1 - _MARGIN) * h:
            # Running heads and feet stand in the page margins.
            key = (_key(line.text), round(line.bbox[1] / 6))
            seen[key].add(line.page)
            margin.append((line, key))
    for line, key in margin:
        if _BARE_NUMBER.match(line.text) or (
            len(seen[key]) >= _threshold(pages) and _repeatable(line.text)
        ):
            line.furniture = True
    _mark_heading_repeats([x for x, _ in margin if not x.furniture], lines, seen)


def _mark_heading_repeats(
    candidates: list[Line], lines: list[Line], seen: dict[tuple[str, int], set[int]]
) -> None:
    """A running header that repeats the heading in force (Word's and LibreOffice's
    chapter fields): a margin line reading like a heading that stands at the same place
    on consecutive pages, or twice on its own page, while the heading itself stands
    outside the margins somewhere (a contents entry at the top of one page and the
    heading at the top of the next are no header)."""
    if not candidates:
        return
    margin = {id(x) for x in candidates}
    inner = {x.text.casefold() for x in lines if id(x) not in margin}
    titles = _heading_titles(x for x in lines if id(x) not in margin)
    for line in candidates:
        assert line.bbox is not None
        text = line.text.casefold()
        if not ((_NUMBERED.match(line.text) and text in inner) or text in titles):
            continue
        pages = seen[(_key(line.text), round(line.bbox[1] / 6))]
        consecutive = line.page - 1 in pages or line.page + 1 in pages
        again = sum(1 for x in lines if x.page == line.page and x.text.casefold() == text) > 1
        if consecutive or again or text in titles:
            line.furniture = True


def _heading_titles(lines: Iterable[Line]) -> set[str]:
    """The titles of numbered section headings (``2. Titel`` → ``titel``)."""
    titles = set()
    for line in lines:
        match = _SECTION.match(line.text)
        if match:
            titles.add(match.group(1).casefold())
    return titles


def _mark_page_edges(lines: list[Line], pages: int) -> None:
    """Text input: a line that opens or closes most pages (digits aside), and then the
    line after (before) it, up to three deep: a header that ``pdftotext`` set on two
    lines (``KKR Midtjylland | Dagsorden``, then the date) is furniture line by line."""
    by_page: dict[int, list[Line]] = defaultdict(list)
    for line in lines:
        by_page[line.page].append(line)
    _mark_repeated_dates(by_page, pages)
    for depth in range(_EDGE_DEPTH):
        edges: dict[str, set[int]] = defaultdict(set)
        at_edge: list[Line] = []
        for page, page_lines in by_page.items():
            for line in _edge_lines(page_lines, depth):
                edges[_key(line.text)].add(page)
                at_edge.append(line)
        repeated = {key for key, on in edges.items() if len(on) >= _threshold(pages)}
        found = False
        for line in at_edge:
            if _key(line.text) in repeated and _repeatable(line.text):
                line.furniture = found = True
        if not found:
            break
    _mark_heading_edges(by_page)


def _mark_repeated_dates(by_page: dict[int, list[Line]], pages: int) -> None:
    """Text input: a line holding a date and nothing else, on most pages: the date part
    of a running header that ``pdftotext`` set apart (it may land among the first lines
    of the page's content rather than at its edge)."""
    on: dict[str, set[int]] = defaultdict(set)
    for page, page_lines in by_page.items():
        for line in page_lines:
            if _DATE_ONLY.match(line.text):
                on[line.text].add(page)
    repeated = {text for text, found in on.items() if len(found) >= _threshold(pages)}
    if repeated:
        for page_lines in by_page.values():
            for line in page_lines:
                if line.text in repeated:
                    line.furniture = True


def _edge_lines(page_lines: list[Line], depth: int) -> list[Line]:
    """The line ``depth`` deep from the top and from the bottom of a page, when every
    line between it and the page edge is furniture."""
    out = []
    for ordered in (page_lines, page_lines[::-1]):
        if depth >= len(ordered) or not all(x.furniture for x in ordered[:depth]):
            continue
        line = ordered[depth]
        if line.furniture or line in out:
            continue
        if part_heading(line.text) or _CASE.match(line.text):
            continue  # a part heading or case line at every page edge is still content
        out.append(line)
    return out


def _mark_heading_edges(by_page: dict[int, list[Line]]) -> None:
    """Text input: a page's first content line that repeats the section heading in force
    (a chapter field in the header): its title alone (``Sager``) or the whole heading
    (``3. Sager``), where the section in force is the last one whose heading stood
    before this page, or one whose heading stands on it. A numbered first line that
    stands again lower on its page, or opens the page before or after too, is such a
    header as well."""
    heads: dict[int, Line] = {}
    for page, page_lines in by_page.items():
        head = next((x for x in page_lines if not x.furniture), None)
        if head is not None:
            heads[page] = head
    firsts = {page: head.text.casefold() for page, head in heads.items()}
    lower: dict[str, set[int]] = defaultdict(set)  # text -> pages where it stands lower
    in_force: set[str] = set()  # the section in force, as title and as heading
    number = 0  # its number: the next section heading is number + 1
    for page in sorted(by_page):
        here: set[str] = set(in_force)
        for line in by_page[page]:
            if line is heads.get(page) or line.furniture:
                continue
            text = line.text.casefold()
            lower[text].add(page)
            match = None if toc_tail(line.text) else _SECTION.match(line.text)
            if match and int(_LEADING_NUMBER.match(line.text).group(0)) == number + 1:  # type: ignore[union-attr]
                in_force = {text, match.group(1).casefold()}
                here |= in_force
                number += 1
        head = heads.get(page)
        if head is None:
            continue
        text = firsts[page]
        repeated = (
            _NUMBERED.match(head.text)
            and text in lower
            and (
                page in lower[text] or firsts.get(page - 1) == text or firsts.get(page + 1) == text
            )
        )
        if text in here or repeated:
            head.furniture = True
