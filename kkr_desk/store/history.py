"""A meeting's audit trail read as plain records, and reverting one past edit.

``entries`` reads the audit rows of a meeting, oldest first: who, when, the operation and
the node and line states before and after, as the archive wrote them.

``revert`` takes back one past edit by applying its patch turned round as a *new* edit
(``Revert``) through the one mutation path, ``Archive.apply``: it is audited like every
edit (operation ``revert``, naming the edit it reverts) and can itself be undone or
reverted. A revert is refused (``RevertRefused``, a ``ConflictError``) when a later edit
depends on the edit: it changed one of the same fields, lines or nodes, or replaced the
meeting's content as a whole (a re-import); and when the edit is not a content change
(a deletion, say) or a re-import itself. The archive's own checks still hold: the patch
refuses to overwrite a value that is no longer the one the edit wrote, and the revert
carries the revision it was checked at, so a change another clerk makes in between to
the same fields refuses it too.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, ClassVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from kkr_desk.domain.document import Document
from kkr_desk.domain.edits import Operation
from kkr_desk.store.archive import WHOLE_MEETING, Archive, Change, ConflictError
from kkr_desk.store.guard import Writer
from kkr_desk.store.models import EditRow, MeetingRow
from kkr_desk.store.patch import Footprint, Patch, overlaps
from kkr_desk.store.states import NodeState

__all__ = [
    "Entry",
    "Revert",
    "RevertRefused",
    "blocked",
    "blockers",
    "entries",
    "revert",
    "revertible",
]

NodeChanges = dict[int, tuple[NodeState | None, NodeState | None]]
LineChanges = dict[int, tuple[str | None, str | None]]


@dataclass(frozen=True)
class Entry:
    """One audit row: ``nodes`` and ``lines`` map ids and line indices to (before,
    after); ``revision`` is None for a change that is not of the content (trash)."""

    id: int
    revision: int | None
    user: str
    at: dt.datetime
    operation: dict[str, Any]
    nodes: NodeChanges
    lines: LineChanges

    @property
    def op(self) -> str:
        return str(self.operation.get("op", "?"))

    @property
    def content(self) -> bool:
        return self.revision is not None

    @property
    def reverts(self) -> int | None:
        """The edit this one reverted (a ``revert``), else None."""
        edit = self.operation.get("edit") if self.op == Revert.name else None
        return int(edit) if isinstance(edit, int) else None

    def footprint(self) -> Footprint:
        return Patch(self.nodes, self.lines).footprint()

    def change(self) -> Change:
        return Change(self.revision, self.user, self.at, self.op)


def _entry(row: EditRow) -> Entry:
    before, after = row.before or {}, row.after or {}
    nodes_before, nodes_after = before.get("nodes") or {}, after.get("nodes") or {}
    lines_before, lines_after = before.get("lines") or {}, after.get("lines") or {}
    at = row.at if row.at.tzinfo is not None else row.at.replace(tzinfo=dt.UTC)  # SQLite
    return Entry(
        id=row.id,
        revision=row.revision,
        user=row.user,
        at=at,
        operation=dict(row.operation or {}),
        nodes={
            int(k): (nodes_before.get(k), nodes_after.get(k))
            for k in nodes_before.keys() | nodes_after.keys()
        },
        lines={
            int(k): (lines_before.get(k), lines_after.get(k))
            for k in lines_before.keys() | lines_after.keys()
        },
    )


def _read(session: Session, meeting_id: int) -> list[Entry]:
    rows = session.scalars(
        select(EditRow).where(EditRow.meeting_id == meeting_id).order_by(EditRow.id)
    )
    return [_entry(row) for row in rows]


def entries(archive: Writer, meeting_id: int) -> list[Entry]:
    """The meeting's audit trail, oldest first (also of a meeting in the trash or gone)."""
    with archive.db.session() as session:
        return _read(session, meeting_id)


# -- which edits later ones depend on ------------------------------------------------------


def _depends(later: Entry, mine: Footprint) -> bool:
    """Whether ``later`` touched what an edit with footprint ``mine`` changed."""
    return later.content and (later.op in WHOLE_MEETING or bool(overlaps(mine, later.footprint())))


def blockers(trail: Sequence[Entry], target: Entry) -> list[Entry]:
    """The edits after ``target`` that depend on it, oldest first."""
    mine = target.footprint()
    return [e for e in trail if e.id > target.id and _depends(e, mine)]


def blocked(trail: Sequence[Entry]) -> set[int]:
    """The ids of the content edits some later edit depends on (in one pass, newest
    first, gathering what the later edits touched)."""
    out: set[int] = set()
    later: Footprint = set()
    whole = False
    for entry in reversed(trail):
        if not entry.content:
            continue
        if whole or overlaps(entry.footprint(), later):
            out.add(entry.id)
        whole = whole or entry.op in WHOLE_MEETING
        later |= entry.footprint()
    return out


def revertible(trail: Sequence[Entry]) -> set[int]:
    """The ids of the edits that can be reverted now (``refusal`` gives None for them)."""
    stuck = blocked(trail)
    return {
        e.id
        for e in trail
        if e.content and e.op not in WHOLE_MEETING and (e.nodes or e.lines) and e.id not in stuck
    }


# -- reverting ------------------------------------------------------------------------------


class RevertRefused(ConflictError):
    """A revert that cannot be made. ``code`` says why: ``later`` (``later`` lists the
    edits that depend on it), ``whole`` (a re-import or restored version: not reverted
    here), ``no_content`` (not a change of the content), ``empty`` (it changed nothing),
    ``unknown`` (no such edit of the meeting)."""

    def __init__(self, edit_id: int, code: str, message: str, later: Sequence[Entry] = ()) -> None:
        super().__init__(message, [e.change() for e in later])
        self.args = (message,)
        self.edit_id, self.code, self.later = edit_id, code, list(later)


@dataclass(frozen=True)
class Revert(Operation):
    """Take back audit row ``edit``: set its nodes and lines back, field by field, to what
    they were before it (``nodes``/``lines`` as in ``Patch``: [expected, wanted])."""

    name: ClassVar[str] = "revert"
    edit: int
    nodes: NodeChanges
    lines: LineChanges

    def apply(self, doc: Document) -> None:
        Patch(self.nodes, self.lines).apply(doc)

    def describe(self) -> dict[str, Any]:
        return {
            "op": self.name,
            "edit": self.edit,
            "nodes": sorted(self.nodes),
            "lines": sorted(self.lines),
        }


def refusal(trail: Sequence[Entry], edit_id: int) -> RevertRefused | None:
    """Why edit ``edit_id`` cannot be reverted now, or None when it can."""
    target = next((e for e in trail if e.id == edit_id), None)
    if target is None:
        return RevertRefused(edit_id, "unknown", f"there is no edit {edit_id} of this meeting")
    if target.op in WHOLE_MEETING:
        return RevertRefused(
            edit_id, "whole", f"edit {edit_id} ({target.op}) replaced the whole meeting: undo it"
        )
    if not target.content:
        return RevertRefused(
            edit_id, "no_content", f"edit {edit_id} ({target.op}) changed no content"
        )
    if not target.nodes and not target.lines:
        return RevertRefused(edit_id, "empty", f"edit {edit_id} ({target.op}) changed nothing")
    later = blockers(trail, target)
    if later:
        names = ", ".join(f"{e.user} ({e.op}, edit {e.id})" for e in later)
        return RevertRefused(
            edit_id,
            "later",
            f"edit {edit_id} cannot be reverted: later edits changed the same: {names}",
            later,
        )
    return None


def revert_operation(archive: Writer, meeting_id: int, edit_id: int) -> tuple[Revert, int]:
    """The operation that reverts edit ``edit_id`` and the meeting's revision it was
    checked at (to apply it against); raises RevertRefused when it cannot be made."""
    with archive.db.session() as session:
        revision = session.scalar(select(MeetingRow.revision).where(MeetingRow.id == meeting_id))
        if revision is None:
            raise LookupError(f"there is no meeting {meeting_id} in the archive")
        trail = _read(session, meeting_id)
    refused = refusal(trail, edit_id)
    if refused is not None:
        raise refused
    target = next(e for e in trail if e.id == edit_id)
    op = Revert(
        edit_id,
        {k: (after, before) for k, (before, after) in target.nodes.items()},
        {k: (after, before) for k, (before, after) in target.lines.items()},
    )
    return op, revision


def revert(archive: Archive, meeting_id: int, edit_id: int) -> tuple[Patch, Document]:
    """Revert edit ``edit_id`` as a new audited edit; returns what undoes the revert and
    the meeting as it is now. Raises RevertRefused (or the archive's ConflictError when
    another change came in between)."""
    op, revision = revert_operation(archive, meeting_id, edit_id)
    return archive.apply_and_load(meeting_id, op, base_revision=revision)
