"""Editing a meeting: apply an operation or undo one, made against the copy of the
meeting the clerk sees. The rules of who may change what meanwhile are the archive's
(``Archive.apply``); this says which revision an operation was made against and what
came back."""

from __future__ import annotations

from dataclasses import dataclass

from kkr_desk.domain.document import Document
from kkr_desk.domain.edits import Operation
from kkr_desk.store.archive import Archive, Patch


@dataclass(frozen=True)
class Edited:
    inverse: Patch  # what undoes it (an undo's inverse redoes it)
    doc: Document  # the meeting as stored now
    others: bool  # other clerks' changes came in with it (more than one revision moved)


def apply_edit(archive: Archive, meeting_id: int, operation: Operation, seen: Document) -> Edited:
    """Apply ``operation``, made against ``seen``. A new edit carries ``seen``'s revision
    and is refused (ConflictError) when a change since touches what it changes; an undo
    or redo (a ``Patch``) carries its own precondition, the values its edit wrote.
    Raises EditError, changing nothing, when it does not fit."""
    seen_revision = seen.revision  # read first: the archive may change ``seen`` in place
    base = None if isinstance(operation, Patch) else seen_revision
    inverse, doc = archive.apply_and_load(meeting_id, operation, base_revision=base)
    return Edited(inverse, doc, doc.revision != seen_revision + 1)
