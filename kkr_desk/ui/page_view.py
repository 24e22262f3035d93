"""The page view: the meeting's pages in one continuous scroll, with highlights and item rules.

A PDF meeting shows PyMuPDF renderings of its pages. A text-extraction meeting shows each
page as plain paper with its lines set top to bottom at a fixed pitch; the view keeps a
synthesised box per line for that layout, so highlights, clicks and item rules work the
same for both. Only pages that intersect the viewport are rendered, and the renderings
stay in an LRU cache bounded in bytes, keyed by (page, scale). A paint never waits for a
page to render (but the first after opening a document): see page_idle.py.

The work is split as in Frescobaldi's qpageview: ``PageLayout`` (page_layout.py) knows
where the pages and lines go, ``PageCache`` (page_cache.py) renders and keeps pages,
``Overlay`` (page_marks.py) keeps the line cursor, corrected lines and search marks, and
this widget paints, scrolls and handles input (Up/Down move the line cursor).

Geometry: a line's box is in PDF points; its rect on screen is ``box × zoom + page origin``
where the page origin is the page's top-left corner in viewport coordinates.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QHelpEvent,
    QImage,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QAbstractScrollArea, QAbstractSlider, QToolTip, QWidget

from kkr_desk.domain.document import Document
from kkr_desk.ui import page_marks
from kkr_desk.ui.page_cache import PageCache
from kkr_desk.ui.page_idle import IdleRenderer
from kkr_desk.ui.page_layout import GAP, PageLayout, Scroll, clamp_zoom

ZOOM_STEP = 1.25
SCROLL_MARGIN = 40  # px kept above a line scrolled to

BACKGROUND = QColor(0xDA, 0xDC, 0xE0)
PAGE_EDGE = QColor(0xB4, 0xB8, 0xBE)
HIGHLIGHT = QColor(255, 186, 0, 110)
BOUNDARY = QColor(0x1E, 0x6F, 0xD9)


class PageView(QAbstractScrollArea):
    """Continuous vertical scroll through a meeting's pages."""

    pageChanged = Signal(int)  # 1-based page at the top of the viewport
    lineClicked = Signal(int)
    lineContextMenu = Signal(int, QPoint)  # line index, global position
    cursorMoved = Signal(int)  # Up/Down moved the line cursor to this line

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Page view"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.verticalScrollBar().setSingleStep(40)
        self.horizontalScrollBar().setSingleStep(40)
        self.verticalScrollBar().valueChanged.connect(self._check_page)
        self._layout = PageLayout()
        self._pages = PageCache()
        self._highlight: list[int] = []
        self._boundaries: list[int] = []
        self._overlay = page_marks.Overlay(self._layout)  # cursor, corrections, marks
        self._fit = True
        self._idle = IdleRenderer(
            self._pages, self._visible_pages, self._scale_now, self._repaint, parent=self
        )
        self._page = 0
        self._relayout = False

    # -- document ------------------------------------------------------------------------

    def set_document(self, doc: Document, pdf: bytes | None) -> None:
        sizes, boxes = self._pages.open(doc, pdf)
        self._layout.set_pages(doc, sizes, boxes)
        self._highlight, self._boundaries, self._idle.ahead = [], [], []
        self._overlay.clear()
        self._page = 0
        self._fit = True
        self._layout.zoom = self._layout.fit_zoom(self.viewport().width())
        self._update_layout()
        self.verticalScrollBar().setValue(0)
        self.horizontalScrollBar().setValue(0)
        self._check_page()
        self.viewport().update()

    def clear(self) -> None:
        """Show nothing (the meeting was closed)."""
        self._pages.close()
        self._layout.clear()
        self._highlight, self._boundaries, self._idle.ahead = [], [], []
        self._overlay.clear()
        self._update_layout()
        self._check_page()
        self.viewport().update()

    def page_count(self) -> int:
        return self._layout.page_count()

    def render_page(self, n: int, scale: float) -> QImage:
        """Page ``n`` (1-based) rendered at ``scale`` pixels per point."""
        return self._pages.render(n, scale)

    def rendered_pages(self) -> list[int]:
        """The pages (1-based) this view has rendered since its document was set."""
        return sorted(self._pages.rendered)

    # -- zoom ----------------------------------------------------------------------------

    def zoom(self) -> float:
        return self._layout.zoom

    def set_zoom(self, factor: float) -> None:
        self._fit = False
        self._apply_zoom(factor)

    def zoom_in(self) -> None:
        self.set_zoom(self._layout.zoom * ZOOM_STEP)

    def zoom_out(self) -> None:
        self.set_zoom(self._layout.zoom / ZOOM_STEP)

    def fit_width(self) -> None:
        self._fit = True
        self._apply_zoom(self._layout.fit_zoom(self.viewport().width()))

    def _apply_zoom(self, factor: float) -> None:
        factor = clamp_zoom(factor)
        layout = self._layout
        if factor == layout.zoom:
            return
        vbar, hbar = self.verticalScrollBar(), self.horizontalScrollBar()
        page = self.current_page() - 1
        anchor = (vbar.value() - layout.tops[page]) / layout.zoom if layout.tops else 0.0
        across = (hbar.value() + self.viewport().width() / 2) / max(1, layout.content_width())
        layout.zoom = factor  # the renderings at the old zoom are previews until pushed out
        self._update_layout()
        if layout.tops:
            top = layout.tops[page]
            vbar.setValue(max(top - GAP, round(top + anchor * factor)))
        hbar.setValue(round(across * layout.content_width() - self.viewport().width() / 2))
        self._check_page()
        self.viewport().update()

    # -- layout and navigation -----------------------------------------------------------

    def _scroll(self) -> Scroll:
        return self.horizontalScrollBar().value(), self.verticalScrollBar().value()

    def _update_layout(self) -> None:
        view = self.viewport().size()
        height = self._layout.update(view.width())
        self._relayout = True
        try:
            vbar, hbar = self.verticalScrollBar(), self.horizontalScrollBar()
            vbar.setRange(0, max(0, height - view.height()))
            vbar.setPageStep(max(1, view.height() - SCROLL_MARGIN))
            hbar.setRange(0, max(0, self._layout.content_width() - view.width()))
            hbar.setPageStep(max(1, view.width()))
        finally:
            self._relayout = False

    def current_page(self) -> int:
        """The 1-based page at the top of the viewport (0 without a document)."""
        return self._layout.page_at(self.verticalScrollBar().value())

    def go_to_page(self, n: int) -> None:
        tops = self._layout.tops
        if tops:
            n = min(len(tops), max(1, n))
            self.verticalScrollBar().setValue(tops[n - 1] - GAP)

    def _check_page(self) -> None:
        if self._relayout:
            return
        page = self.current_page()
        if page != self._page:
            self._page = page
            self.pageChanged.emit(page)

    def page_rect(self, n: int) -> QRectF:
        """Page ``n`` (1-based) in viewport coordinates."""
        return self._layout.page_rect(n, self._scroll())

    def line_rect(self, index: int) -> QRectF:
        """Line ``index``'s box in viewport coordinates (empty when it has no box)."""
        return self._layout.line_rect(index, self._scroll())

    def scroll_to_line(self, index: int, nearest: bool = False) -> None:
        """Bring line ``index`` into sight: to the top (less a margin) when it is out of
        sight; with ``nearest``, scrolled just far enough to show it with a margin."""
        rect, height = self.line_rect(index), self.viewport().height()
        pad = min(SCROLL_MARGIN, max(0, (height - round(rect.height())) // 2)) if nearest else 0
        if rect.isEmpty() or QRectF(self.viewport().rect()).adjusted(0, pad, 0, -pad).contains(
            rect
        ):
            return
        vbar, hbar = self.verticalScrollBar(), self.horizontalScrollBar()
        if nearest and rect.bottom() > height - pad:
            vbar.setValue(vbar.value() + round(rect.bottom()) - height + pad)
        else:
            vbar.setValue(vbar.value() + round(rect.top()) - (pad or SCROLL_MARGIN))
        if rect.left() < 0 or rect.right() > self.viewport().width():
            hbar.setValue(hbar.value() + round(rect.left()) - SCROLL_MARGIN)

    # -- highlight, boundaries, hits -----------------------------------------------------

    def set_highlight(self, lines: Sequence[int]) -> None:
        self._highlight = self._layout.highlightable(lines)
        self.viewport().update()

    def highlight_rects(self) -> list[QRectF]:
        return [self.line_rect(i) for i in self._highlight]

    def set_boundaries(self, lines: Sequence[int]) -> None:
        self._boundaries = self._layout.with_box(lines)
        self.viewport().update()

    def line_at(self, pos: QPoint | QPointF) -> int | None:
        return self._layout.line_at(pos, self._scroll())

    def set_marks(self, marks: dict[int, list[tuple[float, float, float, float]]]) -> None:
        """Rectangles to mark (search hits): 1-based page -> boxes in PDF points
        (x0, y0, x1, y1); ``{}`` clears them."""
        self._overlay.set_marks(marks)
        self.viewport().update()

    def mark_rects(self) -> list[QRectF]:
        """The marks in viewport coordinates."""
        return self._overlay.mark_rects(self._scroll())

    # -- line cursor and corrected lines --------------------------------------------------

    def set_cursor(self, index: int | None) -> None:
        """Draw the line cursor on line ``index`` (None: no cursor)."""
        self._overlay.set_cursor(index)
        self.viewport().update()

    def cursor_line(self) -> int | None:
        return self._overlay.cursor

    def cursor_rect(self) -> QRectF:
        """The cursor's outline in viewport coordinates (empty without a cursor)."""
        return self._overlay.cursor_rect(self._scroll())

    def step_cursor(self, delta: int) -> bool:
        """Move the cursor ``delta`` clickable lines on (skipping furniture, across
        pages), keep it in sight, emit ``cursorMoved``; False when it cannot move."""
        cursor = self._overlay.cursor
        index = None if cursor is None else self._layout.step(cursor, delta)
        if index is None:
            return False
        self.set_cursor(index)
        self.scroll_to_line(index, nearest=True)
        self.cursorMoved.emit(index)
        return True

    def set_corrected(self, lines: dict[int, str]) -> None:
        """The lines the clerk corrected (line -> corrected text): a bar in the margin,
        the text on hover."""
        self._overlay.set_corrected(lines)
        self.viewport().update()

    def corrected_bars(self) -> dict[int, QRectF]:
        return self._overlay.corrected_bars(self._scroll())

    def tooltip_at(self, pos: QPoint | QPointF) -> str | None:
        """The hover text at viewport point ``pos``: a corrected line's text, or None."""
        text = self._overlay.corrected_at(QPointF(pos), self._scroll())
        return None if text is None else self.tr("Corrected: {0}").format(text)

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            text = self.tooltip_at(event.pos())  # no text hides a tooltip shown before
            QToolTip.showText(event.globalPos(), text or "", self.viewport())
            return True
        return super().viewportEvent(event)

    # -- painting ------------------------------------------------------------------------

    def _visible_pages(self) -> range:
        top = self.verticalScrollBar().value()
        return self._layout.visible_pages(top, self.viewport().height())

    def _scale_now(self) -> tuple[float, float]:
        return self._layout.zoom, self.devicePixelRatioF()

    def _repaint(self, page: int) -> None:
        self.viewport().update(self.page_rect(page + 1).toAlignedRect())

    def finish_rendering(self) -> None:
        """Render the visible pages now (before a screenshot) instead of when idle."""
        self._idle.finish()
        self.viewport().update()

    def rendering(self) -> bool:
        """Whether a visible page is still to be rendered at the current zoom."""
        return bool(self._idle.missing())

    def read_ahead(self, pages: Sequence[int]) -> None:
        """Pages (1-based) to render when idle, because the clerk is likely to go there
        next (the window passes the pages where the next and previous items start)."""
        self._idle.expect(pages, self._layout.page_count())

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self.viewport())
        painter.fillRect(event.rect(), BACKGROUND)
        pages = self._visible_pages()
        page_of = self._layout.page_of
        painter.setPen(QPen(PAGE_EDGE, 1))
        waiting, first = False, not self._pages.rendered  # first: no blank flash on opening
        paint_page = self._idle.paint
        for page in pages:
            rect = self.page_rect(page + 1)
            painter.drawRect(rect.adjusted(-1, -1, 0, 0))
            painter.fillRect(rect, Qt.GlobalColor.white)
            waiting |= not paint_page(painter, page, rect, first)
        boxes = [self.line_rect(i) for i in self._highlight if page_of[i] in pages]
        page_marks.paint_highlight(painter, boxes, HIGHLIGHT)
        scroll = self._scroll()
        self._overlay.paint_marks(painter, pages, scroll)
        painter.setPen(QPen(BOUNDARY, 2))
        for index in self._boundaries:
            if page_of[index] in pages:
                y = self._layout.boundary_y(index, scroll)
                rect = self.page_rect(page_of[index] + 1)
                painter.drawLine(QPointF(rect.left() + 4, y), QPointF(rect.right() - 4, y))
        self._overlay.paint(painter, pages, scroll)
        painter.end()
        if not waiting:
            self._idle.painted_all()

    # -- events --------------------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._fit and self._layout.sizes:
            self._apply_zoom(self._layout.fit_zoom(self.viewport().width()))
        self._update_layout()
        self._check_page()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        button = event.button()
        if button not in (Qt.MouseButton.LeftButton, Qt.MouseButton.RightButton):
            super().mousePressEvent(event)
            return
        index = self.line_at(event.position())
        if index is not None and button == Qt.MouseButton.LeftButton:
            self.lineClicked.emit(index)
        elif index is not None:
            self.lineContextMenu.emit(index, event.globalPosition().toPoint())
        event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() in (Qt.MouseButton.LeftButton, Qt.MouseButton.RightButton):
            event.accept()  # the press did the work
        else:
            super().mouseReleaseEvent(event)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            delta = event.angleDelta().y()
            if delta > 0:
                self.zoom_in()
            elif delta < 0:
                self.zoom_out()
            event.accept()
            return
        super().wheelEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        plain = (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)
        step = {Qt.Key.Key_Up: -1, Qt.Key.Key_Down: 1}.get(Qt.Key(event.key()))
        if step is not None and event.modifiers() in plain and self.step_cursor(step):
            event.accept()  # no cursor, or at either end: Up/Down scroll as before
            return
        actions = {
            Qt.Key.Key_PageUp: QAbstractSlider.SliderAction.SliderPageStepSub,
            Qt.Key.Key_PageDown: QAbstractSlider.SliderAction.SliderPageStepAdd,
            Qt.Key.Key_Home: QAbstractSlider.SliderAction.SliderToMinimum,
            Qt.Key.Key_End: QAbstractSlider.SliderAction.SliderToMaximum,
        }
        action = actions.get(Qt.Key(event.key()))
        if action is None or event.modifiers() not in plain:
            super().keyPressEvent(event)
            return
        self.verticalScrollBar().triggerAction(action)
        event.accept()
