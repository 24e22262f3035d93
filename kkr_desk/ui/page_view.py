"""The page view: the meeting's pages in one continuous scroll, with highlights and item rules.

A PDF meeting shows PyMuPDF renderings of its pages. A text-extraction meeting shows each
page as plain paper with its lines set top to bottom at a fixed pitch; the view keeps a
synthesised box per line for that layout, so highlights, clicks and item rules work the
same for both. Only pages that intersect the viewport are rendered (in paintEvent), and
the renderings stay in a small LRU cache keyed by (page, scale).

Geometry: a line's box is in PDF points; its rect on screen is ``box × zoom + page origin``
where the page origin is the page's top-left corner in viewport coordinates.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import OrderedDict
from collections.abc import Sequence

import pymupdf
from PySide6.QtCore import QPoint, QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QImage,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QPixmap,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QAbstractScrollArea, QAbstractSlider, QWidget

from kkr_desk.domain.document import BBox, Document
from kkr_desk.ui.text_pages import A4, TextPages

MIN_ZOOM, MAX_ZOOM, ZOOM_STEP = 0.25, 5.0, 1.25
GAP = 12  # px around the pages and between them
CACHE_SIZE = 12  # rendered pages kept
SNAP_PT = 8.0  # a click between lines picks the nearest line this close (points)
SCROLL_MARGIN = 40  # px kept above a line scrolled to

BACKGROUND = QColor(0xDA, 0xDC, 0xE0)
PAGE_EDGE = QColor(0xB4, 0xB8, 0xBE)
HIGHLIGHT = QColor(255, 186, 0, 110)
BOUNDARY = QColor(0x1E, 0x6F, 0xD9)


def _clamp(zoom: float) -> float:
    return min(MAX_ZOOM, max(MIN_ZOOM, zoom))


class PageView(QAbstractScrollArea):
    """Continuous vertical scroll through a meeting's pages."""

    pageChanged = Signal(int)  # 1-based page at the top of the viewport
    lineClicked = Signal(int)
    lineContextMenu = Signal(int, QPoint)  # line index, global position

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Page view"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.verticalScrollBar().setSingleStep(40)
        self.horizontalScrollBar().setSingleStep(40)
        self.verticalScrollBar().valueChanged.connect(self._check_page)
        self._pdf: pymupdf.Document | None = None
        self._text: TextPages | None = None
        self._sizes: list[tuple[float, float]] = []  # page sizes in points
        self._boxes: list[BBox | None] = []  # per line, in points
        self._page_of: list[int] = []  # per line, 0-based page
        self._furniture: list[bool] = []
        self._hittable: list[list[int]] = []  # per page: non-furniture lines with a box
        self._highlight: list[int] = []
        self._boundaries: list[int] = []
        self._zoom = 1.0
        self._fit = True
        self._tops: list[int] = []  # content px
        self._lefts: list[int] = []
        self._px: list[tuple[int, int]] = []  # page sizes in px at the current zoom
        # Rendered pages as pixmaps: converted to the screen's format once, blitted as-is.
        self._cache: OrderedDict[tuple[int, float], QPixmap] = OrderedDict()
        self._ahead: list[int] = []  # 1-based pages the window expects next
        self._prefetch = QTimer(self, singleShot=True, interval=0)
        self._prefetch.timeout.connect(self._read_ahead)
        self._rendered: set[int] = set()
        self._page = 0
        self._relayout = False

    # -- document ------------------------------------------------------------------------

    def set_document(self, doc: Document, pdf: bytes | None) -> None:
        if self._pdf is not None:
            self._pdf.close()
        self._pdf, self._text = None, None
        if pdf is not None:
            self._pdf = pymupdf.open(stream=pdf, filetype="pdf")
            self._sizes = [(page.rect.width, page.rect.height) for page in self._pdf]
            self._boxes = [line.bbox for line in doc.lines]
        else:
            pages = max([doc.meeting.pages, *(line.page for line in doc.lines)])
            self._text = TextPages(doc, pages)
            self._sizes, self._boxes = self._text.sizes, self._text.boxes
        self._page_of = [line.page - 1 for line in doc.lines]
        self._furniture = [line.furniture for line in doc.lines]
        self._hittable = [[] for _ in self._sizes]
        for line in doc.lines:
            if not line.furniture and self._boxes[line.index] and line.page <= len(self._sizes):
                self._hittable[line.page - 1].append(line.index)
        self._highlight, self._boundaries = [], []
        self._cache.clear()
        self._ahead = []
        self._rendered.clear()
        self._page = 0
        self._fit = True
        self._zoom = self._fit_zoom()
        self._layout()
        self.verticalScrollBar().setValue(0)
        self.horizontalScrollBar().setValue(0)
        self._check_page()
        self.viewport().update()

    def clear(self) -> None:
        """Show nothing (the meeting was closed)."""
        if self._pdf is not None:
            self._pdf.close()
        self._pdf, self._text = None, None
        self._sizes, self._boxes, self._page_of, self._furniture = [], [], [], []
        self._hittable, self._highlight, self._boundaries, self._ahead = [], [], [], []
        self._cache.clear()
        self._rendered.clear()
        self._layout()
        self._check_page()
        self.viewport().update()

    def page_count(self) -> int:
        return len(self._sizes)

    def render_page(self, n: int, scale: float) -> QImage:
        """Page ``n`` (1-based) rendered at ``scale`` pixels per point."""
        if not 1 <= n <= len(self._sizes):
            raise IndexError(f"no page {n}")
        if self._text is not None:
            return self._text.render(n - 1, scale)
        assert self._pdf is not None
        pix = self._pdf[n - 1].get_pixmap(matrix=pymupdf.Matrix(scale, scale), alpha=False)
        image = QImage(pix.samples, pix.width, pix.height, pix.stride, QImage.Format.Format_RGB888)
        return image.copy()  # detach from the pixmap's buffer

    def rendered_pages(self) -> list[int]:
        """The pages (1-based) this view has rendered since its document was set."""
        return sorted(self._rendered)

    # -- zoom ----------------------------------------------------------------------------

    def zoom(self) -> float:
        return self._zoom

    def set_zoom(self, factor: float) -> None:
        self._fit = False
        self._apply_zoom(factor)

    def zoom_in(self) -> None:
        self.set_zoom(self._zoom * ZOOM_STEP)

    def zoom_out(self) -> None:
        self.set_zoom(self._zoom / ZOOM_STEP)

    def fit_width(self) -> None:
        self._fit = True
        self._apply_zoom(self._fit_zoom())

    def _fit_zoom(self) -> float:
        widest = max((w for w, _h in self._sizes), default=A4[0])
        return _clamp((self.viewport().width() - 2 * GAP) / widest)

    def _apply_zoom(self, factor: float) -> None:
        factor = _clamp(factor)
        if factor == self._zoom:
            return
        vbar, hbar = self.verticalScrollBar(), self.horizontalScrollBar()
        page = self.current_page() - 1
        anchor = (vbar.value() - self._tops[page]) / self._zoom if self._tops else 0.0
        across = (hbar.value() + self.viewport().width() / 2) / max(1, self._content_width())
        self._zoom = factor
        self._cache.clear()
        self._layout()
        if self._tops:
            top = self._tops[page]
            vbar.setValue(max(top - GAP, round(top + anchor * factor)))
        hbar.setValue(round(across * self._content_width() - self.viewport().width() / 2))
        self._check_page()
        self.viewport().update()

    # -- layout and navigation -----------------------------------------------------------

    def _content_width(self) -> int:
        return max((w for w, _h in self._px), default=0) + 2 * GAP

    def _layout(self) -> None:
        z = self._zoom
        self._px = [(round(w * z), round(h * z)) for w, h in self._sizes]
        view = self.viewport().size()
        span = max(self._content_width(), view.width())
        self._lefts = [(span - w) // 2 for w, _h in self._px]
        self._tops, y = [], GAP
        for _w, h in self._px:
            self._tops.append(y)
            y += h + GAP
        self._relayout = True
        try:
            vbar, hbar = self.verticalScrollBar(), self.horizontalScrollBar()
            vbar.setRange(0, max(0, y - view.height()))
            vbar.setPageStep(max(1, view.height() - SCROLL_MARGIN))
            hbar.setRange(0, max(0, self._content_width() - view.width()))
            hbar.setPageStep(max(1, view.width()))
        finally:
            self._relayout = False

    def current_page(self) -> int:
        """The 1-based page at the top of the viewport (0 without a document)."""
        if not self._tops:
            return 0
        bottoms = [top + h for top, (_w, h) in zip(self._tops, self._px, strict=True)]
        return min(len(bottoms), bisect_right(bottoms, self.verticalScrollBar().value()) + 1)

    def go_to_page(self, n: int) -> None:
        if self._tops:
            n = min(len(self._tops), max(1, n))
            self.verticalScrollBar().setValue(self._tops[n - 1] - GAP)

    def _check_page(self) -> None:
        if self._relayout:
            return
        page = self.current_page()
        if page != self._page:
            self._page = page
            self.pageChanged.emit(page)

    def page_rect(self, n: int) -> QRectF:
        """Page ``n`` (1-based) in viewport coordinates."""
        w, h = self._px[n - 1]
        origin = self._origin(n - 1)
        return QRectF(origin.x(), origin.y(), w, h)

    def _origin(self, page: int) -> QPointF:
        return QPointF(
            self._lefts[page] - self.horizontalScrollBar().value(),
            self._tops[page] - self.verticalScrollBar().value(),
        )

    def line_rect(self, index: int) -> QRectF:
        """Line ``index``'s box in viewport coordinates (empty when it has no box)."""
        box = self._boxes[index]
        if box is None or not 0 <= self._page_of[index] < len(self._tops):
            return QRectF()
        z, origin = self._zoom, self._origin(self._page_of[index])
        x0, y0, x1, y1 = box
        return QRectF(origin.x() + x0 * z, origin.y() + y0 * z, (x1 - x0) * z, (y1 - y0) * z)

    def scroll_to_line(self, index: int) -> None:
        rect = self.line_rect(index)
        if rect.isEmpty() or QRectF(self.viewport().rect()).contains(rect):
            return
        vbar, hbar = self.verticalScrollBar(), self.horizontalScrollBar()
        vbar.setValue(vbar.value() + round(rect.top()) - SCROLL_MARGIN)
        if rect.left() < 0 or rect.right() > self.viewport().width():
            hbar.setValue(hbar.value() + round(rect.left()) - SCROLL_MARGIN)

    # -- highlight, boundaries, hits -----------------------------------------------------

    def set_highlight(self, lines: Sequence[int]) -> None:
        self._highlight = [i for i in lines if not self._furniture[i] and self._boxes[i]]
        self.viewport().update()

    def highlight_rects(self) -> list[QRectF]:
        return [self.line_rect(i) for i in self._highlight]

    def set_boundaries(self, lines: Sequence[int]) -> None:
        self._boundaries = [i for i in lines if self._boxes[i]]
        self.viewport().update()

    def line_at(self, pos: QPoint | QPointF) -> int | None:
        point = QPointF(pos)
        for page in range(len(self._tops)):
            if not self.page_rect(page + 1).contains(point):
                continue
            origin = self._origin(page)
            x = (point.x() - origin.x()) / self._zoom
            y = (point.y() - origin.y()) / self._zoom
            best: tuple[float, float, int] | None = None
            for index in self._hittable[page]:
                x0, y0, x1, y1 = self._boxes[index] or (0.0, 0.0, 0.0, 0.0)
                dy, dx = max(y0 - y, y - y1, 0.0), max(x0 - x, x - x1, 0.0)
                if best is None or (dy, dx) < best[:2]:
                    best = (dy, dx, index)
            return best[2] if best is not None and best[0] <= SNAP_PT else None
        return None

    # -- painting ------------------------------------------------------------------------

    def _visible_pages(self) -> range:
        if not self._tops:
            return range(0)
        top = self.verticalScrollBar().value()
        bottom = top + self.viewport().height()
        first = self.current_page() - 1
        last = bisect_right(self._tops, bottom - 1)
        return range(first, max(first, last))

    def _image(self, page: int) -> QPixmap:
        dpr = self.devicePixelRatioF()
        key = (page, self._zoom * dpr)
        image = self._cache.get(key)
        if image is None:
            image = QPixmap.fromImage(self.render_page(page + 1, key[1]))
            image.setDevicePixelRatio(dpr)
            self._cache[key] = image
            self._rendered.add(page + 1)
            while len(self._cache) > CACHE_SIZE:
                self._cache.popitem(last=False)
        else:
            self._cache.move_to_end(key)
        return image

    def read_ahead(self, pages: Sequence[int]) -> None:
        """Pages (1-based) to render when idle, because the clerk is likely to go there
        next (the window passes the pages where the next and previous items start)."""
        self._ahead = [p for p in pages if 1 <= p <= len(self._sizes)][:4]
        if self._pdf is not None:
            self._prefetch.start()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self.viewport())
        painter.fillRect(event.rect(), BACKGROUND)
        pages = self._visible_pages()
        painter.setPen(QPen(PAGE_EDGE, 1))
        for page in pages:
            rect = self.page_rect(page + 1)
            painter.drawRect(rect.adjusted(-1, -1, 0, 0))
            painter.fillRect(rect, Qt.GlobalColor.white)
            # At a whole-pixel position, unscaled: the image is rendered at this size.
            painter.drawPixmap(rect.topLeft().toPoint(), self._image(page))
        # Axis-aligned boxes, no antialiasing, one winding fill so overlaps are not darker.
        # No outline: stroking ~100 fractional boxes costs ~5 ms a paint.
        boxes = [self.line_rect(i) for i in self._highlight if self._page_of[i] in pages]
        if boxes:
            path = QPainterPath()
            path.setFillRule(Qt.FillRule.WindingFill)
            for box in boxes:
                path.addRect(box)
            painter.fillPath(path, HIGHLIGHT)
        painter.setPen(QPen(BOUNDARY, 2))
        for index in self._boundaries:
            if self._page_of[index] in pages:
                y = self._boundary_y(index)
                page = self.page_rect(self._page_of[index] + 1)
                painter.drawLine(QPointF(page.left() + 4, y), QPointF(page.right() - 4, y))
        painter.end()
        if self._pdf is not None:
            self._prefetch.start()

    def _read_ahead(self) -> None:
        """When idle, render the page after the visible ones, then the one before, so the
        next item's page is ready when the clerk moves on (one page per idle turn)."""
        pages = self._visible_pages()
        dpr = self.devicePixelRatioF()
        for page in (*(p - 1 for p in self._ahead), pages.stop, pages.start - 1):
            if 0 <= page < len(self._sizes) and (page, self._zoom * dpr) not in self._cache:
                self._image(page)
                self._prefetch.start()
                return

    def _boundary_y(self, index: int) -> float:
        """Viewport y of the rule above line ``index``: 4 pt above it, or between it and
        the line before it when that one is closer."""
        _x0, y0, _x1, _y1 = self._boxes[index] or (0.0, 0.0, 0.0, 0.0)
        y = y0 - 4.0
        before = self._boxes[index - 1] if index > 0 else None
        same_page = index > 0 and self._page_of[index - 1] == self._page_of[index]
        if same_page and before is not None and y < before[3] <= y0:
            y = (before[3] + y0) / 2
        return self._origin(self._page_of[index]).y() + max(0.0, y) * self._zoom

    # -- events --------------------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._fit and self._sizes:
            self._apply_zoom(self._fit_zoom())
        self._layout()
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
        actions = {
            Qt.Key.Key_PageUp: QAbstractSlider.SliderAction.SliderPageStepSub,
            Qt.Key.Key_PageDown: QAbstractSlider.SliderAction.SliderPageStepAdd,
            Qt.Key.Key_Home: QAbstractSlider.SliderAction.SliderToMinimum,
            Qt.Key.Key_End: QAbstractSlider.SliderAction.SliderToMaximum,
        }
        action = actions.get(Qt.Key(event.key()))
        plain = (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)
        if action is None or event.modifiers() not in plain:
            super().keyPressEvent(event)
            return
        self.verticalScrollBar().triggerAction(action)
        event.accept()
