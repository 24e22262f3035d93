"""Window sizes that fit the screen they open on."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QWidget


def resize_within_screen(window: QWidget, near: QWidget | None, width: int, height: int) -> None:
    """Resize ``window`` to ``width`` × ``height``, or to 9/10 of the width and 8/10 of the
    height of the screen ``near`` (else ``window``) is on, where that is smaller."""
    screen = ((near or window).screen() or QApplication.primaryScreen()).availableGeometry()
    window.resize(min(width, screen.width() * 9 // 10), min(height, screen.height() * 8 // 10))
