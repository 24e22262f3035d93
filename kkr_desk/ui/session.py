"""The open meeting: its document as stored, and the window's one way to change it."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from kkr_desk.domain.document import Document
from kkr_desk.domain.edits import Operation
from kkr_desk.store.archive import Archive


class MeetingSession(QObject):
    """Holds the meeting as last stored. Every change goes through ``apply``, which runs
    the archive's audited operation and takes the stored result as the new document."""

    changed = Signal()

    def __init__(self, archive: Archive, meeting_id: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.archive = archive
        self.meeting_id = meeting_id
        self.doc: Document = archive.load(meeting_id)
        name, data = archive.source(meeting_id)
        self.source_name = name
        self.pdf: bytes | None = data if data.startswith(b"%PDF-") else None

    def apply(self, operation: Operation) -> Operation:
        """Apply ``operation``; returns its inverse. Raises EditError, changing nothing."""
        inverse, self.doc = self.archive.apply_and_load(self.meeting_id, operation)
        self.changed.emit()
        return inverse
