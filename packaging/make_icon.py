"""Draw the application icon (run once; the PNG/ICO files are committed in resources/icons).

QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/make_icon.py
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QImage, QPainter, QPainterPath

ICONS = Path(__file__).resolve().parents[1] / "resources" / "icons"


def draw(size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    margin = size * 0.06
    page = QPainterPath()
    page.addRoundedRect(
        QRectF(margin, margin, size - 2 * margin, size - 2 * margin), size * 0.12, size * 0.12
    )
    painter.fillPath(page, QColor("#12355b"))
    line = size * 0.075
    for row in range(4):  # text lines, the second one highlighted
        y = size * (0.52 + row * 0.1)
        color = QColor("#ffc400") if row == 1 else QColor("#dfe7f2")
        painter.fillRect(QRectF(size * 0.2, y, size * (0.6 - 0.1 * (row % 2)), line), color)
    font = QFont("DejaVu Sans", max(6, int(size * 0.2)))
    font.setBold(True)
    painter.setFont(font)
    painter.setPen(QColor("white"))
    painter.drawText(QRectF(0, size * 0.14, size, size * 0.3), Qt.AlignmentFlag.AlignCenter, "KKR")
    painter.end()
    return image


def main() -> None:
    QGuiApplication([])
    ICONS.mkdir(parents=True, exist_ok=True)
    draw(256).save(str(ICONS / "kkr-desk.png"))
    draw(48).save(str(ICONS / "kkr-desk-48.png"))
    draw(256).save(str(ICONS / "kkr-desk.ico"))


if __name__ == "__main__":
    main()
