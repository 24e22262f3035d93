"""Start the Qt application."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication

from kkr_desk.parse import parse_file
from kkr_desk.ui.main_window import MainWindow

HEADLESS_HINT = (
    "kkr-desk: no display found. The window needs a desktop session; on a headless "
    "machine use 'kkr-desk parse FILE', or set QT_QPA_PLATFORM=offscreen."
)


def has_display() -> bool:
    if sys.platform != "linux" or os.environ.get("QT_QPA_PLATFORM"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def run(file: Path) -> int:
    """Open the window on ``file``; returns the process exit code."""
    if not has_display():
        print(HEADLESS_HINT, file=sys.stderr)
        return 2
    doc = parse_file(file)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("KKR Desk")
    window = MainWindow(doc)
    window.show()
    return app.exec()
