"""The page layout, without a widget: page places, line rects and hit testing at two zooms."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF, QRectF

from kkr_desk.domain.document import Document, Line, Meeting
from kkr_desk.ui.page_layout import GAP, MAX_ZOOM, MIN_ZOOM, SNAP_PT, PageLayout

# Page 1 is 100 × 200 pt, page 2 is 200 × 100 pt.
SIZES = [(100.0, 200.0), (200.0, 100.0)]
LINES = [
    Line(0, 1, "first", bbox=(10.0, 20.0, 90.0, 30.0)),
    Line(1, 1, "second", bbox=(10.0, 50.0, 40.0, 60.0)),  # 20 pt below the first
    Line(2, 1, "footer", bbox=(10.0, 180.0, 90.0, 190.0), furniture=True),
    Line(3, 2, "third", bbox=(20.0, 10.0, 180.0, 20.0)),
    Line(4, 2, "fourth", bbox=(20.0, 22.0, 100.0, 32.0)),  # 2 pt below the third
    Line(5, 2, "no box"),
]
VIEW_WIDTH = 400


def _layout(zoom: float) -> PageLayout:
    doc = Document(Meeting(pages=2), list(LINES), [])
    layout = PageLayout()
    layout.set_pages(doc, list(SIZES), [line.bbox for line in LINES])
    layout.zoom = zoom
    layout.update(VIEW_WIDTH)
    return layout


def _at(layout: PageLayout, page: int, x: float, y: float, scroll: tuple[int, int]) -> QPointF:
    """The viewport point of (x, y) points on 1-based ``page``."""
    return layout.page_rect(page, scroll).topLeft() + QPointF(x, y) * layout.zoom


def test_pages_stack_centred_with_gaps() -> None:
    one = _layout(1.0)
    assert one.update(VIEW_WIDTH) == GAP + 200 + GAP + 100 + GAP  # the content height
    assert one.content_width() == 200 + 2 * GAP
    # Narrower than the view: each page centred across it.
    assert one.page_rect(1) == QRectF(150, GAP, 100, 200)
    assert one.page_rect(2) == QRectF(100, GAP + 200 + GAP, 200, 100)
    two = _layout(2.0)
    assert two.content_width() == 400 + 2 * GAP
    # Wider than the view: centred across the content, the widest page GAP from its edge.
    assert two.page_rect(1) == QRectF(112, GAP, 200, 400)
    assert two.page_rect(2) == QRectF(GAP, GAP + 400 + GAP, 400, 200)
    # The scroll position moves every page the other way.
    assert two.page_rect(2, (7, 300)) == QRectF(GAP - 7, GAP + 400 + GAP - 300, 400, 200)


@pytest.mark.parametrize("zoom", [1.0, 2.0])
def test_line_rect_is_box_times_zoom_plus_page_origin(zoom: float) -> None:
    layout = _layout(zoom)
    scroll = (5, 30)
    page = layout.page_rect(2, scroll)
    expected = QRectF(page.left() + 20 * zoom, page.top() + 22 * zoom, 80 * zoom, 10 * zoom)
    assert layout.line_rect(4, scroll) == expected
    assert layout.line_rect(5, scroll).isEmpty()  # no box
    assert layout.highlightable(range(6)) == [0, 1, 3, 4]  # no furniture, no boxless line
    assert layout.with_box(range(6)) == [0, 1, 2, 3, 4]


@pytest.mark.parametrize("zoom", [1.0, 2.0])
@pytest.mark.parametrize("scroll", [(0, 0), (9, 150)])
def test_line_at_snaps_to_the_nearest_line_on_the_page(
    zoom: float, scroll: tuple[int, int]
) -> None:
    layout = _layout(zoom)
    assert layout.line_at(layout.line_rect(1, scroll).center(), scroll) == 1
    assert layout.line_at(_at(layout, 1, 20, 35, scroll), scroll) == 0  # 5 pt below it
    assert layout.line_at(_at(layout, 1, 20, 45, scroll), scroll) == 1  # 5 pt above it
    assert layout.line_at(_at(layout, 1, 95, 55, scroll), scroll) == 1  # right of it
    assert layout.line_at(_at(layout, 1, 20, 60 + SNAP_PT + 1, scroll), scroll) is None
    assert layout.line_at(_at(layout, 1, 20, 185, scroll), scroll) is None  # the footer
    assert layout.line_at(_at(layout, 2, 150, 15, scroll), scroll) == 3
    assert layout.line_at(_at(layout, 1, -1, 25, scroll), scroll) is None  # the margin
    assert layout.line_at(_at(layout, 1, 20, 200 + GAP / 2 / zoom, scroll), scroll) is None


@pytest.mark.parametrize("zoom", [1.0, 2.0])
def test_boundary_sits_above_the_line(zoom: float) -> None:
    layout = _layout(zoom)
    top1, top2 = layout.page_rect(1).top(), layout.page_rect(2).top()
    assert layout.boundary_y(1) == top1 + 46 * zoom  # 4 pt above
    assert layout.boundary_y(3) == top2 + 6 * zoom  # first on its page: 4 pt above
    assert layout.boundary_y(4) == top2 + 21 * zoom  # between it and the line 2 pt above


def test_page_at_and_visible_pages() -> None:
    layout = _layout(1.0)
    bottom = GAP + 200
    assert [layout.page_at(y) for y in (0, bottom - 1, bottom, 10_000)] == [1, 1, 2, 2]
    assert layout.visible_pages(0, 100) == range(0, 1)
    assert layout.visible_pages(0, 300) == range(0, 2)
    assert layout.visible_pages(bottom + 2, 50) == range(1, 2)
    layout.clear()
    layout.update(VIEW_WIDTH)
    assert layout.page_count() == 0
    assert layout.page_at(0) == 0
    assert layout.visible_pages(0, 100) == range(0)


def test_fit_zoom_fits_the_widest_page_and_is_clamped() -> None:
    layout = _layout(1.0)
    assert layout.fit_zoom(424) == pytest.approx(2.0)
    assert layout.fit_zoom(10) == MIN_ZOOM
    assert layout.fit_zoom(100_000) == MAX_ZOOM
