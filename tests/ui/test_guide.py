"""Help → User guide (kkr_desk/ui/guide.py): the action is in the Help menu with no
shortcut of another action, and it finds the guide in the window's language — from the
source tree and from a frozen bundle. No browser is opened: the action is triggered only
where the guide is missing, which gives a message."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QAction

from kkr_desk.ui import guide, i18n
from kkr_desk.ui.main_window import MainWindow

pytestmark = pytest.mark.gui

REPO = Path(__file__).resolve().parents[2]
HELP = {"da": "&Hjælp", "en": "&Help"}
ENTRY = {"da": "&Brugervejledning", "en": "&User guide"}
FILE = {"da": "brugervejledning.md", "en": "user-guide.md"}


def help_menu_actions(window: MainWindow, language: str) -> list[QAction]:
    (menu,) = [a.menu() for a in window.menuBar().actions() if a.text() == HELP[language]]
    return menu.actions()


def test_the_help_menu_opens_the_guide(window: MainWindow, language: str) -> None:
    entries = {a.objectName(): a for a in help_menu_actions(window, language)}
    action = entries["guide"]
    assert action.text() == ENTRY[language]
    assert action.shortcut().isEmpty()  # F1 is the shortcut list's
    assert entries["shortcuts"].shortcut().toString() == "F1"


def test_the_guide_is_in_the_window_language(window: MainWindow, language: str) -> None:
    path = guide.guide_path(i18n.current())
    assert path == REPO / "docs" / FILE[language]
    assert path.is_file()


@pytest.mark.parametrize("language", ["da", "en", "de"])
def test_a_frozen_bundle_has_the_guides_in_docs(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, language: str
) -> None:
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    expected = "brugervejledning.md" if language == "da" else "user-guide.md"
    assert guide.guide_path(language) == tmp_path / "docs" / expected


def test_a_missing_guide_says_where_it_should_be(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path / "bundle"), raising=False)
    window.action_map["guide"].trigger()
    ((kind, title, text),) = window.messages  # type: ignore[attr-defined]
    assert (kind, title) == ("information", "User guide")
    assert text.endswith("\n" + str(tmp_path / "bundle" / "docs" / "user-guide.md"))
