"""The "Tjek disse" (Check these) list: the open meeting's findings, what the parser is
unsure of (``kkr_desk.domain.findings``), in a dock of the review window.

One row per finding: a short place ("Side 5 · 2.3") and the finding's text, Danish when
the interface is. The list is computed again from the document every time the window
shows it anew (open, edit, undo, redo, another clerk's change), so a finding goes away
as the clerk fixes the structure and comes back on undo. Activating a row (double-click,
Enter) selects the deepest node containing the finding's first line (or the first node
on its page) and shows that page and line. With nothing to check (or no meeting open)
the dock folds to its title bar and one line (where the list says so), leaving the
height to the page view, and opens again when there is something. Strings are
translated in the context "findings"."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QAbstractItemView, QDockWidget, QListView, QWidget

from kkr_desk.domain.document import Anomaly, Document, Node, NodeKind
from kkr_desk.domain.findings import findings
from kkr_desk.ui.window_base import WindowBase

Index = QModelIndex | QPersistentModelIndex
ANOMALY_ROLE = Qt.ItemDataRole.UserRole + 1
_ROOT = QModelIndex()
QWIDGETSIZE_MAX = 16777215  # Qt's "no maximum"


def danish_interface() -> bool:
    """Whether the interface is in Danish: the installed translation says so (the
    language's code is itself a translated string), so without a translation the
    findings read in English like the rest of the window."""
    return QCoreApplication.translate("findings", "en") == "da"


def finding_text(anomaly: Anomaly, danish: bool) -> str:
    return anomaly.danish if danish and anomaly.danish else anomaly.message


@dataclass(frozen=True, slots=True)
class Place:
    """Where a finding sends the clerk: the tree node to select (None: none shown in the
    tree), the page to show and the line to scroll to."""

    node: Node | None
    page: int | None
    line: int | None


def place(doc: Document, anomaly: Anomaly) -> Place:
    """The place of ``anomaly`` in ``doc``: its first line, else the first line of its
    page; a line outside the document (a stale finding) counts as none."""
    count = len(doc.lines)
    line = anomaly.first if anomaly.first is not None and 0 <= anomaly.first < count else None
    page = anomaly.page
    if line is None and page is not None:
        on_page = [x.index for x in doc.lines if x.page == page]
        content = [i for i in on_page if not doc.lines[i].furniture]
        line = next(iter(content or on_page), None)
    if line is not None and page is None:
        page = doc.lines[line].page
    node = doc.deepest(line) if line is not None else None
    if node is not None and node.kind is NodeKind.FRONT:
        node = None  # front matter has no row in the tree
    return Place(node, page, line)


def number_at(doc: Document, line: int) -> str | None:
    """The number of the item holding ``line``, else of its section (None in the front
    matter)."""
    for section in doc.sections:
        if line in section:
            item = next((i for i in section.children if line in i), None)
            return item.number if item is not None else section.number
    return None


def place_label(doc: Document, anomaly: Anomaly) -> str:
    """A short place: "Page 5 · 2.3", "Page 5", or "Whole file"."""
    where = place(doc, anomaly)
    if where.page is None:
        return QCoreApplication.translate("findings", "Whole file")
    label = QCoreApplication.translate("findings", "Page {0}").format(where.page)
    number = number_at(doc, where.line) if where.line is not None else None
    return f"{label} · {number}" if number else label


class FindingsModel(QAbstractListModel):
    """One row per finding: the place and the text (display), both in full (tooltip),
    the finding itself (``ANOMALY_ROLE``). Reset whenever the findings are set."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[Anomaly, str, str]] = []  # finding, place, text

    def set_findings(self, doc: Document | None, found: list[Anomaly]) -> None:
        danish = danish_interface()
        self.beginResetModel()
        self._rows = (
            [(a, place_label(doc, a), finding_text(a, danish)) for a in found]
            if doc is not None
            else []
        )
        self.endResetModel()

    def anomaly(self, row: int) -> Anomaly | None:
        return self._rows[row][0] if 0 <= row < len(self._rows) else None

    def row_of(self, anomaly: Anomaly) -> int:
        return next((r for r, row in enumerate(self._rows) if row[0] == anomaly), -1)

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.column() != 0 or index.row() >= len(self._rows):
            return None
        anomaly, where, text = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{where} — {text}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{where}\n{text}"
        if role == ANOMALY_ROLE:
            return anomaly
        return None


class FindingsView(QListView):
    """The list; with no rows it says so (``placeholder``) in the middle of the view."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.placeholder = ""
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setUniformItemSizes(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # in the tab order

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        model = self.model()
        if self.placeholder and (model is None or model.rowCount() == 0):
            painter = QPainter(self.viewport())
            painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(self.viewport().rect(), Qt.AlignmentFlag.AlignCenter, self.placeholder)
            painter.end()


class FindingsDock(QDockWidget):
    """The dock of the window (bottom area), shown from the start. ``show_document``
    refreshes it; ``focus_list`` is the View menu's command; ``jump`` goes to a row's
    place."""

    HEIGHT = 100  # about four rows: the page view keeps its height

    def __init__(self, window: WindowBase) -> None:
        super().__init__(QCoreApplication.translate("findings", "Check these"), window)
        self.main = window
        self.setObjectName("findings")
        self.model = FindingsModel(self)
        self.view = FindingsView()
        self.view.setModel(self.model)
        self.view.setAccessibleName(QCoreApplication.translate("findings", "Check these"))
        self.view.activated.connect(self.jump)
        self.setWidget(self.view)
        self._meeting: int | None = None  # the meeting the list was made for
        window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self)
        window.resizeDocks([self], [self.HEIGHT], Qt.Orientation.Vertical)
        self.folded = False
        self.fold(True)  # no meeting yet: nothing to check

    def fold(self, folded: bool) -> None:
        """Fold the dock to its title and one line (``folded``), or open it at its height
        again."""
        if folded == self.folded:
            return
        self.folded = folded
        if folded:  # one line: room for the placeholder's word, no more
            line = self.view.fontMetrics().height() + 2 * self.view.frameWidth() + 6
            self.view.setMaximumHeight(line)
            self.setMaximumHeight(self.minimumSizeHint().height())
        else:
            self.view.setMaximumHeight(QWIDGETSIZE_MAX)
            self.setMaximumHeight(QWIDGETSIZE_MAX)
            self.main.resizeDocks([self], [self.HEIGHT], Qt.Orientation.Vertical)

    def show_document(self, doc: Document | None) -> None:
        """List the findings of ``doc`` (None: no meeting open). The current row stays
        on the same finding when it is still there, else at the same row; a meeting
        opened anew starts at the top, where the list puts what to check first."""
        meeting = self.main.session.meeting_id if self.main.session is not None else None
        current = self.model.anomaly(self.view.currentIndex().row())
        row = self.view.currentIndex().row()
        found = findings(doc) if doc is not None else []
        self.model.set_findings(doc, found)
        if doc is None:
            self.setWindowTitle(QCoreApplication.translate("findings", "Check these"))
            self.view.placeholder = ""
        else:
            title = QCoreApplication.translate("findings", "Check these ({0})")
            self.setWindowTitle(title.format(len(found)))
            self.view.placeholder = QCoreApplication.translate("findings", "Nothing to check")
        if meeting != self._meeting:
            self._meeting, row = meeting, 0
        elif current is not None and (same := self.model.row_of(current)) >= 0:
            row = same
        if found:
            self.view.setCurrentIndex(self.model.index(min(max(row, 0), len(found) - 1)))
        self.fold(not found)
        self.view.viewport().update()

    def focus_list(self) -> None:
        """Show the list (it may have been closed) and give it the keyboard."""
        self.show()
        self.fold(False)
        self.raise_()
        self.view.setFocus(Qt.FocusReason.ShortcutFocusReason)
        if not self.view.currentIndex().isValid() and self.model.rowCount():
            self.view.setCurrentIndex(self.model.index(0))

    def jump(self, index: QModelIndex) -> None:
        """Go to the place of the finding in row ``index``: its node in the tree, its
        page and line in the page view. The keyboard stays in the list."""
        session = self.main.session
        anomaly = self.model.anomaly(index.row()) if index.isValid() else None
        if session is None or anomaly is None:
            return
        where = place(session.doc, anomaly)
        if where.node is not None:
            self.main.select_node(where.node, scroll=False)
        if where.page is not None:
            self.main.page_view.go_to_page(where.page)
        if where.line is not None:
            self.main.page_view.scroll_to_line(where.line)
