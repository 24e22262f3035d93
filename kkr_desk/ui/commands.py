"""Undo commands: each wraps one archive operation and the inverse the archive returned.

The operation runs before the command is pushed (``push``), so a refused operation never
reaches the stack; redo after undo replays the exact inverse of the inverse. An undo or
redo the archive refuses (another clerk changed what it would restore) is told, and that
one entry leaves the stack (``setObsolete``): the others stay, since each is a patch that
checks its own fields before it changes anything, so none can replay a wrong inverse.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QWidget

from kkr_desk.domain.edits import EditError, Operation
from kkr_desk.store.archive import ConflictError
from kkr_desk.ui import messages, msgbox
from kkr_desk.ui.session import MeetingSession

log = logging.getLogger("kkr_desk.ui")


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
        self, session: MeetingSession, done: Operation, inverse: Operation, text: str
    ) -> None:
        super().__init__(text)
        self.session = session
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


def push(
    stack: QUndoStack, session: MeetingSession, op: Operation, text: str, parent: QWidget | None
) -> bool:
    """Apply ``op`` and push it on ``stack``; a refused operation is told to the clerk."""
    try:
        inverse = session.apply(op)
    except EditError as exc:
        refused(parent, session, exc)
        return False
    stack.push(OperationCommand(session, op, inverse, text))
    return True
