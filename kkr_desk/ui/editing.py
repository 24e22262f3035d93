"""The review window's editing commands: each turns the clerk's request into one archive
operation and pushes it on the open meeting's undo stack (``push``).

``EditController`` is owned by the window and reads from it only what a command needs:
the session and its stack, the line cursor (``current_line``, kept by ``line_cursor.py``,
which also disables the line-based commands while the cursor is outside the selected
node), the selection, the item panel and the review filter. Its strings are translated
in its own context, "EditController"."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication, QDialog, QInputDialog, QLineEdit

from kkr_desk.domain import edits
from kkr_desk.domain.document import Node, NodeKind
from kkr_desk.domain.tree import containing
from kkr_desk.ui import commands, msgbox
from kkr_desk.ui.window_base import WindowBase

LEVEL_UP = {NodeKind.PART: "item", NodeKind.ITEM: "section"}
LEVEL_DOWN = {NodeKind.SECTION: "item", NodeKind.ITEM: "part"}


class EditController(QObject):
    def __init__(self, window: WindowBase) -> None:
        super().__init__(window)
        self.main = window

    def push(self, op: edits.Operation, text: str) -> bool:
        main = self.main
        if main.session is None or main.stack is None:
            return False
        return commands.push(main.stack, main.session, op, text, main)

    def _need_line(self) -> int | None:
        if self.main.current_line is None:
            msgbox.information(
                self.main, self.tr("Click a line"), self.tr("Click a line on the page first.")
            )
        return self.main.current_line

    def _node_at_line(self, kind: NodeKind) -> Node | None:
        line = self._need_line()
        session = self.main.session
        if line is None or session is None:
            return None
        return containing(session.doc, line, kind)

    def _split(self, kind: NodeKind, text: str) -> None:
        node = self._node_at_line(kind)
        line = self.main.current_line
        if node is not None and node.id is not None and line is not None:
            self.push(edits.Split(node.id, line), text)

    def split_part(self) -> None:
        self._split(NodeKind.PART, self.tr("Split part"))

    def split_item(self) -> None:
        self._split(NodeKind.ITEM, self.tr("Split item"))

    def _with_selected(
        self, make: Callable[[Node, int], edits.Operation | None], text: str
    ) -> None:
        """``make`` gets the selected node and its id."""
        node = self.main.selected_node()
        if node is None or node.id is None:
            msgbox.information(
                self.main, self.tr("Select"), self.tr("Select a section, item or part first.")
            )
            return
        op = make(node, node.id)
        if op is not None:
            self.push(op, text)

    def merge(self) -> None:
        self._with_selected(lambda _n, node: edits.Merge(node), self.tr("Merge with the previous"))

    def move_up(self) -> None:
        self._with_selected(
            lambda n, node: edits.MoveStart(node, n.first - 1), self.tr("Move start up")
        )

    def move_down(self) -> None:
        self._with_selected(
            lambda n, node: edits.MoveStart(node, n.first + 1), self.tr("Move start down")
        )

    def _make_heading(self, kind: str, text: str) -> None:
        line = self._need_line()
        if line is not None:
            self.push(edits.MakeHeading(line, kind), text)

    def make_section(self) -> None:
        self._make_heading("section", self.tr("Make section heading"))

    def make_item(self) -> None:
        self._make_heading("item", self.tr("Make item heading"))

    def make_part(self) -> None:
        self._make_heading("part", self.tr("Make part heading"))

    def _level(self, table: dict[NodeKind, str], text: str) -> None:
        def make(node: Node, node_id: int) -> edits.Operation | None:
            if node.kind not in table:
                msgbox.information(self.main, text, self.tr("This heading cannot move that way."))
                return None
            return edits.ChangeLevel(node_id, table[node.kind])

        self._with_selected(make, text)

    def level_up(self) -> None:
        self._level(LEVEL_UP, self.tr("Promote heading"))

    def level_down(self) -> None:
        self._level(LEVEL_DOWN, self.tr("Demote heading"))

    def ask_text(self, title: str, label: str, text: str) -> str | None:
        """Ask for a line's text in a dialog as wide as the text (within the screen)."""
        dialog = QInputDialog(self.main)
        dialog.setWindowTitle(title)
        dialog.setLabelText(label)
        dialog.setTextValue(text)
        edit = dialog.findChild(QLineEdit)
        if edit is not None:
            wanted = edit.fontMetrics().horizontalAdvance(text + "MMMM") + 60
            screen = (self.main.screen() or QApplication.primaryScreen()).availableGeometry()
            edit.setMinimumWidth(min(wanted, screen.width() * 9 // 10 - 60))
        ok = dialog.exec() == QDialog.DialogCode.Accepted
        value = dialog.textValue()
        dialog.deleteLater()
        return value if ok else None

    def correct_line(self) -> None:
        line = self._need_line()
        session = self.main.session
        if line is None or session is None:
            return
        current = session.doc.lines[line]
        value = self.ask_text(
            self.tr("Correct line"), self.tr("Text of the line:"), current.content
        )
        if value is not None and value != current.content:
            self.push(edits.CorrectLine(line, value), self.tr("Correct line"))

    def edit_title(self) -> None:
        self.main.panel.title.setFocus()
        self.main.panel.title.selectAll()

    def mark_reviewed(self) -> None:
        self.main.panel.set_review("reviewed")

    def mark_flagged(self) -> None:
        self.main.panel.toggle_flag()

    def next_unreviewed(self) -> None:
        session = self.main.session
        if session is None:
            return
        items = list(session.doc.items())
        here = self.main.selected_node()
        start = next(
            (i for i, item in enumerate(items) if here is not None and here.first in item), -1
        )
        for item in items[start + 1 :] + items[: start + 1]:
            if item.review == "unreviewed":
                self.main.select_node(item)
                return
        msgbox.information(self.main, self.tr("Review"), self.tr("Every item is reviewed."))

    def _set_filter(self, mode: str) -> None:
        self.main.filter.set_mode(mode)
        for name in ("all", "unreviewed", "flagged"):
            self.main.action_map[f"filter_{name}"].setChecked(name == mode)
        self.main.tree_expansion.show_items()

    def filter_all(self) -> None:
        self._set_filter("all")

    def filter_unreviewed(self) -> None:
        self._set_filter("unreviewed")

    def filter_flagged(self) -> None:
        self._set_filter("flagged")
