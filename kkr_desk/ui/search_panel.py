"""The archive search (Ctrl+Shift+F): a dock "Search the archive" with a query field and
the hits of ``kkr_desk.app.search`` in every live meeting, best first.

A row shows where the hit is (meeting · item number · title) over its snippet, the
matched words in bold (``HitDelegate`` draws the row as rich text). The search runs as
the clerk types (after a short pause) or at Enter, on the GUI thread: the index answers
in milliseconds. Activating a row (click, Enter) opens the hit's meeting, selects its
item and marks the matched words on the page, in the lines of the part (or the item's
heading) the hit is in (``hit_marks``); a hit in a note has nothing on the page to mark.
Strings are translated in the context "search".
"""

from __future__ import annotations

import html
import time
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
    QTimer,
)
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QFont,
    QFontMetrics,
    QPainter,
    QPalette,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDockWidget,
    QLabel,
    QLineEdit,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from kkr_desk.app.search import Hit, search
from kkr_desk.domain.document import Node
from kkr_desk.ui import hit_marks
from kkr_desk.ui.hit_marks import pattern
from kkr_desk.ui.window_base import WindowBase

Index = QModelIndex | QPersistentModelIndex
HIT_ROLE = Qt.ItemDataRole.UserRole + 1
HTML_ROLE = Qt.ItemDataRole.UserRole + 2
_ROOT = QModelIndex()
PAUSE_MS = 250  # typing pause before the search runs
LIMIT = 50  # hits listed; when all are used, the count says more were found


def heading(hit: Hit) -> list[str]:
    """The item of the hit: its number, title, and "note" for a hit in its note."""
    parts = [hit.item_number or "", hit.item_title or ""]
    if hit.field == "note":
        parts.append(QCoreApplication.translate("search", "note"))
    return parts


def place(hit: Hit) -> str:
    """Where the hit is: "KKR Nordjylland · 18.11.2022 · referat · 2.1 · Title"."""
    return " · ".join(p for p in [hit.meeting_label, *heading(hit)] if p)


def snippet_html(snippet: str) -> str:
    """The snippet as rich text: the words in "[" "]" bold, the rest escaped."""
    out, bold = [], False
    for piece in snippet.replace("]", "[").split("["):
        if piece:
            out.append(f"<b>{html.escape(piece)}</b>" if bold else html.escape(piece))
        bold = not bold
    return "".join(out)


def plain(snippet: str) -> str:
    return snippet.replace("[", "").replace("]", "")


class HitModel(QAbstractListModel):
    """One row per hit, in the order given (best first)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.hits: list[Hit] = []

    def set_hits(self, hits: list[Hit]) -> None:
        self.beginResetModel()
        self.hits = list(hits)
        self.endResetModel()

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.hits)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.hits):
            return None
        hit = self.hits[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return f"{place(hit)}\n{plain(hit.snippet)}"
        if role == HTML_ROLE:
            return f"<b>{html.escape(place(hit))}</b><br>{snippet_html(hit.snippet)}"
        if role == HIT_ROLE:
            return hit
        return None


class HitDelegate(QStyledItemDelegate):
    """Draws a row: the item (number · title) in bold, the meeting, each on one line
    (elided), then the snippet as rich text, its matched words in bold, on up to
    ``SNIPPET_LINES`` lines."""

    SNIPPET_LINES = 3
    PAD = 4

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget is not None else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        hit: Hit | None = index.data(HIT_ROLE)
        if hit is None:
            return
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        color = option.palette.color(role)
        rect = option.rect.adjusted(self.PAD, self.PAD // 2, -self.PAD, -self.PAD // 2)
        bold = QFont(option.font)
        bold.setBold(True)
        metrics = QFontMetrics(bold)
        painter.save()
        painter.setClipRect(option.rect)
        painter.setFont(bold)
        painter.setPen(color)
        item = " · ".join(p for p in heading(hit) if p)
        head = metrics.elidedText(item, Qt.TextElideMode.ElideRight, rect.width())
        painter.drawText(rect.left(), rect.top() + metrics.ascent(), head)
        painter.setFont(option.font)
        label = option.fontMetrics.elidedText(
            hit.meeting_label, Qt.TextElideMode.ElideRight, rect.width()
        )
        top = rect.top() + metrics.lineSpacing()
        painter.drawText(rect.left(), top + option.fontMetrics.ascent(), label)
        top += option.fontMetrics.lineSpacing()
        doc = QTextDocument()
        doc.setDefaultFont(option.font)
        doc.setDocumentMargin(0)
        doc.setHtml(snippet_html(hit.snippet))
        doc.setTextWidth(max(40, rect.width()))
        context = QAbstractTextDocumentLayout.PaintContext()
        context.palette.setColor(QPalette.ColorRole.Text, color)
        painter.translate(rect.left(), top)
        painter.setClipRect(0, 0, rect.width(), rect.bottom() - top)
        doc.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        height = option.fontMetrics.lineSpacing() * (2 + self.SNIPPET_LINES) + self.PAD + 2
        return QSize(max(100, option.rect.width()), height)


class SearchDock(QDockWidget):
    """The dock (right), hidden until Ctrl+Shift+F. ``run`` searches now; ``jump`` goes
    to a hit."""

    def __init__(self, window: WindowBase) -> None:
        super().__init__(QCoreApplication.translate("search", "Search the archive"), window)
        self.main = window
        self.setObjectName("search")
        self.query = QLineEdit()
        self.query.setPlaceholderText(QCoreApplication.translate("search", "Words to search for"))
        self.query.setAccessibleName(QCoreApplication.translate("search", "Search the archive"))
        self.query.setClearButtonEnabled(True)
        self.count = QLabel()
        self.model = HitModel(self)
        self.view = QListView()
        self.view.setModel(self.model)
        self.view.setItemDelegate(HitDelegate(self.view))
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setUniformItemSizes(True)
        self.view.setWordWrap(True)
        self.view.setAccessibleName(QCoreApplication.translate("search", "Hits"))
        self.view.activated.connect(self.jump)
        self.view.clicked.connect(self.jump)
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(4, 4, 4, 4)
        for widget in (self.query, self.count, self.view):
            layout.addWidget(widget)
        self.setWidget(box)
        self.timer = QTimer(self, singleShot=True, interval=PAUSE_MS)
        self.timer.timeout.connect(self.run)
        self.query.textChanged.connect(self.timer.start)
        self.query.returnPressed.connect(self.run)
        self.seconds = 0.0  # how long the last search took
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self)
        self.setMinimumWidth(320)
        self.hide()

    def open(self) -> None:
        """Show the dock, the keyboard in the query (Ctrl+Shift+F); the hits are found
        again, since the archive may have changed."""
        self.show()
        self.raise_()
        self.query.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.query.selectAll()
        if self.query.text().strip():
            self.run()

    def run(self) -> None:
        """Search the archive for the query now."""
        self.timer.stop()
        query = self.query.text()
        started = time.perf_counter()
        hits = search(self.main.archive, query, limit=LIMIT) if query.strip() else []
        self.seconds = time.perf_counter() - started
        self.model.set_hits(hits)
        if not query.strip():
            self.count.setText("")
        elif not hits:
            self.count.setText(QCoreApplication.translate("search", "No hits"))
        elif len(hits) < LIMIT:
            self.count.setText(QCoreApplication.translate("search", "Hits: {0}").format(len(hits)))
        else:  # more were found: the best shown (app.search says how they were chosen)
            self.count.setText(
                QCoreApplication.translate(
                    "search", "The best {0} hits: add a word to narrow"
                ).format(len(hits))
            )
        if hits:
            self.view.setCurrentIndex(self.model.index(0))

    def jump(self, index: QModelIndex) -> None:
        """Open the meeting of the hit in row ``index``, select its item, mark its words."""
        hit = index.data(HIT_ROLE) if index.isValid() else None
        main = self.main
        if hit is None:
            return
        if main.session is None or main.session.meeting_id != hit.meeting_id:
            if main.meetings.row_of(hit.meeting_id) < 0:  # gone meanwhile
                self.run()
                return
            main.open_meeting(hit.meeting_id)
        session = main.session
        assert session is not None
        doc = session.doc
        item = next((n for n in doc.items() if n.id == hit.item_id), None)
        if item is None and hit.item_number is not None:
            item = next((n for n in doc.items() if n.number == hit.item_number), None)
        if item is None:
            return
        main.select_node(item)
        lines = self._lines(item, hit)
        sought = pattern(hit.terms)
        words = hit_marks.page_words(self.main.session)
        found = words.hits(lines, sought) if sought is not None and words is not None else []
        if words is not None:
            main.page_view.set_marks(words.marks(found))
        if found:
            main.page_view.scroll_to_line(found[0][0][0])

    def _lines(self, item: Node, hit: Hit) -> range:
        """The lines the hit's words stand in: its part's, or the item's own lines."""
        doc = self.main.session.doc if self.main.session is not None else None
        if hit.field == "note" or doc is None:
            return range(0)
        if hit.field == "text" and hit.first_line is not None and hit.first_line in item:
            part = doc.deepest(hit.first_line)
            if part is not None and part is not item:
                return range(part.first, part.last + 1)
        if hit.field == "text":
            return range(item.first, item.last + 1)
        return range(item.first, item.own_last + 1)
