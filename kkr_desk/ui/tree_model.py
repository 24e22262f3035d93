"""A thin tree model over a Document's sections, items and parts."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from kkr_desk.domain.document import Document, Node, NodeKind

Index = QModelIndex | QPersistentModelIndex
NODE_ROLE = Qt.ItemDataRole.UserRole + 1


class DocumentTreeModel(QAbstractItemModel):
    """Sections → items → parts. Front matter is not shown. Read-only for now."""

    def __init__(self, doc: Document | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._doc: Document | None = None
        self._roots: list[Node] = []
        self._parent: dict[int, Node | None] = {}
        self.set_document(doc)

    def set_document(self, doc: Document | None) -> None:
        self.beginResetModel()
        self._doc = doc
        self._roots = doc.sections if doc is not None else []
        self._parent = {}
        for root in self._roots:
            self._parent[id(root)] = None
            for node in root.walk():
                for child in node.children:
                    self._parent[id(child)] = node
        self.endResetModel()

    def node(self, index: Index) -> Node | None:
        return index.internalPointer() if index.isValid() else None

    def _children(self, node: Node | None) -> list[Node]:
        return self._roots if node is None else node.children

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        children = self._children(self.node(parent))
        if not (0 <= row < len(children) and 0 <= column < self.columnCount()):
            return QModelIndex()
        return self.createIndex(row, column, children[row])

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        node = self.node(index)
        if node is None:
            return QModelIndex()
        up = self._parent.get(id(node))
        if up is None:
            return QModelIndex()
        grand = self._parent.get(id(up))
        return self.createIndex(self._children(grand).index(up), 0, up)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self._children(self.node(parent)))

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 2

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        node = self.node(index)
        if node is None:
            return None
        if role == NODE_ROLE:
            return node
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if node.kind is NodeKind.PART:  # parts show their heading where titles stand
            return (node.heading or self.tr("(tekst)")) if index.column() == 1 else None
        return node.number if index.column() == 0 else node.title

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Nr."), self.tr("Titel"))[section] if 0 <= section < 2 else None
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
