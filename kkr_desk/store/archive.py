"""The archive: import meetings, and change them through one audited, invertible path.

``Archive.apply(meeting_id, operation)`` is the only code that changes a stored meeting's
content. In one write transaction that holds the meeting's lock *before* it reads, it
loads the meeting as it is now, applies the operation, checks the invariants, writes only
what changed, refreshes the derived text, bumps the meeting's revision and writes one
audit row (who, when, what, before, after). It returns the inverse: a ``Patch`` that
goes through the same path. An operation made against an older revision is applied only
when nothing changed meanwhile touches what it changes; otherwise ``ConflictError`` names
the change and who made it. Re-import and the trash are in ``store/lifecycle.py``.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
from collections.abc import Generator, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kkr_desk.domain.document import Document, InvariantError, NodeKind, check_invariants
from kkr_desk.domain.edits import EditError, Operation
from kkr_desk.domain.scope import scope_of
from kkr_desk.store import convert, lifecycle, records, search_index, states, write
from kkr_desk.store.db import Database
from kkr_desk.store.guard import DuplicateMeetingError, Writer, lock
from kkr_desk.store.models import EditRow, MeetingRow, NodeRow, SourceRow
from kkr_desk.store.patch import Footprint, Patch, StaleError, footprint_of, overlaps

__all__ = ["Archive", "ConflictError", "DuplicateMeetingError", "MeetingSummary", "Patch"]

log = logging.getLogger("kkr_desk.store")
T = TypeVar("T")

# Operations that replace a meeting's content as a whole: anything made before them is stale.
WHOLE_MEETING = frozenset({"reimport", "restore-version"})


@dataclass(frozen=True)
class Change:
    """One audited change, as the clerk is told about it."""

    revision: int | None
    user: str
    at: dt.datetime
    op: str


class ConflictError(EditError):
    """The meeting changed since the edit was made, where the edit would change it too
    (or its node or line is gone): it is refused, never merged blindly."""

    def __init__(self, reason: str, changes: list[Change]) -> None:
        who = ", ".join(sorted({c.user for c in changes})) or "someone"
        what = ", ".join(dict.fromkeys(c.op for c in changes)) or "a change"
        super().__init__(f"the meeting was changed meanwhile by {who} ({what}): {reason}")
        self.reason = reason
        self.changes = changes


@dataclass(frozen=True)
class MeetingSummary:
    id: int
    body: str
    date: dt.date | None
    kind: str
    source_name: str
    items: int
    reviewed: int


class Archive(Writer):
    """The meeting archive: import, reading, and the one mutation path.

    The meeting last edited is kept as it was written (``_kept``: its revision and its
    ``Stored``), and the next edit of it starts from there instead of loading it again
    (issue 13: an edit should cost what it changes). It is used only when the meeting's
    revision, read under the write lock, is still the one it was written at: every
    writer, in any process, moves the revision. It is dropped as an edit starts and kept
    again only once the edit is committed. The document an edit returns is the kept one:
    the next edit changes that object in place, and one that fails may leave it changed
    (``spoiled`` says so: load it again).
    """

    def __init__(self, db: Database, user: str | None = None) -> None:
        super().__init__(db, user)
        self._kept: tuple[int, int, convert.Stored] | None = None  # meeting, revision, state
        self._spoiled: Document | None = None  # the kept document of an edit that failed

    def spoiled(self, doc: Document) -> bool:
        """Whether ``doc`` (returned by an edit) was the start of a later edit that failed,
        which may have changed it: the caller should load the meeting again."""
        return self._spoiled is doc

    # -- import -------------------------------------------------------------------------
    def import_document(
        self, doc: Document, source: bytes, *, replace: bool = False, as_new: bool = False
    ) -> int:
        """Store a parsed document with its source file; returns the meeting id.

        The same file again is refused (DuplicateMeetingError) unless ``replace``, which
        re-imports it into the same meeting (see ``lifecycle.reimport``).
        """
        report = lifecycle.import_meeting(self, doc, source, replace=replace, as_new=as_new)
        return report.meeting_id

    # -- reading ------------------------------------------------------------------------
    def load(self, meeting_id: int) -> Document:
        with self.db.session() as session:
            return convert.load(session, meeting_id).doc

    def load_to_edit(self, meeting_id: int) -> Document:
        """``load``, for a caller that changes the document only through ``apply``: the
        next edit starts from this very document and changes it in place (the window's
        tree then follows the rows that changed instead of being built again)."""
        with self.db.session() as session:
            stored = convert.load(session, meeting_id)
        self._kept = (meeting_id, stored.doc.revision, stored)
        return stored.doc

    def revision(self, meeting_id: int) -> tuple[int, bool] | None:
        """The meeting's revision and whether it is in the trash; None: no such meeting.
        One indexed row: cheap enough to ask every few seconds."""
        with self.db.session() as session:
            row = session.execute(
                select(MeetingRow.revision, MeetingRow.deleted_at).where(
                    MeetingRow.id == meeting_id
                )
            ).one_or_none()
        return None if row is None else (row[0], row[1] is not None)

    def changes_since(self, meeting_id: int, revision: int) -> list[Change]:
        with self.db.session() as session:
            return _changes(session, meeting_id, revision)

    def meetings(self) -> list[MeetingSummary]:
        """The live meetings by date, with their item and review counts. Each count is a
        subquery per meeting that reads the index ``ix_node_meeting_kind_review`` alone
        (a GROUP BY over every node took twice as long). Core on the tables: the first
        query at start-up, it compiles faster than through the ORM (issue 13)."""
        m, n = MeetingRow.__table__.c, NodeRow.__table__.c

        def items(*where: Any) -> Any:
            return (
                select(func.count())
                .where(n.meeting_id == m.id, n.kind == NodeKind.ITEM.value, *where)
                .scalar_subquery()
            )

        query = (
            select(
                m.id,
                m.body,
                m.date,
                m.kind,
                m.source_name,
                items(),
                items(n.review_status == "reviewed"),
            )
            .where(m.deleted_at.is_(None))
            .order_by(m.date, m.id)
        )
        with self.db.session() as session:
            return [MeetingSummary(*row) for row in session.connection().execute(query)]

    def source(self, meeting_id: int) -> tuple[str, bytes]:
        """The stored source file: its name and bytes."""
        with self.db.session() as session:
            m, s = MeetingRow.__table__, SourceRow.__table__  # Core: read at start-up
            row = session.execute(
                select(m.c.source_name, s.c.data)
                .join_from(m, s, s.c.meeting_id == m.c.id)
                .where(m.c.id == meeting_id)
            ).one_or_none()
        if row is None:
            raise LookupError(f"there is no meeting {meeting_id} in the archive")
        return row[0], row[1]

    def find_source(self, source: bytes) -> int | None:
        """The live meeting imported from exactly these bytes, if any."""
        sha = hashlib.sha256(source).hexdigest()
        with self.db.session() as session:
            return session.scalar(
                select(MeetingRow.id).where(
                    MeetingRow.source_sha256 == sha, MeetingRow.deleted_at.is_(None)
                )
            )

    def meeting_ids(self) -> list[int]:
        with self.db.session() as session:
            return records.meeting_ids(session)

    def records(
        self,
        ids: Sequence[int],
        *,
        encoded: bool = False,
        sources: bool = False,
        rows: bool = False,
    ) -> Generator[dict[str, Any], None, None]:
        """Export records of the meetings ``ids``, read in batches as they are consumed;
        ``encoded``: items as their stored JSON records (what the JSON export splices);
        ``sources``: each source file's SHA-1 too (its bytes are read: OParl wants it);
        ``rows``: items as their stored CSV rows (what the CSV export splices)."""
        with self.db.session() as session:
            yield from records.meeting_records(
                session, ids, encoded=encoded, sources=sources, rows=rows
            )

    def edits(self, meeting_id: int) -> list[EditRow]:
        with self.db.session() as session:
            return list(
                session.scalars(
                    select(EditRow).where(EditRow.meeting_id == meeting_id).order_by(EditRow.id)
                )
            )

    # -- the one mutation path ----------------------------------------------------------
    def apply(
        self, meeting_id: int, operation: Operation, *, base_revision: int | None = None
    ) -> Patch:
        """Apply ``operation`` to a stored meeting; returns the operation that undoes it.

        ``base_revision``: the revision the operation was made against (the window's
        copy of the meeting). Raises EditError (nothing is changed) when the operation
        does not fit, ConflictError when it no longer fits because of another change.
        """
        return self.apply_and_load(meeting_id, operation, base_revision=base_revision)[0]

    def apply_and_load(
        self, meeting_id: int, operation: Operation, *, base_revision: int | None = None
    ) -> tuple[Patch, Document]:
        """``apply``, also returning the meeting as it is now (as ``load`` would)."""
        return self.retrying(lambda: self._apply(meeting_id, operation, base_revision))

    def _apply(
        self, meeting_id: int, operation: Operation, base: int | None
    ) -> tuple[Patch, Document]:
        kept, self._kept = self._kept, None  # kept again only if this edit is committed
        return self._apply_to(meeting_id, operation, base, kept)

    def _apply_to(
        self,
        meeting_id: int,
        operation: Operation,
        base: int | None,
        kept: tuple[int, int, convert.Stored] | None,
    ) -> tuple[Patch, Document]:
        with self.db.transaction() as session:
            revision = lock(session, meeting_id)
            if kept is not None and kept[:2] == (meeting_id, revision):
                stored = kept[2]  # nobody has written since: it is what the archive holds
                self._spoiled = stored.doc  # until this edit is committed
            else:
                stored = convert.load(session, meeting_id)
            doc = stored.doc
            scope = scope_of(operation, doc)  # where it may change the meeting (None: anywhere)
            nodes_before, lines_before = states.snapshot(doc, scope)
            try:
                operation.apply(doc)
                if scope is None:
                    check_invariants(doc)
                else:
                    scope.check(doc)
            except InvariantError as exc:
                error = EditError(f"{operation.name} would break the structure: {exc}")
                raise self._explain(session, meeting_id, base, revision, error) from None
            except StaleError as exc:
                touched = {("node", k, "*") for k in exc.nodes} | {
                    ("line", k, "") for k in exc.lines
                }
                raise ConflictError(
                    "this step cannot be undone", _changes(session, meeting_id, None, touched)
                ) from None
            except EditError as exc:
                raise self._explain(session, meeting_id, base, revision, exc) from None
            if base is not None and base != revision and not isinstance(operation, Patch):
                nodes_mid, lines_mid = states.snapshot(doc, scope)  # new nodes have no id yet
                mine = _diff(nodes_before, nodes_mid, lines_before, lines_mid).footprint()
                changes = _changes(session, meeting_id, base, mine)
                if changes:
                    raise ConflictError("it changes what was changed", changes)
            write.insert_new_nodes(session, meeting_id, doc, scope)
            nodes_after, lines_after = states.snapshot(doc, scope)
            patch = _diff(nodes_before, nodes_after, lines_before, lines_after)
            write.write_patch(session, meeting_id, patch, nodes_before, doc)
            write.forget_findings(doc, scope, patch)
            items = write.touched_items(doc, patch, scope)
            texts = write.refresh_derived(session, stored, doc, items)
            search_index.reindex(session, texts | search_index.changed_nodes(patch.nodes))
            doc.revision = self.audit(
                session,
                meeting_id,
                operation.describe(),
                write.jsonable(patch, 0),
                write.jsonable(patch, 1),
            )
            write.forget_gone(stored, patch)
        self._kept, self._spoiled = (meeting_id, doc.revision, stored), None
        return patch.inverse(), doc

    def _explain(
        self, session: Session, meeting_id: int, base: int | None, now: int, error: EditError
    ) -> EditError:
        """A refused operation made against an older revision: say what changed since."""
        if base is None or base == now:
            return error
        return ConflictError(str(error), _changes(session, meeting_id, base))


def _diff(
    nodes_before: dict[int, states.NodeState],
    nodes_after: dict[int, states.NodeState],
    lines_before: dict[int, str | None],
    lines_after: dict[int, str | None],
) -> Patch:
    return Patch(
        {
            k: (nodes_before.get(k), nodes_after.get(k))
            for k in nodes_before.keys() | nodes_after.keys()
            if nodes_before.get(k) != nodes_after.get(k)
        },
        {k: (v, lines_after[k]) for k, v in lines_before.items() if v != lines_after[k]},
    )


def _footprint(row: EditRow) -> Footprint:
    return footprint_of(row.before or {}, row.after or {})


def _changes(
    session: Session, meeting_id: int, since: int | None, touching: Footprint | None = None
) -> list[Change]:
    """The content changes after revision ``since`` (None: any), only those that touch
    ``touching`` when given (whole-meeting changes always do)."""
    query = select(EditRow).where(EditRow.meeting_id == meeting_id, EditRow.revision.is_not(None))
    if since is not None:
        query = query.where(EditRow.revision > since)
    else:
        query = query.order_by(EditRow.id.desc()).limit(200)
    out = []
    for row in session.scalars(query):
        op = str(row.operation.get("op", "?"))
        whole = op in WHOLE_MEETING
        if touching is not None and not whole and not overlaps(touching, _footprint(row)):
            continue
        out.append(Change(row.revision, row.user, row.at, op))
    return sorted(out, key=lambda c: c.revision or 0)
