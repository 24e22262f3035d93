"""The "Historik" (History) dock: the open meeting's changes from the audit trail, and
what differs from the parser's output.

Tab "Changes": every change, newest first — when, who, what, before → after — in plain
Danish when the interface is (``kkr_desk.app.history``), all its details in the tooltip;
"Only the selected item" keeps the changes of the item (or section) selected in the tree.
"Undo this change" reverts the selected change as a new edit on the meeting's undo stack
(``commands.push``: the one edit path, so the window reloads as after any edit and Ctrl+Z
takes the revert back); a change a later one depends on is refused with one message
saying which. Tab "Changes since import": each item whose fields, structure or lines
differ from a parse of the stored file, its differences below it. Activating a row
selects its item.

The dock is made the first time View → History asks for it (``show_history``) and
follows the window from then on: it is refreshed when the tree is rebuilt (open, edit,
undo, another clerk's change), only while shown. Strings are in the context "history".
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QBrush, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDockWidget,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kkr_desk.app import describe
from kkr_desk.app import history as use
from kkr_desk.domain.document import Node, NodeKind
from kkr_desk.ui import commands, msgbox
from kkr_desk.ui.findings_panel import danish_interface
from kkr_desk.ui.follow import when
from kkr_desk.ui.window_base import WindowBase

log = logging.getLogger("kkr_desk.ui")
ROLE = Qt.ItemDataRole.UserRole
HEIGHT = 220
HORIZONTAL = Qt.Orientation.Horizontal
# Operations whose name says more than their first detail does.
PREFERRED = (NodeKind.ITEM, NodeKind.PART, NodeKind.SECTION, NodeKind.FRONT)  # to select
NAMED = frozenset({"patch", "revert", "split", "merge", "move_start", "make_heading"})


def show_history(window: WindowBase) -> None:
    """View → History: make the dock on first use, show it and give it the keyboard; when
    it has the keyboard already, close it."""
    dock = window.findChild(HistoryDock)
    if dock is None:
        dock = HistoryDock(window)
    elif dock.isVisible() and dock.isAncestorOf(window.focusWidget()):
        dock.hide()
        return
    dock.show()
    dock.raise_()
    dock.refresh()
    dock.current_list().setFocus(Qt.FocusReason.ShortcutFocusReason)


def item_of(window: WindowBase, node: Node | None) -> int | None:
    """The item a selected node belongs to (a part's item; an item or section itself)."""
    session = window.session
    if node is None or session is None:
        return None
    if node.kind is NodeKind.PART:
        holder = next((i for i in session.doc.items() if node.first in i), None)
        return holder.id if holder is not None else node.id
    return node.id


class HistoryDock(QDockWidget):
    def __init__(self, window: WindowBase) -> None:
        super().__init__(QCoreApplication.translate("history", "History"), window)
        self.main = window
        self.setObjectName("change_history")
        self.changes_list = QTreeWidget()
        self.changes_list.setHeaderLabels(
            [
                QCoreApplication.translate("history", "When"),
                QCoreApplication.translate("history", "Who"),
                QCoreApplication.translate("history", "What"),
                QCoreApplication.translate("history", "Before → after"),
            ]
        )
        self.since_list = QTreeWidget()
        self.since_list.setHeaderLabels(
            [
                QCoreApplication.translate("history", "Item"),
                QCoreApplication.translate("history", "Before → after"),
            ]
        )
        for view in (self.changes_list, self.since_list):
            view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
            view.setUniformRowHeights(True)
            view.setAlternatingRowColors(True)
            view.itemActivated.connect(self._activated)
        self.changes_list.setRootIsDecorated(False)
        header = self.changes_list.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in ((0, 110), (1, 80), (2, 330)):
            header.resizeSection(column, width)
        self.since_list.header().resizeSection(0, 360)
        self.only_selected = QCheckBox(
            QCoreApplication.translate("history", "Only the selected item")
        )
        self.only_selected.toggled.connect(lambda _on: self._fill_changes())
        self.revert_button = QPushButton(QCoreApplication.translate("history", "Undo this change"))
        self.revert_button.clicked.connect(self.revert_selected)
        self.revert_button.setEnabled(False)
        self.changes_list.currentItemChanged.connect(lambda *_: self._update_button())
        top = QHBoxLayout()
        top.addWidget(self.only_selected)
        top.addStretch(1)
        top.addWidget(self.revert_button)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.changes_list)
        self.tabs = QTabWidget()
        self.tabs.addTab(page, QCoreApplication.translate("history", "Changes"))
        self.tabs.addTab(
            self.since_list, QCoreApplication.translate("history", "Changes since import")
        )
        self.tabs.currentChanged.connect(lambda _i: self.refresh())
        self.setWidget(self.tabs)
        self._changes: list[use.Change] = []
        self._shown: dict[int, tuple[int, int] | None] = {0: None, 1: None}  # tab -> seen
        window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self)
        findings = getattr(window, "findings_dock", None)
        if isinstance(findings, QDockWidget):
            window.splitDockWidget(findings, self, Qt.Orientation.Horizontal)
            width = max(window.width(), 800)  # the history's four columns take the room
            window.resizeDocks([findings, self], [width // 3, width - width // 3], HORIZONTAL)
        window.resizeDocks([self], [HEIGHT], Qt.Orientation.Vertical)
        window.model.shown.connect(self.refresh)  # opened, edited, closed
        window.tree.selectionModel().currentChanged.connect(self._selection_changed)
        self.visibilityChanged.connect(self._visibility)

    def _visibility(self, visible: bool) -> None:
        if visible:
            self.refresh()

    # -- filling ----------------------------------------------------------------------------
    def current_list(self) -> QTreeWidget:
        return self.changes_list if self.tabs.currentIndex() == 0 else self.since_list

    def _seen(self) -> tuple[int, int] | None:
        session = self.main.session
        return None if session is None else (session.meeting_id, session.doc.revision)

    def refresh(self) -> None:
        """Show the open meeting as it is now (the current tab, when the dock is shown)."""
        if not self.isVisible():
            return
        tab, seen = self.tabs.currentIndex(), self._seen()
        if self._shown[tab] == seen:
            return
        self._shown[tab] = seen
        if tab == 0:
            session = self.main.session
            self._changes = (
                use.history(self.main.archive, session.meeting_id) if session is not None else []
            )
            self._fill_changes()
        else:
            self._fill_since()

    def _selection_changed(self, _current: QModelIndex, _previous: QModelIndex) -> None:
        if self.only_selected.isChecked() and self.isVisible():
            self._fill_changes()

    def _fill_changes(self) -> None:
        danish = danish_interface()
        chosen = self.changes_list.currentItem()
        keep = chosen.data(0, ROLE).edit_id if chosen is not None else None
        item = item_of(self.main, self.main.selected_node())
        shown = self._changes
        if self.only_selected.isChecked():
            shown = [c for c in shown if item is not None and item in c.nodes]
        by_id = {c.edit_id: c for c in self._changes}
        self.changes_list.clear()
        rows = [self._change_row(c, by_id, danish) for c in shown]
        self.changes_list.addTopLevelItems(rows)
        again = next((r for r in rows if r.data(0, ROLE).edit_id == keep), None)
        if again is not None or rows:
            self.changes_list.setCurrentItem(again or rows[0])
        self._update_button()

    def _change_row(
        self, change: use.Change, by_id: dict[int, use.Change], danish: bool
    ) -> QTreeWidgetItem:
        first = change.details[0] if change.details else None
        what = first.what.pick(danish) if first is not None else change.action.pick(danish)
        if first is not None and change.op in NAMED:
            what = f"{change.action.pick(danish)}: {what}"
        if change.reverts is not None and change.reverts in by_id:
            what += " " + QCoreApplication.translate("history", "(of {0})").format(
                when(by_id[change.reverts].at)
            )
        if change.reverted_by is not None:
            what += " " + QCoreApplication.translate("history", "(reverted)")
        values = (
            "" if first is None else f"{first.before.pick(danish)} → {first.after.pick(danish)}"
        )
        if len(change.details) > 1:
            values += f"  (+{len(change.details) - 1})"
        row = QTreeWidgetItem([when(change.at), change.user, what, values])
        row.setData(0, ROLE, change)
        tip = [f"{when(change.at)} · {change.user} · {change.action.pick(danish)}"]
        tip += [d.text(danish) for d in change.details]
        for column in range(4):
            row.setToolTip(column, "\n".join(tip))
        if change.reverted_by is not None:
            grey = QBrush(self.palette().color(QPalette.ColorRole.PlaceholderText))
            for column in range(4):
                row.setForeground(column, grey)
        return row

    def _fill_since(self) -> None:
        self.since_list.clear()
        session = self.main.session
        if session is None:
            return
        danish = danish_interface()
        try:
            found = use.changed_since_import(self.main.archive, session.meeting_id)
        except Exception as exc:  # noqa: BLE001 - a parser that no longer reads the file
            log.warning("the meeting's file cannot be parsed again: %s", exc)
            text = QCoreApplication.translate(
                "history", "The meeting's file cannot be read again: {0}"
            ).format(exc)
            self.since_list.addTopLevelItem(QTreeWidgetItem([text, ""]))
            return
        if not found:
            self.since_list.addTopLevelItem(
                QTreeWidgetItem(
                    [
                        QCoreApplication.translate(
                            "history", "Nothing differs from the imported file"
                        ),
                        "",
                    ]
                )
            )
        status = {
            "new": QCoreApplication.translate("history", "new"),
            "removed": QCoreApplication.translate("history", "removed"),
        }
        for change in found:
            label = change.label.pick(danish)
            if change.status in status:
                label += f" ({status[change.status]})"
            row = QTreeWidgetItem([label, ""])
            row.setData(0, ROLE, change)
            for detail in change.differences:
                child = QTreeWidgetItem(
                    [
                        detail.what.pick(danish),
                        f"{detail.before.pick(danish)} → {detail.after.pick(danish)}",
                    ]
                )
                child.setData(0, ROLE, change)
                child.setToolTip(1, detail.text(danish))
                row.addChild(child)
            self.since_list.addTopLevelItem(row)
        self.since_list.expandAll()

    # -- acting ---------------------------------------------------------------------------------
    def selected_change(self) -> use.Change | None:
        row = self.changes_list.currentItem()
        return row.data(0, ROLE) if row is not None else None

    def _update_button(self) -> None:
        change = self.selected_change()
        writable = getattr(self.main.archive.db, "read_only_reason", None) is None
        self.revert_button.setEnabled(change is not None and writable)
        self.revert_button.setToolTip(
            ""
            if change is None or change.revertible
            else QCoreApplication.translate("history", "A later change depends on this one")
        )

    def revert_selected(self) -> bool:
        """Revert the selected change as a new edit; a refusal is told in one message."""
        change = self.selected_change()
        session, stack = self.main.session, self.main.stack
        if change is None or session is None or stack is None:
            return False
        try:
            op = use.revert_operation(self.main.archive, session.meeting_id, change.edit_id)
        except use.RevertRefused as exc:
            log.info("revert refused: %s", exc)
            msgbox.error(
                self.main,
                QCoreApplication.translate("history", "This change cannot be undone"),
                refusal_text(exc),
            )
            self._shown = {0: None, 1: None}
            self.refresh()
            return False
        danish = danish_interface()
        what = change.words().pick(danish)
        return commands.push(
            stack,
            session,
            op,
            QCoreApplication.translate("history", "Undo change: {0}").format(what),
            self.main,
        )

    def _activated(self, row: QTreeWidgetItem, _column: int) -> None:
        """Select the item a row is about (the first of its nodes still in the meeting)."""
        session = self.main.session
        value = row.data(0, ROLE)
        if session is None or value is None:
            return
        doc = session.doc
        nodes = {n.id: n for n in doc.walk() if n.id is not None}
        if isinstance(value, use.Change):
            concerned = [n for n in doc.walk() if n.id in value.nodes]
            target = min(concerned, key=lambda n: PREFERRED.index(n.kind), default=None)
        else:
            target = nodes.get(value.node_id) if value.node_id is not None else None
            target = target or doc.deepest(min(value.first, len(doc.lines) - 1))
        if target is not None and target.kind is not NodeKind.FRONT:
            self.main.select_node(target)


def refusal_text(exc: use.RevertRefused) -> str:
    """Why a change cannot be undone, in the clerk's words."""
    if exc.code == "later" and exc.later:
        later = exc.later[-1]
        action = describe.operation(later.op).pick(danish_interface())
        return QCoreApplication.translate(
            "history",
            "A later change depends on it: {0} by {1} ({2}) changed the same. "
            "Undo that change first.",
        ).format(action, later.user, when(later.at))
    texts = {
        "whole": QCoreApplication.translate(
            "history", "It replaced the whole meeting (a new version of the file): use Edit → Undo."
        ),
        "no_content": QCoreApplication.translate(
            "history", "It did not change the meeting's content: there is nothing to undo."
        ),
        "empty": QCoreApplication.translate(
            "history", "It changed nothing: there is nothing to undo."
        ),
        "unknown": QCoreApplication.translate(
            "history", "It is no longer in the meeting's history."
        ),
    }
    return texts.get(exc.code, str(exc))
