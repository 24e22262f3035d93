"""The review window's editing commands: each turns the clerk's request into one archive
operation and pushes it on the undo stack (``push``). A mixin of ``MainWindow``, which
provides the session, the selection and the widgets used here. Its strings are translated
in the window's context ("MainWindow"), where Qt looks them up."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog

from kkr_desk.domain import edits
from kkr_desk.domain.document import Node, NodeKind
from kkr_desk.ui import commands, msgbox

if TYPE_CHECKING:
    from kkr_desk.ui.main_window import MainWindow

    _Base = MainWindow
else:
    _Base = object

LEVEL_UP = {NodeKind.PART: "item", NodeKind.ITEM: "section"}
LEVEL_DOWN = {NodeKind.SECTION: "item", NodeKind.ITEM: "part"}


class EditingMixin(_Base):
    def push(self, op: edits.Operation, text: str) -> bool:
        if self.session is None or self.stack is None:
            return False
        return commands.push(self.stack, self.session, op, text, self)

    def _need_line(self) -> int | None:
        if self.current_line is None:
            msgbox.information(
                self,
                QCoreApplication.translate("MainWindow", "Click a line"),
                QCoreApplication.translate("MainWindow", "Click a line on the page first."),
            )
        return self.current_line

    def _node_at_line(self, kind: NodeKind) -> Node | None:
        line = self._need_line()
        if line is None or self.session is None:
            return None
        return next((n for n in self.session.doc.walk() if n.kind is kind and line in n), None)

    def _split(self, kind: NodeKind, text: str) -> None:
        node = self._node_at_line(kind)
        if node is not None and node.id is not None and self.current_line is not None:
            self.push(edits.Split(node.id, self.current_line), text)

    def split_part(self) -> None:
        self._split(NodeKind.PART, QCoreApplication.translate("MainWindow", "Split part"))

    def split_item(self) -> None:
        self._split(NodeKind.ITEM, QCoreApplication.translate("MainWindow", "Split item"))

    def _with_selected(self, make: Callable[[Node], edits.Operation | None], text: str) -> None:
        node = self.selected_node()
        if node is None or node.id is None:
            msgbox.information(
                self,
                QCoreApplication.translate("MainWindow", "Select"),
                QCoreApplication.translate("MainWindow", "Select a section, item or part first."),
            )
            return
        op = make(node)
        if op is not None:
            self.push(op, text)

    def merge(self) -> None:
        self._with_selected(
            lambda n: edits.Merge(n.id),
            QCoreApplication.translate("MainWindow", "Merge with the previous"),
        )

    def move_up(self) -> None:
        self._with_selected(
            lambda n: edits.MoveStart(n.id, n.first - 1),
            QCoreApplication.translate("MainWindow", "Move start up"),
        )

    def move_down(self) -> None:
        self._with_selected(
            lambda n: edits.MoveStart(n.id, n.first + 1),
            QCoreApplication.translate("MainWindow", "Move start down"),
        )

    def _make_heading(self, kind: str, text: str) -> None:
        line = self._need_line()
        if line is not None:
            self.push(edits.MakeHeading(line, kind), text)

    def make_section(self) -> None:
        self._make_heading(
            "section", QCoreApplication.translate("MainWindow", "Make section heading")
        )

    def make_item(self) -> None:
        self._make_heading("item", QCoreApplication.translate("MainWindow", "Make item heading"))

    def make_part(self) -> None:
        self._make_heading("part", QCoreApplication.translate("MainWindow", "Make part heading"))

    def _level(self, table: dict[NodeKind, str], text: str) -> None:
        def make(node: Node) -> edits.Operation | None:
            if node.kind not in table:
                msgbox.information(
                    self,
                    text,
                    QCoreApplication.translate("MainWindow", "This heading cannot move that way."),
                )
                return None
            return edits.ChangeLevel(node.id, table[node.kind])  # type: ignore[arg-type]

        self._with_selected(make, text)

    def level_up(self) -> None:
        self._level(LEVEL_UP, QCoreApplication.translate("MainWindow", "Promote heading"))

    def level_down(self) -> None:
        self._level(LEVEL_DOWN, QCoreApplication.translate("MainWindow", "Demote heading"))

    def ask_text(self, title: str, label: str, text: str) -> str | None:
        value, ok = QInputDialog.getText(self, title, label, text=text)
        return value if ok else None

    def correct_line(self) -> None:
        line = self._need_line()
        if line is None or self.session is None:
            return
        current = self.session.doc.lines[line]
        value = self.ask_text(
            QCoreApplication.translate("MainWindow", "Correct line"),
            QCoreApplication.translate("MainWindow", "Text of the line:"),
            current.content,
        )
        if value is not None and value != current.content:
            self.push(
                edits.CorrectLine(line, value),
                QCoreApplication.translate("MainWindow", "Correct line"),
            )

    def edit_title(self) -> None:
        self.panel.title.setFocus()
        self.panel.title.selectAll()

    def confirm_tags(self) -> None:
        self.panel.confirm_tags()

    def mark_reviewed(self) -> None:
        self.panel.set_review("reviewed")

    def mark_flagged(self) -> None:
        self.panel.set_review("flagged")

    def next_unreviewed(self) -> None:
        if self.session is None:
            return
        items = list(self.session.doc.items())
        here = self.selected_node()
        start = next(
            (i for i, item in enumerate(items) if here is not None and here.first in item), -1
        )
        for item in items[start + 1 :] + items[: start + 1]:
            if item.review == "unreviewed":
                self.select_node(item)
                return
        msgbox.information(
            self,
            QCoreApplication.translate("MainWindow", "Review"),
            QCoreApplication.translate("MainWindow", "Every item is reviewed."),
        )

    def _set_filter(self, mode: str) -> None:
        self.filter.set_mode(mode)
        for name in ("all", "unreviewed", "flagged"):
            self.actions[f"filter_{name}"].setChecked(name == mode)
        self.tree.expandAll()

    def filter_all(self) -> None:
        self._set_filter("all")

    def filter_unreviewed(self) -> None:
        self._set_filter("unreviewed")

    def filter_flagged(self) -> None:
        self._set_filter("flagged")
