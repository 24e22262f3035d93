"""The edit use case: which revision an edit carries, and what comes back."""

from __future__ import annotations

import pytest

from kkr_desk.app.editing import apply_edit
from kkr_desk.domain import edits
from kkr_desk.parse import parse_bytes
from kkr_desk.store.archive import Archive, ConflictError
from kkr_desk.store.db import Database
from tests.helpers.kkrpdf import build_pdf, sample_pages

PDF = build_pdf(sample_pages())


@pytest.fixture
def archive(archive_url: str):
    db = Database.open(archive_url)
    yield Archive(db, user="tester")
    db.close()


def test_an_edit_an_undo_and_another_clerks_change(archive: Archive) -> None:
    meeting = archive.import_document(parse_bytes(PDF, "s.pdf"), PDF)
    seen = archive.load(meeting)
    item = next(seen.items())
    done = apply_edit(archive, meeting, edits.SetNote(item.id, "a"), seen)
    assert (done.doc.revision, done.others) == (1, False)
    # Another clerk sets the title; our note edit from the old copy goes through (other
    # field) and says that others' changes came with it.
    Archive(archive.db, user="anna").apply(meeting, edits.SetFields(item.id, {"title": "T"}))
    again = apply_edit(archive, meeting, edits.SetNote(item.id, "b"), done.doc)
    assert (again.doc.revision, again.others) == (3, True)
    # The same field from a stale copy is refused; the undo (a Patch) carries no revision.
    with pytest.raises(ConflictError):
        apply_edit(archive, meeting, edits.SetNote(item.id, "c"), done.doc)
    undone = apply_edit(archive, meeting, again.inverse, done.doc)
    assert next(undone.doc.items()).note == "a"
    assert next(undone.doc.items()).title == "T"
