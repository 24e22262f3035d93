"""The line cursor: the current line on the page, which every line-based edit acts on.

The cursor is ``window.current_line``, drawn by the page view (``PageView.set_cursor``).
A click on a line puts it there (the window's ``line_clicked`` then selects the deepest
node holding it); Up/Down in the page view move it line by line; a change of the tree
selection puts it on the selected node's first line, unless it is inside that node
already (a click, or the selection kept over an edit). Moving it with Up/Down does not
change the selection, so it can leave the selected node: the line-based actions
(``LINE_ACTIONS``) are then disabled, their tooltip saying why. The lines the clerk
corrected are given to the page view, which marks them and shows their text on hover.
Strings are translated in the context "LineCursor".
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject
from PySide6.QtWidgets import QMenu

from kkr_desk.domain.document import Node
from kkr_desk.ui.window_base import WindowBase

# The actions that act on the cursor's line.
LINE_ACTIONS = (
    "split_part",
    "split_item",
    "make_section",
    "make_item",
    "make_part",
    "correct_line",
)
STATUS_MS = 4000  # how long the status bar tells that the cursor left the selection


class LineCursor(QObject):
    def __init__(self, window: WindowBase) -> None:
        super().__init__(window)
        self.main = window
        window.page_view.cursorMoved.connect(self._stepped)
        window.model.shown.connect(self.document_shown)  # opened, edited, closed
        window.tree.selectionModel().currentChanged.connect(self._selection_changed)
        for menu in window.menuBar().findChildren(QMenu):
            menu.setToolTipsVisible(True)  # a disabled action says why
        self.refresh()

    @property
    def line(self) -> int | None:
        return self.main.current_line

    def move(self, line: int | None) -> None:
        """Put the cursor on ``line`` (None: no cursor)."""
        self.main.current_line = line
        self.main.page_view.set_cursor(line)
        self.refresh()

    def document_shown(self) -> None:
        """The window (re)built its view of the document: mark the corrected lines and
        draw the cursor where it is."""
        session = self.main.session
        lines = session.doc.lines if session is not None else []
        line = self.line
        if line is not None and not 0 <= line < len(lines):
            line = None
        self.main.page_view.set_corrected(
            {x.index: x.corrected for x in lines if x.corrected is not None}
        )
        self.move(line)

    def _selection_changed(self, _current: QModelIndex, _previous: QModelIndex) -> None:
        node = self.main.selected_node()
        if node is not None and (self.line is None or self.line not in node):
            self.move(node.first)
        else:
            self.refresh()

    def _stepped(self, line: int) -> None:
        self.main.current_line = line
        self.refresh()
        reason = self.blocked()
        if reason is not None:
            self.main.statusBar().showMessage(reason, STATUS_MS)
        else:
            self.main.statusBar().clearMessage()

    def blocked(self) -> str | None:
        """Why the line-based edits cannot act now, or None when they can."""
        node: Node | None = self.main.selected_node()
        if self.main.session is None or self.line is None:
            return self.tr("Click a line on the page first.")
        if node is None:
            return self.tr("Select a section, item or part first.")
        if self.line not in node:
            return self.tr("The cursor is outside the selected item.")
        return None

    def refresh(self) -> None:
        """Enable the line-based actions when the cursor is inside the selected node;
        otherwise disable them with the reason as their tooltip. A read-only archive
        keeps them off (``archive_state.show_read_only``)."""
        if self.main.archive.db.read_only_reason is not None:
            return
        reason = self.blocked()
        for name in LINE_ACTIONS:
            action = self.main.action_map[name]
            action.setEnabled(reason is None)
            action.setToolTip(reason or action.text().replace("&", ""))
