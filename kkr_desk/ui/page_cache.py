"""Rendering the page view's pages, and the small LRU cache of renderings.

A PDF meeting's pages are PyMuPDF renderings; a text-extraction meeting's pages are plain
paper with its lines set by ``TextPages``. Renderings are kept as pixmaps (converted to
the screen's format once, blitted as-is), keyed by (page, scale).
"""

from __future__ import annotations

from collections import OrderedDict

import pymupdf
from PySide6.QtGui import QImage, QPixmap

from kkr_desk.domain.document import BBox, Document
from kkr_desk.ui.text_pages import TextPages

CACHE_SIZE = 12  # rendered pages kept


class PageCache:
    """A meeting's pages as images: rendered on request, the last few kept."""

    def __init__(self) -> None:
        self._pdf: pymupdf.Document | None = None
        self._text: TextPages | None = None
        self._pages = 0
        self._cache: OrderedDict[tuple[int, float], QPixmap] = OrderedDict()
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
        self._pages = len(sizes)
        return sizes, boxes

    def close(self) -> None:
        """Forget the document and every rendering."""
        if self._pdf is not None:
            self._pdf.close()
        self._pdf, self._text, self._pages = None, None, 0
        self._cache.clear()
        self.rendered.clear()

    @property
    def is_pdf(self) -> bool:
        return self._pdf is not None

    def render(self, n: int, scale: float) -> QImage:
        """Page ``n`` (1-based) rendered at ``scale`` pixels per point."""
        if not 1 <= n <= self._pages:
            raise IndexError(f"no page {n}")
        if self._text is not None:
            return self._text.render(n - 1, scale)
        assert self._pdf is not None
        pix = self._pdf[n - 1].get_pixmap(matrix=pymupdf.Matrix(scale, scale), alpha=False)
        image = QImage(pix.samples, pix.width, pix.height, pix.stride, QImage.Format.Format_RGB888)
        return image.copy()  # detach from the pixmap's buffer

    def drop(self) -> None:
        """Forget the renderings (the zoom changed); ``rendered`` keeps its pages."""
        self._cache.clear()

    def has(self, page: int, zoom: float, dpr: float) -> bool:
        return (page, zoom * dpr) in self._cache

    def pixmap(self, page: int, zoom: float, dpr: float) -> QPixmap:
        """Page ``page`` (0-based) at ``zoom`` on a screen of device pixel ratio ``dpr``,
        from the cache or rendered now."""
        key = (page, zoom * dpr)
        image = self._cache.get(key)
        if image is None:
            image = QPixmap.fromImage(self.render(page + 1, key[1]))
            image.setDevicePixelRatio(dpr)
            self._cache[key] = image
            self.rendered.add(page + 1)
            while len(self._cache) > CACHE_SIZE:
                self._cache.popitem(last=False)
        else:
            self._cache.move_to_end(key)
        return image
