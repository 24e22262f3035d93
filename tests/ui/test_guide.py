"""Help → User guide (kkr_desk/ui/guide.py): the action is in the Help menu with no
shortcut of another action, and it finds the guide in the window's language — from the
source tree and from a frozen bundle; that the guide opens in a window of its own, with
its pictures fitted to the text, its contents and a find field; and that a missing guide
gives a message."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAction, QImageReader

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


# -- the guide's own window -------------------------------------------------------------

PICTURE = re.compile(r"!\[[^\]]*\]\(([^)]+)\)")


def guide_window(window: MainWindow, qtbot) -> guide.GuideWindow:
    """Help → User guide triggered; its window, pictures fitted."""
    window.action_map["guide"].trigger()
    shown = window.findChild(guide.GuideWindow, "guide")
    assert shown is not None
    qtbot.waitExposed(shown)
    qtbot.waitUntil(lambda: not shown.browser._fit_later.isActive())
    return shown


def markdown_headings(path: Path) -> list[str]:
    """The ``##`` and ``###`` headings of a guide, read from the file (outside code)."""
    out, code = [], False
    for line in path.read_text(encoding="utf-8").splitlines():
        code ^= line.startswith("```")
        if not code and re.match(r"#{2,3} ", line):
            out.append(line.lstrip("#").strip())
    return out


def test_the_guide_opens_in_a_window_of_its_own(window: MainWindow, qtbot, language: str) -> None:
    shown = guide_window(window, qtbot)
    path = REPO / "docs" / FILE[language]
    title = path.read_text(encoding="utf-8").splitlines()[0].lstrip("# ")
    assert guide.headings(shown.browser.document())[0][:2] == (1, title)
    entries = [shown.contents.item(i).text().strip() for i in range(shown.contents.count())]
    assert entries == markdown_headings(path)
    assert window.messages == []  # type: ignore[attr-defined]


def test_asking_again_brings_the_same_window_and_esc_closes_it(window: MainWindow, qtbot) -> None:
    shown = guide_window(window, qtbot)
    assert guide_window(window, qtbot) is shown
    qtbot.keyClick(shown.find_field, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not shown.isVisible())


def test_every_picture_is_shown_within_the_text_width(window: MainWindow, qtbot) -> None:
    shown = guide_window(window, qtbot)
    path = REPO / "docs" / FILE["en"]
    referenced = [path.parent / name for name in PICTURE.findall(path.read_text())]
    assert shown.browser.image_paths() == referenced
    for width in (1000, 700):
        shown.resize(width, 700)
        qtbot.waitUntil(lambda: not shown.browser._fit_later.isActive())
        room = shown.browser.viewport().width()
        document = shown.browser.document()
        pictures = list(guide._pictures(document))
        assert len(pictures) == len(referenced)
        for position, _, image in pictures:
            natural = QImageReader(str(shown.browser._picture(image))).size()
            assert 0 < image.width() <= min(room, natural.width())
            assert image.height() == pytest.approx(
                natural.height() * image.width() / natural.width()
            )
            # the text after a picture is laid out, not left blank
            assert document.findBlock(position).next().layout().lineCount() > 0


def test_choosing_a_heading_scrolls_it_to_the_top_and_the_contents_follow(
    window: MainWindow, qtbot
) -> None:
    shown = guide_window(window, qtbot)
    contents = shown.contents
    (row,) = [i for i in range(contents.count()) if contents.item(i).text() == "Search"]
    contents.setCurrentRow(0)
    contents.setFocus()
    contents.setCurrentRow(row)
    qtbot.keyClick(contents, Qt.Key.Key_Return)  # activates the current entry
    top = shown.browser.cursorForPosition(QPoint(8, 4)).block()
    assert top.text() == "Search"
    assert top.blockFormat().headingLevel() == 2
    shown.browser.verticalScrollBar().setValue(0)
    assert contents.currentRow() == -1  # above the first section: the title
    shown.scroll_to(int(contents.item(row + 1).data(Qt.ItemDataRole.UserRole)))
    assert contents.currentRow() == row + 1


def test_find_selects_the_next_match_and_starts_again_at_the_top(window: MainWindow, qtbot) -> None:
    shown = guide_window(window, qtbot)
    qtbot.keyClick(shown, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert shown.find_field.hasFocus()
    qtbot.keyClicks(shown.find_field, "postgresql")
    text = shown.browser.toPlainText().casefold()
    expected = [m.start() for m in re.finditer("postgresql", text)]
    assert len(expected) >= 3
    seen = []
    for _ in range(len(expected) + 1):
        qtbot.keyClick(shown.find_field, Qt.Key.Key_Return)
        cursor = shown.browser.textCursor()
        assert cursor.selectedText().casefold() == "postgresql"
        seen.append(cursor.selectionStart())
        rect, height = shown.browser.cursorRect(), shown.browser.viewport().height()
        assert height // 6 <= rect.top()
        assert rect.bottom() <= height * 5 // 6
        assert shown.isVisible()  # Enter finds; it does not press Close
    assert seen == [*expected, expected[0]]  # after the last: the first again
    assert shown.not_found.isHidden()
    shown.find_field.setText("zzqxv")
    qtbot.keyClick(shown.find_field, Qt.Key.Key_Return)
    assert shown.not_found.isVisible()


def test_a_missing_picture_leaves_the_rest_of_the_guide(
    window: MainWindow, qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    docs = tmp_path / "bundle" / "docs"
    (docs / "screenshots").mkdir(parents=True)
    source = REPO / "docs" / "screenshots" / "welcome-1280x720.png"
    (docs / "screenshots" / "here.png").write_bytes(source.read_bytes())
    (docs / "user-guide.md").write_text(
        "# Guide\n\n## One\n\n![gone](screenshots/gone.png)\n\nAfter the gone one.\n\n"
        "## Two\n\n![here](screenshots/here.png)\n\nAfter the one that is here.\n"
    )
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path / "bundle"), raising=False)
    shown = guide_window(window, qtbot)
    assert [p.name for p in shown.browser.image_paths()] == ["gone.png", "here.png"]
    text = shown.browser.toPlainText()
    assert "After the gone one." in text
    assert "After the one that is here." in text
    assert [shown.contents.item(i).text() for i in range(2)] == ["One", "Two"]
