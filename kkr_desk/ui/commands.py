"""Undo commands: each wraps one archive operation and the inverse the archive returned.

The operation runs before the command is pushed (``push``), so a refused operation never
reaches the stack; redo after undo replays the exact inverse of the inverse.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QWidget

from kkr_desk.domain.edits import EditError, Operation
from kkr_desk.ui import msgbox
from kkr_desk.ui.session import MeetingSession

log = logging.getLogger("kkr_desk.ui")


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
            msgbox.error(None, "KKR Desk", str(exc))
            stack = self.session.findChild(QUndoStack)
            if stack is not None:  # the history no longer matches the meeting
                QTimer.singleShot(0, stack.clear)
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
        msgbox.error(parent, QCoreApplication.translate("commands", "Cannot do that"), str(exc))
        return False
    stack.push(OperationCommand(session, op, inverse, text))
    return True
