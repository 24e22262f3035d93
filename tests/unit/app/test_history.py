"""The history use cases on a corpus meeting: plain descriptions, the item filter, revert,
and the changes since import."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from kkr_desk.app import history
from kkr_desk.domain import edits
from kkr_desk.parse import parse_file
from kkr_desk.store.archive import Archive
from kkr_desk.store.db import Database

REFERAT = "kkr-nordjylland-2022-11-18-referat.pdf"


@pytest.fixture
def archive(archive_url: str) -> Iterator[Archive]:
    db = Database.open(archive_url)
    yield Archive(db, user="clerk")
    db.close()


@pytest.fixture
def meeting(archive: Archive, corpus_dir: Path) -> int:
    path = corpus_dir / REFERAT
    return archive.import_document(parse_file(path), path.read_bytes())


def item(archive: Archive, meeting: int, number: str):
    return next(i for i in archive.load(meeting).items() if i.number == number)


def test_changes_are_told_newest_first_in_danish_and_english(archive, meeting) -> None:
    one = item(archive, meeting, "2.1")
    archive.apply(meeting, edits.SetFields(one.id, {"title": "Resultatkontrakt"}))
    archive.apply(meeting, edits.SetReview(one.id, "reviewed"))
    archive.apply(meeting, edits.SetReview(one.id, "unreviewed"))
    changes = history.history(archive, meeting)
    assert [(c.op, c.user) for c in changes] == [
        ("set_review", "clerk"),
        ("set_review", "clerk"),
        ("set_fields", "clerk"),
    ]
    assert [c.danish for c in changes] == [
        "Gennemgangsstatus på 2.1: gennemgået → ikke gennemgået",
        "Gennemgangsstatus på 2.1: ikke gennemgået → gennemgået",
        f"Titel på 2.1: '{one.title[:79]}…' → 'Resultatkontrakt'",
    ]
    assert changes[2].text == f"Title of 2.1: '{one.title[:79]}…' → 'Resultatkontrakt'"
    assert changes[0].at >= changes[2].at


def test_a_line_correction_and_a_split_are_described(archive, meeting) -> None:
    two = item(archive, meeting, "2.2")
    line = archive.load(meeting).lines[two.children[0].first + 1]
    archive.apply(meeting, edits.CorrectLine(line.index, "Rettet tekst"))
    four = item(archive, meeting, "2.4")
    archive.apply(meeting, edits.Split(four.children[0].id, four.children[0].last))
    split, corrected = history.history(archive, meeting)
    assert (
        corrected.danish
        == f"Linje {line.index + 1} (s. {line.page}): '{line.text}' → 'Rettet tekst'"
    )
    assert split.details[0].text(True).startswith("Nyt afsnit ")
    assert split.danish.endswith("(+1 mere)")


def test_only_the_selected_item(archive, meeting) -> None:
    one, two = item(archive, meeting, "2.1"), item(archive, meeting, "2.2")
    archive.apply(meeting, edits.SetNote(one.id, "Note til 2.1"))
    archive.apply(meeting, edits.SetNote(two.id, "Note til 2.2"))
    part = two.children[-1]
    archive.apply(meeting, edits.CorrectLine(part.last, "Rettet i 2.2"))
    section = archive.load(meeting).sections[1]
    assert [c.op for c in history.history(archive, meeting, one.id)] == ["set_note"]
    assert [c.op for c in history.history(archive, meeting, two.id)] == [
        "correct_line",
        "set_note",
    ]
    assert [c.op for c in history.history(archive, meeting, part.id)] == ["correct_line"]
    assert len(history.history(archive, meeting, section.id)) == 3


def test_a_reverted_change_restores_the_value_and_is_a_new_entry(archive, meeting) -> None:
    one = item(archive, meeting, "2.1")
    archive.apply(meeting, edits.SetFields(one.id, {"title": "Forkert"}))
    archive.apply(meeting, edits.SetNote(one.id, "Behold mig"))
    [note, title] = history.history(archive, meeting)
    assert (note.revertible, title.revertible) == (True, True)
    doc = history.revert(archive, meeting, title.edit_id, user="anna")
    after = next(i for i in doc.items() if i.id == one.id)
    assert (after.title, after.note) == (one.title, "Behold mig")
    newest, note, title = history.history(archive, meeting)
    assert (newest.op, newest.user, newest.reverts) == ("revert", "anna", title.edit_id)
    assert newest.danish.startswith("Titel på 2.1: 'Forkert' → ")
    assert title.reverted_by == newest.edit_id
    assert not title.revertible  # the revert depends on it now
    assert newest.revertible


def test_a_revert_is_refused_with_the_reason(archive, meeting) -> None:
    one = item(archive, meeting, "2.1")
    archive.apply(meeting, edits.SetFields(one.id, {"title": "A"}))
    Archive(archive.db, user="anna").apply(meeting, edits.SetFields(one.id, {"title": "B"}))
    later, first = history.history(archive, meeting)
    assert (first.revertible, later.revertible) == (False, True)
    with pytest.raises(history.RevertRefused) as exc:
        history.revert(archive, meeting, first.edit_id)
    assert exc.value.code == "later"
    assert [(e.user, e.op, e.id) for e in exc.value.later] == [
        ("anna", "set_fields", later.edit_id)
    ]
    assert item(archive, meeting, "2.1").title == "B"


def test_changes_since_import_list_exactly_the_edited_items(archive, meeting) -> None:
    assert history.changed_since_import(archive, meeting) == []
    one, two, three = (item(archive, meeting, n) for n in ("2.1", "2.2", "2.3"))
    archive.apply(meeting, edits.SetFields(one.id, {"case_number": "SAG-2022-00001"}))
    line = two.children[-1].last
    archive.apply(meeting, edits.CorrectLine(line, "Rettet linje"))
    # The clerk's review and note are not corrections of the parse.
    archive.apply(meeting, edits.SetReview(three.id, "reviewed"))
    archive.apply(meeting, edits.SetNote(three.id, "Husk"))
    changed = history.changed_since_import(archive, meeting)
    assert [(c.node_id, c.status) for c in changed] == [(one.id, "changed"), (two.id, "changed")]
    assert changed[0].lines(True) == [f"Sagsnummer på 2.1: '{one.case_number}' → 'SAG-2022-00001'"]
    assert changed[1].lines(True)[0].startswith(f"Linje {line + 1} (s. ")
    assert changed[1].lines(True)[0].endswith("→ 'Rettet linje'")


def test_changes_since_import_show_structure(archive, meeting) -> None:
    four = item(archive, meeting, "2.4")
    part = four.children[-1]
    archive.apply(meeting, edits.Split(four.id, part.first))  # its last part: a new item
    tags = item(archive, meeting, "2.1")
    archive.apply(meeting, edits.SetTags(tags.id, ("rejected",)))
    changed = history.changed_since_import(archive, meeting)
    assert [(c.node_id, c.status) for c in changed] == [
        (tags.id, "changed"),
        (four.id, "changed"),
        (changed[2].node_id, "new"),
    ]
    [tag_change] = changed[0].lines(True)
    assert tag_change.startswith("Beslutningsmærker på 2.1: ")
    assert tag_change.endswith(" → Afvist")
    assert tag_change.count("(forslag)") == len(tags.tags) > 0
    assert [d.what.da for d in changed[1].differences] == ["Linjer på 2.4", "Afsnit i 2.4"]
    # The split reverted, the structure is the parser's again; the tags still differ.
    split = history.history(archive, meeting)[1]
    history.revert(archive, meeting, split.edit_id)
    assert [c.node_id for c in history.changed_since_import(archive, meeting)] == [tags.id]
