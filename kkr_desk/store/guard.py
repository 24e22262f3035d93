"""Guarding a write: who writes (``Writer``: retries on a busy archive, and the audit row
every change writes), the lock on the meeting a transaction is about to change, and the
refusal of a file that is in the archive already. ``Archive`` and ``lifecycle`` both
write through a ``Writer``."""

from __future__ import annotations

import datetime as dt
import getpass
import logging
import time
from collections.abc import Callable
from typing import Any, TypeVar

from sqlalchemy import select, update
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from kkr_desk.domain.edits import EditError
from kkr_desk.domain.errors import Coded, Templates
from kkr_desk.store.common import ArchiveError
from kkr_desk.store.db import Database
from kkr_desk.store.models import EditRow, MeetingRow

log = logging.getLogger("kkr_desk.store")
T = TypeVar("T")


# What the import of a file whose meeting is in the archive already says (lifecycle.py).
DUPLICATE_TEMPLATES: Templates = {
    "same_file": "{name} is already in the archive as meeting {meeting} (the same file); "
    "use --replace to import it again.",
    "same_meeting": "{name} is another file of meeting {meeting} (the same council, date and "
    "kind); use --replace to import it as its new version, or --as-new to keep it as a "
    "meeting of its own.",
    "imported_meanwhile": "{name} was imported by someone else just now; try again.",
}


class DuplicateMeetingError(Coded, ValueError):
    """The same source file (same SHA-256) is in the archive already (``meeting_id``)."""

    TEMPLATES = DUPLICATE_TEMPLATES

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


class ArchiveBusyError(ArchiveError):
    """Another program held the archive longer than we wait."""


def current_user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 - no login name on some systems
        return "unknown"


def _busy(exc: OperationalError) -> bool:
    text = str(exc.orig).lower()
    return any(w in text for w in ("database is locked", "busy", "lock timeout", "lock_timeout"))


class Writer:
    """Writes to an archive as ``user``: every write transaction through ``retrying``,
    every change with one audit row (``audit``)."""

    RETRIES = 4

    def __init__(self, db: Database, user: str | None = None) -> None:
        self.db = db
        self.user = (user or current_user())[:64]

    def retrying(self, work: Callable[[], T]) -> T:
        """Run a write transaction, again when the archive was busy past the busy timeout."""
        for attempt in range(self.RETRIES):
            try:
                return work()
            except OperationalError as exc:
                if not _busy(exc):
                    raise
                log.warning("the archive is busy (attempt %d): %s", attempt + 1, exc.orig)
                time.sleep(0.05 * 2**attempt)
        raise ArchiveBusyError(
            "the archive is busy: another KKR Desk has held it for too long; try again"
        )

    def audit(
        self,
        session: Session,
        meeting_id: int,
        operation: dict[str, Any],
        before: dict[str, Any],
        after: dict[str, Any],
        *,
        content: bool = True,
    ) -> int:
        """Write the audit row of a change (in its transaction); a change of the content
        bumps the meeting's revision. Returns the revision the meeting is at now."""
        revision = session.execute(
            update(MeetingRow)
            .where(MeetingRow.id == meeting_id)
            .values(revision=MeetingRow.revision + (1 if content else 0))
            .returning(MeetingRow.revision)
        ).scalar_one()
        session.add(
            EditRow(
                meeting_id=meeting_id,
                revision=revision if content else None,
                at=dt.datetime.now(dt.UTC),
                user=self.user,
                operation=operation,
                before=before,
                after=after,
            )
        )
        return revision
