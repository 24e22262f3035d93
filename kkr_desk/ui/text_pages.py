"""Pages for a text-extraction meeting: its lines laid out on plain A4 paper at a fixed
pitch, with a box per line, so the page view highlights and hit-tests them as it does PDF
lines. The document's lines are not changed."""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QFont, QFontDatabase, QFontMetricsF, QImage, QPainter

from kkr_desk.domain.document import BBox, Document

A4 = (595.28, 841.89)
TEXT_MARGIN, TEXT_SIZE, TEXT_PITCH = 56.0, 10.0, 14.0  # text pages, in points
DPM_72 = 2835  # dots per metre at 72 dpi: on such an image a point is a pixel
TEXT_INK, FURNITURE_INK = QColor(0x20, 0x20, 0x20), QColor(0x80, 0x80, 0x80)


def _points_image(width: int, height: int) -> QImage:
    """An image at 72 dpi, so that a font's point size is its pixel size there."""
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.setDotsPerMeterX(DPM_72)
    image.setDotsPerMeterY(DPM_72)
    return image


class TextPages:
    """Plain-paper pages for a text extraction: one row per line, a fixed pitch."""

    def __init__(self, doc: Document, pages: int) -> None:
        self.font = QFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont))
        self.font.setPointSizeF(TEXT_SIZE)
        self.font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
        metrics = QFontMetricsF(self.font, _points_image(1, 1))
        width = A4[0] - 2 * TEXT_MARGIN
        self.boxes: list[BBox | None] = [None] * len(doc.lines)
        self.sizes = [A4] * pages
        # page (0-based) -> (line index, text as shown, baseline y, furniture)
        self.rows: list[list[tuple[int, str, float, bool]]] = [[] for _ in range(pages)]
        y = [TEXT_MARGIN] * pages
        for line in doc.lines:
            p = line.page - 1
            if not 0 <= p < pages:
                continue
            if line.gap_before and self.rows[p]:
                y[p] += TEXT_PITCH / 2
            text = metrics.elidedText(line.text, Qt.TextElideMode.ElideRight, width)
            advance = max(4.0, min(width, metrics.horizontalAdvance(text)))
            top = y[p]
            self.boxes[line.index] = (
                TEXT_MARGIN,
                top,
                TEXT_MARGIN + advance,
                top + metrics.height(),
            )
            self.rows[p].append((line.index, text, top + metrics.ascent(), line.furniture))
            y[p] += TEXT_PITCH
        for p, bottom in enumerate(y):  # a page with more lines than A4 holds grows
            self.sizes[p] = (A4[0], max(A4[1], bottom + TEXT_MARGIN))

    def render(self, page: int, scale: float) -> QImage:
        w, h = self.sizes[page]
        size = (max(1, round(w * scale)), max(1, round(h * scale)))
        image = _points_image(*size)
        image.fill(Qt.GlobalColor.white)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        painter.scale(scale, scale)
        painter.setFont(self.font)
        for _index, text, baseline, furniture in self.rows[page]:
            painter.setPen(FURNITURE_INK if furniture else TEXT_INK)
            painter.drawText(QPointF(TEXT_MARGIN, baseline), text)
        painter.end()
        return image
