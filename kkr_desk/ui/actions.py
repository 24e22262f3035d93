"""The window's actions and menus, declared in one table: text, shortcut, handler.

A handler is a function of the window giving the callable to run (``lambda w:
w.edit.merge``); ``build`` resolves each one once, so a handler that does not exist fails
when the window is built, not when the clerk presses the key. The decision-tag rows come
from the tag vocabulary (``kkr_desk.domain.tags``): one action per tag, shortcut 1, 2, …
in vocabulary order. Help → Keyboard shortcuts is generated from the same table.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QWidget

from kkr_desk.domain import tags
from kkr_desk.ui.action_table import MENUS, SPECS, Spec, tag_specs


def _t(text: str) -> str:
    return QCoreApplication.translate("actions", text)


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
