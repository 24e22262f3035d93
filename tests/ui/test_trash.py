"""Deleting a meeting from the window (into the trash, undoable), the trash dialog, and
re-importing a meeting as a new version (keeping the clerk's work, undoable)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from kkr_desk.domain import edits
from kkr_desk.store import lifecycle
from kkr_desk.ui import msgbox
from kkr_desk.ui.archive_commands import TrashDialog
from kkr_desk.ui.main_window import MainWindow
from tests.helpers.archive import dump
from tests.ui.windows import REFERAT, dump_meeting, item

pytestmark = pytest.mark.gui


def test_delete_with_the_delete_key_then_undo_and_redo(qtbot, window: MainWindow) -> None:
    meeting = window.session.meeting_id
    before = dump(window.archive.db)
    window.activateWindow()
    window.meeting_list.setFocus()
    qtbot.waitUntil(window.meeting_list.hasFocus, timeout=5_000)
    qtbot.keyClick(window.meeting_list, Qt.Key.Key_Delete)

    kind, title, text = window.messages[-1]
    assert (kind, title) == ("question", "Delete meeting")
    assert f"Move meeting {meeting} (" in text
    assert window.session is None
    assert window.meetings.rowCount() == 0
    assert [e.id for e in lifecycle.trash(window.archive)] == [meeting]
    deleted = dump(window.archive.db)

    window.action_map["undo"].trigger()
    assert dump(window.archive.db) == before
    assert window.meetings.rowCount() == 1
    assert window.session.meeting_id == meeting
    assert lifecycle.trash(window.archive) == []

    window.action_map["redo"].trigger()
    again = dump(window.archive.db)
    assert {k: v for k, v in again.items() if k != "meeting"} == {
        k: v for k, v in deleted.items() if k != "meeting"
    }  # the meeting row differs only in the time it was deleted
    assert [e.id for e in lifecycle.trash(window.archive)] == [meeting]
    assert window.session is None
    window.action_map["undo"].trigger()
    assert dump(window.archive.db) == before


def test_delete_asks_first(window: MainWindow) -> None:
    before = dump(window.archive.db)
    with msgbox.captured(answer=False) as messages:
        assert window.archive_commands.delete_meeting() is False
    assert messages[0][0] == "question"
    assert dump(window.archive.db) == before
    assert window.session is not None


def test_a_meeting_edit_after_the_delete_takes_ctrl_z(window: MainWindow, corpus_dir) -> None:
    """Undo goes to the stack used last: the meeting's own edits, or the delete."""
    window.import_paths([corpus_dir / "kkr-nordjylland-2020-06-19-dagsorden.pdf"])
    agenda = window.session.meeting_id
    assert window.archive_commands.delete_meeting()
    assert window.undo_group.activeStack() is window.archive_commands.archive_stack
    window.open_meeting(window.archive.meeting_ids()[0])
    assert window.undo_group.undoText() == f"Delete meeting {agenda}"
    window.select_item("2.1")
    window.action_map["reviewed"].trigger()
    assert window.undo_group.activeStack() is window.stack
    window.action_map["undo"].trigger()  # the review, not the delete
    assert item(window, "2.1").review == "unreviewed"
    assert [e.id for e in lifecycle.trash(window.archive)] == [agenda]


def test_the_trash_dialog_restores_and_empties(window: MainWindow) -> None:
    meeting = window.session.meeting_id
    before = dump(window.archive.db)
    assert window.archive_commands.delete_meeting()
    dialog = TrashDialog(window.archive_commands)
    assert dialog.list.count() == 1
    assert (
        dialog.list.item(0)
        .text()
        .startswith(f"Meeting {meeting}: KKR Nordjylland 18 November 2022")
    )
    dialog.restore.click()
    assert dialog.list.count() == 0
    assert dump(window.archive.db) == before
    assert window.session.meeting_id == meeting
    window.action_map["undo"].trigger()  # undoes the restore: in the trash again
    assert window.session is None
    dialog.refresh()
    assert dialog.list.count() == 1
    dialog.empty.click()
    assert window.messages[-1][0] == "question"
    assert lifecycle.trash(window.archive) == []
    assert dialog.list.count() == 0
    assert window.archive_commands.archive_stack.count() == 0  # nothing left to undo into
    assert window.archive.meeting_ids() == []


def test_reimport_keeps_the_work_and_is_undoable(window: MainWindow, corpus_dir: Path) -> None:
    meeting = window.session.meeting_id
    window.select_item("2.1")
    target = item(window, "2.1")
    window.action_map["reviewed"].trigger()
    window.select_item("2.1")  # reviewing moved on to the next item
    assert window.edit.push(edits.SetNote(target.id, "Husk bilaget"), "Note")
    window.panel.toggle_tag("approved" if "approved" not in target.tags else "noted")
    tags = dict(item(window, "2.1").tags)
    assert set(tags.values()) == {"confirmed"}
    old_version = dump_meeting(window.archive.db, meeting)
    edits_before = len(window.archive.edits(meeting))

    ids = window.import_paths([corpus_dir / REFERAT])  # the same file again

    assert ids == [meeting]
    question = next(m for m in window.messages if m[0] == "question")
    assert f"(meeting {meeting})" in question[2]
    kind, _title, text = window.messages[-1]
    assert kind == "information"
    assert f"Meeting {meeting} was imported as a new version." in text
    assert window.archive.meeting_ids() == [meeting]
    again = item(window, "2.1")
    assert again.id != target.id  # new nodes ...
    assert window.selected_node().id == again.id  # the selection followed, by number
    assert (again.review, again.note, again.tags) == ("reviewed", "Husk bilaget", tags)
    assert len(window.archive.edits(meeting)) == edits_before + 1  # ... same trail, one more
    new_version = dump_meeting(window.archive.db, meeting)
    assert new_version != old_version
    assert window.undo_group.undoText() == f"New version of meeting {meeting}"

    window.action_map["undo"].trigger()
    assert dump_meeting(window.archive.db, meeting) == old_version
    assert item(window, "2.1").id == target.id
    assert window.selected_node().number == "2.1"
    window.action_map["redo"].trigger()
    assert dump_meeting(window.archive.db, meeting) == new_version
    assert (item(window, "2.1").note, item(window, "2.1").review) == ("Husk bilaget", "reviewed")


def test_no_to_reimport_opens_the_meeting_as_it_is(window: MainWindow, corpus_dir: Path) -> None:
    meeting = window.session.meeting_id
    before = dump(window.archive.db)
    with msgbox.captured(answer=False) as messages:
        assert window.import_paths([corpus_dir / REFERAT]) == [meeting]
    assert [m[0] for m in messages] == ["question"]
    assert dump(window.archive.db) == before
    assert window.session.meeting_id == meeting
