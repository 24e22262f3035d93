"""Reading the audit trail and reverting one past edit through the one mutation path."""

from __future__ import annotations

import random

import pytest

from kkr_desk.domain import edits
from kkr_desk.domain.document import check_invariants
from kkr_desk.parse import parse_bytes
from kkr_desk.store import history, lifecycle
from kkr_desk.store.archive import Archive, ConflictError
from tests.unit.store.conftest import SAMPLE_PDF, dump
from tests.unit.store.test_archive import operations


def items(archive: Archive, meeting: int) -> list:
    return list(archive.load(meeting).items())


def last_edit(archive: Archive, meeting: int) -> int:
    return history.entries(archive, meeting)[-1].id


def test_entries_read_the_audit_rows_as_records(archive: Archive, sample: int) -> None:
    item = items(archive, sample)[0]
    archive.apply(sample, edits.SetFields(item.id, {"title": "Ny titel"}))
    archive.apply(sample, edits.CorrectLine(item.first, "Rettet"))
    lifecycle.delete_meeting(archive, sample)
    lifecycle.restore_meeting(archive, sample)
    trail = history.entries(archive, sample)
    assert [(e.op, e.user, e.revision) for e in trail] == [
        ("set_fields", "tester", 1),
        ("correct_line", "tester", 2),
        ("delete", "tester", None),
        ("restore", "tester", None),
    ]
    title = trail[0].nodes[item.id]
    assert (title[0]["title"], title[1]["title"]) == (item.title, "Ny titel")
    assert trail[1].lines == {item.first: (None, "Rettet")}
    assert all(e.at.tzinfo is not None for e in trail)
    assert [e.content for e in trail] == [True, True, False, False]


def test_a_revert_restores_the_earlier_value_as_a_new_audited_edit(
    archive: Archive, sample: int
) -> None:
    item = items(archive, sample)[0]
    archive.apply(sample, edits.SetFields(item.id, {"title": "Forkert titel"}))
    title_edit = last_edit(archive, sample)
    archive.apply(sample, edits.SetNote(item.id, "Ring til Anna"))  # another field
    _, doc = history.revert(Archive(archive.db, user="anna"), sample, title_edit)
    after = next(i for i in doc.items() if i.id == item.id)
    assert (after.title, after.note) == (item.title, "Ring til Anna")
    assert archive.load(sample).revision == 3 == doc.revision
    reverted = history.entries(archive, sample)[-1]
    assert (reverted.op, reverted.user, reverted.reverts) == ("revert", "anna", title_edit)
    assert reverted.nodes[item.id][0]["title"] == "Forkert titel"
    assert reverted.nodes[item.id][1]["title"] == item.title


def test_a_revert_is_refused_when_a_later_edit_changed_the_same_field(
    archive: Archive, sample: int, db
) -> None:
    item = items(archive, sample)[0]
    archive.apply(sample, edits.SetFields(item.id, {"title": "Første"}))
    first = last_edit(archive, sample)
    Archive(archive.db, user="anna").apply(sample, edits.SetFields(item.id, {"title": "Anden"}))
    before = dump(db)
    with pytest.raises(history.RevertRefused, match=r"later edits changed the same: anna") as exc:
        history.revert(archive, sample, first)
    assert exc.value.code == "later"
    assert [(e.user, e.op) for e in exc.value.later] == [("anna", "set_fields")]
    assert dump(db) == before
    assert len(history.entries(archive, sample)) == 2  # nothing audited


def test_the_same_value_written_back_later_still_blocks(archive: Archive, sample: int) -> None:
    # The title holds what the first edit wrote again, but later edits changed it meanwhile:
    # taking the first one back would skip over them, so it is refused.
    item = items(archive, sample)[0]
    archive.apply(sample, edits.SetFields(item.id, {"title": "A"}))
    first = last_edit(archive, sample)
    archive.apply(sample, edits.SetFields(item.id, {"title": "B"}))
    archive.apply(sample, edits.SetFields(item.id, {"title": "A"}))
    with pytest.raises(history.RevertRefused):
        history.revert(archive, sample, first)
    history.revert(archive, sample, last_edit(archive, sample))  # the newest one can
    assert items(archive, sample)[0].title == "B"


def test_a_split_is_reverted_and_the_revert_reverted(archive: Archive, sample: int, db) -> None:
    original = dump(db)
    first = archive.load(sample).sections[1].children[0]
    archive.apply(sample, edits.Split(first.id, first.children[-1].first))
    split = last_edit(archive, sample)
    split_state = dump(db)
    other = items(archive, sample)[-1]
    archive.apply(sample, edits.SetReview(other.id, "reviewed"))  # elsewhere: no dependency
    _, doc = history.revert(archive, sample, split)
    check_invariants(doc)
    assert [(n.kind, n.first, n.last) for n in doc.walk()] == [
        (n.kind, n.first, n.last) for n in parse_bytes(SAMPLE_PDF, "s.pdf").walk()
    ]
    # Reverting the revert gives the split back (the same node ids: undo's rows).
    history.revert(archive, sample, last_edit(archive, sample))
    reviewed = next(i for i in items(archive, sample) if i.id == other.id)
    archive.apply(sample, edits.SetReview(reviewed.id, "unreviewed"))
    assert dump(db) == split_state != original
    with pytest.raises(history.RevertRefused) as exc:  # the split was reverted meanwhile
        history.revert(archive, sample, split)
    assert [e.op for e in exc.value.later] == ["revert", "revert"]


def test_what_cannot_be_reverted_says_why(archive: Archive, sample: int) -> None:
    item = items(archive, sample)[0]
    archive.apply(sample, edits.SetNote(item.id, "før"))
    before_reimport = last_edit(archive, sample)
    lifecycle.delete_meeting(archive, sample)
    lifecycle.restore_meeting(archive, sample)
    archive.import_document(parse_bytes(SAMPLE_PDF, "igen.pdf"), SAMPLE_PDF, replace=True)
    trail = history.entries(archive, sample)
    codes = {}
    for entry in trail:
        with pytest.raises(history.RevertRefused) as exc:
            history.revert(archive, sample, entry.id)
        codes[entry.op] = exc.value.code
    assert codes == {
        "set_note": "later",  # a re-import replaced the content since
        "delete": "no_content",
        "restore": "no_content",
        "reimport": "whole",
    }
    assert history.blocked(trail) == {before_reimport}
    with pytest.raises(history.RevertRefused) as exc:
        history.revert(archive, sample, 10_000)
    assert exc.value.code == "unknown"


def test_a_change_in_between_refuses_the_revert(archive: Archive, sample: int) -> None:
    # The revert was checked, then another clerk changed the same field before it was
    # applied: the revision it carries makes the archive refuse it.
    item = items(archive, sample)[0]
    archive.apply(sample, edits.SetNote(item.id, "a"))
    op, revision = history.revert_operation(archive, sample, last_edit(archive, sample))
    Archive(archive.db, user="anna").apply(sample, edits.SetNote(item.id, "b"))
    with pytest.raises(ConflictError, match="anna"):
        archive.apply(sample, op, base_revision=revision)
    assert items(archive, sample)[0].note == "b"


def test_blocked_agrees_with_blockers_and_with_the_archive(archive: Archive, sample: int) -> None:
    rng = random.Random(11)
    for _ in range(12):
        op = rng.choice(operations(archive, sample))
        try:
            archive.apply(sample, op)
        except edits.EditError:
            continue
    trail = history.entries(archive, sample)
    assert len(trail) >= 6
    blocked = history.blocked(trail)
    free_now = history.revertible(trail)
    for entry in trail:
        assert (entry.id in blocked) == bool(history.blockers(trail, entry))
        assert (entry.id in free_now) == (history.refusal(trail, entry.id) is None)
    # Every edit that can be reverted is, newest first, each as one new edit.
    free = [e for e in reversed(trail) if e.id in free_now]
    assert free
    for entry in free:
        history.revert(archive, sample, entry.id)
        check_invariants(archive.load(sample))
    after = history.entries(archive, sample)
    assert [e.reverts for e in after[len(trail) :]] == [e.id for e in free]
