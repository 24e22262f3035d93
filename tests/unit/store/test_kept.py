"""The meeting last edited is kept in memory and the next edit starts from it, not from a
fresh load; what is stored is the same as without it, another writer in between makes it
load again, and an edit that fails leaves the document it started from marked spoiled."""

from __future__ import annotations

import pytest

from kkr_desk.domain import edits
from kkr_desk.domain.edits import EditError
from kkr_desk.store import convert
from kkr_desk.store.archive import Archive
from kkr_desk.store.db import Database
from tests.unit.store.conftest import dump


@pytest.fixture
def loads(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The meetings ``convert.load`` read (the real function runs)."""
    seen: list[int] = []
    real = convert.load

    def counting(session, meeting_id):  # type: ignore[no-untyped-def]
        seen.append(meeting_id)
        return real(session, meeting_id)

    monkeypatch.setattr(convert, "load", counting)
    return seen


def items(archive: Archive, meeting: int) -> list[int]:
    return [i.id for i in archive.load(meeting).items()]  # type: ignore[misc]


def test_edits_after_the_first_start_from_the_kept_meeting(
    archive: Archive, sample: int, loads: list[int]
) -> None:
    first, second, third = items(archive, sample)[:3]
    loads.clear()
    undo_note = archive.apply(sample, edits.SetNote(first, "Husk bilaget"))
    archive.apply(sample, edits.SetReview(second, "reviewed"))
    undo_merge = archive.apply(sample, edits.Merge(third))
    archive.apply(sample, undo_merge)  # brings the merged item back: its rows too
    archive.apply(sample, undo_note)
    assert loads == [sample]  # the first edit loaded it; the four after did not


def test_what_is_stored_is_what_a_fresh_load_would_store(
    archive: Archive, db: Database, sample: int, tmp_path
) -> None:
    first, second, third = items(archive, sample)[:3]
    steps = [
        edits.SetNote(first, "Husk bilaget"),
        edits.SetReview(second, "reviewed"),
        edits.Merge(third),
    ]
    undos = [archive.apply(sample, step) for step in steps]
    kept = dump(db)
    for undo in reversed(undos):
        archive.apply(sample, undo)
    # the same steps by a writer that loads every time (a new Archive per step)
    for step in steps:
        Archive(db, user="tester").apply(sample, step)
    assert dump(db) == kept


def test_another_writer_in_between_makes_it_load_again(
    archive: Archive, db: Database, sample: int, loads: list[int]
) -> None:
    first, second = items(archive, sample)[:2]
    archive.apply(sample, edits.SetNote(first, "Min note"))
    Archive(db, user="anna").apply(sample, edits.SetNote(second, "Annas note"))
    loads.clear()
    _, doc = archive.apply_and_load(sample, edits.SetReview(first, "reviewed"))
    assert loads == [sample]  # the kept meeting was out of date
    notes = {i.id: i.note for i in doc.items()}
    assert (notes[first], notes[second]) == ("Min note", "Annas note")


def test_a_failed_edit_spoils_the_kept_document_and_the_next_loads(
    archive: Archive, sample: int, loads: list[int]
) -> None:
    first = items(archive, sample)[0]
    _, doc = archive.apply_and_load(sample, edits.SetNote(first, "Før"))
    assert not archive.spoiled(doc)
    with pytest.raises(EditError):
        archive.apply(sample, edits.SetReview(first, "no such status"))
    assert archive.spoiled(doc)
    loads.clear()
    _, again = archive.apply_and_load(sample, edits.SetNote(first, "Efter"))
    assert loads == [sample]
    assert again is not doc
    assert not archive.spoiled(again)
    assert archive.load(sample).items().__next__().note == "Efter"
