"""The item panel: the selected item's fields, texts, decision tags, review and note.

It changes nothing itself: every edit is emitted as an operation for the window to push
on the undo stack. The window puts the panel in one scroll area; the text boxes in it
do not scroll themselves but grow with their text (``fit_to_content``), so every field
is reached by scrolling the panel alone.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication, QSizeF, Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTextBrowser,
    QTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from kkr_desk.domain import edits, tags
from kkr_desk.domain.derive import part_body, vocabulary
from kkr_desk.domain.document import Document, Node, NodeKind
from kkr_desk.domain.flag import SetFlag
from kkr_desk.ui.flow_grid import FlowGrid


def tag_label(tag: str) -> str:
    """The clerk's word for a decision tag (``tags.LABELS``, translated in "tags")."""
    return QCoreApplication.translate("tags", tags.LABELS[tag])


def fit_to_content(box: QTextEdit, least_lines: int) -> None:
    """Make ``box`` as tall as its text (at least ``least_lines`` lines) and never scroll
    itself: the panel's one scroll area does the scrolling."""
    box.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    box.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    box.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
    doc = box.document()

    def fit(size: QSizeF) -> None:
        least = box.fontMetrics().lineSpacing() * least_lines + 2 * doc.documentMargin()
        margins = box.contentsMargins()
        height = max(math.ceil(size.height()), math.ceil(least))
        box.setFixedHeight(height + margins.top() + margins.bottom())

    doc.documentLayout().documentSizeChanged.connect(fit)
    fit(doc.size())


class ItemPanel(QWidget):
    operation = Signal(object, str)  # (Operation, undo text)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.item: Node | None = None
        self.number = QLineEdit()
        self.title = QLineEdit()
        self.case_number = QLineEdit()
        self.handlers = QLineEdit()
        self.handlers.setPlaceholderText(self.tr("initials, separated by /"))
        form = QFormLayout()
        form.addRow(self.tr("&Number"), self.number)
        form.addRow(self.tr("&Title"), self.title)
        form.addRow(self.tr("&Case number"), self.case_number)
        form.addRow(self.tr("H&andlers"), self.handlers)  # Alt+H is Help
        for edit in (self.number, self.title, self.case_number, self.handlers):
            edit.editingFinished.connect(self._fields_edited)

        self.tag_buttons: dict[str, QToolButton] = {}
        grid = FlowGrid(most=4)
        for number, tag in enumerate(tags.TAGS, start=1):  # the vocabulary, in order
            button = QToolButton()
            button.setCheckable(True)
            button.setText(f"{number} {tag_label(tag)}")
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.clicked.connect(lambda _=False, t=tag: self.toggle_tag(t))
            self.tag_buttons[tag] = button
            grid.add(button)
        self.confirm = QPushButton(self.tr("Confirm suggestion"))
        self.confirm.clicked.connect(self.confirm_tags)
        grid.add(self.confirm)  # after the last tag
        self.tag_state = QLabel()
        self.decision = QTextBrowser()
        fit_to_content(self.decision, 1)
        tag_box = QGroupBox(self.tr("Decision"))
        tag_layout = QVBoxLayout(tag_box)
        tag_layout.addWidget(grid)
        tag_layout.addWidget(self.tag_state)
        tag_layout.addWidget(self.decision)

        self.review = QLabel()
        self.reviewed = QPushButton(self.tr("Reviewed"))
        self.flagged = QPushButton(self.tr("Flag"))
        self.flagged.setCheckable(True)  # down while the item is flagged
        self.reviewed.clicked.connect(lambda: self.set_review("reviewed"))
        self.flagged.clicked.connect(lambda: self.toggle_flag())
        review = QHBoxLayout()
        review.addWidget(self.review, 1)
        review.addWidget(self.reviewed)
        review.addWidget(self.flagged)

        self.note = QTextEdit()
        self.note.setAcceptRichText(False)
        self.note.setPlaceholderText(self.tr("Note for this item"))
        fit_to_content(self.note, 3)
        self._note_timer = QTimer(self, singleShot=True, interval=800)
        self._note_timer.timeout.connect(self._note_edited)
        self.note.textChanged.connect(self._note_timer.start)

        self.texts = QTextBrowser()  # the parts' texts: the tree shows no part rows
        fit_to_content(self.texts, 4)
        layout = QVBoxLayout(self)
        layout.addLayout(form)  # the short fields first, the long texts last
        layout.addLayout(review)
        layout.addWidget(self.note)
        layout.addWidget(tag_box)
        layout.addWidget(self.texts)
        layout.addStretch(1)
        self.show_node(None, None)

    def scroll_area(self) -> QScrollArea | None:
        """The scroll area the window put the panel in (None outside one)."""
        parent = self.parentWidget()
        while parent is not None and not isinstance(parent, QScrollArea):
            parent = parent.parentWidget()
        return parent

    def bring_into_view(self, widget: QWidget) -> None:
        """Scroll the panel so that ``widget`` (one of its fields) is in sight."""
        area = self.scroll_area()
        if area is not None:
            area.ensureWidgetVisible(widget)

    # -- showing ------------------------------------------------------------------------
    def show_node(self, doc: Document | None, node: Node | None) -> None:
        """Show the item that ``node`` is or belongs to (nothing for sections)."""
        self._flush_note()
        item = node
        if doc is not None and node is not None and node.kind is NodeKind.PART:
            item = next((i for i in doc.items() if node in i.children), None)
        if item is not None and item.kind is not NodeKind.ITEM:
            item = None
        self.item = item
        self.setEnabled(item is not None)
        keep = vocabulary(doc) if doc is not None and item is not None else frozenset()
        values = (
            (item.number, item.title, item.case_number, "/".join(item.case_handlers))
            if item is not None
            else ("", "", "", "")
        )
        for edit, value in zip(
            (self.number, self.title, self.case_number, self.handlers), values, strict=True
        ):
            edit.setText(value or "")
            edit.setCursorPosition(0)
        marks = item.tags if item is not None else {}
        confirmed = bool(marks) and all(o == "confirmed" for o in marks.values())
        for tag, button in self.tag_buttons.items():
            button.setChecked(tag in marks)
            font = QFont(button.font())
            font.setItalic(marks.get(tag) == "suggested")
            button.setFont(font)
            tip = (
                self.tr("suggested from the decision text") if marks.get(tag) == "suggested" else ""
            )
            button.setToolTip(tip)
        suggested = any(o == "suggested" for o in marks.values())
        self.confirm.setEnabled(suggested)
        if not marks:
            self.tag_state.setText(self.tr("No decision tags."))
        elif confirmed:
            self.tag_state.setText(self.tr("Confirmed by the clerk."))
        else:
            self.tag_state.setText(self.tr("Suggestions (italic) — not yet confirmed."))
        self.review.setText(self._review_text(item))
        self.flagged.setChecked(item is not None and item.flagged)
        self.note.blockSignals(True)
        self.note.setPlainText((item.note or "") if item is not None else "")
        self.note.blockSignals(False)
        decision, html = "", []
        if item is not None and doc is not None:
            for part in item.children:
                body = part_body(doc, part, keep)
                heading = part.heading or self.tr("(text)")
                if part.heading == "Beslutning" and not decision:  # shown once, by the tags
                    decision = body.text
                    shown = self.tr("(shown under Decision above)")
                    html.append(f"<h4>{_escape(heading)}</h4><p><i>{_escape(shown)}</i></p>")
                else:
                    html.append(f"<h4>{_escape(heading)}</h4>{_paragraphs(body.text)}")
                if body.attachments:
                    names = "".join(f"<li>{_escape(a)}</li>" for a in body.attachments)
                    label = self.tr("Attachments")
                    html.append(f"<p><b>{label}</b></p><ul>{names}</ul>")
        self.decision.setPlainText(decision or self.tr("(no decision text)"))
        self.texts.setHtml("".join(html))

    def _review_text(self, item: Node | None) -> str:
        if item is None:
            return ""
        text = self.tr("Reviewed ✓") if item.review == "reviewed" else self.tr("Not reviewed")
        if item.flagged:
            text += " · " + self.tr("Flagged for follow-up")
        return text

    # -- editing ------------------------------------------------------------------------
    def _emit(self, op: edits.Operation, text: str) -> None:
        self.operation.emit(op, text)

    def _fields_edited(self) -> None:
        item = self.item
        if item is None or item.id is None:
            return
        handlers = [h.strip() for h in self.handlers.text().split("/") if h.strip()]
        wanted = {
            "number": self.number.text().strip() or None,
            "title": self.title.text().strip() or None,
            "case_number": self.case_number.text().strip() or None,
            "case_handlers": handlers,
        }
        changed = {k: v for k, v in wanted.items() if getattr(item, k) != v}
        if changed:
            self._emit(edits.SetFields(item.id, changed), self.tr("Edit item fields"))

    def toggle_tag(self, tag: str) -> None:
        """Toggle one tag; the result is the clerk's confirmed choice."""
        item = self.item
        if item is None or item.id is None:
            return
        now = set(item.tags)
        now ^= {tag}
        self._emit(
            edits.SetTags(item.id, tuple(t for t in tags.TAGS if t in now)),
            self.tr("Decision tag: {0}").format(tag_label(tag)),
        )

    def confirm_tags(self) -> None:
        if self.item is not None and self.item.id is not None:
            self._emit(edits.ConfirmTags(self.item.id), self.tr("Confirm decision tags"))

    def set_review(self, status: str, item: Node | None = None) -> None:
        """Set the review status of ``item`` (by default the one shown); setting the
        current status again clears it."""
        item = item if item is not None else self.item
        if item is None or item.id is None:
            return
        new = "unreviewed" if item.review == status else status
        self._emit(edits.SetReview(item.id, new), self.tr("Review status"))

    def toggle_flag(self, item: Node | None = None) -> None:
        """Flag ``item`` (by default the one shown) for follow-up, or take its flag off;
        its review status stays as it is."""
        item = item if item is not None else self.item
        if item is None or item.id is None:
            self.flagged.setChecked(False)
            return
        self.flagged.setChecked(item.flagged)  # until the change comes back from the archive
        self._emit(SetFlag(item.id, not item.flagged), self.tr("Flag for follow-up"))

    def _note_edited(self) -> None:
        item = self.item
        if item is None or item.id is None:
            return
        text = self.note.toPlainText().strip() or None
        if text != item.note:
            self._emit(edits.SetNote(item.id, text), self.tr("Note"))

    def _flush_note(self) -> None:
        if self._note_timer.isActive():
            self._note_timer.stop()
            self._note_edited()


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _paragraphs(text: str) -> str:
    return "".join(
        "<p>" + _escape(p).replace("\n", "<br>") + "</p>" for p in text.split("\n\n") if p
    )
