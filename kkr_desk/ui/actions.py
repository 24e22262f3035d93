"""The window's actions and menus, declared in one table: text, shortcut, handler.

A handler is a function of the window giving the callable to run (``lambda w:
w.edit.merge``); ``build`` resolves each one once, so a handler that does not exist fails
when the window is built, not when the clerk presses the key. The decision-tag rows come
from the tag vocabulary (``kkr_desk.domain.tags``): one action per tag, shortcut 1, 2, …
in vocabulary order. Help → Keyboard shortcuts is generated from the same table.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QWidget

from kkr_desk.domain import tags
from kkr_desk.ui.i18n import QT_TRANSLATE_NOOP

# A handler gets the window and names what to call on it; every handler is resolved when
# the window is built (a missing one fails then, and tests/ui/test_actions.py builds it).
Handler = Callable[[Any], Callable[[], object]]


def _t(text: str) -> str:
    return QCoreApplication.translate("actions", text)


@dataclass(frozen=True)
class Spec:
    name: str
    menu: str
    text: str  # English source; translated when the action is built
    shortcut: str = ""
    handler: Handler | None = None  # the window -> what to call
    checkable: bool = False


MENUS = (
    QT_TRANSLATE_NOOP("actions", "&File"),
    QT_TRANSLATE_NOOP("actions", "&Edit"),
    QT_TRANSLATE_NOOP("actions", "&Decision"),
    QT_TRANSLATE_NOOP("actions", "&Review"),
    QT_TRANSLATE_NOOP("actions", "&View"),
    QT_TRANSLATE_NOOP("actions", "&Help"),
)

SPECS = [
    Spec(
        "open",
        "&File",
        QT_TRANSLATE_NOOP("actions", "&Open PDF or text file…"),
        "Ctrl+O",
        lambda w: w.open_files,
    ),
    Spec(
        "export",
        "&File",
        QT_TRANSLATE_NOOP("actions", "&Export…"),
        "Ctrl+E",
        lambda w: w.export_dialog,
    ),
    # Del only in the meeting list (the window sets a widget shortcut context).
    Spec(
        "delete",
        "&File",
        QT_TRANSLATE_NOOP("actions", "&Delete meeting…"),
        "Del",
        lambda w: w.archive_commands.delete_meeting,
    ),
    Spec(
        "trash",
        "&File",
        QT_TRANSLATE_NOOP("actions", "&Trash…"),
        "",
        lambda w: w.archive_commands.show_trash,
    ),
    Spec("quit", "&File", QT_TRANSLATE_NOOP("actions", "&Quit"), "Ctrl+Q", lambda w: w.close),
    Spec(
        "undo",
        "&Edit",
        QT_TRANSLATE_NOOP("actions", "&Undo"),
        "Ctrl+Z",
        lambda w: w.undo_group.undo,
    ),
    Spec(
        "redo",
        "&Edit",
        QT_TRANSLATE_NOOP("actions", "&Redo"),
        "Ctrl+Shift+Z",
        lambda w: w.undo_group.redo,
    ),
    Spec(
        "split_part",
        "&Edit",
        QT_TRANSLATE_NOOP("actions", "Split the &part at the clicked line"),
        "Ctrl+T",
        lambda w: w.edit.split_part,
    ),
    Spec(
        "split_item",
        "&Edit",
        QT_TRANSLATE_NOOP("actions", "Split the &item at the clicked line"),
        "Ctrl+Shift+T",
        lambda w: w.edit.split_item,
    ),
    Spec(
        "merge",
        "&Edit",
        QT_TRANSLATE_NOOP("actions", "&Merge with the previous"),
        "Ctrl+M",
        lambda w: w.edit.merge,
    ),
    Spec(
        "demote_text",
        "&Edit",
        QT_TRANSLATE_NOOP("actions", "Make the heading &body text"),
        "Ctrl+Shift+M",
        lambda w: w.edit.merge,
    ),
    Spec(
        "move_up",
        "&Edit",
        QT_TRANSLATE_NOOP("actions", "Move the start one line &up"),
        "Alt+Up",
        lambda w: w.edit.move_up,
    ),
    Spec(
        "move_down",
        "&Edit",
        QT_TRANSLATE_NOOP("actions", "Move the start one line &down"),
        "Alt+Down",
        lambda w: w.edit.move_down,
    ),
    Spec(
        "make_section",
        "&Edit",
        QT_TRANSLATE_NOOP("actions", "Make the line a &section heading"),
        "Ctrl+Alt+1",
        lambda w: w.edit.make_section,
    ),
    Spec(
        "make_item",
        "&Edit",
        QT_TRANSLATE_NOOP("actions", "Make the line an item &heading"),
        "Ctrl+Alt+2",
        lambda w: w.edit.make_item,
    ),
    Spec(
        "make_part",
        "&Edit",
        QT_TRANSLATE_NOOP("actions", "Make the line a part heading"),
        "Ctrl+Alt+3",
        lambda w: w.edit.make_part,
    ),
    Spec(
        "level_up",
        "&Edit",
        QT_TRANSLATE_NOOP("actions", "Pro&mote the heading one level"),
        "Ctrl+Shift+Up",
        lambda w: w.edit.level_up,
    ),
    Spec(
        "level_down",
        "&Edit",
        QT_TRANSLATE_NOOP("actions", "De&mote the heading one level"),
        "Ctrl+Shift+Down",
        lambda w: w.edit.level_down,
    ),
    Spec(
        "correct_line",
        "&Edit",
        QT_TRANSLATE_NOOP("actions", "&Correct the text of the line…"),
        "Ctrl+L",
        lambda w: w.edit.correct_line,
    ),
    Spec(
        "edit_title",
        "&Edit",
        QT_TRANSLATE_NOOP("actions", "Edit the &title"),
        "F2",
        lambda w: w.edit.edit_title,
    ),
    # the decision tags go here (tag_specs)
    Spec(
        "confirm_tags",
        "&Decision",
        QT_TRANSLATE_NOOP("actions", "&Confirm the suggested tags"),
        "Ctrl+Return",
        lambda w: w.panel.confirm_tags,
    ),
    Spec(
        "reviewed",
        "&Review",
        QT_TRANSLATE_NOOP("actions", "Mark as &reviewed"),
        "Space",
        lambda w: w.edit.mark_reviewed,
    ),
    Spec(
        "flagged",
        "&Review",
        QT_TRANSLATE_NOOP("actions", "&Flag for follow-up"),
        "F",
        lambda w: w.edit.mark_flagged,
    ),
    Spec(
        "next_unreviewed",
        "&Review",
        QT_TRANSLATE_NOOP("actions", "&Next unreviewed item"),
        "N",
        lambda w: w.edit.next_unreviewed,
    ),
    Spec(
        "filter_all",
        "&Review",
        QT_TRANSLATE_NOOP("actions", "Show &all items"),
        "Ctrl+1",
        lambda w: w.edit.filter_all,
        checkable=True,
    ),
    Spec(
        "filter_unreviewed",
        "&Review",
        QT_TRANSLATE_NOOP("actions", "Show &unreviewed items only"),
        "Ctrl+2",
        lambda w: w.edit.filter_unreviewed,
        checkable=True,
    ),
    Spec(
        "filter_flagged",
        "&Review",
        QT_TRANSLATE_NOOP("actions", "Show f&lagged items only"),
        "Ctrl+3",
        lambda w: w.edit.filter_flagged,
        checkable=True,
    ),
    Spec(
        "zoom_in",
        "&View",
        QT_TRANSLATE_NOOP("actions", "Zoom &in"),
        "Ctrl++",
        lambda w: w.page_view.zoom_in,
    ),
    Spec(
        "zoom_out",
        "&View",
        QT_TRANSLATE_NOOP("actions", "Zoom &out"),
        "Ctrl+-",
        lambda w: w.page_view.zoom_out,
    ),
    Spec(
        "fit_width",
        "&View",
        QT_TRANSLATE_NOOP("actions", "&Fit width"),
        "Ctrl+0",
        lambda w: w.page_view.fit_width,
    ),
    Spec(
        "history",
        "&View",
        QT_TRANSLATE_NOOP("actions", "Undo &history"),
        "Ctrl+H",
        lambda w: w.view_commands.toggle_history,
        checkable=True,
    ),
    Spec(
        "findings",
        "&View",
        QT_TRANSLATE_NOOP("actions", "&Check these"),
        "Ctrl+K",
        lambda w: w.findings_dock.focus_list,
    ),
    Spec(
        "lang_da",
        "&View",
        QT_TRANSLATE_NOOP("actions", "Dansk"),
        "",
        lambda w: w.view_commands.use_danish,
        checkable=True,
    ),
    Spec(
        "lang_en",
        "&View",
        QT_TRANSLATE_NOOP("actions", "English"),
        "",
        lambda w: w.view_commands.use_english,
        checkable=True,
    ),
    Spec(
        "shortcuts",
        "&Help",
        QT_TRANSLATE_NOOP("actions", "&Keyboard shortcuts"),
        "F1",
        lambda w: w.view_commands.show_shortcuts,
    ),
    Spec(
        "about",
        "&Help",
        QT_TRANSLATE_NOOP("actions", "&About KKR Desk"),
        "",
        lambda w: w.view_commands.show_about,
    ),
]

# The context menus: groups of action names, a separator between groups.
PAGE_MENU = (
    ("split_part", "split_item"),
    ("make_section", "make_item", "make_part"),
    ("correct_line",),
)
TREE_MENU = (
    ("merge", "demote_text", "move_up", "move_down", "level_up", "level_down"),
    ("reviewed", "flagged", "edit_title"),
)


def tag_specs() -> list[Spec]:
    """One action per tag of the vocabulary as it is now; keys 1–9 in vocabulary order."""

    def toggle(tag: str) -> Handler:
        return lambda w: partial(w.panel.toggle_tag, tag)

    return [
        Spec(f"tag_{n}", "&Decision", "", str(n) if n <= 9 else "", toggle(tag))
        for n, tag in enumerate(tags.TAGS, 1)
    ]


def specs() -> list[Spec]:
    """Every action, in menu order."""
    at = next(i for i, spec in enumerate(SPECS) if spec.name == "confirm_tags")
    return [*SPECS[:at], *tag_specs(), *SPECS[at:]]


def menu_title(name: str) -> str:
    return _t(name)


def action_text(spec: Spec) -> str:
    if spec.name.startswith("tag_"):
        from kkr_desk.ui.item_panel import tag_label

        number = int(spec.name[4:])
        label = tag_label(tags.TAGS[number - 1])
        return QCoreApplication.translate("actions", "Tag: {0}").format(label)
    return _t(spec.text)


def build(window: QMainWindow) -> dict[str, QAction]:
    """Create every action on ``window`` with its menu, shortcut and handler (resolved
    now: a missing handler raises AttributeError here)."""
    actions: dict[str, QAction] = {}
    menus: dict[str, QMenu] = {name: window.menuBar().addMenu(menu_title(name)) for name in MENUS}
    for spec in specs():
        action = QAction(action_text(spec), window)
        action.setObjectName(spec.name)
        if spec.shortcut:
            action.setShortcut(QKeySequence(spec.shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.setCheckable(spec.checkable)
        if spec.handler is not None:
            handler = spec.handler(window)
            if not callable(handler):
                raise TypeError(f"the handler of action {spec.name!r} is not callable")
            action.triggered.connect(lambda _=False, h=handler: h())
        menus[spec.menu].addAction(action)
        window.addAction(action)
        actions[spec.name] = action
    return actions


def context_menu(
    parent: QWidget, actions: dict[str, QAction], groups: tuple[tuple[str, ...], ...]
) -> QMenu:
    """A menu of the named actions, a separator between groups."""
    menu = QMenu(parent)
    for at, group in enumerate(groups):
        if at:
            menu.addSeparator()
        for name in group:
            menu.addAction(actions[name])
    return menu


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
