"""The window follows the archive: another clerk's change (another Database on the same
archive file) is reloaded with the selection and the scroll position kept; an edit or an
undo that another clerk's change refuses is explained in Danish and the view reloaded."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from kkr_desk.domain import edits
from kkr_desk.store import lifecycle
from kkr_desk.store.archive import Archive
from kkr_desk.ui import i18n
from kkr_desk.ui.main_window import MainWindow
from tests.ui.windows import item, other_clerk

pytestmark = pytest.mark.gui


@pytest.fixture
def anna(archive: Archive) -> Iterator[Archive]:
    with other_clerk(archive, "anna") as other:
        yield other


@pytest.fixture
def danish(qapp) -> Iterator[None]:
    i18n.install(qapp, "da")
    yield
    i18n.install(qapp, "en")


def test_another_clerks_note_is_reloaded_keeping_selection_and_scroll(
    qtbot, window: MainWindow, anna: Archive
) -> None:
    meeting = window.session.meeting_id
    window.select_item("2.2")
    window.action_map["reviewed"].trigger()  # the window's own edit, on the undo stack
    window.select_item("2.1")
    bar = window.page_view.verticalScrollBar()
    bar.setValue(bar.value() + 137)  # the clerk scrolled on from where 2.1 starts
    scrolled = bar.value()
    selected = window.selected_node().id
    target = item(window, "2.1")
    assert target.note is None

    anna.apply(meeting, edits.SetNote(target.id, "Ring til forvaltningen"))
    window.archive_commands.follower.timer.setInterval(50)  # the 2 s check, sooner
    qtbot.waitUntil(lambda: item(window, "2.1").note == "Ring til forvaltningen", timeout=10_000)

    assert window.selected_node().id == selected
    assert bar.value() == scrolled
    assert window.panel.note.toPlainText() == "Ring til forvaltningen"
    status = window.statusBar().currentMessage()
    assert status.startswith("Reloaded: anna changed 2.1 (set note) at ")
    assert window.messages == []
    # the stack was kept, and its entry still undoes the window's own edit
    assert window.undo_group.canUndo()
    window.action_map["undo"].trigger()
    assert item(window, "2.2").review == "unreviewed"
    assert item(window, "2.1").note == "Ring til forvaltningen"
    assert window.messages == []


def test_an_edit_that_goes_through_brings_in_the_other_change(
    window: MainWindow, anna: Archive
) -> None:
    target = item(window, "2.1")
    anna.apply(window.session.meeting_id, edits.SetNote(target.id, "fra anna"))
    window.select_item("2.2")
    window.action_map["reviewed"].trigger()  # another item: no conflict
    assert window.messages == []
    assert item(window, "2.2").review == "reviewed"
    assert item(window, "2.1").note == "fra anna"
    assert (
        window.statusBar()
        .currentMessage()
        .startswith("Reloaded with changes by anna (set note) at ")
    )
    assert window.archive_commands.follower.check() is False  # the window is up to date


def test_nothing_changed_nothing_reloaded(window: MainWindow) -> None:
    doc = window.session.doc
    assert window.archive_commands.follower.check() is False
    assert window.session.doc is doc


def test_no_reload_while_the_clerk_types(window: MainWindow, anna: Archive) -> None:
    target = item(window, "2.1")
    window.select_item("2.1")
    window.panel.title.setText("Halvt skrevet")
    window.panel.title.setModified(True)  # as typing leaves it
    anna.apply(window.session.meeting_id, edits.SetNote(target.id, "fra anna"))
    assert window.archive_commands.follower.check() is False
    window.panel.title.setModified(False)
    assert window.archive_commands.follower.check() is True
    assert item(window, "2.1").note == "fra anna"


def test_a_conflicting_edit_is_explained_in_danish_and_reloaded(
    window: MainWindow, anna: Archive, danish: None
) -> None:
    window.select_item("2.1")
    target = item(window, "2.1")
    anna.apply(window.session.meeting_id, edits.SetFields(target.id, {"title": "Annas titel"}))
    # the window still shows the old title; the clerk types another one
    window.panel.title.setText("Min titel")
    window.panel.title.editingFinished.emit()

    kind, title, text = window.messages[-1]
    assert (kind, title) == ("error", "Det kan ikke lade sig gøre")
    assert text.startswith("Mødet er ændret af anna imens (sæt titel eller felter, ")
    assert text.endswith("din ændring blev ikke gemt. Visningen er genindlæst.")
    assert item(window, "2.1").title == "Annas titel"
    assert window.panel.title.text() == "Annas titel"
    assert window.selected_node().id == target.id
    assert window.archive.load(window.session.meeting_id) == window.session.doc
    assert not window.undo_group.canUndo()
    assert window.statusBar().currentMessage().startswith("Genindlæst: anna ændrede 2.1 (")


def test_a_refused_undo_is_explained_and_leaves_the_stack(
    window: MainWindow, anna: Archive, danish: None
) -> None:
    meeting = window.session.meeting_id
    window.select_item("2.3")
    window.action_map["flagged"].trigger()
    window.select_item("2.1")
    target = item(window, "2.1")
    assert window.edit.push(edits.SetNote(target.id, "min note"), "Note")
    assert window.stack.count() == 2
    anna.apply(meeting, edits.SetNote(target.id, "annas note"))

    window.action_map["undo"].trigger()  # would put back no note over anna's
    kind, _title, text = window.messages[-1]
    assert kind == "error"
    assert text.startswith("Mødet er ændret af anna imens (sæt note, ")
    assert text.endswith("dette trin kunne ikke fortrydes. Visningen er genindlæst.")
    assert item(window, "2.1").note == "annas note"
    assert window.stack.count() == 1  # only the refused entry left the stack
    window.action_map["undo"].trigger()  # the flag on 2.3 is undone as usual
    assert (item(window, "2.3").review, item(window, "2.3").flagged) == ("unreviewed", False)
    assert next(i for i in window.archive.load(meeting).items() if i.number == "2.1").note == (
        "annas note"
    )


def test_a_meeting_deleted_by_another_clerk_is_closed(
    window: MainWindow, anna: Archive, danish: None
) -> None:
    meeting = window.session.meeting_id
    lifecycle.delete_meeting(anna, meeting)
    assert window.archive_commands.follower.check() is True
    assert window.session is None
    assert window.meetings.rowCount() == 0
    kind, _title, text = window.messages[-1]
    assert kind == "information"
    assert text == f"anna har lagt møde {meeting} i papirkurven; det er lukket."
