"""Where words stand on a meeting's pages: rectangles for the page view's hit marks
(``PageView.set_marks``), for the find bar and the archive search.

``pattern(words)`` makes one case-insensitive pattern of the words or phrases sought
(white space inside a phrase matches any run of it). ``line_hits`` finds it in a run of
lines, also across a line break: a word broken by a hyphen at the line end (with and
without the hyphen) and a phrase wrapped onto the next line; a hit is one or two
segments (line, start, end). It works on any line texts: the document's (the find bar
maps its hits to lines with it) and the page's own.

``PageWords`` gives a line as the page shows it with the rectangle of any span of it:
for a PDF meeting the characters of the stored PDF's text layer inside the line's box
(case folding of æ, ø, å done here, not by MuPDF), for a text-extraction meeting the line
as ``TextPages`` lays it out. A line the clerk corrected stands on the page as it was, so
a hit in a correction marks the line's whole box.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

import pymupdf
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetricsF

from kkr_desk.domain.document import Document
from kkr_desk.ui.text_pages import A4, TEXT_MARGIN, TextPages, _points_image

Rect = tuple[float, float, float, float]
Segment = tuple[int, int, int]  # line index, start, end (in that line's text)
Marks = dict[int, list[Rect]]  # 1-based page -> rectangles in points

if TYPE_CHECKING:
    from kkr_desk.ui.session import MeetingSession

_FLAGS = pymupdf.TEXT_PRESERVE_WHITESPACE | pymupdf.TEXT_MEDIABOX_CLIP  # as the parser reads
_GAP = 0.2  # a gap between characters wider than this share of the size reads as a space


def pattern(words: Iterable[str]) -> re.Pattern[str] | None:
    """One pattern finding any of ``words`` (each a word or a phrase), longest first,
    case-insensitive; None when there is nothing to find."""
    parts = sorted({" ".join(w.split()) for w in words if w.strip()}, key=len, reverse=True)
    if not parts:
        return None
    alternatives = [r"\s+".join(re.escape(piece) for piece in p.split(" ")) for p in parts]
    return re.compile("|".join(alternatives), re.IGNORECASE)


def line_hits(rows: Sequence[tuple[int, str]], sought: re.Pattern[str]) -> list[list[Segment]]:
    """The hits of ``sought`` in ``rows`` ((line index, text) in reading order), in order;
    each hit is its segments, two when it runs over a line break."""
    hits: dict[tuple[Segment, ...], None] = {}
    for at, (index, text) in enumerate(rows):
        for m in sought.finditer(text):
            if m.end() > m.start():
                hits[((index, m.start(), m.end()),)] = None
        if at + 1 == len(rows):
            break
        left = text.rstrip()
        following, right_text = rows[at + 1]
        right = right_text.lstrip()
        lead = len(right_text) - len(right)
        if not left or not right:
            continue
        joins = [(left[:-1], ""), (left, "")] if left.endswith("-") else [(left, " ")]
        for head, sep in joins:
            cut = len(head) + len(sep)
            for m in sought.finditer(head + sep + right):
                if m.start() < len(head) and m.end() > cut:
                    first = (index, m.start(), len(left))
                    hits[(first, (following, lead, lead + m.end() - cut))] = None
    return sorted((list(hit) for hit in hits), key=lambda hit: (hit[0][0], hit[0][1]))


class _Shown:
    """A line as the page shows it: its text and the rectangle of a span of it."""

    def __init__(self, text: str, boxes: list[Rect] | None, whole: Rect) -> None:
        self.text = text
        self.boxes = boxes  # per character; None: the whole line's box for any span
        self.whole = whole

    def rect(self, start: int, end: int) -> Rect:
        if self.boxes is None:
            return self.whole
        boxes = [
            b for b, c in zip(self.boxes[start:end], self.text[start:end], strict=True) if c.strip()
        ]
        boxes = boxes or self.boxes[start:end] or [self.whole]
        return (
            min(b[0] for b in boxes),
            min(b[1] for b in boxes),
            max(b[2] for b in boxes),
            max(b[3] for b in boxes),
        )


class PageWords:
    """The lines of ``doc`` as its pages show them (``pdf``: the stored PDF, None for a
    text-extraction meeting)."""

    def __init__(self, doc: Document, pdf: bytes | None) -> None:
        self.doc = doc
        self._pdf = pymupdf.open(stream=pdf, filetype="pdf") if pdf is not None else None
        self._text: TextPages | None = None
        self._chars: dict[int, list[tuple[str, Rect]]] = {}  # page -> its characters
        self._lines: dict[int, _Shown | None] = {}

    def close(self) -> None:
        if self._pdf is not None:
            self._pdf.close()
            self._pdf = None

    def _page_chars(self, page: int) -> list[tuple[str, Rect]]:
        if page not in self._chars:
            assert self._pdf is not None
            chars: list[tuple[str, Rect]] = []
            if 1 <= page <= self._pdf.page_count:
                raw = self._pdf[page - 1].get_text("rawdict", flags=_FLAGS)
                for block in raw["blocks"]:
                    for line in block.get("lines", ()):
                        for span in line["spans"]:
                            chars += [(c["c"], tuple(c["bbox"])) for c in span["chars"]]
            self._chars[page] = chars
        return self._chars[page]

    def shown(self, index: int) -> _Shown | None:
        """Line ``index`` as its page shows it (None: it has no place on a page)."""
        if index not in self._lines:
            self._lines[index] = self._shown(index)
        return self._lines[index]

    def _shown(self, index: int) -> _Shown | None:
        line = self.doc.lines[index]
        if self._pdf is None:
            return self._text_line(index)
        if line.bbox is None:
            return None
        if line.corrected is not None:
            return _Shown(line.corrected, None, line.bbox)
        x0, y0, x1, y1 = line.bbox
        inside = sorted(
            (
                (c, b)
                for c, b in self._page_chars(line.page)
                if y0 <= (b[1] + b[3]) / 2 <= y1 and x0 - 1 <= (b[0] + b[2]) / 2 <= x1 + 1
            ),
            key=lambda cb: cb[1][0],
        )
        text, boxes = "", list[Rect]()
        for c, b in inside:
            if boxes and c.strip() and text[-1].strip():
                gap = b[0] - boxes[-1][2]
                if gap > _GAP * (b[3] - b[1]):
                    text += " "
                    boxes.append((boxes[-1][2], b[1], b[0], b[3]))
            text += c
            boxes.append(b)
        return _Shown(text, boxes, line.bbox) if text else None

    def _text_line(self, index: int) -> _Shown | None:
        if self._text is None:
            pages = max([self.doc.meeting.pages, *(x.page for x in self.doc.lines)])
            self._text = TextPages(self.doc, pages)
        box = self._text.boxes[index]
        if box is None:
            return None
        line = self.doc.lines[index]
        if line.corrected is not None:
            return _Shown(line.corrected, None, box)
        metrics = QFontMetricsF(self._text.font, _points_image(1, 1))
        width = A4[0] - 2 * TEXT_MARGIN  # as TextPages sets it
        text = metrics.elidedText(line.text, Qt.TextElideMode.ElideRight, width)
        edges = [TEXT_MARGIN + metrics.horizontalAdvance(text[:k]) for k in range(len(text) + 1)]
        boxes = [(edges[k], box[1], edges[k + 1], box[3]) for k in range(len(text))]
        return _Shown(text, boxes, box)

    def hits(self, lines: Iterable[int], sought: re.Pattern[str]) -> list[list[Segment]]:
        """The hits of ``sought`` on the page in ``lines`` (furniture left out)."""
        rows = []
        for index in lines:
            shown = None if self.doc.lines[index].furniture else self.shown(index)
            if shown is not None:
                rows.append((index, shown.text))
        return line_hits(rows, sought)

    def marks(self, hits: Iterable[Sequence[Segment]]) -> Marks:
        """The rectangles of ``hits`` (from ``hits``), by 1-based page."""
        out: Marks = {}
        for hit in hits:
            for index, start, end in hit:
                shown = self.shown(index)
                if shown is not None:
                    page = self.doc.lines[index].page
                    out.setdefault(page, []).append(shown.rect(start, end))
        return out


_open: PageWords | None = None  # the open meeting's words, shared by the find bar and search


def page_words(session: MeetingSession | None) -> PageWords | None:
    """The word positions of the open meeting's pages, read once for every user (the find
    bar, the archive search) and read again when another document is open."""
    global _open
    if session is None:
        return None
    if _open is None or _open.doc is not session.doc:
        if _open is not None:
            _open.close()
        _open = PageWords(session.doc, session.pdf)
    return _open
