"""The page cache: a limit in bytes, least recently used out first, a pixmap larger than
the limit never kept, renderings keyed by zoom, and read-ahead that stops when the cache
is full."""

from __future__ import annotations

from collections import OrderedDict

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtGui import QImage, QPixmap

from kkr_desk.domain.document import Document
from kkr_desk.ui import page_cache
from kkr_desk.ui.page_cache import PageCache, PixmapLRU, pixmap_bytes
from kkr_desk.ui.page_view import PageView

pytestmark = pytest.mark.gui

MB = 1024 * 1024


def _pixmap(width: int, height: int) -> QPixmap:
    pixmap = QPixmap(width, height)
    assert pixmap.depth() == 32  # the offscreen screen: 4 bytes a pixel
    return pixmap


def _open(doc: Document, pdf: bytes, limit: int | None = None) -> PageCache:
    cache = PageCache(limit)
    cache.open(doc, pdf)
    return cache


def test_pixmap_bytes_counts_every_pixel(qapp) -> None:
    assert pixmap_bytes(_pixmap(30, 20)) == 30 * 20 * 4
    image = QImage(10, 7, QImage.Format.Format_RGB888)
    image.fill(0)
    converted = QPixmap.fromImage(image)
    assert pixmap_bytes(converted) == 10 * 7 * converted.depth() // 8


OPS = st.lists(
    st.tuples(
        st.sampled_from(["put", "get"]),
        st.integers(0, 7),  # key
        st.integers(1, 60),  # width
        st.integers(1, 60),  # height
    ),
    max_size=60,
)


@settings(max_examples=150, deadline=None)
@given(limit=st.integers(0, 30_000), ops=OPS)
def test_never_more_bytes_than_the_limit(qapp, limit: int, ops) -> None:
    """Against a plain model: the same keys kept in the same order, their sizes summed."""
    cache = PixmapLRU(limit)
    model: OrderedDict[int, int] = OrderedDict()  # key → bytes, least recent first
    for op, key, width, height in ops:
        if op == "get":
            got = cache.get(key)
            assert (got is None) == (key not in model)
            if key in model:
                model.move_to_end(key)
                assert got is not None
                assert pixmap_bytes(got) == model[key]
        else:
            size = width * height * 4
            model.pop(key, None)
            if size <= limit:
                while sum(model.values()) + size > limit:
                    model.popitem(last=False)
                model[key] = size
            assert cache.put(key, _pixmap(width, height)) == (size <= limit)
        assert cache.bytes <= limit
        assert cache.bytes == sum(model.values())
        assert list(cache.keys()) == list(model)
        assert len(cache) == len(model)


def test_least_recently_used_goes_first(qapp) -> None:
    cache = PixmapLRU(3 * 100 * 100 * 4)
    for key in "abc":
        cache.put(key, _pixmap(100, 100))
    assert cache.get("a") is not None  # a is now the most recent: b goes next
    cache.put("d", _pixmap(100, 100))
    assert list(cache.keys()) == ["c", "a", "d"]
    cache.put("e", _pixmap(100, 200))  # twice the size: two go
    assert list(cache.keys()) == ["d", "e"]
    assert cache.bytes == 3 * 100 * 100 * 4


def test_a_pixmap_larger_than_the_limit_is_not_kept(qapp) -> None:
    cache = PixmapLRU(100 * 100 * 4)
    cache.put("small", _pixmap(50, 50))
    assert not cache.put("huge", _pixmap(100, 101))
    assert "huge" not in cache
    assert list(cache.keys()) == ["small"]  # and it pushed nothing out
    assert cache.put("exact", _pixmap(100, 100))
    assert list(cache.keys()) == ["exact"]
    with pytest.raises(ValueError, match="negative"):
        PixmapLRU(-1)


def test_a_page_larger_than_the_limit_is_shown_but_not_kept(
    qapp, pdf_doc: Document, pdf_bytes: bytes
) -> None:
    cache = _open(pdf_doc, pdf_bytes, limit=1 * MB)  # a page at 300 % is ~18 MB
    pixmap = cache.pixmap(0, 3.0, 1.0)
    assert pixmap.width() >= 1786
    assert pixmap.height() >= 2526
    assert not cache.has(0, 3.0, 1.0)
    assert cache.bytes == 0
    assert cache.rendered == {1}


def test_zoom_and_pixel_ratio_are_part_of_the_key(
    qapp, pdf_doc: Document, pdf_bytes: bytes
) -> None:
    cache = _open(pdf_doc, pdf_bytes)
    small = cache.pixmap(2, 1.0, 1.0)
    assert cache.has(2, 1.0, 1.0)
    assert not cache.has(2, 2.0, 1.0)
    large = cache.pixmap(2, 2.0, 1.0)
    assert large.width() >= 2 * small.width() - 1
    assert cache.pixmap(2, 1.0, 1.0) is not large
    # The same pixels at another device pixel ratio are another entry: drawn at their ratio.
    sharp = cache.pixmap(2, 1.0, 2.0)
    assert (sharp.devicePixelRatio(), large.devicePixelRatio()) == (2.0, 1.0)
    assert all(cache.has(2, zoom, dpr) for zoom, dpr in ((1.0, 2.0), (2.0, 1.0), (1.0, 1.0)))


def test_a_preview_is_the_sharpest_kept_rendering_and_not_kept_longer(
    qapp, pdf_doc: Document, pdf_bytes: bytes
) -> None:
    cache = _open(pdf_doc, pdf_bytes)
    assert cache.preview(2, 1.0) is None
    assert cache.kept(2, 1.0, 1.0) is None  # looking does not render
    assert cache.bytes == 0
    small, large = cache.pixmap(2, 1.0, 1.0), cache.pixmap(2, 2.0, 1.0)
    cache.pixmap(2, 1.5, 2.0)  # another device pixel ratio: not a preview at 1.0
    assert cache.preview(2, 1.0) is large
    assert cache.preview(3, 1.0) is None
    assert cache.kept(2, 1.0, 1.0) is small
    # Peeking leaves the order alone: the larger rendering is still the older one.
    lru = PixmapLRU(limit=3 * 4 * 10 * 10)
    for key in "abc":
        lru.put(key, _pixmap(10, 10))
    assert lru.peek("a") is not None
    lru.put("d", _pixmap(10, 10))
    assert list(lru.keys()) == ["b", "c", "d"]


def test_the_default_limit_holds_browsing_at_300_percent(
    qapp, pdf_doc: Document, pdf_bytes: bytes
) -> None:
    cache = _open(pdf_doc, pdf_bytes)
    assert 200 * MB <= cache.limit <= 300 * MB  # "~256 MB" (issue 13)
    pages = max(line.page for line in pdf_doc.lines)
    for page in range(pages):
        cache.pixmap(page, 3.0, 1.0)
        assert cache.bytes <= cache.limit
    kept = [page for page in range(pages) if cache.has(page, 3.0, 1.0)]
    assert 10 <= len(kept) < pages  # ~18 MB a page: the last dozen or so
    assert kept == list(range(pages - len(kept), pages))
    assert cache.bytes > cache.limit - 2 * cache.estimate(0, 3.0)
    assert all(cache.estimate(page, 3.0) >= 1786 * 2526 * 4 for page in kept)


def test_read_ahead_plans_only_what_fits(qapp, pdf_doc: Document, pdf_bytes: bytes) -> None:
    one = _open(pdf_doc, pdf_bytes).estimate(0, 1.0)
    cache = _open(pdf_doc, pdf_bytes, limit=3 * one)
    assert cache.to_read(range(4, 5), [5, 3, 6, 7], 1.0, 1.0) == [5, 3]
    assert cache.to_read(range(4, 6), [6, 3, 7], 1.0, 1.0) == [6]
    assert cache.to_read(range(0, 1), [-1, 40, 1], 1.0, 1.0) == [1]  # no such pages
    for page in (4, 5):
        cache.pixmap(page, 1.0, 1.0)
    assert cache.to_read(range(4, 5), [5, 3, 6], 1.0, 1.0) == [3]  # 5 is kept already
    cache.pixmap(3, 1.0, 1.0)
    assert cache.to_read(range(4, 5), [5, 3, 6], 1.0, 1.0) == []
    assert all(cache.has(page, 1.0, 1.0) for page in (3, 4, 5))


def test_read_ahead_stops_when_the_cache_is_full(
    qtbot, monkeypatch: pytest.MonkeyPatch, pdf_doc: Document, pdf_bytes: bytes
) -> None:
    """A cache with room for about two pages: the view reads one ahead, keeps the visible
    one, and then idles instead of rendering the same pages over and over."""
    monkeypatch.setattr(page_cache, "LIMIT", 20 * MB)
    view = PageView()
    qtbot.addWidget(view)
    view.resize(900, 500)
    view.set_document(pdf_doc, pdf_bytes)
    view.set_zoom(2.0)  # ~8 MB a page: one visible, one more fits
    view.show()
    qtbot.waitExposed(view)
    view.grab()
    view.read_ahead([20, 30])
    qtbot.waitUntil(lambda: not view._idle.timer.isActive(), timeout=3000)
    qtbot.wait(50)
    assert not view._idle.timer.isActive()
    assert view.rendered_pages() == [1, 20]
    assert view._pages.bytes <= 20 * MB
    assert view._pages.has(0, 2.0, view.devicePixelRatioF())
