"""Read plain text, as poppler's ``pdftotext`` writes it (default and ``-layout`` modes).

A form feed opens a new page (a trailing one closes the last page; a leading one is
ignored); a blank line (empty or spaces only) is a paragraph gap; lines that follow each
other with no blank line between them carry no gap. Layout indentation and the runs of
spaces that ``-layout`` puts between columns are folded into one space. An outline
number alone on its line (``2.`` or ``2.1.``), as ``pdftotext`` may set it apart from its
title, is joined with the title line that directly follows it.

Which reader a text needs is decided by its content (``is_plain``), never by its name.
"""

from __future__ import annotations

import re

from kkr_desk.domain.document import Line

LIGATURES = str.maketrans({"ﬀ": "ff", "ﬁ": "fi", "ﬂ": "fl", "ﬃ": "ffi", "ﬄ": "ffl", "ﬅ": "st"})

_SPACES = re.compile(r"[ \t\u00a0]+")
# "2." or "2.1." (or "2.1") and nothing else: a number set apart from its title.
_LONE_NUMBER = re.compile(r"^\d{1,2}\.(?:\d{1,2}\.?)?$")
# A title starts with a letter (or a quote or parenthesis), never with another number.
_TITLE_START = re.compile(r"^[^\W\d_]|^[\"'“(«]")


def is_plain(text: str) -> bool:
    """True for plain text (form feeds, blank-line paragraphs), False for the upstream
    extraction format (every line followed by an empty line, gaps as lines of spaces)."""
    if "\f" in text:
        return True
    rows = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    texts = 0
    adjacent = 0  # a text line directly after another text line
    spaces_only = False
    previous_text = False
    for row in rows:
        if row == "":
            previous_text = False
            continue
        if not row.strip():
            spaces_only = True
            previous_text = False
            continue
        texts += 1
        if previous_text:
            adjacent += 1
        previous_text = True
    if spaces_only:  # the extraction format's gap mark
        return False
    # In the extraction format nearly every line stands alone (a wrapped heading excepted).
    return texts > 0 and adjacent * 2 > texts


def read_lines(text: str) -> tuple[list[Line], int]:
    """Lines and page count of plain text."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    pages = text.split("\f")
    if len(pages) > 1 and not pages[-1].strip():
        pages.pop()  # the form feed after the last page
    if len(pages) > 1 and not pages[0].strip():
        pages.pop(0)  # a form feed before the first page
    lines: list[Line] = []
    for number, page in enumerate(pages, start=1):
        gap = False
        pending: str | None = None  # a lone outline number waiting for its title
        pending_gap = False
        for raw in page.split("\n"):
            stripped = _SPACES.sub(" ", raw).strip()
            if not stripped:
                if pending is not None:
                    _add(lines, number, pending, pending_gap)
                    pending = None
                if lines and lines[-1].page == number:
                    gap = True
                continue
            if pending is not None:
                if _TITLE_START.match(stripped):
                    stripped = f"{pending} {stripped}"
                    gap = pending_gap
                else:
                    _add(lines, number, pending, pending_gap)
                    gap = False
                pending = None
            if _LONE_NUMBER.match(stripped):
                pending, pending_gap = stripped, gap
                gap = False
                continue
            _add(lines, number, stripped, gap)
            gap = False
        if pending is not None:
            _add(lines, number, pending, pending_gap)
    return lines, len(pages)


def _add(lines: list[Line], page: int, text: str, gap: bool) -> None:
    lines.append(Line(index=len(lines), page=page, text=text.translate(LIGATURES), gap_before=gap))


def settle_gaps(lines: list[Line]) -> None:
    """Page breaks never make a gap: the blank lines under a running header (furniture
    already marked) do not make one before the page's first line of content."""
    page = 0
    for line in lines:
        if line.furniture:
            continue
        if line.page != page:
            page = line.page
            line.gap_before = False
