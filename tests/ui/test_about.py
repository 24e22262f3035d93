"""Help → About in the real window: the version, the AGPL with its no-warranty sentence and
where the source is, and the third-party notices (PyMuPDF, Qt, …) read-only; Esc closes."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel, QPlainTextEdit

from kkr_desk import __version__
from kkr_desk.app import notices
from kkr_desk.ui.main_window import MainWindow

pytestmark = pytest.mark.gui

WORDS = {
    "en": ("About KKR Desk", "WITHOUT ANY WARRANTY", "The source code of this program"),
    "da": ("Om KKR Desk", "UDEN NOGEN GARANTI", "Programmets kildekode"),
}


def open_about(qtbot, window: MainWindow) -> QDialog:
    window.action_map["about"].trigger()
    dialog = window.findChild(QDialog, "about")
    assert dialog is not None
    qtbot.waitExposed(dialog)
    return dialog


def test_the_about_action_shows_the_licence_and_the_notices(
    qtbot, language: str, window: MainWindow
) -> None:
    dialog = open_about(qtbot, window)
    title, warranty, source = WORDS[language]
    assert dialog.windowTitle() == title
    licence = dialog.findChild(QLabel, "licence").text()
    assert f"KKR Desk {__version__}" in licence
    assert "AGPL-3.0-or-later" in licence
    assert warranty in licence
    assert source in licence
    assert notices.source_url() in licence
    view = dialog.findChild(QPlainTextEdit, "notices")
    assert view.isReadOnly()
    shown = view.toPlainText()
    assert "GNU AFFERO GENERAL PUBLIC LICENSE" in shown
    assert "PyMuPDF" in shown
    assert "pymupdf" in shown  # the distribution with its version line
    assert "Qt" in shown
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in shown
    assert "SQLAlchemy" in shown
    assert shown == notices.text()


def test_escape_closes_the_about_dialog(qtbot, window: MainWindow) -> None:
    dialog = open_about(qtbot, window)
    view = dialog.findChild(QPlainTextEdit, "notices")
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.findChild(QDialog, "about") is None or not dialog.isVisible())
    assert window.findChild(QDialog, "about") is None or not dialog.isVisible()


def test_the_about_entry_is_in_the_help_menu(window: MainWindow) -> None:
    action = window.action_map["about"]
    menus = [a.menu() for a in window.menuBar().actions() if a.menu() is not None]
    assert any(action in menu.actions() for menu in menus)
