"""The main window: the item tree beside the selected node's text."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, Qt
from PySide6.QtWidgets import QMainWindow, QSplitter, QTextBrowser, QTreeView, QWidget

from kkr_desk.domain.derive import part_body, vocabulary
from kkr_desk.domain.document import Document, Node, NodeKind
from kkr_desk.ui.tree_model import DocumentTreeModel


class MainWindow(QMainWindow):
    def __init__(self, doc: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self._keep = vocabulary(doc)
        info = doc.meeting
        date = info.date.strftime("%d.%m.%Y") if info.date else "?"
        self.setWindowTitle(self.tr("KKR Desk — {0}, {1} {2}").format(info.body, info.kind, date))
        self.model = DocumentTreeModel(doc, self)
        self.tree = QTreeView()
        self.tree.setModel(self.model)
        self.tree.setUniformRowHeights(True)
        self.tree.expandToDepth(0)
        self.tree.setColumnWidth(0, 110)
        self.text = QTextBrowser()
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.tree)
        splitter.addWidget(self.text)
        splitter.setSizes([520, 880])
        self.setCentralWidget(splitter)
        self.tree.selectionModel().selectionChanged.connect(self._on_selection)
        self.resize(1400, 900)

    def _on_selection(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        indexes = selected.indexes()
        node = self.model.node(indexes[0]) if indexes else None
        self.text.setPlainText(self.node_text(node) if node is not None else "")

    def node_text(self, node: Node) -> str:
        """What the panel shows for a node: its heading and its parts' text."""
        if node.kind is NodeKind.PART:
            return part_body(self.doc, node, self._keep).text
        parts = node.children if node.kind is NodeKind.ITEM else []
        lines = [f"{node.number} {node.title}"]
        if node.case_number:
            lines.append(f"{node.case_number} {'/'.join(node.case_handlers)}")
        for part in parts:
            lines += ["", part.heading or "", part_body(self.doc, part, self._keep).text]
        return "\n".join(lines)
