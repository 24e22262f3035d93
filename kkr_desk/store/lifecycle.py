"""A meeting's life in the archive: imported, re-imported as a new version (keeping the
clerk's work and the audit trail), deleted into the trash, restored, purged.

Each is one write transaction with one audit row (``Archive.audit``). A re-import keeps
the previous content as an earlier version (a meeting row in the trash, ``replaced_by``
the meeting), so it can be undone by swapping the versions back; emptying the trash
removes those versions too. Nothing here deletes the audit trail.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import delete, insert, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from kkr_desk.domain.carry import carry_over
from kkr_desk.domain.document import AnomalyKind, Document
from kkr_desk.domain.edits import EditError
from kkr_desk.store import convert, search_index, write
from kkr_desk.store.guard import DuplicateMeetingError, Writer, lock
from kkr_desk.store.models import LineRow, MeetingRow, NodeRow, SourceRow

log = logging.getLogger("kkr_desk.store")

# The meeting columns that belong to its content (what a re-import replaces).
CONTENT = (
    "body",
    "date",
    "kind",
    "source_name",
    "source_sha256",
    "pages",
    "participants",
    "absent",
    "imported_at",
    "page_starts",
    "anomalies",
)


class SameMeetingError(DuplicateMeetingError):
    """Another file of a meeting that is in the archive already (same council, date and
    kind): importing it again is a re-import, and says so."""


@dataclass
class ImportReport:
    meeting_id: int
    replaced: bool = False  # a re-import into an existing meeting
    version: int | None = None  # the earlier version kept in the trash
    carried: list[str] = field(default_factory=list)
    not_carried: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class TrashEntry:
    id: int
    body: str
    date: dt.date | None
    kind: str
    source_name: str
    deleted_at: dt.datetime
    deleted_by: str | None
    replaced_by: int | None  # an earlier version of this meeting


def _live(session: Session, *where: Any) -> int | None:
    return session.scalar(
        select(MeetingRow.id).where(MeetingRow.deleted_at.is_(None), *where).order_by(MeetingRow.id)
    )


def import_meeting(
    archive: Writer, doc: Document, source: bytes, *, replace: bool = False, as_new: bool = False
) -> ImportReport:
    """Import ``doc`` (parsed from ``source``) as a new meeting, or — the same file again
    or another file of the same council, date and kind — with ``replace`` as a new
    version of that meeting; without ``replace`` those are refused, except another file
    of the same council, date and kind with ``as_new`` (a supplementary agenda, say),
    which becomes a meeting of its own."""
    if any(node.id is not None for node in doc.walk()):
        raise ValueError("this document is stored already: parse the file again")
    sha = hashlib.sha256(source).hexdigest()
    info = doc.meeting

    def work() -> ImportReport:
        with archive.db.transaction() as session:
            same_file = _live(session, MeetingRow.source_sha256 == sha)
            same_meeting = same_file
            if same_meeting is None and not as_new:
                same_meeting = _live(
                    session,
                    MeetingRow.body == (info.body or ""),
                    MeetingRow.date == info.date,
                    MeetingRow.kind == info.kind,
                )
            if same_meeting is None:
                return ImportReport(_insert(session, doc, source, sha))
            if not replace:
                if same_file is not None:
                    raise DuplicateMeetingError(
                        f"{doc.source_name} is already in the archive as meeting {same_file}"
                        " (the same file); use --replace to import it again.",
                        same_file,
                    )
                raise SameMeetingError(
                    f"{doc.source_name} is another file of meeting {same_meeting} (the same "
                    "council, date and kind); use --replace to import it as its new version, or "
                    "--as-new to keep it as a meeting of its own.",
                    same_meeting,
                )
            return _reimport(archive, session, same_meeting, doc, source, sha)

    try:
        report = archive.retrying(work)
    except IntegrityError:  # another clerk imported the same file at the same moment
        raise DuplicateMeetingError(
            f"{doc.source_name} was imported by someone else just now; try again."
        ) from None
    log.info("imported %s as meeting %d", doc.source_name, report.meeting_id)
    return report


def _insert(session: Session, doc: Document, source: bytes, sha: str, **extra: Any) -> int:
    now = dt.datetime.now(dt.UTC)
    meeting_id = session.scalar(
        insert(MeetingRow)
        .values({**convert.meeting_row(doc, sha, now), **extra})
        .returning(MeetingRow.id)
    )
    assert meeting_id is not None
    session.execute(insert(SourceRow).values(meeting_id=meeting_id, data=source))
    write.insert_meeting(session, meeting_id, doc)
    search_index.index_meeting(session, meeting_id)
    return int(meeting_id)


def _damaged(doc: Document) -> bool:
    """The meeting was imported with its damage accepted (a weak or rejected heading is no
    damage: its file parses without accepting any)."""
    return any(a.kind is AnomalyKind.DAMAGED for a in doc.meeting.anomalies)


def _original(stored_source: bytes, name: str, anomalies: bool) -> Document | None:
    """The parse of the file a meeting was imported from (what the clerk started with)."""
    from kkr_desk.parse import ParseError, parse_bytes

    try:
        return parse_bytes(stored_source, name, accept_damaged=anomalies)
    except ParseError:  # a parser that no longer reads it: corrections can't be told apart
        return None


def _reimport(
    archive: Writer, session: Session, meeting_id: int, doc: Document, source: bytes, sha: str
) -> ImportReport:
    lock(session, meeting_id)
    stored = convert.load(session, meeting_id)
    old = stored.doc
    old_source = session.scalar(select(SourceRow.data).where(SourceRow.meeting_id == meeting_id))
    report = carry_over(old, doc, _original(old_source or b"", old.source_name, _damaged(old)))
    structural = _structural_edits(archive, session, meeting_id)
    if structural:
        report.not_carried.append(
            f"{structural} structure changes (split, merge, boundaries, headings): the new "
            "file's structure is used"
        )
    incoming = _insert(
        session, doc, source, sha, replaced_by=meeting_id, deleted_at=dt.datetime.now(dt.UTC)
    )
    version = swap_in(session, meeting_id, incoming, archive.user)
    archive.audit(
        session,
        meeting_id,
        {
            "op": "reimport",
            "source_name": doc.source_name,
            "version": version,
            "carried": report.carried,
            "not_carried": report.not_carried,
        },
        {
            "source_sha256": old_source and hashlib.sha256(old_source).hexdigest(),
            "version": version,
        },
        {"source_sha256": sha},
    )
    return ImportReport(meeting_id, True, version, report.carried, report.not_carried)


STRUCTURAL = frozenset({"split", "merge", "move_start", "make_heading", "change_level"})


def _structural_edits(archive: Writer, session: Session, meeting_id: int) -> int:
    """Structure edits since the meeting's content was last replaced."""
    from kkr_desk.store.models import EditRow

    count = 0
    for op in session.scalars(
        select(EditRow.operation).where(EditRow.meeting_id == meeting_id).order_by(EditRow.id)
    ):
        name = op.get("op")
        if name in ("reimport", "restore-version"):
            count = 0
        elif name in STRUCTURAL:
            count += 1
    return count


def swap_in(session: Session, meeting_id: int, version: int, user: str) -> int:
    """Make the content of meeting row ``version`` the content of ``meeting_id``; the
    content it had becomes a new earlier version (returned); the row ``version`` goes."""
    now = dt.datetime.now(dt.UTC)
    current = session.execute(
        select(*(getattr(MeetingRow, c) for c in CONTENT)).where(MeetingRow.id == meeting_id)
    ).one()
    incoming = session.execute(
        select(*(getattr(MeetingRow, c) for c in CONTENT)).where(MeetingRow.id == version)
    ).one()
    kept = session.scalar(
        insert(MeetingRow)
        .values(
            {
                **dict(zip(CONTENT, current, strict=True)),
                "replaced_by": meeting_id,
                "deleted_at": now,
            }
        )
        .returning(MeetingRow.id)
    )
    for table in (LineRow, NodeRow, SourceRow):  # the source file goes with its content
        session.execute(update(table).where(table.meeting_id == meeting_id).values(meeting_id=kept))
        session.execute(
            update(table).where(table.meeting_id == version).values(meeting_id=meeting_id)
        )
    session.execute(
        update(MeetingRow)
        .where(MeetingRow.id == meeting_id)
        .values(dict(zip(CONTENT, incoming, strict=True)))
    )
    session.execute(delete(MeetingRow).where(MeetingRow.id == version))
    assert kept is not None
    return int(kept)


def restore_version(archive: Writer, meeting_id: int, version: int) -> int:
    """Bring an earlier version back as the meeting's content (undo of a re-import);
    returns the version that now holds the content it replaced (to redo)."""

    def work() -> int:
        with archive.db.transaction() as session:
            lock(session, meeting_id)
            owner = session.scalar(select(MeetingRow.replaced_by).where(MeetingRow.id == version))
            if owner != meeting_id:
                raise EditError(
                    f"meeting {version} is not an earlier version of meeting {meeting_id}"
                )
            kept = swap_in(session, meeting_id, version, archive.user)
            archive.audit(
                session,
                meeting_id,
                {"op": "restore-version", "version": version, "kept": kept},
                {"version": version},
                {"version": kept},
            )
            return kept

    return archive.retrying(work)


def delete_meeting(archive: Writer, meeting_id: int) -> None:
    """Move a meeting into the trash."""

    def work() -> None:
        with archive.db.transaction() as session:
            lock(session, meeting_id)
            now = dt.datetime.now(dt.UTC)
            session.execute(
                update(MeetingRow)
                .where(MeetingRow.id == meeting_id)
                .values(deleted_at=now, deleted_by=archive.user)
            )
            archive.audit(
                session,
                meeting_id,
                {"op": "delete"},
                {"deleted": False},
                {"deleted": True},
                content=False,
            )

    archive.retrying(work)


def restore_meeting(archive: Writer, meeting_id: int) -> None:
    """Take a meeting out of the trash, as it was."""

    def work() -> None:
        with archive.db.transaction() as session:
            lock(session, meeting_id, deleted=True)
            row = session.execute(
                select(
                    MeetingRow.deleted_at, MeetingRow.replaced_by, MeetingRow.source_sha256
                ).where(MeetingRow.id == meeting_id)
            ).one()
            if row.deleted_at is None:
                raise EditError(f"meeting {meeting_id} is not in the trash")
            if row.replaced_by is not None:
                raise EditError(
                    f"meeting {meeting_id} is an earlier version of meeting {row.replaced_by}:"
                    " undo its re-import instead"
                )
            twin = _live(session, MeetingRow.source_sha256 == row.source_sha256)
            if twin is not None:
                raise EditError(f"the same file is in the archive as meeting {twin}")
            session.execute(
                update(MeetingRow)
                .where(MeetingRow.id == meeting_id)
                .values(deleted_at=None, deleted_by=None)
            )
            archive.audit(
                session,
                meeting_id,
                {"op": "restore"},
                {"deleted": True},
                {"deleted": False},
                content=False,
            )

    archive.retrying(work)


def trash(archive: Writer) -> list[TrashEntry]:
    with archive.db.session() as session:
        rows = session.execute(
            select(
                MeetingRow.id,
                MeetingRow.body,
                MeetingRow.date,
                MeetingRow.kind,
                MeetingRow.source_name,
                MeetingRow.deleted_at,
                MeetingRow.deleted_by,
                MeetingRow.replaced_by,
            )
            .where(MeetingRow.deleted_at.is_not(None))
            .order_by(MeetingRow.deleted_at, MeetingRow.id)
        ).all()
    return [
        TrashEntry(meeting, body, date, kind, name, deleted_at, by, replaced_by)
        for meeting, body, date, kind, name, deleted_at, by, replaced_by in rows
        if deleted_at is not None
    ]


def empty_trash(archive: Writer) -> int:
    """Remove every meeting in the trash for good (their audit trails stay, with a
    ``purge`` row); returns how many."""

    def work() -> int:
        with archive.db.transaction() as session:
            ids = list(
                session.scalars(select(MeetingRow.id).where(MeetingRow.deleted_at.is_not(None)))
            )
            for meeting_id in ids:
                archive.audit(session, meeting_id, {"op": "purge"}, {}, {}, content=False)
            if ids:
                search_index.forget(session, ids)
                session.execute(delete(MeetingRow).where(MeetingRow.id.in_(ids)))
            return len(ids)

    return archive.retrying(work)
