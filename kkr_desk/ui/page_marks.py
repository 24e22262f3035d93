"""What the page view draws over its pages besides the node highlight and item rules:
the line cursor (an outline of the current line's box with a pointer in the margin), a
bar in the margin beside each line the clerk corrected, and the search-hit marks
(rectangles in points, a translucent fill). ``Overlay`` keeps them and turns them into
viewport rects through the view's ``PageLayout``; the view owns the scrolling."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen, QPolygonF

from kkr_desk.ui.page_layout import PageLayout, Scroll

CURSOR = QColor(0xC2, 0x18, 0x5B)  # crimson: apart from the orange highlight, blue rules
CURSOR_FILL = QColor(0xC2, 0x18, 0x5B, 28)
CORRECTED = QColor(0x2E, 0x9D, 0x4F)  # green bar beside a corrected line
MARK = QColor(255, 120, 0, 90)  # search hits: translucent orange
CURSOR_PAD = 2.0  # px the outline stands off the line's box
BAR_GAP, BAR_WIDTH = 6.0, 4.0  # px between a corrected line and its bar, and the bar's width

Rect = tuple[float, float, float, float]  # x0, y0, x1, y1 in PDF points


def paint_highlight(painter: QPainter, boxes: list[QRectF], colour: QColor) -> None:
    """The selected node's lines: axis-aligned boxes, no antialiasing, one winding fill
    so overlaps are not darker. No outline: stroking ~100 fractional boxes costs ~5 ms."""
    if boxes:
        path = QPainterPath()
        path.setFillRule(Qt.FillRule.WindingFill)
        for box in boxes:
            path.addRect(box)
        painter.fillPath(path, colour)


def corrected_bar(line: QRectF) -> QRectF:
    """The margin bar beside a corrected line's rect."""
    return QRectF(line.left() - BAR_GAP - BAR_WIDTH, line.top(), BAR_WIDTH, line.height())


def cursor_outline(line: QRectF) -> QRectF:
    pad = CURSOR_PAD
    return line.adjusted(-pad, -pad, pad, pad)


def paint_cursor(painter: QPainter, line: QRectF) -> None:
    """An outline round the line, a faint fill, and a pointer in the margin before it."""
    outline = cursor_outline(line)
    painter.save()
    painter.fillRect(outline, CURSOR_FILL)
    painter.setPen(QPen(CURSOR, 2))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRect(outline)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(CURSOR)
    painter.setPen(Qt.PenStyle.NoPen)
    tip = QPointF(outline.left() - BAR_GAP - BAR_WIDTH - 2, outline.center().y())
    half = min(6.0, max(3.0, outline.height() / 2))
    back = tip.x() - 1.6 * half
    painter.drawPolygon(
        QPolygonF([tip, QPointF(back, tip.y() - half), QPointF(back, tip.y() + half)])
    )
    painter.restore()


class Overlay:
    """The line cursor, the corrected lines and the search marks over a layout."""

    def __init__(self, layout: PageLayout) -> None:
        self.layout = layout
        self.cursor: int | None = None
        self.corrected: dict[int, str] = {}  # line -> the clerk's corrected text
        self.marks: dict[int, list[Rect]] = {}  # 1-based page -> rects in points

    def clear(self) -> None:
        self.cursor, self.corrected, self.marks = None, {}, {}

    def _valid(self, index: int) -> bool:
        return 0 <= index < len(self.layout.boxes)

    def set_cursor(self, index: int | None) -> None:
        self.cursor = index if index is not None and self._valid(index) else None

    def set_corrected(self, lines: dict[int, str]) -> None:
        self.corrected = {i: text for i, text in lines.items() if self._valid(i)}

    def set_marks(self, marks: dict[int, list[Rect]]) -> None:
        self.marks = {page: list(rects) for page, rects in marks.items() if rects}

    def cursor_rect(self, scroll: Scroll) -> QRectF:
        """The cursor's outline in viewport coordinates (empty without a cursor)."""
        rect = QRectF() if self.cursor is None else self.layout.line_rect(self.cursor, scroll)
        return QRectF() if rect.isEmpty() else cursor_outline(rect)

    def corrected_bars(self, scroll: Scroll) -> dict[int, QRectF]:
        """Each corrected line's margin bar in viewport coordinates."""
        rects = {i: self.layout.line_rect(i, scroll) for i in self.corrected}
        return {i: corrected_bar(r) for i, r in rects.items() if not r.isEmpty()}

    def mark_rects(self, scroll: Scroll) -> list[QRectF]:
        count = self.layout.page_count()
        return [
            self.layout.points_rect(page - 1, rect, scroll)
            for page, rects in sorted(self.marks.items())
            if 1 <= page <= count
            for rect in rects
        ]

    def corrected_at(self, point: QPointF, scroll: Scroll) -> str | None:
        """The corrected text of the line (or its margin bar) at viewport ``point``."""
        index = self.layout.line_at(point, scroll)
        if index not in self.corrected:
            bars = self.corrected_bars(scroll).items()
            index = next((i for i, bar in bars if bar.adjusted(-2, 0, 2, 0).contains(point)), None)
        return None if index is None else self.corrected.get(index)

    def paint_marks(self, painter: QPainter, pages: Iterable[int], scroll: Scroll) -> None:
        """The search marks on ``pages`` (0-based), under the rules and the cursor."""
        for page in pages:
            for mark in self.marks.get(page + 1, ()):
                painter.fillRect(self.layout.points_rect(page, mark, scroll), MARK)

    def paint(self, painter: QPainter, pages: range, scroll: Scroll) -> None:
        """The corrected-line bars and the cursor on ``pages`` (0-based)."""
        page_of = self.layout.page_of
        for index in self.corrected:
            if page_of[index] in pages:
                line = self.layout.line_rect(index, scroll)
                if not line.isEmpty():
                    painter.fillRect(corrected_bar(line), CORRECTED)
        if self.cursor is not None and page_of[self.cursor] in pages:
            line = self.layout.line_rect(self.cursor, scroll)
            if not line.isEmpty():
                paint_cursor(painter, line)
