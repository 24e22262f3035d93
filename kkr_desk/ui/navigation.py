"""Keyboard-first review: the next and previous item (sections and parts skipped), Space
that marks the item reviewed and goes on to the next unreviewed one (the setting
``review/move_on``, on unless the clerk turns it off), the context menu from the
keyboard (Shift+F10, the Menu key), the platform's redo keys, focus in the tree at the
start, and a meeting opened as the clerk moves through the meeting list with the keys.

The action table (``action_table.py``) calls these functions with the window;
``install`` runs once, after the actions are built. Strings are translated in the
context "navigation"."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, QObject, QPoint, Qt
from PySide6.QtGui import QContextMenuEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QWidget

from kkr_desk.domain.document import Node
from kkr_desk.domain.tree import find
from kkr_desk.ui.window_base import WindowBase

MOVE_ON = "review/move_on"  # the setting: Space goes on to the next unreviewed item
MESSAGE_MS = 4000  # how long a status-bar note stays


def install(window: WindowBase) -> None:
    """The keys and the focus the action table cannot declare; call after the actions
    are built."""
    actions = window.action_map
    redo = [*QKeySequence.keyBindings(QKeySequence.StandardKey.Redo), QKeySequence("Ctrl+Shift+Z")]
    actions["redo"].setShortcuts(list(dict.fromkeys(redo, None)))
    actions["context_menu"].setShortcuts([QKeySequence("Shift+F10"), QKeySequence(Qt.Key.Key_Menu)])
    actions["move_on"].setChecked(_flag(window.settings.value(MOVE_ON, True)))
    window.meeting_list.installEventFilter(MeetingKeys(window))
    window.tree.setFocus(Qt.FocusReason.OtherFocusReason)


def _flag(value: object) -> bool:
    """A boolean setting as QSettings gives it back (an INI file returns "true")."""
    return value.lower() == "true" if isinstance(value, str) else bool(value)


# -- the next and the previous item --------------------------------------------------------
def _visible_items(window: WindowBase) -> list[Node]:
    """The open meeting's items the review filter shows, in document order."""
    if window.session is None:
        return []
    model = window.filter.sourceModel()
    return [
        item
        for item in window.session.doc.items()
        if window.filter.mapFromSource(model.index_of(item)).isValid()  # type: ignore[attr-defined]
    ]


def _step(window: WindowBase, forward: bool) -> None:
    session = window.session
    if session is None:
        return
    shown = _visible_items(window)
    if not shown:
        return
    here = window.selected_node()
    order = list(session.doc.walk())  # the tree's order: an item, then its parts
    at = next((n for n, node in enumerate(order) if node is here), None)
    if at is None:
        target: Node | None = shown[0] if forward else shown[-1]
    else:
        visible = {id(item) for item in shown}
        after = order[at + 1 :] if forward else reversed(order[:at])
        target = next((n for n in after if id(n) in visible), None)
    if target is not None:
        window.select_node(target)


def next_item(window: WindowBase) -> None:
    """Select the next item the tree shows, skipping its parts and the sections."""
    _step(window, forward=True)


def previous_item(window: WindowBase) -> None:
    """Select the previous item (from a part: the item it belongs to)."""
    _step(window, forward=False)


# -- Space: reviewed, then on ----------------------------------------------------------------
def set_move_on(window: WindowBase) -> None:
    """The Review menu's setting changed: keep it."""
    window.settings.setValue(MOVE_ON, window.action_map["move_on"].isChecked())


def _next_unreviewed(window: WindowBase, item: Node) -> Node | None:
    """The first unreviewed item after ``item``, from the start again after the last."""
    assert window.session is not None
    items = list(window.session.doc.items())
    at = next((n for n, other in enumerate(items) if other is item), -1)
    return next(
        (i for i in items[at + 1 :] + items[:at] if i.review == "unreviewed" and i is not item),
        None,
    )


def mark_reviewed(window: WindowBase) -> None:
    """Mark the shown item reviewed (again: not reviewed); with the setting on, a newly
    reviewed item hands the selection to the next unreviewed one.

    The next item is selected before the change, so the selection never rests on an
    item the review filter is about to hide."""
    panel = window.panel
    item = panel.item
    if item is None or item.id is None or window.session is None:
        return
    if item.review == "reviewed" or not window.action_map["move_on"].isChecked():
        panel.set_review("reviewed")
        return
    following = _next_unreviewed(window, item)
    if following is not None:
        window.select_node(following)
    panel.set_review("reviewed", item)
    done = _by_id(window, item.id)
    if done is None or done.review != "reviewed":  # refused: back to the item
        if following is not None and done is not None:
            window.select_node(done)
        return
    if following is None:
        done_text = QCoreApplication.translate("navigation", "Every item is reviewed.")
        window.statusBar().showMessage(done_text, MESSAGE_MS)


def _by_id(window: WindowBase, node_id: int) -> Node | None:
    if window.session is None:
        return None
    return find(window.session.doc, node_id)


# -- the context menu from the keyboard ----------------------------------------------------
def context_menu(window: WindowBase) -> None:
    """Shift+F10 or the Menu key: the context menu of the focused tree or page, else the
    focused widget's own (a text field's)."""
    focus = QApplication.focusWidget()
    tree, page = window.tree, window.page_view
    if focus is not None and (focus is tree or tree.isAncestorOf(focus)):
        rect = tree.visualRect(tree.currentIndex())
        where = rect.center() if rect.isValid() else QPoint(8, 8)
        tree.customContextMenuRequested.emit(where)
        return
    if focus is not None and (focus is page or page.isAncestorOf(focus)):
        _page_menu(window)
        return
    if focus is not None:
        _send_menu_event(focus)


def _page_menu(window: WindowBase) -> None:
    """The page's menu at the clicked line, else at the first line of the selection."""
    line = window.current_line
    if line is None:
        node = window.selected_node()
        line = node.first if node is not None else None
    if line is None:
        return
    page = window.page_view
    page.scroll_to_line(line)
    box = page.line_rect(line)
    where = box.center().toPoint() if not box.isEmpty() else page.viewport().rect().center()
    page.lineContextMenu.emit(line, page.viewport().mapToGlobal(where))


def _send_menu_event(widget: QWidget) -> None:
    where = widget.rect().center()
    event = QContextMenuEvent(
        QContextMenuEvent.Reason.Keyboard, where, widget.mapToGlobal(where), Qt.KeyboardModifier(0)
    )
    QApplication.sendEvent(widget, event)


# -- the meeting list ------------------------------------------------------------------------
class MeetingKeys(QObject):
    """Opens the meeting the clerk moves to in the meeting list with the keys (arrows,
    Page Up/Down, Home/End, typing its name); a click or Enter opens it as before. Only
    a change made while a key is down counts: the list's own resets and the window's
    setting of the open meeting's row do not open anything."""

    def __init__(self, window: WindowBase) -> None:
        super().__init__(window)
        self.main = window
        self.pressed = False
        window.meeting_list.selectionModel().currentChanged.connect(self._moved)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress:
            self.pressed = True
        elif event.type() in (QEvent.Type.KeyRelease, QEvent.Type.FocusOut):
            self.pressed = False
        return False

    def _moved(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not self.pressed:
            return
        meeting_id = current.data(Qt.ItemDataRole.UserRole)
        session = self.main.session
        if meeting_id is not None and (session is None or session.meeting_id != meeting_id):
            self.main.open_meeting(meeting_id)
