"""Rendering the page view's pages, and the byte-bounded LRU cache of renderings.

A PDF meeting's pages are PyMuPDF renderings; a text-extraction meeting's pages are plain
paper with its lines set by ``TextPages``. Renderings are kept as pixmaps (converted to
the screen's format once, blitted as-is), keyed by (page, scale, device pixel ratio), in
a ``PixmapLRU``: at most ``LIMIT`` bytes of pixels (width × height × depth / 8), the least
recently used out first, a pixmap larger than the whole limit shown but never kept. A
count of pages would not do: one page at 500 % zoom is ~50 MB, at fit-width ~2 MB.

Read-ahead asks ``to_read`` which pages are worth rendering when idle: only those that fit
in the limit together with the visible ones, so that reading ahead never pushes out a
page it has just read or the page on screen (and does not spin rendering the same pages
over and over when few fit, at high zoom).
"""

from __future__ import annotations

import math
from collections import OrderedDict
from collections.abc import Hashable, Iterable, Iterator

import pymupdf
from PySide6.QtGui import QImage, QPixmap

from kkr_desk.domain.document import BBox, Document
from kkr_desk.ui.text_pages import TextPages

LIMIT = 256 * 1024 * 1024  # bytes of pixels kept; read when a PageCache is made
SCREEN_DEPTH = 32  # bits per pixel of a screen pixmap, for estimates before rendering


def pixmap_bytes(pixmap: QPixmap) -> int:
    """The bytes of ``pixmap``'s pixels."""
    return pixmap.width() * pixmap.height() * pixmap.depth() // 8


class PixmapLRU:
    """Pixmaps by key, together at most ``limit`` bytes; least recently used out first."""

    def __init__(self, limit: int) -> None:
        if limit < 0:
            raise ValueError(f"negative cache limit {limit}")
        self.limit = limit
        self.bytes = 0  # held now
        self._items: OrderedDict[Hashable, tuple[QPixmap, int]] = OrderedDict()

    def __contains__(self, key: Hashable) -> bool:
        return key in self._items

    def __len__(self) -> int:
        return len(self._items)

    def keys(self) -> Iterator[Hashable]:
        """The keys, least recently used first."""
        return iter(self._items)

    def peek(self, key: Hashable) -> QPixmap | None:
        """The pixmap under ``key``, or None; its place in the order stays as it was."""
        entry = self._items.get(key)
        return None if entry is None else entry[0]

    def get(self, key: Hashable) -> QPixmap | None:
        """The pixmap under ``key`` (now the most recently used), or None."""
        entry = self._items.get(key)
        if entry is None:
            return None
        self._items.move_to_end(key)
        return entry[0]

    def put(self, key: Hashable, pixmap: QPixmap) -> bool:
        """Keep ``pixmap`` under ``key`` as the most recently used, pushing out the least
        recently used until it fits; one larger than the limit is not kept. Whether kept."""
        self.remove(key)
        size = pixmap_bytes(pixmap)
        if size > self.limit:
            return False
        while self.bytes + size > self.limit:
            _key, (_pixmap, old) = self._items.popitem(last=False)
            self.bytes -= old
        self._items[key] = (pixmap, size)
        self.bytes += size
        return True

    def remove(self, key: Hashable) -> None:
        entry = self._items.pop(key, None)
        if entry is not None:
            self.bytes -= entry[1]

    def clear(self) -> None:
        self._items.clear()
        self.bytes = 0


class PageCache:
    """A meeting's pages as images: rendered on request, the recent ones kept up to a
    limit in bytes (``LIMIT`` unless given)."""

    def __init__(self, limit: int | None = None) -> None:
        self._pdf: pymupdf.Document | None = None
        self._text: TextPages | None = None
        self._sizes: list[tuple[float, float]] = []  # points
        self._cache = PixmapLRU(LIMIT if limit is None else limit)
        self.rendered: set[int] = set()  # 1-based pages rendered since the document was set

    def open(
        self, doc: Document, pdf: bytes | None
    ) -> tuple[list[tuple[float, float]], list[BBox | None]]:
        """Render ``doc``'s pages from now on (from ``pdf`` when there is one, else as
        text pages); return the page sizes and the lines' boxes, in points."""
        self.close()
        if pdf is not None:
            self._pdf = pymupdf.open(stream=pdf, filetype="pdf")
            sizes = [(page.rect.width, page.rect.height) for page in self._pdf.pages()]
            boxes = [line.bbox for line in doc.lines]
        else:
            pages = max([doc.meeting.pages, *(line.page for line in doc.lines)])
            self._text = TextPages(doc, pages)
            sizes, boxes = self._text.sizes, self._text.boxes
        self._sizes = sizes
        return sizes, boxes

    def close(self) -> None:
        """Forget the document and every rendering."""
        if self._pdf is not None:
            self._pdf.close()
        self._pdf, self._text, self._sizes = None, None, []
        self._cache.clear()
        self.rendered.clear()

    @property
    def is_pdf(self) -> bool:
        return self._pdf is not None

    @property
    def limit(self) -> int:
        return self._cache.limit

    @property
    def bytes(self) -> int:
        """Bytes of renderings kept now (never more than ``limit``)."""
        return self._cache.bytes

    def render(self, n: int, scale: float) -> QImage:
        """Page ``n`` (1-based) rendered at ``scale`` pixels per point."""
        if not 1 <= n <= len(self._sizes):
            raise IndexError(f"no page {n}")
        if self._text is not None:
            return self._text.render(n - 1, scale)
        assert self._pdf is not None
        pix = self._pdf[n - 1].get_pixmap(matrix=pymupdf.Matrix(scale, scale), alpha=False)
        image = QImage(pix.samples, pix.width, pix.height, pix.stride, QImage.Format.Format_RGB888)
        return image.copy()  # detach from the pixmap's buffer

    def has(self, page: int, zoom: float, dpr: float) -> bool:
        return (page, zoom * dpr, dpr) in self._cache

    def kept(self, page: int, zoom: float, dpr: float) -> QPixmap | None:
        """Page ``page`` (0-based) at ``zoom`` if it is kept (now the most recently used),
        else None: nothing is rendered."""
        return self._cache.get((page, zoom * dpr, dpr))

    def preview(self, page: int, dpr: float) -> QPixmap | None:
        """The sharpest kept rendering of page ``page`` (0-based) at any zoom, to show
        scaled while the page is rendered at the zoom wanted; None when there is none.
        Looking does not keep it longer."""
        keys: Iterable[Hashable] = self._cache.keys()  # (page, scale, ratio), as pixmap() keeps
        scales = [k[1] for k in keys if isinstance(k, tuple) and k[0] == page and k[2] == dpr]
        return self._cache.peek((page, max(scales), dpr)) if scales else None

    def pixmap(self, page: int, zoom: float, dpr: float) -> QPixmap:
        """Page ``page`` (0-based) at ``zoom`` on a screen of device pixel ratio ``dpr``,
        from the cache or rendered now (and kept, if it fits in the limit)."""
        scale = zoom * dpr
        key = (page, scale, dpr)  # the same pixels at another ratio would be drawn wrong
        image = self._cache.get(key)
        if image is None:
            image = QPixmap.fromImage(self.render(page + 1, scale))
            image.setDevicePixelRatio(dpr)
            self._cache.put(key, image)
            self.rendered.add(page + 1)
        return image

    def estimate(self, page: int, scale: float) -> int:
        """Bytes of page ``page`` (0-based) rendered at ``scale`` pixels per point, a
        little over rather than under (PyMuPDF rounds the page's pixel box outwards)."""
        width, height = self._sizes[page]
        pixels = math.ceil(width * scale + 1) * math.ceil(height * scale + 1)
        return pixels * SCREEN_DEPTH // 8

    def to_read(
        self, visible: Iterable[int], pages: Iterable[int], zoom: float, dpr: float
    ) -> list[int]:
        """Of ``pages`` (0-based, in order of preference), those to render ahead while
        ``visible`` are on screen: existing, not kept yet, and fitting in the limit
        together with the visible pages and the pages before them."""
        scale = zoom * dpr
        count = len(self._sizes)
        shown = {page for page in visible if 0 <= page < count}
        budget = self.limit - sum(self.estimate(page, scale) for page in shown)
        out: list[int] = []
        for page in dict.fromkeys(pages):
            if not 0 <= page < count or page in shown:
                continue
            budget -= self.estimate(page, scale)
            if budget < 0:
                break
            if (page, scale, dpr) not in self._cache:
                out.append(page)
        return out
