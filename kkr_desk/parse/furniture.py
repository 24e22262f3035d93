"""Find running headers, footers and page numbers, whatever their style."""

from __future__ import annotations

import math
import re
from collections import defaultdict

from kkr_desk.domain.document import Line

_DIGITS = re.compile(r"\d+")
_PAGE_NUMBER = re.compile(
    r"^(?:(?:side|page|s\.)\s*\|?\s*\d{1,4}(?:\s*(?:af|of|/)\s*\d{1,4})?|-\s*\d{1,4}\s*-)$",
    re.IGNORECASE,
)
_BARE_NUMBER = re.compile(r"^\d{1,4}$")
_NUMBERED = re.compile(r"^\d{1,2}\.(?:\d{1,2}\.?)?\s")
# "KKR Nordjylland | 18-11-2022", "KKR Syddanmark | side 3", with or without a page part.
_HEADER = re.compile(
    r"^[^|]{2,80}\|\s*(?:\d{1,2}[-./]\d{1,2}[-./]\d{2,4}|side\s*\d+)"
    r"(?:\s+(?:side|page)\s*\|?\s*\d+(?:\s*(?:af|/)\s*\d+)?)?$",
    re.IGNORECASE,
)
_MARGIN = 0.11  # top and bottom share of the page height where furniture stands


def mark(lines: list[Line], pages: int, page_height: dict[int, float] | None = None) -> None:
    """Set ``furniture`` on header, footer and page-number lines."""
    for line in lines:
        if _PAGE_NUMBER.match(line.text) or _HEADER.match(line.text):
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


def _mark_page_edges(lines: list[Line], pages: int) -> None:
    """Text input: a line that opens or closes most pages (digits aside)."""
    by_page: dict[int, list[Line]] = defaultdict(list)
    for line in lines:
        by_page[line.page].append(line)
    edges: dict[str, set[int]] = defaultdict(set)
    for page, page_lines in by_page.items():
        for line in {id(page_lines[0]): page_lines[0], id(page_lines[-1]): page_lines[-1]}.values():
            edges[_key(line.text)].add(page)
    repeated = {key for key, on in edges.items() if len(on) >= _threshold(pages)}
    for page_lines in by_page.values():
        for line in (page_lines[0], page_lines[-1]):
            if _key(line.text) in repeated and _repeatable(line.text):
                line.furniture = True
