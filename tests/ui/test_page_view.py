"""The page view: on-demand rendering, geometry, highlights, clicks, zoom and navigation."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QWheelEvent
from PySide6.QtWidgets import QApplication

from kkr_desk.domain.document import Document
from kkr_desk.parse import parse_file
from kkr_desk.ui.page_view import PageView

pytestmark = pytest.mark.gui

REFERAT = "kkr-nordjylland-2022-11-18-referat"


@pytest.fixture(scope="module")
def txt_doc(corpus_dir: Path) -> Document:
    return parse_file(corpus_dir / f"{REFERAT}.txt")


def _show(qtbot, doc: Document, pdf: bytes | None) -> PageView:
    view = PageView()
    qtbot.addWidget(view)
    view.resize(900, 700)
    view.set_document(doc, pdf)
    view.show()
    qtbot.waitExposed(view)
    view.grab()
    return view


@pytest.fixture
def view(qtbot, pdf_doc: Document, pdf_bytes: bytes) -> PageView:
    return _show(qtbot, pdf_doc, pdf_bytes)


def _across_break(doc: Document, page: int) -> list[int]:
    """Line indices from the last lines of ``page - 1`` to the first lines of ``page``."""
    start = next(line.index for line in doc.lines if line.page == page)
    indices = list(range(start - 3, start + 5))
    assert {doc.lines[i].page for i in indices} == {page - 1, page}
    return indices


def _close(a: QRectF, b: QRectF) -> bool:
    return all(
        abs(x - y) < 1e-6
        for x, y in zip(
            (a.left(), a.top(), a.width(), a.height()),
            (b.left(), b.top(), b.width(), b.height()),
            strict=True,
        )
    )


def _expected(view: PageView, doc: Document, index: int) -> QRectF:
    """Line ``index``'s rect computed from page geometry: box × zoom + page origin.

    A text meeting's lines have no box of their own; the view's synthesised box is
    recovered from ``line_rect`` and must then lie on its page.
    """
    line = doc.lines[index]
    page = view.page_rect(line.page)
    if line.bbox is None:
        rect = view.line_rect(index)
        assert page.contains(rect)
        return rect
    z, (x0, y0, x1, y1) = view.zoom(), line.bbox
    return QRectF(page.left() + x0 * z, page.top() + y0 * z, (x1 - x0) * z, (y1 - y0) * z)


def _check_highlight(view: PageView, doc: Document, page: int) -> None:
    indices = _across_break(doc, page)
    _check_highlight_of(view, doc, indices)
    rects = view.highlight_rects()
    shown = [i for i in indices if not doc.lines[i].furniture]
    first, second = view.page_rect(page - 1), view.page_rect(page)
    assert second.top() > first.bottom()
    on_first = [r for i, r in zip(shown, rects, strict=True) if doc.lines[i].page < page]
    on_second = [r for i, r in zip(shown, rects, strict=True) if doc.lines[i].page == page]
    assert on_first
    assert on_second
    assert all(first.contains(r) for r in on_first)
    assert all(second.contains(r) for r in on_second)
    assert min(r.top() for r in on_second) > max(r.bottom() for r in on_first)


def _check_highlight_of(view: PageView, doc: Document, indices: list[int]) -> None:
    """Highlighting ``indices`` shows exactly their non-furniture lines, in order."""
    view.set_highlight(indices)
    shown = [i for i in indices if not doc.lines[i].furniture]
    rects = view.highlight_rects()
    assert len(rects) == len(shown)
    for index, rect in zip(shown, rects, strict=True):
        assert _close(rect, _expected(view, doc, index))
        assert _close(rect, view.line_rect(index))


def test_only_visible_pages_are_rendered(qtbot, view: PageView) -> None:
    assert view.page_count() == 33
    assert view.current_page() == 1
    assert view.rendered_pages()
    assert set(view.rendered_pages()) <= {1, 2, 3}  # the visible pages, one read ahead
    view.go_to_page(20)
    qtbot.waitUntil(lambda: 20 in view.rendered_pages(), timeout=2000)
    assert not set(range(4, 19)) & set(view.rendered_pages())


def test_render_page_size(view: PageView) -> None:
    image = view.render_page(1, 1.5)
    assert (image.width(), image.height()) == (893, 1263)  # A4 at 108 dpi
    assert image.pixelColor(5, 5) == QColor(Qt.GlobalColor.white)


def test_line_rect_is_box_times_zoom_plus_page_origin(view: PageView, pdf_doc: Document) -> None:
    for index in (0, 1, 16, 40, 900):
        assert _close(view.line_rect(index), _expected(view, pdf_doc, index))
    # The page origin follows the scroll position.
    before = view.line_rect(40)
    view.go_to_page(3)
    shift = view.verticalScrollBar().value()
    assert _close(view.line_rect(40), before.translated(0, -shift))


def test_highlight_spans_a_page_break_and_skips_furniture(
    view: PageView, pdf_doc: Document
) -> None:
    assert any(pdf_doc.lines[i].furniture for i in _across_break(pdf_doc, 8))
    _check_highlight(view, pdf_doc, 8)
    view.grab()  # painting the union across two pages works
    view.set_highlight([])
    assert view.highlight_rects() == []


def test_highlight_and_boundary_are_painted(view: PageView, pdf_doc: Document) -> None:
    view.set_highlight([1])
    view.set_boundaries([3])
    image = view.grab().toImage()
    inside = view.line_rect(1).adjusted(1, 1, -1, -1)
    corner = image.pixelColor(inside.topLeft().toPoint() + QPoint(1, 1))
    assert corner.red() > 200  # the yellow highlight over paper
    assert corner.blue() < 200  # the yellow highlight over paper
    above = view.line_rect(3)
    x = round(view.page_rect(1).center().x())
    column = [image.pixelColor(x, y) for y in range(round(above.top()) - 12, round(above.top()))]
    assert any(c.blue() > c.red() + 60 for c in column)  # the item rule


def test_click_emits_the_line(qtbot, view: PageView) -> None:
    pos = view.line_rect(1).center().toPoint()
    with qtbot.waitSignal(view.lineClicked) as blocker:
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    assert blocker.args == [1]
    assert view.hasFocus()
    with qtbot.waitSignal(view.lineContextMenu) as blocker:
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.RightButton, pos=pos)
    assert blocker.args == [1, view.viewport().mapToGlobal(pos)]


def test_click_between_lines_picks_the_nearest(qtbot, view: PageView) -> None:
    z = view.zoom()
    below_8 = view.line_rect(8).bottom() + 4 * z  # 15.6 pt gap to line 9
    above_9 = view.line_rect(9).top() - 4 * z
    x = view.line_rect(8).center().x()
    assert view.line_at(QPointF(x, below_8)) == 8
    assert view.line_at(QPointF(x, above_9)) == 9
    assert view.line_at(QPointF(x, view.line_rect(2).bottom() + 20 * z)) is None  # blank paper
    # To the right of a short line, at its height: that line.
    assert (
        view.line_at(QPointF(view.line_rect(8).right() + 50, view.line_rect(8).center().y())) == 8
    )
    with qtbot.waitSignal(view.lineClicked) as blocker:
        qtbot.mouseClick(
            view.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(round(x), round(above_9))
        )
    assert blocker.args == [9]


def test_click_in_the_margin_gives_nothing(qtbot, view: PageView) -> None:
    page = view.page_rect(1)
    margin = QPoint(round(page.left()) - 4, round(view.line_rect(1).center().y()))
    assert view.line_at(margin) is None
    with qtbot.assertNotEmitted(view.lineClicked), qtbot.assertNotEmitted(view.lineContextMenu):
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=margin)
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.RightButton, pos=margin)


def test_furniture_is_not_clickable(view: PageView, pdf_doc: Document) -> None:
    header = next(line for line in pdf_doc.lines if line.furniture and line.page == 3)
    view.go_to_page(3)
    assert view.line_at(view.line_rect(header.index).center()) != header.index


def test_zoom_keeps_the_current_page(view: PageView) -> None:
    view.go_to_page(5)
    zoom = view.zoom()
    view.zoom_in()
    assert view.zoom() == pytest.approx(zoom * 1.25)
    assert view.current_page() == 5
    view.zoom_out()
    assert view.zoom() == pytest.approx(zoom)
    assert view.current_page() == 5
    view.set_zoom(100)
    assert view.zoom() == 5.0
    assert view.current_page() == 5
    view.set_zoom(0.01)
    assert view.zoom() == 0.25
    view.fit_width()
    assert view.zoom() == pytest.approx(zoom)
    assert view.page_rect(5).width() <= view.viewport().width()


def test_ctrl_wheel_zooms(view: PageView) -> None:
    zoom = view.zoom()
    pos = QPointF(100, 100)
    event = QWheelEvent(
        pos,
        QPointF(view.viewport().mapToGlobal(pos.toPoint())),
        QPoint(0, 0),
        QPoint(0, 120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.ControlModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(view.viewport(), event)
    assert view.zoom() == pytest.approx(zoom * 1.25)


def test_go_to_page_emits_page_changed(qtbot, view: PageView) -> None:
    with qtbot.waitSignal(view.pageChanged) as blocker:
        view.go_to_page(10)
    assert blocker.args == [10]
    assert view.current_page() == 10
    with qtbot.waitSignal(view.pageChanged) as blocker:
        qtbot.keyClick(view, Qt.Key.Key_Home)
    assert blocker.args == [1]
    qtbot.keyClick(view, Qt.Key.Key_End)
    assert view.current_page() > 30
    qtbot.keyClick(view, Qt.Key.Key_Home)
    qtbot.keyClick(view, Qt.Key.Key_PageDown)
    assert view.verticalScrollBar().value() > 0


def test_scroll_to_line(view: PageView, pdf_doc: Document) -> None:
    target = next(line.index for line in pdf_doc.lines if line.page == 20 and not line.furniture)
    view.scroll_to_line(target)
    rect = view.line_rect(target)
    assert QRectF(view.viewport().rect()).contains(rect)
    assert rect.top() == pytest.approx(40, abs=1)
    value = view.verticalScrollBar().value()
    view.scroll_to_line(target + 1)  # already visible: no scrolling
    assert view.verticalScrollBar().value() == value


def test_text_meeting_gets_synthesised_boxes(qtbot, txt_doc: Document) -> None:
    view = _show(qtbot, txt_doc, None)
    assert view.page_count() == 33
    assert all(line.bbox is None for line in txt_doc.lines)  # the document is untouched
    rects = [view.line_rect(line.index) for line in txt_doc.lines if line.page == 3]
    assert all(not r.isEmpty() for r in rects)
    assert all(b.top() > a.bottom() for a, b in itertools.pairwise(rects))
    assert view.rendered_pages() == [1]
    _check_highlight(view, txt_doc, 8)
    ending = [line.index for line in txt_doc.lines if line.page >= 32]
    assert any(txt_doc.lines[i].furniture for i in ending)
    _check_highlight_of(view, txt_doc, ending)
    view.go_to_page(1)
    index = next(line.index for line in txt_doc.lines if line.page == 1 and line.index > 2)
    pos = view.line_rect(index).center().toPoint()
    with qtbot.waitSignal(view.lineClicked) as blocker:
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    assert blocker.args == [index]
    gap = QPointF(pos.x(), view.line_rect(index).bottom() + 1)
    assert view.line_at(gap) == index


def test_idle_time_reads_one_page_ahead(qtbot, view: PageView) -> None:
    area = QRectF(view.viewport().rect())
    visible = {n for n in range(1, view.page_count() + 1) if view.page_rect(n).intersects(area)}
    ahead = max(visible) + 1
    qtbot.waitUntil(lambda: ahead in view.rendered_pages(), timeout=2000)
    qtbot.wait(50)
    assert set(view.rendered_pages()) == visible | {ahead}
