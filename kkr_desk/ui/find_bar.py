"""The find bar (Ctrl+F): find words in the open meeting.

It searches the meeting's derived texts as the export has them (section and item
titles, case numbers, each part's heading, text and attachments; ``kkr_desk.domain
.derive``), case-insensitively, a phrase across line breaks and hyphenation included;
the front matter is left out. The bar says "3 of 12"; Next (F3, Enter) and Previous
(Shift+F3, Shift+Enter) go from hit to hit in reading order: each selects the item (or
section) holding the hit, scrolls to the hit's line and marks every hit of that item on
its pages (``hit_marks``). Escape closes the bar and clears the marks. The hits are
found again when the query or the document changes (an edit, undo, another meeting).
Strings are translated in the context "search".
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QLineEdit, QToolBar, QToolButton

from kkr_desk.domain.derive import part_body, vocabulary
from kkr_desk.domain.document import Document, Node
from kkr_desk.ui import hit_marks
from kkr_desk.ui.hit_marks import line_hits, pattern
from kkr_desk.ui.window_base import WindowBase


@dataclass(frozen=True, slots=True)
class Found:
    """One hit: the node to select (an item, or a section for a hit in its title), the
    line the hit stands on, and the lines whose hits are marked with it (the item's)."""

    node: Node
    line: int
    marked: range


def _texts(doc: Document) -> list[tuple[Node, str, range, Node]]:
    """(node to select, derived text, its lines, node whose lines are marked) in reading
    order."""
    keep = vocabulary(doc)
    out = []
    for section in doc.sections:
        own = range(section.first, section.own_last + 1)
        out.append((section, section.title or "", own, section))
        for item in section.children:
            own = range(item.first, item.own_last + 1)
            out.append((item, "\n".join(filter(None, (item.title, item.case_number))), own, item))
            for part in item.children:
                body = part_body(doc, part, keep)
                text = "\n".join([part.heading or "", body.text, *body.attachments])
                out.append((item, text, range(part.first, part.last + 1), item))
    return out


def find(doc: Document, query: str) -> list[Found]:
    """Every hit of ``query`` (words, a phrase) in ``doc``'s derived texts, in order."""
    sought = pattern([query])
    if sought is None:
        return []
    found = []
    for node, text, lines, marked in _texts(doc):
        count = sum(1 for m in sought.finditer(text) if m.end() > m.start())
        if not count:
            continue
        rows = [(i, doc.lines[i].content) for i in lines if not doc.lines[i].furniture]
        places = [hit[0][0] for hit in line_hits(rows, sought)] or [lines.start]
        for k in range(count):  # the k-th hit of the text stands on the k-th of the lines
            line = places[min(len(places) - 1, k * len(places) // count)]
            found.append(Found(node, line, range(marked.first, marked.last + 1)))
    return found


class FindBar(QToolBar):
    """The bar, at the bottom of the window, hidden until Ctrl+F."""

    def __init__(self, window: WindowBase) -> None:
        super().__init__(QCoreApplication.translate("search", "Find"), window)
        self.main = window
        self.setObjectName("find_bar")
        self.setMovable(False)
        self.setFloatable(False)
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(QCoreApplication.translate("search", "Find in the meeting"))
        self.edit.setAccessibleName(QCoreApplication.translate("search", "Find in the meeting"))
        self.edit.setClearButtonEnabled(True)
        self.edit.setMaximumWidth(320)
        self.edit.textChanged.connect(self._query_changed)
        self.edit.returnPressed.connect(self.find_next)
        self.status = QLabel()
        self.status.setMinimumWidth(90)
        self.previous_button = self._button(
            QCoreApplication.translate("search", "Previous"),
            QCoreApplication.translate("search", "Previous hit (Shift+F3)"),
        )
        self.previous_button.clicked.connect(self.find_previous)
        self.next_button = self._button(
            QCoreApplication.translate("search", "Next"),
            QCoreApplication.translate("search", "Next hit (F3)"),
        )
        self.next_button.clicked.connect(self.find_next)
        close = self._button("✕", QCoreApplication.translate("search", "Close (Escape)"))
        close.setAccessibleName(QCoreApplication.translate("search", "Close"))
        close.clicked.connect(self.close_bar)
        self.addWidget(QLabel(QCoreApplication.translate("search", "Find:") + " "))
        for widget in (self.edit, self.previous_button, self.next_button, self.status, close):
            self.addWidget(widget)
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape.activated.connect(self.close_bar)
        self.hits: list[Found] = []
        self.at = -1  # the current hit (-1: none yet)
        self._found_in: tuple[Document | None, str] = (None, "")
        window.addToolBar(Qt.ToolBarArea.BottomToolBarArea, self)
        self.hide()

    def _button(self, text: str, tip: str) -> QToolButton:
        button = QToolButton()
        button.setText(text)
        button.setToolTip(tip)
        return button

    # -- commands ----------------------------------------------------------------------
    def open(self) -> None:
        """Show the bar with the query selected, the keyboard in it (Ctrl+F)."""
        self.show()
        self.edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.edit.selectAll()

    def close_bar(self) -> None:
        """Hide the bar and clear the marks (Escape)."""
        self.hide()
        self.main.page_view.set_marks({})
        self.main.page_view.setFocus(Qt.FocusReason.OtherFocusReason)

    def find_next(self) -> None:
        self._step(1)

    def find_previous(self) -> None:
        self._step(-1)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if enter and event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            self.find_previous()
            return
        super().keyPressEvent(event)

    # -- finding -----------------------------------------------------------------------
    def _refresh(self) -> bool:
        """Find the hits again if the query or the document changed; True if it did."""
        session = self.main.session
        doc = session.doc if session is not None else None
        query = self.edit.text()
        if self._found_in[0] is doc and self._found_in[1] == query:
            return False
        self._found_in = (doc, query)
        self.hits = find(doc, query) if doc is not None else []
        self.at = -1
        return True

    def _query_changed(self) -> None:
        """Find as the clerk types: go to the first hit at or after the selected item."""
        self._refresh()
        if not self.hits:
            self.main.page_view.set_marks({})
            self._show_status()
            return
        selected = self.main.selected_node()
        start = selected.first if selected is not None else -1
        first = next((k for k, f in enumerate(self.hits) if f.node.last >= start), 0)
        self._go(first)

    def _step(self, by: int) -> None:
        if not self.isVisible():
            self.show()
        if not self.edit.text().strip():
            self.open()
            return
        self._refresh()
        if self.hits:
            self._go((self.at + by) % len(self.hits) if self.at >= 0 else 0)
        else:
            self._show_status()

    def _go(self, at: int) -> None:
        self.at = at
        hit = self.hits[at]
        main = self.main
        if main.selected_node() is not hit.node:
            main.select_node(hit.node, scroll=False)
        sought = pattern([self.edit.text()])
        words = hit_marks.page_words(self.main.session)
        if words is not None and sought is not None:
            main.page_view.set_marks(words.marks(words.hits(hit.marked, sought)))
        main.page_view.scroll_to_line(hit.line)
        self._show_status()

    def _show_status(self) -> None:
        if not self.edit.text().strip():
            self.status.setText("")
        elif not self.hits:
            self.status.setText(QCoreApplication.translate("search", "No hits"))
        else:
            self.status.setText(
                QCoreApplication.translate("search", "{0} of {1}").format(
                    max(self.at, 0) + 1, len(self.hits)
                )
            )
