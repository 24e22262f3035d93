"""What the document tree opens: the sections, and of the items only the selected one.

An item's parts are read in the item panel, so they take no rows in the tree until the
clerk selects the item (or one of its parts): then that item opens, and the item
selected before closes again (an item the clerk opened by hand without selecting it
stays open). A plain Down from the selected
item still walks into its parts; Ctrl+Down/Up go from item to item (``navigation.py``).
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex

from kkr_desk.domain.document import Node, NodeKind
from kkr_desk.ui.window_base import WindowBase


class TreeExpansion:
    """Owned by the window: ``show_items`` after the tree's model is reset or filtered."""

    def __init__(self, window: WindowBase) -> None:
        self.main = window
        self.opened: Node | None = None  # the item opened for the selection
        window.tree.selectionModel().currentChanged.connect(self._follow)
        window.filter.rowsInserted.connect(self._open_new_sections)

    def _open_new_sections(self, parent: QModelIndex, first: int, last: int) -> None:
        """A section an edit made (rows inserted at the top) opens, as the others are."""
        if not parent.isValid():
            for row in range(first, last + 1):
                self.main.tree.expand(self.main.filter.index(row, 0))

    def show_items(self) -> None:
        """Sections open, items closed, the selected item open."""
        tree, model = self.main.tree, self.main.filter
        tree.collapseAll()
        for row in range(model.rowCount()):
            tree.expand(model.index(row, 0))
        self.opened = None
        self._follow(tree.currentIndex(), QModelIndex())

    def _item_index(self, index: QModelIndex) -> QModelIndex:
        """The tree index (column 0) of the item ``index`` is or belongs to."""
        while index.isValid():
            index = index.siblingAtColumn(0)
            node = self._node(index)
            if node is not None and node.kind is NodeKind.ITEM:
                return index
            index = index.parent()
        return QModelIndex()

    def _follow(self, current: QModelIndex, _previous: QModelIndex) -> None:
        tree = self.main.tree
        item = self._item_index(current)
        if self.opened is not None and self._index(self.opened) != item:
            tree.collapse(self._index(self.opened))
            self.opened = None
        if item.isValid():  # Qt may have opened it already, to show a part
            tree.expand(item)
            self.opened = self._node(item)
        if current.isValid():  # rows above may have closed
            tree.scrollTo(current)

    def _node(self, index: QModelIndex) -> Node | None:
        source = self.main.filter.sourceModel()
        return source.node(self.main.filter.mapToSource(index))  # type: ignore[attr-defined]

    def _index(self, node: Node) -> QModelIndex:
        source = self.main.filter.sourceModel()
        return self.main.filter.mapFromSource(source.index_of(node))  # type: ignore[attr-defined]
