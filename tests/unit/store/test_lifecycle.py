"""Re-import keeps the clerk's work and the meeting; the trash; on both backends."""

from __future__ import annotations

import pytest

from kkr_desk.domain import edits
from kkr_desk.parse import parse_bytes
from kkr_desk.store import lifecycle, states
from kkr_desk.store.archive import Archive, DuplicateMeetingError
from kkr_desk.store.db import Database
from tests.helpers.kkrpdf import build_pdf, sample_pages
from tests.unit.store.conftest import SAMPLE_PDF, dump


def corrected_pdf() -> bytes:
    """The sample meeting's corrected file: 2.1 reworded, 2.2 now another case."""
    pages = sample_pages()
    pages[4] = [
        (kind, text.replace("godkendte indkøbet.", "godkendte indkøbet og udbuddet."))
        for kind, text in pages[4]
    ]
    pages[4] = [
        (
            kind,
            {
                "2.2. Orientering om trafik": "2.2. Status for trafikplanen",
                "SAG-2024-00103 ghi": "SAG-2024-00199 ghi",
            }.get(text, text),
        )
        for kind, text in pages[4]
    ]
    return build_pdf(pages)


def item(archive: Archive, meeting: int, number: str):
    return next(i for i in archive.load(meeting).items() if i.number == number)


def line_of(archive: Archive, meeting: int, text: str) -> int:
    return next(x.index for x in archive.load(meeting).lines if x.text == text)


def clerk_work(archive: Archive, meeting: int) -> None:
    archive.apply(meeting, edits.SetReview(item(archive, meeting, "1.1").id, "reviewed"))
    second = item(archive, meeting, "2.1").id
    archive.apply(meeting, edits.SetNote(second, "husk bilag"))
    archive.apply(meeting, edits.SetTags(second, ("approved",)))
    archive.apply(meeting, edits.SetFields(second, {"title": "Fibernet"}))
    archive.apply(meeting, edits.SetNote(item(archive, meeting, "2.2").id, "udsat"))
    line = line_of(archive, meeting, "Dagsordenen blev godkendt.")
    archive.apply(meeting, edits.CorrectLine(line, "Dagsordenen blev godkendt uden bemærkninger."))


def test_reimport_keeps_the_meeting_its_trail_and_the_clerks_work(
    archive: Archive, sample: int, db: Database
) -> None:
    clerk_work(archive, sample)
    trail = [(e.id, e.operation) for e in archive.edits(sample)]
    before = dump(db)
    snapshot = states.snapshot(archive.load(sample))
    data = corrected_pdf()
    with pytest.raises(lifecycle.SameMeetingError, match="another file of meeting"):
        lifecycle.import_meeting(archive, parse_bytes(data, "rettet.pdf"), data)
    assert dump(db) == before

    report = lifecycle.import_meeting(archive, parse_bytes(data, "rettet.pdf"), data, replace=True)
    assert (report.meeting_id, report.replaced) == (sample, True)
    assert [m.id for m in archive.meetings()] == [sample]
    edits_now = archive.edits(sample)
    assert [(e.id, e.operation) for e in edits_now[:-1]] == trail
    assert edits_now[-1].operation["op"] == "reimport"
    doc = archive.load(sample)
    items = {i.number: i for i in doc.items()}
    assert items["1.1"].review == "reviewed"
    assert (items["2.1"].note, items["2.1"].title) == ("husk bilag", "Fibernet")
    assert items["2.1"].tags == {"approved": "confirmed"}
    assert items["2.2"].note is None  # 2.2 is another case now: its note is listed
    assert report.not_carried == ["2.2 Orientering om trafik: note"]
    assert sorted(report.carried) == ["1.1", "2.1"]
    corrected = next(x for x in doc.lines if x.text == "Dagsordenen blev godkendt.")
    assert corrected.corrected == "Dagsordenen blev godkendt uden bemærkninger."
    assert "udbuddet" in " ".join(x.text for x in doc.lines)
    # Undo: the earlier version comes back as it was (node ids included).
    redo = lifecycle.restore_version(archive, sample, report.version)
    assert states.snapshot(archive.load(sample)) == snapshot
    assert archive.source(sample)[1] == SAMPLE_PDF
    lifecycle.restore_version(archive, sample, redo)  # and redo
    assert item(archive, sample, "2.1").note == "husk bilag"
    assert "udbuddet" in " ".join(x.text for x in archive.load(sample).lines)
    redo = lifecycle.restore_version(archive, sample, lifecycle.trash(archive)[-1].id)
    assert lifecycle.empty_trash(archive) == 1
    assert dump(db) == before


def test_the_same_file_again_is_refused_or_reimported(archive: Archive, sample: int) -> None:
    with pytest.raises(DuplicateMeetingError, match="the same file"):
        lifecycle.import_meeting(archive, parse_bytes(SAMPLE_PDF, "igen.pdf"), SAMPLE_PDF)
    archive.apply(sample, edits.SetNote(item(archive, sample, "2.2").id, "udsat"))
    report = lifecycle.import_meeting(
        archive, parse_bytes(SAMPLE_PDF, "igen.pdf"), SAMPLE_PDF, replace=True
    )
    assert (report.meeting_id, report.not_carried) == (sample, [])
    assert item(archive, sample, "2.2").note == "udsat"


def test_an_edit_made_before_a_reimport_is_refused(archive: Archive, sample: int) -> None:
    doc = archive.load(sample)
    lifecycle.import_meeting(archive, parse_bytes(SAMPLE_PDF, "igen.pdf"), SAMPLE_PDF, replace=True)
    target = next(i for i in doc.items() if i.number == "2.1")
    with pytest.raises(edits.EditError, match=r"changed meanwhile by tester \(reimport\)"):
        archive.apply(sample, edits.SetNote(target.id, "x"), base_revision=doc.revision)


def test_delete_and_restore_round_trip(archive: Archive, sample: int, db: Database) -> None:
    clerk_work(archive, sample)
    before = dump(db)
    lifecycle.delete_meeting(archive, sample)
    assert archive.meetings() == []
    assert archive.meeting_ids() == []
    assert [(e.id, e.replaced_by, e.deleted_by) for e in lifecycle.trash(archive)] == [
        (sample, None, "tester")
    ]
    with pytest.raises(edits.EditError, match="in the trash"):
        archive.apply(sample, edits.SetNote(item(archive, sample, "2.1").id, "x"))
    lifecycle.restore_meeting(archive, sample)
    assert dump(db) == before
    assert [e.operation["op"] for e in archive.edits(sample)][-2:] == ["delete", "restore"]
    with pytest.raises(edits.EditError, match="not in the trash"):
        lifecycle.restore_meeting(archive, sample)


def test_emptying_the_trash_keeps_the_audit_trail(archive: Archive, sample: int) -> None:
    clerk_work(archive, sample)
    count = len(archive.edits(sample))
    lifecycle.delete_meeting(archive, sample)
    assert lifecycle.empty_trash(archive) == 1
    assert lifecycle.trash(archive) == []
    with pytest.raises(LookupError):
        archive.load(sample)
    ops = [e.operation["op"] for e in archive.edits(sample)]
    assert len(ops) == count + 2
    assert ops[-2:] == ["delete", "purge"]
    # The file can be imported again, as a new meeting with a new id.
    again = archive.import_document(parse_bytes(SAMPLE_PDF, "igen.pdf"), SAMPLE_PDF)
    assert again != sample


def test_undo_is_refused_when_the_node_it_would_restore_lost_its_parent(
    archive: Archive, sample: int, db: Database
) -> None:
    from kkr_desk.store.archive import ConflictError

    second = item(archive, sample, "2.2")
    undo = archive.apply(sample, edits.Merge(second.children[-1].id))
    archive.apply(sample, edits.Merge(second.id))  # 2.2 itself goes into 2.1
    before = dump(db)
    with pytest.raises(ConflictError, match="cannot be undone"):
        archive.apply(sample, undo)
    assert dump(db) == before


def test_accepted_damage_is_stored_with_the_meeting(archive: Archive) -> None:
    from kkr_desk.domain.document import Anomaly

    doc = parse_bytes(SAMPLE_PDF, "sample.pdf")
    doc.meeting.anomalies = [Anomaly(4, "page 4 is damaged"), Anomaly(None, "repaired")]
    meeting = archive.import_document(doc, SAMPLE_PDF)
    assert archive.load(meeting).meeting.anomalies == doc.meeting.anomalies
    assert archive.load(meeting).revision == 0
