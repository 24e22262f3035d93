"""What the page view paints of each page, and what it renders when idle.

Painting never waits for a rendering, except the first paint after a document is opened
(nothing of it would be on screen yet): a page not kept at the current zoom is painted
from its sharpest kept rendering at another zoom, scaled, or left as blank paper under the
highlight, marks and rules; it is rendered in the next idle turn, one page per turn, so
that a click or a key in between is handled first. PyMuPDF cannot render on another
thread (its documentation: no threading support), so "off the paint" is as far as it goes.
When no visible page is missing, pages are read ahead, also one per idle turn: the pages
where the window expects the clerk next, then the page after the visible ones, then the
one before, while they fit in the cache with the visible ones (``PageCache.to_read``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject, QRectF, QTimer
from PySide6.QtGui import QPainter, QPixmap

from kkr_desk.ui.page_cache import PageCache


class IdleRenderer(QObject):
    """Renders a page view's pages off its paint: ``visible`` gives the visible pages
    (0-based), ``scale`` the zoom and device pixel ratio, ``painted`` asks the view to
    repaint a page (0-based) that has just been rendered."""

    def __init__(
        self,
        pages: PageCache,
        visible: Callable[[], range],
        scale: Callable[[], tuple[float, float]],
        painted: Callable[[int], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._pages, self._visible, self._scale, self._painted = pages, visible, scale, painted
        self.ahead: list[int] = []  # 0-based pages the window expects next
        self.timer = QTimer(self, singleShot=True, interval=0)  # the next idle turn
        self.timer.timeout.connect(self._turn)

    def image(self, page: int) -> QPixmap:
        """Page ``page`` (0-based) at the current zoom, rendered now if not kept."""
        return self._pages.pixmap(page, *self._scale())

    def missing(self) -> list[int]:
        """The visible pages (0-based) not rendered at the current zoom yet."""
        zoom, dpr = self._scale()
        return [p for p in self._visible() if not self._pages.has(p, zoom, dpr)]

    def finish(self) -> None:
        """Render the visible pages now instead of when idle (before a screenshot)."""
        for page in self.missing():
            self.image(page)

    def expect(self, pages: Sequence[int], count: int) -> None:
        """Read ``pages`` (1-based, of ``count``) ahead first: the clerk may go there."""
        self.ahead = [p - 1 for p in pages if 1 <= p <= count][:4]
        if self._pages.is_pdf:
            self.timer.start()

    def paint(self, painter: QPainter, page: int, rect: QRectF, now: bool) -> bool:
        """Paint page ``page`` (0-based) into ``rect``: its rendering at the current zoom
        if kept (or rendered ``now``), else a kept rendering at another zoom, scaled. Whether
        it was painted at the current zoom; if not, it is rendered in the next idle turn."""
        zoom, dpr = self._scale()
        image = self.image(page) if now else self._pages.kept(page, zoom, dpr)
        if image is not None:
            # At a whole-pixel position, unscaled: the image is rendered at this size.
            painter.drawPixmap(rect.topLeft().toPoint(), image)
            return True
        preview = self._pages.preview(page, dpr)
        if preview is not None:
            painter.drawPixmap(rect, preview, QRectF(preview.rect()))
        self.timer.start()
        return False

    def painted_all(self) -> None:
        """The view painted every visible page at the current zoom: read ahead when idle."""
        if self._pages.is_pdf:
            self.timer.start()

    def _turn(self) -> None:
        """One idle turn: render a missing visible page and have it painted (the paint
        starts the next turn), or else read one page ahead and start the next turn."""
        missing = self.missing()
        if missing:
            self.image(missing[0])
            self._painted(missing[0])
            return
        if not self._pages.is_pdf:
            return
        pages = self._visible()
        wanted = (*self.ahead, pages.stop, pages.start - 1)
        for page in self._pages.to_read(pages, wanted, *self._scale())[:1]:
            self.image(page)  # one page per idle turn, while the cache has room
            self.timer.start()
