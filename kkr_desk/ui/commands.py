"""Undo commands: each wraps one archive operation and the inverse the archive returned.

The operation runs before the command is pushed (``push``), so a refused operation never
reaches the stack; redo after undo replays the exact inverse of the inverse. An undo or
redo the archive refuses (another clerk changed what it would restore) is told, and that
one entry leaves the stack (``setObsolete``): the others stay, since each is a patch that
checks its own fields before it changes anything, so none can replay a wrong inverse.

Every edit pushed, undone or redone is told in the window's status bar (``tell``): the
command's text and the number of the item (or section) it touched, e.g. "Split item 2.1",
"Undone: Split item 2.1". The number is taken when the edit is made, so undo and redo
name the same place.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QMainWindow, QWidget

from kkr_desk.domain.document import Document
from kkr_desk.domain.edits import EditError, Operation
from kkr_desk.domain.tree import find
from kkr_desk.store.archive import ConflictError
from kkr_desk.ui import messages, msgbox
from kkr_desk.ui.findings_panel import number_at
from kkr_desk.ui.session import MeetingSession

log = logging.getLogger("kkr_desk.ui")
STATUS_MS = 8000  # how long an edit's message stays in the status bar


def number_of(doc: Document, op: Operation) -> str | None:
    """The number of the item (else section) ``op`` acts on in ``doc``: its node's, else
    its line's; None when neither is in ``doc`` or the place is in the front matter."""
    node_id, line = getattr(op, "node", None), getattr(op, "line", None)
    node = find(doc, node_id) if isinstance(node_id, int) else None
    if node is not None:
        line = node.first
    if isinstance(line, int) and 0 <= line < len(doc.lines):
        return number_at(doc, line)
    return None


def message(text: str, number: str | None, which: str = "do") -> str:
    """The status bar's words for an edit: done, undone or redone (``which``)."""
    what = f"{text} {number}" if number else text
    if which == "undo":
        return QCoreApplication.translate("commands", "Undone: {0}").format(what)
    if which == "redo":
        return QCoreApplication.translate("commands", "Redone: {0}").format(what)
    return what


def tell(parent: QWidget | None, text: str) -> None:
    """Show ``text`` in the status bar of ``parent``'s window, unless something else was
    said there while the edit ran (another clerk's change brought in with it)."""
    window = parent.window() if parent is not None else None
    if isinstance(window, QMainWindow) and not window.statusBar().currentMessage():
        window.statusBar().showMessage(text, STATUS_MS)


def _quiet(parent: QWidget | None) -> None:
    window = parent.window() if parent is not None else None
    if isinstance(window, QMainWindow):
        window.statusBar().clearMessage()


def refused(
    parent: QWidget | None, session: MeetingSession, exc: EditError, *, undo: bool = False
) -> None:
    """Tell the clerk why an operation was refused; after a conflict, reload the meeting."""
    title = QCoreApplication.translate("commands", "Cannot do that")
    if isinstance(exc, ConflictError):
        from kkr_desk.ui.follow import conflict_text

        log.info("conflict: %s", exc)
        seen = session.doc.revision  # the changes after it are what the clerk did not see
        session.conflict(exc)  # reloaded first: the message is read over the fresh view
        msgbox.error(parent, title, conflict_text(exc, undo=undo, since=seen))
        return
    msgbox.error(parent, title, messages.text(exc))


class OperationCommand(QUndoCommand):
    def __init__(
        self,
        session: MeetingSession,
        done: Operation,
        inverse: Operation,
        text: str,
        *,
        number: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(text)
        self.session = session
        self.number = number  # the item or section the edit touched, for the status bar
        self.window = parent
        self._redo = done
        self._undo = inverse
        self._applied = True  # push() runs redo() at once: the operation is applied already

    def redo(self) -> None:
        if self._applied:
            return
        self._run("redo")

    def undo(self) -> None:
        self._run("undo")

    def _run(self, which: str) -> None:
        op = self._redo if which == "redo" else self._undo
        _quiet(self.window)
        try:
            inverse = self.session.apply(op)
        except EditError as exc:
            log.warning("%s of '%s' failed: %s", which, self.text(), exc)
            self.setObsolete(True)  # QUndoStack drops this entry, the index stays right
            refused(None, self.session, exc, undo=True)
            return
        if which == "redo":
            self._undo, self._applied = inverse, True
        else:
            self._redo, self._applied = inverse, False
        tell(self.window, message(self.text(), self.number, which))


def push(
    stack: QUndoStack, session: MeetingSession, op: Operation, text: str, parent: QWidget | None
) -> bool:
    """Apply ``op`` and push it on ``stack``; a refused operation is told to the clerk, a
    done one in the status bar."""
    # read now: the edit changes the document in place, and a merged node is gone after it
    number_before = number_of(session.doc, op)
    _quiet(parent)
    try:
        inverse = session.apply(op)
    except EditError as exc:
        refused(parent, session, exc)
        return False
    number = number_of(session.doc, op) or number_before
    stack.push(OperationCommand(session, op, inverse, text, number=number, parent=parent))
    tell(parent, message(text, number))
    return True
