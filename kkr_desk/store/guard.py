"""Guarding a write: the lock on the meeting a transaction is about to change, and the
refusal of a file that is in the archive already."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from kkr_desk.domain.edits import EditError
from kkr_desk.store.models import MeetingRow


class DuplicateMeetingError(ValueError):
    """The same source file (same SHA-256) is in the archive already (``meeting_id``)."""

    def __init__(self, message: str, meeting_id: int | None = None) -> None:
        super().__init__(message)
        self.meeting_id = meeting_id


def lock(session: Session, meeting_id: int, *, deleted: bool = False) -> int:
    """Lock the meeting for this write transaction and return its revision. (SQLite: the
    transaction holds the archive's write lock already; PostgreSQL: the row lock.)"""
    row = session.execute(
        select(MeetingRow.revision, MeetingRow.deleted_at)
        .where(MeetingRow.id == meeting_id)
        .with_for_update()
    ).one_or_none()
    if row is None:
        raise LookupError(f"there is no meeting {meeting_id} in the archive")
    if row[1] is not None and not deleted:
        raise EditError(f"meeting {meeting_id} is in the trash: restore it first")
    return int(row[0])
