"""The archive's one mutation path: every operation, its audit row and its inverse."""

from __future__ import annotations

import pytest

from kkr_desk.domain import edits
from kkr_desk.domain.document import check_invariants
from kkr_desk.domain.flag import SetFlag
from kkr_desk.parse import parse_bytes
from kkr_desk.store.archive import Archive, ConflictError, DuplicateMeetingError
from kkr_desk.store.patch import Patch
from kkr_desk.store.states import snapshot
from tests.unit.store.conftest import SAMPLE_PDF, dump


def item_id(archive: Archive, meeting: int, number: str) -> int:
    return next(i.id for i in archive.load(meeting).items() if i.number == number)


def line_of(archive: Archive, meeting: int, text: str) -> int:
    return next(x.index for x in archive.load(meeting).lines if x.text == text)


def operations(archive: Archive, meeting: int) -> list[edits.Operation]:
    """One of each operation, valid on the freshly imported sample."""
    doc = archive.load(meeting)
    first, second = list(doc.sections[1].children)
    spor = line_of(archive, meeting, "Projektet har følgende spor:")
    return [
        edits.Split(first.id, spor),
        edits.Merge(second.id),
        edits.MoveStart(second.id, second.first - 1),
        edits.MakeHeading(spor, "part"),
        edits.ChangeLevel(first.children[-1].id, "item"),
        edits.ChangeLevel(second.id, "section"),
        edits.ChangeLevel(second.id, "part"),
        edits.SetFields(second.id, {"number": "2.9", "title": "Trafik", "case_number": None}),
        edits.CorrectLine(spor, "Projektet har disse spor:"),
        edits.SetTags(second.id, ("noted", "postponed")),
        edits.ConfirmTags(second.id),
        edits.SetReview(second.id, "reviewed"),
        edits.SetNote(second.id, "Ring til sekretariatet"),
        SetFlag(second.id, True),
    ]


def test_import_stores_the_document(archive: Archive, sample: int) -> None:
    [summary] = archive.meetings()
    assert (summary.id, summary.body, summary.kind, summary.items) == (
        sample,
        "KKR Syddanmark",
        "referat",
        3,
    )
    doc = archive.load(sample)
    check_invariants(doc)
    fresh = parse_bytes(SAMPLE_PDF, "sample.pdf")
    assert [x.text for x in doc.lines] == [x.text for x in fresh.lines]
    assert [(n.kind, n.first, n.last, n.title, n.tags) for n in doc.walk()] == [
        (n.kind, n.first, n.last, n.title, n.tags) for n in fresh.walk()
    ]


def test_same_file_again_is_refused_unless_replaced(archive: Archive, sample: int) -> None:
    with pytest.raises(DuplicateMeetingError, match="already in the archive as meeting"):
        archive.import_document(parse_bytes(SAMPLE_PDF, "igen.pdf"), SAMPLE_PDF)
    replaced = archive.import_document(
        parse_bytes(SAMPLE_PDF, "igen.pdf"), SAMPLE_PDF, replace=True
    )
    # A re-import keeps the meeting (its id and audit trail) and replaces its content.
    assert [m.id for m in archive.meetings()] == [replaced] == [sample]
    assert [e.operation["op"] for e in archive.edits(sample)] == ["reimport"]


@pytest.mark.parametrize("which", range(14))
def test_each_operation_is_undone_exactly_and_redone(archive, sample, db, which: int) -> None:
    op = operations(archive, sample)[which]
    original = dump(db)
    inverse = archive.apply(sample, op)
    changed = dump(db)
    assert changed != original
    check_invariants(archive.load(sample))
    redo = archive.apply(sample, inverse)
    assert dump(db) == original
    archive.apply(sample, redo)
    assert dump(db) == changed
    trail = archive.edits(sample)
    assert [e.operation["op"] for e in trail] == [op.name, "patch", "patch"]
    assert trail[0].user == "tester"
    assert trail[0].before != trail[0].after


def test_audit_row_records_before_and_after(archive: Archive, sample: int) -> None:
    target = item_id(archive, sample, "2.2")
    archive.apply(sample, edits.SetReview(target, "reviewed"))
    [row] = archive.edits(sample)
    assert row.operation == {"op": "set_review", "node": target, "status": "reviewed"}
    assert row.before["nodes"][str(target)]["review"] == "unreviewed"
    assert row.after["nodes"][str(target)]["review"] == "reviewed"
    assert row.at.tzinfo is not None or row.at is not None


def test_refused_operation_changes_nothing(archive: Archive, sample: int, db) -> None:
    original = dump(db)
    with pytest.raises(edits.EditError):
        archive.apply(sample, edits.Merge(item_id(archive, sample, "2.1")))
    with pytest.raises(edits.EditError):
        archive.apply(sample, edits.SetTags(item_id(archive, sample, "2.1"), ("bogus",)))
    assert dump(db) == original
    assert archive.edits(sample) == []


def test_stale_undo_is_refused(archive: Archive, sample: int, db) -> None:
    target = item_id(archive, sample, "2.2")
    undo = archive.apply(sample, edits.SetNote(target, "først"))
    archive.apply(sample, edits.SetNote(target, "senere"))
    before = dump(db)
    with pytest.raises(ConflictError, match=r"changed meanwhile by tester \(set_note\)"):
        archive.apply(sample, undo)
    assert dump(db) == before


def test_derived_text_and_attachments_follow_edits(archive: Archive, sample: int, db) -> None:
    spor = line_of(archive, sample, "Projektet har følgende spor:")
    archive.apply(sample, edits.CorrectLine(spor, "Projektet har disse spor:"))
    bilag = line_of(archive, sample, "./. Bilag: Projektbeskrivelse")
    archive.apply(sample, edits.CorrectLine(bilag, "./. Bilag: Projektplan"))
    tables = dump(db)
    texts = [row for row in tables["node"] if row[-1] and "spor:" in row[-1]]
    assert any("Projektet har disse spor:" in row[-1] for row in texts)
    assert [row[2] for row in tables["attachment"]] == ["Projektplan"]


def test_flag_and_review_are_independent_and_each_undone_alone(archive, sample) -> None:
    target = item_id(archive, sample, "2.2")
    archive.apply(sample, edits.SetReview(target, "reviewed"))
    unflag = archive.apply(sample, SetFlag(target, True))
    [row] = [e for e in archive.edits(sample) if e.operation["op"] == "set_flag"]
    assert row.operation == {"op": "set_flag", "node": target, "flagged": True}
    assert (
        row.before["nodes"][str(target)]["flagged"],
        row.after["nodes"][str(target)]["flagged"],
    ) == (False, True)

    def state() -> tuple[str, bool]:
        node = next(i for i in archive.load(sample).items() if i.id == target)
        return node.review, node.flagged

    assert state() == ("reviewed", True)
    archive.apply(sample, edits.SetReview(target, "unreviewed"))
    assert state() == ("unreviewed", True)  # taking the review back keeps the flag
    archive.apply(sample, unflag)  # undoing the flag keeps the later review change
    assert state() == ("unreviewed", False)
    assert [m.reviewed for m in archive.meetings()] == [0]


def test_a_change_recorded_before_the_flag_existed_still_applies(archive, sample) -> None:
    target = item_id(archive, sample, "2.2")
    state = snapshot(archive.load(sample))[0][target]
    before = {k: v for k, v in state.items() if k != "flagged"}  # as rows before 0005 hold it
    after = {**before, "review": "flagged"}
    archive.apply(sample, Patch({target: (before, after)}, {}))
    node = next(i for i in archive.load(sample).items() if i.id == target)
    assert (node.review, node.flagged) == ("unreviewed", True)
