"""Help → User guide: opens the user guide in the clerk's language with the desktop's own
viewer (``QDesktopServices.openUrl``).

The guides are ``docs/brugervejledning.md`` (Danish) and ``docs/user-guide.md`` (English):
in the repository's ``docs/`` when run from source, under ``docs/`` of the bundle when
frozen (PyInstaller's ``sys._MEIPASS``; packaging/kkr-desk.spec bundles the folder). The
Danish guide when the window is in Danish, else the English one. When the file is not
there, a message says where it should be.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QWidget

from kkr_desk.ui import i18n, msgbox

GUIDES = {"da": "brugervejledning.md", "en": "user-guide.md"}
_PACKAGE = Path(__file__).resolve().parent.parent  # kkr_desk/


def docs_dir() -> Path:
    """The folder the guides are in: the frozen bundle's ``docs``, else the source tree's."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "docs"
    return _PACKAGE.parent / "docs"


def guide_path(language: str) -> Path:
    """The guide for ``language`` ("da" or "en"; any other language gets the English)."""
    return docs_dir() / GUIDES.get(language, GUIDES["en"])


def open_guide(parent: QWidget | None) -> bool:
    """Open the guide for the interface language now; says so in a message when the
    file is missing or no program could open it. Returns whether it was opened."""
    path = guide_path(i18n.current())
    title = QCoreApplication.translate("Guide", "User guide")
    if not path.is_file():
        text = QCoreApplication.translate(
            "Guide", "The user guide is not installed. It should be here:\n{0}"
        )
        msgbox.information(parent, title, text.format(path))
        return False
    if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
        text = QCoreApplication.translate(
            "Guide", "No program could open the user guide. You can open it yourself:\n{0}"
        )
        msgbox.information(parent, title, text.format(path))
        return False
    return True
