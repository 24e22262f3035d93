"""Thin Qt models over plain domain objects: the document tree, its review filter, and
the archive's meeting list."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import replace
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont

from kkr_desk.domain import tags
from kkr_desk.domain.document import Document, Node, NodeKind
from kkr_desk.store.archive import MeetingSummary
from kkr_desk.ui.messages import long_date

Index = QModelIndex | QPersistentModelIndex
NODE_ROLE = Qt.ItemDataRole.UserRole + 1
_ROOT = QModelIndex()
_FLAGGED = QColor("#b3261e")
_REVIEWED = QColor("#1b7f3b")
_COLUMNS = 4
_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
# The roles the tree answers (a view asks for a dozen per cell painted).
_ROLES = frozenset(
    {
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.FontRole,
        Qt.ItemDataRole.ForegroundRole,
        NODE_ROLE,
    }
)


class DocumentTreeModel(QAbstractItemModel):
    """Sections → items → parts (front matter is not shown). Columns: number, title
    (a part's heading), review status and flag, decision tags (suggested ones in
    italics).

    The model keeps its own copy of the tree's shape (which node stands where), so that
    after an edit changed the document in place, ``sync`` can tell the views exactly
    which rows went and came (an edit of a 1,000-page meeting moves a few rows, and a
    reset would make the view lay out and expand every row again)."""

    shown = Signal()  # after ``set_document`` and after ``sync``: the rows are the document's

    def __init__(self, doc: Document | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # Indexes carry integer keys into these tables, never Python object pointers: Qt
        # may keep an index (a persistent one) longer than the document it points into.
        self._nodes: dict[int, Node] = {}
        self._key: dict[int, int] = {}  # id(node) -> key
        self._parent: dict[int, int] = {}  # key -> parent key (0: the root)
        self._kids: dict[int, list[int]] = {0: []}  # key -> child keys, in order
        self._row: dict[int, int] = {}  # key -> row
        self._next = 1
        self._doc: Document | None = None
        self.set_document(doc)

    def set_document(self, doc: Document | None) -> None:
        self.beginResetModel()
        self._doc = doc
        self._nodes, self._key, self._parent, self._row = {}, {}, {}, {}
        self._kids = {}
        self._kids[0] = self._add_all(doc.sections if doc is not None else [], 0)
        self.endResetModel()
        self.shown.emit()

    def _add_all(self, nodes: list[Node], parent: int) -> list[int]:
        """Give ``nodes`` and everything under them keys; returns their keys."""
        keys = []
        for row, node in enumerate(nodes):
            key, self._next = self._next, self._next + 1
            self._nodes[key], self._key[id(node)] = node, key
            self._parent[key], self._row[key] = parent, row
            self._kids[key] = self._add_all(node.children, key)
            keys.append(key)
        return keys

    def _drop(self, key: int) -> None:
        for child in self._kids.pop(key):
            self._drop(child)
        node = self._nodes.pop(key)
        if self._key.get(id(node)) == key:
            del self._key[id(node)]
        del self._parent[key], self._row[key]

    # -- following an edit ----------------------------------------------------------------
    def shows(self, doc: Document) -> bool:
        """Whether the rows are those of this very document object."""
        return self._doc is doc

    def sync(self, doc: Document, changed: Iterable[int] = ()) -> None:
        """Bring the rows in line with ``doc`` (the document shown, changed in place):
        rows removed and inserted where a node's children changed, ``dataChanged`` for
        the nodes with the ids ``changed``. A node that moved is removed and inserted."""
        plan: list[tuple[int, int, int, list[Node]]] = []  # parent key, at, removed, new
        level: list[tuple[int, list[Node]]] = [(0, doc.sections)]
        while level:
            deeper: list[tuple[int, list[Node]]] = []
            for key, live in level:
                old = [self._nodes[k] for k in self._kids[key]]
                start = 0
                while start < min(len(old), len(live)) and old[start] is live[start]:
                    start += 1
                end = 0
                while (
                    end < min(len(old), len(live)) - start
                    and old[len(old) - 1 - end] is live[len(live) - 1 - end]
                ):
                    end += 1
                if start + end < max(len(old), len(live)):
                    plan.append((key, start, len(old) - start - end, live[start : len(live) - end]))
                kept = [*range(start), *range(len(old) - end, len(old))]
                deeper.extend(
                    (self._kids[key][r], old[r].children)
                    for r in kept
                    if old[r].children or self._kids[self._kids[key][r]]
                )
            level = deeper
        for key, at, removed, _ in plan:
            if removed:
                self.beginRemoveRows(self._index(key), at, at + removed - 1)
                for child in self._kids[key][at : at + removed]:
                    self._drop(child)
                del self._kids[key][at : at + removed]
                self._renumber(key, at)
                self.endRemoveRows()
        for key, at, _, new in plan:
            if new:
                self.beginInsertRows(self._index(key), at, at + len(new) - 1)
                self._kids[key][at:at] = self._add_all(new, key)
                self._renumber(key, at)
                self.endInsertRows()
        wanted = set(changed)
        for key, node in list(self._nodes.items()) if wanted else []:
            if node.id in wanted:
                row = self._row[key]
                self.dataChanged.emit(
                    self.createIndex(row, 0, key), self.createIndex(row, _COLUMNS - 1, key)
                )
        self.shown.emit()

    def _renumber(self, key: int, start: int) -> None:
        kids = self._kids[key]
        for row in range(start, len(kids)):
            self._row[kids[row]] = row

    def _index(self, key: int) -> QModelIndex:
        return self.createIndex(self._row[key], 0, key) if key else QModelIndex()

    # -- the model ------------------------------------------------------------------------
    def node(self, index: Index) -> Node | None:
        return self._nodes.get(index.internalId()) if index.isValid() else None

    def index_of(self, node: Node, column: int = 0) -> QModelIndex:
        key = self._key.get(id(node))
        if key is None or self._nodes[key] is not node:
            return QModelIndex()
        return self.createIndex(self._row[key], column, key)

    def find(self, predicate: Callable[[Node], bool]) -> QModelIndex:
        for key in self._kids[0]:
            for node in self._nodes[key].walk():
                if predicate(node):
                    return self.index_of(node)
        return QModelIndex()

    def _key_of(self, index: Index) -> int:
        return index.internalId() if index.isValid() else 0

    def index(self, row: int, column: int, parent: Index = _ROOT) -> QModelIndex:
        # called for every cell painted: no helper calls
        kids = self._kids.get(parent.internalId() if parent.isValid() else 0)
        if kids is None or not (0 <= row < len(kids) and 0 <= column < _COLUMNS):
            return QModelIndex()
        return self.createIndex(row, column, kids[row])

    def parent(self, index: Index = _ROOT) -> QModelIndex:  # type: ignore[override]
        up = self._parent.get(index.internalId(), 0) if index.isValid() else 0
        return self._index(up) if up in self._row else QModelIndex()

    def rowCount(self, parent: Index = _ROOT) -> int:
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self._kids.get(self._key_of(parent), ()))

    def columnCount(self, parent: Index = _ROOT) -> int:
        return _COLUMNS

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in _ROLES:  # most roles a view asks for: nothing to look up
            return None
        node = self.node(index)
        if node is None:
            return None
        if role == NODE_ROLE:
            return node
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == 2:
                return self._review_text(node)
            if column == 3:
                return self._tags_text(node)
            if node.kind is NodeKind.PART:  # parts show their heading where titles stand
                return (node.heading or self.tr("(text)")) if column == 1 else None
            return node.number if column == 0 else node.title
        if role == Qt.ItemDataRole.FontRole and node.kind is NodeKind.SECTION:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.FontRole and column == 3 and _suggested(node):
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and column == 2:
            color = _FLAGGED if node.flagged else _REVIEWED if node.review == "reviewed" else None
            return QBrush(color) if color is not None else None
        return None

    def _review_text(self, node: Node) -> str | None:
        """ "reviewed", "flagged", both ("reviewed · flagged") or nothing."""
        if node.kind is not NodeKind.ITEM:
            return None
        words = [self.tr("reviewed")] if node.review == "reviewed" else []
        if node.flagged:
            words.append(self.tr("flagged"))
        return " · ".join(words) or None

    def _tags_text(self, node: Node) -> str | None:
        """The item's decision tags in the vocabulary's order, by their short labels."""
        if node.kind is not NodeKind.ITEM or not node.tags:
            return None
        return ", ".join(
            QCoreApplication.translate("tags", tags.LABELS[t]) for t in tags.TAGS if t in node.tags
        )

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            names = (self.tr("No."), self.tr("Title"), self.tr("Review"), self.tr("Tags"))
            return names[section] if 0 <= section < len(names) else None
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return _FLAGS  # asked for every cell painted: made once


def _suggested(node: Node) -> bool:
    return node.kind is NodeKind.ITEM and any(o == "suggested" for o in node.tags.values())


class ReviewFilter(QSortFilterProxyModel):
    """Shows all items, or only the unreviewed ones (flagged or not), or only the flagged
    ones (reviewed or not), with their sections and parts."""

    MODES = ("all", "unreviewed", "flagged")

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._mode = "all"

    def mode(self) -> str:
        return self._mode

    def set_mode(self, mode: str) -> None:
        if mode not in self.MODES:
            raise ValueError(mode)
        if hasattr(self, "beginFilterChange"):  # Qt ≥ 6.9 deprecates invalidateRowsFilter
            self.beginFilterChange()
            self._mode = mode
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self._mode = mode
            self.invalidateRowsFilter()

    def _wanted(self, node: Node) -> bool:
        if self._mode == "flagged":
            return node.flagged
        return self._mode == "all" or node.review == "unreviewed"

    def filterAcceptsRow(self, row: int, parent: Index) -> bool:
        source = self.sourceModel()
        node = source.data(source.index(row, 0, parent), NODE_ROLE)
        if node is None or self._mode == "all":
            return True
        if node.kind is NodeKind.ITEM:
            return self._wanted(node)
        if node.kind is NodeKind.PART:
            return self._wanted(source.data(parent, NODE_ROLE))
        return any(self._wanted(item) for item in node.children)


class MeetingListModel(QAbstractListModel):
    """The archive's meetings, one row each: date, kind, body, review progress."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[MeetingSummary] = []

    def set_meetings(self, rows: list[MeetingSummary]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def update_counts(self, meeting_id: int, items: int, reviewed: int) -> None:
        """New item and review counts for one meeting (after an edit)."""
        row = self.row_of(meeting_id)
        if row >= 0:
            self._rows[row] = replace(self._rows[row], items=items, reviewed=reviewed)
            self.dataChanged.emit(self.index(row), self.index(row))

    def meeting(self, row: int) -> MeetingSummary:
        return self._rows[row]

    def row_of(self, meeting_id: int) -> int:
        return next((i for i, m in enumerate(self._rows) if m.id == meeting_id), -1)

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        m = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            kind = self.tr("minutes") if m.kind == "referat" else self.tr("agenda")
            text = f"{long_date(m.date)}  {kind}\n{m.body} · {m.reviewed}/{m.items}"
            if role == Qt.ItemDataRole.ToolTipRole:  # the whole of a line cut short
                return f"{text}\n{m.source_name}"
            return text
        if role == Qt.ItemDataRole.UserRole:
            return m.id
        return None
