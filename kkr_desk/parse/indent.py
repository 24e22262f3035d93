"""Plain text in columns (``pdftotext -layout``): an outline number set beside its title.

A heading laid out as a table (the number cell vertically centred against a wrapped
title) comes out of ``pdftotext -layout`` as title rows indented to the title's column,
with the number on a row of its own between them (an even number of title rows), or at
the start of the middle title row (an odd number). Read row by row, the number then
stands before or inside the wrong line. Here the number goes back to the first title
row, by indentation alone, before the rows are folded into lines:

- a lone number row between two rows indented to one column right of it;
- a row ``3.1.   ladestandere …`` whose text starts at the column of the rows directly
  above and below it;

and only when the rows above make a title block: at most three rows after a blank row
(or the page top), none ending a sentence.
"""

from __future__ import annotations

import re

_LONE = re.compile(r"^(\s*)(\d{1,2}\.(?:\d{1,2}\.?)?)\s*$")
_LEADING = re.compile(r"^(\s*)(\d{1,2}\.(?:\d{1,2}\.?)?)(\s{2,})([^\W\d_].*)$")
_NUMBERED = re.compile(r"^\s*\d{1,2}\.(?:\d{1,2}\.?)?\s")
_TITLE_START = re.compile(r"^[^\W\d_]")
_MAX_TITLE_ROWS = 3


def _indent(row: str) -> int:
    return len(row) - len(row.lstrip(" "))


def _text(row: str) -> bool:
    return bool(row.strip())


def lift_numbers(rows: list[str]) -> list[str]:
    """``rows`` (one page) with numbers set beside their titles moved to the title's
    first row; a lone number row moved this way is left out."""
    if not any(_LONE.match(r) or _LEADING.match(r) for r in rows):
        return rows
    rows = list(rows)
    drop: set[int] = set()
    for at in range(1, len(rows) - 1):
        row = rows[at]
        lone = _LONE.match(row)
        leading = None if lone else _LEADING.match(row)
        if lone is None and leading is None:
            continue
        above, below = rows[at - 1], rows[at + 1]
        if not (_text(above) and _text(below)) or _NUMBERED.match(above):
            continue
        if lone is not None:
            indent, number = len(lone.group(1)), lone.group(2)
            column = _indent(above)
            if column < indent + 3 or _indent(below) != column:
                continue
        else:
            assert leading is not None
            indent, number = len(leading.group(1)), leading.group(2)
            column = indent + len(number) + len(leading.group(3))
            if abs(_indent(above) - column) > 1 or abs(_indent(below) - column) > 1:
                continue
        top = _title_top(rows, at - 1, column)
        if top is None or not _TITLE_START.match(rows[top].strip()):
            continue
        rows[top] = f"{' ' * indent}{number} {rows[top].strip()}"
        if lone is not None:
            drop.add(at)
        else:
            assert leading is not None
            rows[at] = " " * column + leading.group(4)
    return [row for at, row in enumerate(rows) if at not in drop]


def _title_top(rows: list[str], last: int, column: int) -> int | None:
    """The first row of the title block ending at ``last`` (rows at ``column`` with no
    blank row between), or None when it is no heading's title: a title block opens after
    a blank row (or at the page top), holds at most three rows and no row of it ends a
    sentence."""
    top = last
    while top > 0 and _text(rows[top - 1]) and abs(_indent(rows[top - 1]) - column) <= 1:
        top -= 1
    if last - top + 1 > _MAX_TITLE_ROWS or (top > 0 and _text(rows[top - 1])):
        return None
    if any(row.rstrip().endswith((".", ":", ";")) for row in rows[top : last + 1]):
        return None
    return top
