"""Join an outline number standing on its own visual line with the title it belongs to.

Word and LibreOffice lay headings out in ways that part a number from its title: a
two-column table (the number cell vertically centred against a wrapped title), a number
hanging in the margin on a slightly different baseline, or a number set above its title.
Sorted by position, ``2.1.`` then stands on a line of its own, before or between the
lines of its title, and no heading is recognised.

A lone number is joined, by geometry, with the first line of the title block beside it:
the lines to its right, stacked at one left edge, whose vertical extent holds the
number's vertical centre (or that share its band). Failing that, with the line directly
under it when that line starts with a letter at or right of the number's left edge. The
joined line takes the number's box into its own, so highlighting still covers both.
"""

from __future__ import annotations

import re

from kkr_desk.domain.document import Line

_LONE_NUMBER = re.compile(r"^\d{1,2}\.(?:\d{1,2}\.?)?$")
_NUMBER_FIRST = re.compile(r"^(\d{1,2}\.(?:\d{1,2}\.?)?) ([^\W\d_].*)$")
_TITLE_START = re.compile(r"^[^\W\d_]|^[\"'“(«]")


def join_numbers(lines: list[Line]) -> list[Line]:
    """``lines`` with each lone outline number joined to its title (re-indexed)."""
    _lift_numbers(lines)
    if not any(_LONE_NUMBER.match(x.text) for x in lines):
        return lines
    gone: set[int] = set()
    by_page: dict[int, list[int]] = {}
    for pos, line in enumerate(lines):
        by_page.setdefault(line.page, []).append(pos)
    for positions in by_page.values():
        for pos in positions:
            number = lines[pos]
            if number.bbox is None or not _LONE_NUMBER.match(number.text):
                continue
            target = _beside(lines, positions, pos, gone) or _below(lines, positions, pos, gone)
            if target is None:
                continue
            _merge(number, lines[target])
            gone.add(pos)
    if not gone:
        return lines
    kept = [line for pos, line in enumerate(lines) if pos not in gone]
    for index, line in enumerate(kept):
        line.index = index
    return kept


def _size(line: Line) -> float:
    return line.size or 10.0


def _beside(lines: list[Line], positions: list[int], pos: int, gone: set[int]) -> int | None:
    """The first line of the title block to the right of the number at ``pos``."""
    number = lines[pos]
    assert number.bbox is not None
    _, top, x1, bottom = number.bbox
    centre = (top + bottom) / 2
    size = _size(number)
    right = [
        p
        for p in positions
        if p != pos
        and p not in gone
        and (box := lines[p].bbox) is not None
        and box[0] >= x1 - 0.5
        and box[1] - 2 * size <= centre <= box[3] + 2 * size
        and not _LONE_NUMBER.match(lines[p].text)
    ]
    if not right:
        return None
    # The nearest line to the right and in reach vertically, then its block: the lines
    # stacked at the same left edge with no more than a line's leading between them.
    seed = min(right, key=lambda p: _distance(lines[p], centre))
    block = _block(lines, positions, seed, gone)
    first, last = lines[block[0]].bbox, lines[block[-1]].bbox
    assert first is not None
    assert last is not None
    if not first[1] - 0.6 * size <= centre <= last[3] + 0.6 * size:
        return None
    head = lines[block[0]]
    return block[0] if _TITLE_START.match(head.text) else None


def _distance(line: Line, centre: float) -> float:
    assert line.bbox is not None
    return abs((line.bbox[1] + line.bbox[3]) / 2 - centre)


def _block(lines: list[Line], positions: list[int], seed: int, gone: set[int]) -> list[int]:
    """Positions of the lines stacked with ``seed`` at its left edge, top to bottom."""
    edge = lines[seed].bbox
    assert edge is not None
    column = [
        p
        for p in positions
        if p not in gone
        and (box := lines[p].bbox) is not None
        and abs(box[0] - edge[0]) <= 2.0
        and lines[p].size == lines[seed].size
        and lines[p].bold == lines[seed].bold
    ]
    column.sort(key=lambda p: lines[p].bbox[1])  # type: ignore[index]
    at = column.index(seed)
    lo = hi = at
    while lo > 0 and _stacked(lines[column[lo - 1]], lines[column[lo]]):
        lo -= 1
    while hi + 1 < len(column) and _stacked(lines[column[hi]], lines[column[hi + 1]]):
        hi += 1
    return column[lo : hi + 1]


def _stacked(upper: Line, lower: Line) -> bool:
    assert upper.bbox is not None
    assert lower.bbox is not None
    return 0 <= lower.bbox[1] - upper.bbox[3] <= 0.8 * _size(upper)


def _below(lines: list[Line], positions: list[int], pos: int, gone: set[int]) -> int | None:
    """The line directly under the number, when it starts a title there."""
    number = lines[pos]
    at = positions.index(pos)
    if at + 1 >= len(positions):
        return None
    nxt = positions[at + 1]
    line = lines[nxt]
    if nxt in gone or line.bbox is None or number.bbox is None:
        return None
    gap = line.bbox[1] - number.bbox[3]
    if not (-0.5 <= gap <= 0.8 * _size(number)) or line.bbox[0] < number.bbox[0] - 2:
        return None
    if line.size != number.size or line.bold != number.bold:
        return None
    return nxt if _TITLE_START.match(line.text) else None


def _lift_numbers(lines: list[Line]) -> None:
    """A number centred against a title of an odd number of lines shares the baseline of
    the title's middle line, and so opens it (``3.1. ladestandere i …``) while the
    title's first line stands above, further right. In heading type, when the lines
    above are stacked at a left edge right of the number, and the block they make opens
    after a gap or with no numbered line of the same edge above it (a hanging heading
    wrapping onto a second line, then the next heading), the number moves to the
    block's first line."""
    for pos, line in enumerate(lines):
        match = _NUMBER_FIRST.match(line.text)
        if match is None or line.bbox is None or pos == 0 or not line.bold:
            continue
        above = lines[pos - 1]
        if (
            above.page != line.page
            or above.bbox is None
            or above.size != line.size
            or above.bold != line.bold
            or above.bbox[0] < line.bbox[0] + 8
            or _NUMBER_FIRST.match(above.text)
            or not _stacked(above, line)
        ):
            continue
        top = pos - 1
        while (
            top > 0 and _same_edge(lines[top - 1], above) and _stacked(lines[top - 1], lines[top])
        ):
            top -= 1
        before = lines[top - 1] if top > 0 else None
        if before is not None and before.page == line.page and before.bbox is not None:
            hanging = abs(before.bbox[0] - line.bbox[0]) <= 2.0 and _stacked(before, lines[top])
            if hanging and _NUMBER_FIRST.match(before.text):
                continue
        head = lines[top]
        edge = above.bbox[0]
        head.text = f"{match.group(1)} {head.text}"
        line.text = match.group(2)
        assert head.bbox is not None
        head.bbox = (line.bbox[0], head.bbox[1], head.bbox[2], head.bbox[3])
        line.bbox = (edge, line.bbox[1], line.bbox[2], line.bbox[3])


def _same_edge(line: Line, other: Line) -> bool:
    return (
        line.page == other.page
        and line.bbox is not None
        and other.bbox is not None
        and abs(line.bbox[0] - other.bbox[0]) <= 2.0
        and line.size == other.size
        and line.bold == other.bold
    )


def _merge(number: Line, title: Line) -> None:
    assert number.bbox is not None
    assert title.bbox is not None
    title.text = f"{number.text} {title.text}"
    title.bbox = (
        min(number.bbox[0], title.bbox[0]),
        min(number.bbox[1], title.bbox[1]),
        max(number.bbox[2], title.bbox[2]),
        max(number.bbox[3], title.bbox[3]),
    )
