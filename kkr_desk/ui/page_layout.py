"""Where the page view's pages go: sizes, zoom, page origins, line boxes as view rects,
and which line is at a point. No widget: the view passes its scroll position in.

Pages are stacked top to bottom, ``GAP`` px apart and centred across the content width.
A line's box is in PDF points; its rect on screen is ``box × zoom + page origin``, where
the page origin is the page's top-left corner in viewport coordinates, i.e. its content
position minus the scroll position ``(x, y)``.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence

from PySide6.QtCore import QPoint, QPointF, QRectF

from kkr_desk.domain.document import BBox, Document
from kkr_desk.ui.text_pages import A4

MIN_ZOOM, MAX_ZOOM = 0.25, 5.0
GAP = 12  # px around the pages and between them
SNAP_PT = 8.0  # a click between lines picks the nearest line this close (points)

Scroll = tuple[int, int]  # the scroll bars' values: (horizontal, vertical), in px


def clamp_zoom(zoom: float) -> float:
    return min(MAX_ZOOM, max(MIN_ZOOM, zoom))


class PageLayout:
    """The pages' sizes and line boxes in points, and their positions at one zoom."""

    def __init__(self) -> None:
        self.sizes: list[tuple[float, float]] = []  # page sizes in points
        self.boxes: list[BBox | None] = []  # per line, in points
        self.page_of: list[int] = []  # per line, 0-based page
        self.furniture: list[bool] = []
        self.hittable: list[list[int]] = []  # per page: non-furniture lines with a box
        self.stops: list[int] = []  # every hittable line, in reading order (the cursor's)
        self.zoom = 1.0
        self.tops: list[int] = []  # content px
        self.lefts: list[int] = []
        self.px: list[tuple[int, int]] = []  # page sizes in px at the current zoom

    # -- content -------------------------------------------------------------------------

    def set_pages(
        self, doc: Document, sizes: list[tuple[float, float]], boxes: list[BBox | None]
    ) -> None:
        """Take the pages' sizes and the lines' boxes (points) for ``doc``'s lines."""
        self.sizes, self.boxes = sizes, boxes
        self.page_of = [line.page - 1 for line in doc.lines]
        self.furniture = [line.furniture for line in doc.lines]
        self.hittable = [[] for _ in self.sizes]
        for line in doc.lines:
            if not line.furniture and self.boxes[line.index] and line.page <= len(self.sizes):
                self.hittable[line.page - 1].append(line.index)
        self.stops = sorted(i for page in self.hittable for i in page)

    def clear(self) -> None:
        self.sizes, self.boxes, self.page_of, self.furniture = [], [], [], []
        self.hittable, self.stops = [], []

    def page_count(self) -> int:
        return len(self.sizes)

    def highlightable(self, lines: Sequence[int]) -> list[int]:
        """The lines of ``lines`` a highlight shows: not furniture, with a box."""
        return [i for i in lines if not self.furniture[i] and self.boxes[i]]

    def step(self, index: int, delta: int) -> int | None:
        """The line cursor's next stop from line ``index``: ``delta`` clickable lines on
        (negative: back), skipping furniture and crossing pages; None past either end."""
        stops = self.stops
        if delta > 0:
            at = bisect_right(stops, index) + delta - 1
        else:
            at = bisect_left(stops, index) + delta
        return stops[at] if 0 <= at < len(stops) else None

    def with_box(self, lines: Sequence[int]) -> list[int]:
        return [i for i in lines if self.boxes[i]]

    # -- zoom and positions --------------------------------------------------------------

    def fit_zoom(self, width: int) -> float:
        """The zoom at which the widest page fits ``width`` px with a gap each side."""
        widest = max((w for w, _h in self.sizes), default=A4[0])
        return clamp_zoom((width - 2 * GAP) / widest)

    def content_width(self) -> int:
        return max((w for w, _h in self.px), default=0) + 2 * GAP

    def update(self, view_width: int) -> int:
        """Place the pages at the current zoom in a view ``view_width`` px wide; return
        the content height in px."""
        z = self.zoom
        self.px = [(round(w * z), round(h * z)) for w, h in self.sizes]
        span = max(self.content_width(), view_width)
        self.lefts = [(span - w) // 2 for w, _h in self.px]
        self.tops, y = [], GAP
        for _w, h in self.px:
            self.tops.append(y)
            y += h + GAP
        return y

    def page_at(self, y: int) -> int:
        """The 1-based page at content height ``y`` (the next one in a gap; 0 without
        pages)."""
        if not self.tops:
            return 0
        bottoms = [top + h for top, (_w, h) in zip(self.tops, self.px, strict=True)]
        return min(len(bottoms), bisect_right(bottoms, y) + 1)

    def visible_pages(self, top: int, height: int) -> range:
        """The 0-based pages that content rows ``top`` to ``top + height`` show."""
        if not self.tops:
            return range(0)
        first = self.page_at(top) - 1
        last = bisect_right(self.tops, top + height - 1)
        return range(first, max(first, last))

    def origin(self, page: int, scroll: Scroll = (0, 0)) -> QPointF:
        """Page ``page``'s (0-based) top-left corner in viewport coordinates."""
        return QPointF(self.lefts[page] - scroll[0], self.tops[page] - scroll[1])

    def page_rect(self, n: int, scroll: Scroll = (0, 0)) -> QRectF:
        """Page ``n`` (1-based) in viewport coordinates."""
        w, h = self.px[n - 1]
        origin = self.origin(n - 1, scroll)
        return QRectF(origin.x(), origin.y(), w, h)

    def points_rect(self, page: int, box: BBox, scroll: Scroll = (0, 0)) -> QRectF:
        """A box in points on page ``page`` (0-based) in viewport coordinates."""
        z, origin = self.zoom, self.origin(page, scroll)
        x0, y0, x1, y1 = box
        return QRectF(origin.x() + x0 * z, origin.y() + y0 * z, (x1 - x0) * z, (y1 - y0) * z)

    def line_rect(self, index: int, scroll: Scroll = (0, 0)) -> QRectF:
        """Line ``index``'s box in viewport coordinates (empty when it has no box)."""
        box = self.boxes[index]
        if box is None or not 0 <= self.page_of[index] < len(self.tops):
            return QRectF()
        return self.points_rect(self.page_of[index], box, scroll)

    def line_at(self, pos: QPoint | QPointF, scroll: Scroll = (0, 0)) -> int | None:
        """The clickable line at viewport point ``pos``: the one under it, else the
        nearest one on its page within ``SNAP_PT`` above or below; None off the pages."""
        point = QPointF(pos)
        for page in range(len(self.tops)):
            if not self.page_rect(page + 1, scroll).contains(point):
                continue
            origin = self.origin(page, scroll)
            x = (point.x() - origin.x()) / self.zoom
            y = (point.y() - origin.y()) / self.zoom
            best: tuple[float, float, int] | None = None
            for index in self.hittable[page]:
                x0, y0, x1, y1 = self.boxes[index] or (0.0, 0.0, 0.0, 0.0)
                dy, dx = max(y0 - y, y - y1, 0.0), max(x0 - x, x - x1, 0.0)
                if best is None or (dy, dx) < best[:2]:
                    best = (dy, dx, index)
            return best[2] if best is not None and best[0] <= SNAP_PT else None
        return None

    def boundary_y(self, index: int, scroll: Scroll = (0, 0)) -> float:
        """Viewport y of the rule above line ``index``: 4 pt above it, or between it and
        the line before it when that one is closer."""
        _x0, y0, _x1, _y1 = self.boxes[index] or (0.0, 0.0, 0.0, 0.0)
        y = y0 - 4.0
        before = self.boxes[index - 1] if index > 0 else None
        same_page = index > 0 and self.page_of[index - 1] == self.page_of[index]
        if same_page and before is not None and y < before[3] <= y0:
            y = (before[3] + y0) / 2
        return self.origin(self.page_of[index], scroll).y() + max(0.0, y) * self.zoom
