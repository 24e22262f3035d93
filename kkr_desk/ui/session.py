"""The open meeting: its document as stored, and the window's one way to change it."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from kkr_desk.app.editing import apply_edit
from kkr_desk.domain.document import Document
from kkr_desk.domain.edits import Operation
from kkr_desk.store.archive import Archive, ConflictError


class MeetingSession(QObject):
    """Holds the meeting as last stored. Every change goes through ``apply``, which runs
    the archive's audited operation and takes the stored result as the new document.

    An operation is made against the document the clerk sees, so it carries that
    document's revision: the archive refuses it (``ConflictError``) when another clerk
    changed the same thing meanwhile. Undo and redo are ``Patch``es, whose own field
    checks are their precondition, so they carry none.
    """

    changed = Signal()
    # The stored meeting moved on under the window: (the document it had before, whose
    # revision tells the changes since). ``outdated``: it must be reloaded (a conflict);
    # ``overtaken``: an edit that went through brought in other clerks' changes too.
    outdated = Signal(object)
    overtaken = Signal(object)

    def __init__(self, archive: Archive, meeting_id: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.archive = archive
        self.meeting_id = meeting_id
        self.doc: Document = archive.load_to_edit(meeting_id)
        name, data = archive.source(meeting_id)
        self.source_name = name
        self.pdf: bytes | None = data if data.startswith(b"%PDF-") else None
        self.changed_nodes: set[int] | None = None  # what the last edit changed (see apply)

    def apply(self, operation: Operation) -> Operation:
        """Apply ``operation``; returns its inverse. Raises EditError, changing nothing
        (ConflictError: another clerk's change is in the way; ``outdated`` is emitted
        after the caller has told the clerk, by ``conflict``)."""
        before = self.doc
        try:
            edited = apply_edit(self.archive, self.meeting_id, operation, before)
        except Exception:
            if self.archive.spoiled(self.doc):  # the failed edit may have changed it
                self.doc = self.archive.load_to_edit(self.meeting_id)  # as stored
                self.changed_nodes = None
                self.changed.emit()
            raise
        # the nodes it changed, when the document was changed in place (the tree follows
        # row by row); None: a document object the window has not shown (rebuild it)
        self.changed_nodes = set(edited.inverse.nodes) if edited.doc is before else None
        self.doc = edited.doc
        self.changed.emit()
        if edited.others:
            self.overtaken.emit(before)
        return edited.inverse

    def reload(self) -> Document:
        """Load the meeting as it is stored now; returns the document it replaces."""
        before, self.doc = self.doc, self.archive.load_to_edit(self.meeting_id)
        self.changed_nodes = None
        return before

    def conflict(self, _exc: ConflictError) -> None:
        """A refused operation: the window's copy is out of date, have it reloaded."""
        self.outdated.emit(self.doc)
