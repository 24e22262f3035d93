"""The window's actions and menus, declared in one table: text, shortcut, handler.

Help → Keyboard shortcuts is generated from the same table, so it lists them all.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu


def _t(text: str) -> str:
    return QCoreApplication.translate("actions", text)


@dataclass(frozen=True)
class Spec:
    name: str
    menu: str
    text: str  # English source; translated when the action is built
    shortcut: str = ""
    handler: str = ""  # MainWindow method name
    checkable: bool = False


MENUS = ("&File", "&Edit", "&Decision", "&Review", "&View", "&Help")

SPECS = [
    Spec(
        "open",
        "&File",
        QT_TRANSLATE_NOOP("actions", "&Open PDF or text file…"),
        "Ctrl+O",
        "open_files",
    ),
    Spec("export", "&File", QT_TRANSLATE_NOOP("actions", "&Export…"), "Ctrl+E", "export_dialog"),
    # Del only in the meeting list (the window sets a widget shortcut context).
    Spec(
        "delete",
        "&File",
        QT_TRANSLATE_NOOP("actions", "&Delete meeting…"),
        "Del",
        "delete_meeting",
    ),
    Spec("trash", "&File", QT_TRANSLATE_NOOP("actions", "&Trash…"), "", "show_trash"),
    Spec("quit", "&File", QT_TRANSLATE_NOOP("actions", "&Quit"), "Ctrl+Q", "close"),
    Spec("undo", "&Edit", QT_TRANSLATE_NOOP("actions", "&Undo"), "Ctrl+Z"),
    Spec("redo", "&Edit", QT_TRANSLATE_NOOP("actions", "&Redo"), "Ctrl+Shift+Z"),
    Spec(
        "split_part",
        "&Edit",
        QT_TRANSLATE_NOOP("actions", "Split the &part at the clicked line"),
        "Ctrl+T",
        "split_part",
    ),
    Spec(
        "split_item",
        "&Edit",
        QT_TRANSLATE_NOOP("actions", "Split the &item at the clicked line"),
        "Ctrl+Shift+T",
        "split_item",
    ),
    Spec(
        "merge",
        "&Edit",
        QT_TRANSLATE_NOOP("actions", "&Merge with the previous"),
        "Ctrl+M",
        "merge",
    ),
    Spec(
        "demote_text",
        "&Edit",
        QT_TRANSLATE_NOOP("actions", "Make the heading &body text"),
        "Ctrl+Shift+M",
        "merge",
    ),
    Spec(
        "move_up",
        "&Edit",
        QT_TRANSLATE_NOOP("actions", "Move the start one line &up"),
        "Alt+Up",
        "move_up",
    ),
    Spec(
        "move_down",
        "&Edit",
        QT_TRANSLATE_NOOP("actions", "Move the start one line &down"),
        "Alt+Down",
        "move_down",
    ),
    Spec(
        "make_section",
        "&Edit",
        QT_TRANSLATE_NOOP("actions", "Make the line a &section heading"),
        "Ctrl+Alt+1",
        "make_section",
    ),
    Spec(
        "make_item",
        "&Edit",
        QT_TRANSLATE_NOOP("actions", "Make the line an item &heading"),
        "Ctrl+Alt+2",
        "make_item",
    ),
    Spec(
        "make_part",
        "&Edit",
        QT_TRANSLATE_NOOP("actions", "Make the line a part heading"),
        "Ctrl+Alt+3",
        "make_part",
    ),
    Spec(
        "level_up",
        "&Edit",
        QT_TRANSLATE_NOOP("actions", "Pro&mote the heading one level"),
        "Ctrl+Shift+Up",
        "level_up",
    ),
    Spec(
        "level_down",
        "&Edit",
        QT_TRANSLATE_NOOP("actions", "De&mote the heading one level"),
        "Ctrl+Shift+Down",
        "level_down",
    ),
    Spec(
        "correct_line",
        "&Edit",
        QT_TRANSLATE_NOOP("actions", "&Correct the text of the line…"),
        "Ctrl+L",
        "correct_line",
    ),
    Spec(
        "edit_title", "&Edit", QT_TRANSLATE_NOOP("actions", "Edit the &title"), "F2", "edit_title"
    ),
    *[Spec(f"tag_{n}", "&Decision", "", str(n), "") for n in range(1, 8)],
    Spec(
        "confirm_tags",
        "&Decision",
        QT_TRANSLATE_NOOP("actions", "&Confirm the suggested tags"),
        "Ctrl+Return",
        "confirm_tags",
    ),
    Spec(
        "reviewed",
        "&Review",
        QT_TRANSLATE_NOOP("actions", "Mark as &reviewed"),
        "Space",
        "mark_reviewed",
    ),
    Spec(
        "flagged",
        "&Review",
        QT_TRANSLATE_NOOP("actions", "&Flag for follow-up"),
        "F",
        "mark_flagged",
    ),
    Spec(
        "next_unreviewed",
        "&Review",
        QT_TRANSLATE_NOOP("actions", "&Next unreviewed item"),
        "N",
        "next_unreviewed",
    ),
    Spec(
        "filter_all",
        "&Review",
        QT_TRANSLATE_NOOP("actions", "Show &all items"),
        "Ctrl+1",
        "filter_all",
        checkable=True,
    ),
    Spec(
        "filter_unreviewed",
        "&Review",
        QT_TRANSLATE_NOOP("actions", "Show &unreviewed items only"),
        "Ctrl+2",
        "filter_unreviewed",
        checkable=True,
    ),
    Spec(
        "filter_flagged",
        "&Review",
        QT_TRANSLATE_NOOP("actions", "Show f&lagged items only"),
        "Ctrl+3",
        "filter_flagged",
        checkable=True,
    ),
    Spec("zoom_in", "&View", QT_TRANSLATE_NOOP("actions", "Zoom &in"), "Ctrl++", "zoom_in"),
    Spec("zoom_out", "&View", QT_TRANSLATE_NOOP("actions", "Zoom &out"), "Ctrl+-", "zoom_out"),
    Spec("fit_width", "&View", QT_TRANSLATE_NOOP("actions", "&Fit width"), "Ctrl+0", "fit_width"),
    Spec(
        "history",
        "&View",
        QT_TRANSLATE_NOOP("actions", "Undo &history"),
        "Ctrl+H",
        "toggle_history",
        checkable=True,
    ),
    Spec(
        "lang_da", "&View", QT_TRANSLATE_NOOP("actions", "Dansk"), "", "use_danish", checkable=True
    ),
    Spec(
        "lang_en",
        "&View",
        QT_TRANSLATE_NOOP("actions", "English"),
        "",
        "use_english",
        checkable=True,
    ),
    Spec(
        "shortcuts",
        "&Help",
        QT_TRANSLATE_NOOP("actions", "&Keyboard shortcuts"),
        "F1",
        "show_shortcuts",
    ),
    Spec("about", "&Help", QT_TRANSLATE_NOOP("actions", "&About KKR Desk"), "", "show_about"),
]


def menu_title(name: str) -> str:
    titles = {
        "&File": QCoreApplication.translate("actions", "&File"),
        "&Edit": QCoreApplication.translate("actions", "&Edit"),
        "&Decision": QCoreApplication.translate("actions", "&Decision"),
        "&Review": QCoreApplication.translate("actions", "&Review"),
        "&View": QCoreApplication.translate("actions", "&View"),
        "&Help": QCoreApplication.translate("actions", "&Help"),
    }
    return titles[name]


def action_text(spec: Spec) -> str:
    if spec.name.startswith("tag_"):
        from kkr_desk.domain.tags import TAGS
        from kkr_desk.ui.item_panel import tag_label

        number = int(spec.name[4:])
        return QCoreApplication.translate("actions", "Tag: {0}").format(tag_label(TAGS[number - 1]))
    return _t(spec.text)


def build(window: QMainWindow, handlers: dict[str, Callable[[], object]]) -> dict[str, QAction]:
    """Create every action on ``window`` with its menu, shortcut and handler."""
    actions: dict[str, QAction] = {}
    menus: dict[str, QMenu] = {name: window.menuBar().addMenu(menu_title(name)) for name in MENUS}
    for spec in SPECS:
        action = QAction(action_text(spec), window)
        action.setObjectName(spec.name)
        if spec.shortcut:
            action.setShortcut(QKeySequence(spec.shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.setCheckable(spec.checkable)
        handler = handlers.get(spec.name) or (
            getattr(window, spec.handler) if spec.handler else None
        )
        if handler is not None:
            action.triggered.connect(lambda _=False, h=handler: h())
        menus[spec.menu].addAction(action)
        window.addAction(action)
        actions[spec.name] = action
    return actions


def shortcut_rows(actions: dict[str, QAction]) -> list[tuple[str, str]]:
    """(shortcut, what it does) for every action that has a shortcut, in menu order."""
    return [
        (
            action.shortcut().toString(QKeySequence.SequenceFormat.NativeText),
            action.text().replace("&", ""),
        )
        for action in actions.values()
        if not action.shortcut().isEmpty()
    ]
