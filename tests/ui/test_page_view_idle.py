"""The page view paints without waiting for renderings: a page not rendered at the current
zoom is painted blank (or from a rendering at another zoom, scaled) and rendered when idle;
only the first paint of a document renders at once."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QImage

from kkr_desk.domain.document import Document
from kkr_desk.ui.page_view import PageView

pytestmark = pytest.mark.gui


@pytest.fixture
def view(qtbot, pdf_doc: Document, pdf_bytes: bytes) -> PageView:
    view = PageView()
    qtbot.addWidget(view)
    view.resize(900, 700)
    view.set_document(pdf_doc, pdf_bytes)
    view.show()
    qtbot.waitExposed(view)
    return view


def _ink(image: QImage, rect: QRectF) -> int:
    """Dark pixels (text) inside ``rect``."""
    box = rect.toAlignedRect().intersected(image.rect())
    return sum(
        image.pixelColor(x, y).lightness() < 128
        for x in range(box.left(), box.right() + 1)
        for y in range(box.top(), box.bottom() + 1)
    )


def _text_line(doc: Document, page: int) -> int:
    """A line of body text on ``page`` (1-based) with a few words on it."""
    return next(
        line.index
        for line in doc.lines
        if line.page == page and not line.furniture and len(line.text) > 20
    )


def test_the_first_paint_renders_at_once(view: PageView, pdf_doc: Document) -> None:
    image = view.grab().toImage()  # the first paint: nothing of the meeting on screen yet
    assert 1 in view.rendered_pages()
    assert _ink(image, view.line_rect(_text_line(pdf_doc, 1))) > 20


def test_a_page_not_rendered_yet_is_painted_blank_then_rendered_when_idle(
    qtbot, view: PageView, pdf_doc: Document
) -> None:
    view.grab()
    line = _text_line(pdf_doc, 20)
    view.go_to_page(20)
    view.set_highlight([line])
    image = view.grab().toImage()
    assert 20 not in view.rendered_pages()  # the paint did not wait for page 20
    assert _ink(image, view.line_rect(line)) == 0  # blank paper …
    center = image.pixelColor(view.line_rect(line).center().toPoint())
    assert center.red() > 200  # … highlighted
    assert center.blue() < 200
    qtbot.waitUntil(lambda: 20 in view.rendered_pages(), timeout=2000)
    assert _ink(view.grab().toImage(), view.line_rect(line)) > 20
    assert not set(range(4, 19)) & set(view.rendered_pages())


def test_a_zoomed_page_shows_its_old_rendering_scaled_until_rendered(
    qtbot, view: PageView, pdf_doc: Document
) -> None:
    view.grab()
    line = _text_line(pdf_doc, 1)
    view.zoom_in()
    zoom, dpr = view.zoom(), view.devicePixelRatioF()
    image = view.grab().toImage()
    assert not view._pages.has(0, zoom, dpr)  # not rendered at the new zoom yet …
    assert _ink(image, view.line_rect(line)) > 20  # … yet its text is there, scaled
    qtbot.waitUntil(lambda: view._pages.has(0, zoom, dpr), timeout=2000)


def test_finish_rendering_renders_the_visible_pages_now(view: PageView, pdf_doc: Document) -> None:
    view.grab()
    view.go_to_page(12)
    view.finish_rendering()
    assert 12 in view.rendered_pages()
    image = view.grab().toImage()
    assert _ink(image, view.line_rect(_text_line(pdf_doc, 12))) > 20
