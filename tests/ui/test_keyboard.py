"""Keyboard-first review on the real window, driven by key presses: next/previous item,
Space that marks reviewed and moves on (a setting), the context menu from Shift+F10 and
the Menu key, the platform's redo keys, focus in the tree at the start, the meeting list
opening what the keys move to; and no two mnemonics (&-letters) clash in the menu bar
with the window's fields, in one menu, or in one dialog, in English and in Danish."""

from __future__ import annotations

import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings, Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QGroupBox,
    QLabel,
    QMenu,
    QTabBar,
    QWidget,
)

from kkr_desk.domain import edits
from kkr_desk.parse import parse_file
from kkr_desk.store.archive import Archive
from kkr_desk.ui import action_table, actions
from kkr_desk.ui.main_window import MainWindow
from tests.ui.windows import item

pytestmark = pytest.mark.gui
CTRL, ALT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.AltModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
AGENDA = "kkr-nordjylland-2020-06-19-dagsorden.pdf"
# What the offscreen platform cannot do for a popup menu; said by Qt, not by the window.
EVERY_ITEM_REVIEWED = {"en": "Every item is reviewed.", "da": "Alle punkter er gennemgået."}
POPUP = pytest.mark.qt_log_ignore(r"This plugin does not support (raise|grabbing the keyboard)")


def _ready(qtbot, win: MainWindow, focus: QWidget | None = None) -> QWidget:
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow)
    focus = focus or win.tree
    focus.setFocus()
    qtbot.waitUntil(focus.hasFocus)
    return focus


def _selected(win: MainWindow) -> str | None:
    node = win.selected_node()
    return None if node is None else f"{node.kind.value} {node.number or node.heading}"


def _popup(qtbot, press: Callable[[], None]) -> list[str] | None:
    """The object names of the actions of the menu ``press`` opens (then closed), or
    None when it opens none."""
    seen: list[list[str]] = []
    done = False

    def look() -> None:
        popup = QApplication.activePopupWidget()
        if isinstance(popup, QMenu):
            seen.append([a.objectName() for a in popup.actions() if not a.isSeparator()])
            popup.close()
        elif not done:
            QTimer.singleShot(10, look)

    QTimer.singleShot(0, look)
    press()
    qtbot.wait(50)
    done = True
    return seen[0] if seen else None


# -- focus, next and previous item ------------------------------------------------------------
def test_focus_starts_in_the_tree(qtbot, language: str, window: MainWindow) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.tree)


def test_next_and_previous_item_skip_parts_and_sections(
    qtbot, language: str, window: MainWindow
) -> None:
    tree = _ready(qtbot, window)
    qtbot.keyClick(tree, Qt.Key.Key_Down, CTRL)  # nothing selected: the first item
    assert _selected(window) == "item 1.1"
    qtbot.keyClick(tree, Qt.Key.Key_Down)  # a plain Down walks into the parts
    assert _selected(window) == "part Program"
    qtbot.keyClick(tree, Qt.Key.Key_Down, CTRL)
    assert _selected(window) == "item 1.2"
    window.select_node(item(window, "1.3").children[-1])  # the last part before section 2
    qtbot.keyClick(tree, Qt.Key.Key_Down, CTRL)
    assert _selected(window) == "item 2.1"  # the section row is skipped
    qtbot.keyClick(tree, Qt.Key.Key_Up, CTRL)
    assert _selected(window) == "item 1.3"
    window.select_node(item(window, "2.1").children[1])
    qtbot.keyClick(tree, Qt.Key.Key_Up, CTRL)  # from a part: its own item
    assert _selected(window) == "item 2.1"
    window.select_node(item(window, "6.1"))
    qtbot.keyClick(tree, Qt.Key.Key_Down, CTRL)  # the last item: nowhere to go
    assert _selected(window) == "item 6.1"


def test_next_item_skips_what_the_filter_hides(qtbot, window: MainWindow) -> None:
    window.edit.push(edits.SetReview(item(window, "1.2").id, "reviewed"), "test")
    window.edit.filter_unreviewed()
    window.select_node(item(window, "1.1"))
    tree = _ready(qtbot, window)
    qtbot.keyClick(tree, Qt.Key.Key_Down, CTRL)
    assert _selected(window) == "item 1.3"
    qtbot.keyClick(tree, Qt.Key.Key_Up, CTRL)
    assert _selected(window) == "item 1.1"


# -- Space --------------------------------------------------------------------------------
def test_space_marks_reviewed_and_moves_to_the_next_unreviewed(
    qtbot, language: str, window: MainWindow
) -> None:
    assert window.action_map["move_on"].isChecked()  # on by default
    window.edit.push(edits.SetReview(item(window, "1.3").id, "reviewed"), "test")
    window.select_node(item(window, "1.1"))
    tree = _ready(qtbot, window)
    qtbot.keyClick(tree, Qt.Key.Key_Space)
    assert item(window, "1.1").review == "reviewed"
    assert _selected(window) == "item 1.2"
    qtbot.keyClick(tree, Qt.Key.Key_Space)
    assert item(window, "1.2").review == "reviewed"
    assert _selected(window) == "item 2.1"  # 1.3 was reviewed already
    window.select_node(item(window, "2.1").children[2])  # a part: its item is marked
    qtbot.keyClick(tree, Qt.Key.Key_Space)
    assert item(window, "2.1").review == "reviewed"
    assert _selected(window) == "item 2.2"
    window.select_node(item(window, "1.1"))  # reviewed: Space takes it back, stays
    qtbot.keyClick(tree, Qt.Key.Key_Space)
    assert item(window, "1.1").review == "unreviewed"
    assert _selected(window) == "item 1.1"


def test_space_keeps_the_unreviewed_filter(qtbot, window: MainWindow) -> None:
    window.action_map["filter_unreviewed"].trigger()
    window.select_node(item(window, "2.4"))
    tree = _ready(qtbot, window)
    qtbot.keyClick(tree, Qt.Key.Key_Space)
    assert item(window, "2.4").review == "reviewed"
    assert window.filter.mode() == "unreviewed"
    assert _selected(window) == "item 2.5"


def test_the_last_unreviewed_item_says_so(qtbot, language: str, window: MainWindow) -> None:
    for other in list(window.session.doc.items())[1:]:
        window.edit.push(edits.SetReview(other.id, "reviewed"), "test")
    window.select_node(item(window, "1.1"))
    qtbot.keyClick(_ready(qtbot, window), Qt.Key.Key_Space)
    assert item(window, "1.1").review == "reviewed"
    assert _selected(window) == "item 1.1"
    assert window.statusBar().currentMessage() == EVERY_ITEM_REVIEWED[language]


def test_the_setting_turns_moving_on_off_and_is_kept(
    qtbot, window: MainWindow, archive: Archive
) -> None:
    window.action_map["move_on"].trigger()  # the Review menu's entry
    assert not window.action_map["move_on"].isChecked()
    window.select_node(item(window, "1.1"))
    qtbot.keyClick(_ready(qtbot, window), Qt.Key.Key_Space)
    assert item(window, "1.1").review == "reviewed"
    assert _selected(window) == "item 1.1"
    window.settings.sync()
    again = MainWindow(archive, QSettings(window.settings.fileName(), QSettings.Format.IniFormat))
    qtbot.addWidget(again)
    assert not again.action_map["move_on"].isChecked()


# -- redo, context menu -------------------------------------------------------------------------
def test_redo_is_the_platform_key_and_ctrl_shift_z(
    qtbot, language: str, window: MainWindow
) -> None:
    redo = window.action_map["redo"].shortcuts()
    for key in [*QKeySequence.keyBindings(QKeySequence.StandardKey.Redo), "Ctrl+Shift+Z"]:
        assert QKeySequence(key) in redo
    window.select_node(item(window, "1.1"))
    tree = _ready(qtbot, window)
    qtbot.keyClick(tree, Qt.Key.Key_1)  # the first decision tag
    tagged = item(window, "1.1").tags
    assert tagged
    for keys in (QKeySequence(QKeySequence.StandardKey.Redo), QKeySequence("Ctrl+Shift+Z")):
        qtbot.keyClick(tree, Qt.Key.Key_Z, CTRL)
        assert item(window, "1.1").tags != tagged
        combo = keys[0]
        qtbot.keyClick(tree, combo.key(), combo.keyboardModifiers())
        assert item(window, "1.1").tags == tagged, keys.toString()


def _names(groups: tuple[tuple[str, ...], ...]) -> list[str]:
    return [name for group in groups for name in group]


@POPUP
@pytest.mark.parametrize(
    "key", [(Qt.Key.Key_F10, SHIFT), (Qt.Key.Key_Menu, Qt.KeyboardModifier.NoModifier)]
)
def test_the_keys_open_the_context_menu(qtbot, language: str, window: MainWindow, key) -> None:
    node = item(window, "2.2")
    window.select_node(node)
    tree = _ready(qtbot, window)
    assert _popup(qtbot, lambda: qtbot.keyClick(tree, *key)) == _names(action_table.TREE_MENU)
    page = _ready(qtbot, window, window.page_view)
    assert _popup(qtbot, lambda: qtbot.keyClick(page, *key)) == _names(action_table.PAGE_MENU)
    assert window.current_line == node.first  # the menu's line commands act on it
    field = _ready(qtbot, window, window.panel.title)
    assert _popup(qtbot, lambda: qtbot.keyClick(field, *key))  # the text field's own menu


# -- the meeting list ---------------------------------------------------------------------
def test_moving_in_the_meeting_list_opens_the_meeting(
    qtbot, language: str, window: MainWindow, archive: Archive, corpus_dir: Path
) -> None:
    first = window.session.meeting_id
    path = corpus_dir / AGENDA
    other = archive.import_document(parse_file(path), path.read_bytes())
    window.refresh_meetings()
    meetings = window.meetings
    down = meetings.row_of(other) > meetings.row_of(first)
    there, back = (Qt.Key.Key_Down, Qt.Key.Key_Up) if down else (Qt.Key.Key_Up, Qt.Key.Key_Down)
    listed = _ready(qtbot, window, window.meeting_list)
    start = time.perf_counter()
    qtbot.keyClick(listed, there)
    took = time.perf_counter() - start
    assert window.session.meeting_id == other
    assert listed.hasFocus()  # the clerk goes on moving
    qtbot.keyClick(listed, back)
    assert window.session.meeting_id == first
    print(f"a meeting opened from the list in {took * 1000:.0f} ms")
    window.close_meeting()
    window.refresh_meetings()  # the list is reset: no current row
    window.tree.setFocus()
    listed.setFocus()  # Qt gives the list a current row as it takes the focus
    qtbot.waitUntil(lambda: listed.currentIndex().isValid())
    assert window.session is None  # not moved with a key: nothing opens


# -- mnemonics -------------------------------------------------------------------------------
@pytest.fixture
def language_window(language: str, window: MainWindow) -> tuple[MainWindow, str]:
    return window, language


def _mnemonic_texts(root: QWidget) -> list[str]:
    """The texts in ``root``'s own window that carry an Alt+letter: labels with a buddy,
    buttons, group boxes, tabs."""
    texts = []
    for widget in root.findChildren(QWidget):
        if widget.window() is not root:
            continue
        labelled = isinstance(widget, QLabel) and widget.buddy() is not None
        if labelled or isinstance(widget, QAbstractButton):
            texts.append(widget.text())
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QTabBar):
            texts += [widget.tabText(i) for i in range(widget.count())]
    return texts


def _menu_texts(menu: QMenu, into: dict[str, list[str]]) -> None:
    into[menu.title() or menu.objectName()] = [a.text() for a in menu.actions()]
    for action in menu.actions():
        if action.menu() is not None:
            _menu_texts(action.menu(), into)


def _dialog_texts(qtbot, press: Callable[[], object]) -> list[str]:
    seen: list[list[str]] = []
    done = False

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is not None:
            seen.append(_mnemonic_texts(dialog))
            dialog.close()
        elif not done:
            QTimer.singleShot(10, look)

    QTimer.singleShot(0, look)
    press()
    done = True
    assert seen, "no dialog opened"
    return seen[0]


def _clashes(containers: dict[str, list[str]]) -> dict[str, dict[str, list[str]]]:
    found = {}
    for name, texts in containers.items():
        letters = defaultdict(list)
        for text in texts:
            if not (key := QKeySequence.mnemonic(text)).isEmpty():
                letters[key.toString()].append(text)
        if clash := {k: v for k, v in letters.items() if len(v) > 1}:
            found[name] = clash
    return found


@POPUP
def test_no_mnemonic_clashes(qtbot, language_window: tuple[MainWindow, str]) -> None:
    win, language = language_window
    win.select_node(item(win, "2.2"))  # the item panel filled and enabled
    bar = [a.text() for a in win.menuBar().actions()]
    containers = {"the window: menu bar and fields": bar + _mnemonic_texts(win)}
    for action in win.menuBar().actions():
        _menu_texts(action.menu(), containers)
    for name, groups in (("tree menu", action_table.TREE_MENU), ("page", action_table.PAGE_MENU)):
        containers[name] = [
            a.text() for a in actions.context_menu(win, win.action_map, groups).actions()
        ]
    containers["export"] = _dialog_texts(qtbot, win.action_map["export"].trigger)
    containers["trash"] = _dialog_texts(qtbot, win.action_map["trash"].trigger)
    win.current_line = item(win, "2.2").first
    containers["correct line"] = _dialog_texts(qtbot, win.action_map["correct_line"].trigger)
    file_menu = QCoreApplication.translate("actions", "&File")
    assert bar[0] == file_menu
    assert (file_menu == "&Filer") == (language == "da")  # the language installed
    assert _clashes(containers) == {}


def _menu_on_alt(qtbot, win: MainWindow, key: Qt.Key) -> str:
    qtbot.keyClick(_ready(qtbot, win), key, ALT)
    qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu))
    popup = QApplication.activePopupWidget()
    title = popup.title()
    popup.close()
    return title


@POPUP
def test_alt_letters_open_menus_and_fields(qtbot, language_window: tuple[MainWindow, str]) -> None:
    win, language = language_window
    danish = language == "da"
    win.select_node(item(win, "2.2"))
    decision = QCoreApplication.translate("actions", "&Decision")
    help_menu = QCoreApplication.translate("actions", "&Help")
    assert _menu_on_alt(qtbot, win, Qt.Key.Key_B if danish else Qt.Key.Key_D) == decision
    assert _menu_on_alt(qtbot, win, Qt.Key.Key_H) == help_menu
    qtbot.keyClick(_ready(qtbot, win), Qt.Key.Key_A, ALT)
    qtbot.waitUntil(win.panel.handlers.hasFocus)
