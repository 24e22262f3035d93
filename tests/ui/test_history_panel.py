"""The History dock in the real window: the changes with before → after, only the selected
item, "Undo this change" (a new edit, undoable; refused with one message), and the
changes since import; in Danish, and a screenshot."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from kkr_desk.domain import edits
from kkr_desk.ui import i18n
from kkr_desk.ui.history_panel import HistoryDock
from tests.ui.windows import item, other_clerk

pytestmark = pytest.mark.gui


@pytest.fixture
def danish(qapp) -> Iterator[None]:
    i18n.install(qapp, "da")
    yield
    i18n.install(qapp, "en")


# What the dock says, in each language (the Danish from packaging/translations/da_history.py
# and kkr_desk/app/describe.py).
SAYS = {
    "en": {
        "title of": "Title of {0}",
        "reverted change": "Reverted change: {0} (of ",
        "reverted": "{0} (reverted)",
        "nothing": "Nothing differs from the imported file",
        "undo": "Undo this change",
    },
    "da": {
        "title of": "Titel på {0}",
        "reverted change": "Fortrudt ændring: {0} (fra ",
        "reverted": "{0} (fortrudt)",
        "nothing": "Intet afviger fra den importerede fil",
        "undo": "Fortryd denne ændring",
    },
}


def open_dock(win) -> HistoryDock:
    win.action_map["change_history"].trigger()
    dock = win.findChild(HistoryDock)
    assert dock is not None
    assert dock.isVisible()
    return dock


def rows(view) -> list[list[str]]:
    return [
        [view.topLevelItem(r).text(c) for c in range(view.columnCount())]
        for r in range(view.topLevelItemCount())
    ]


def set_title(win, number: str, title: str) -> None:
    assert win.edit.push(edits.SetFields(item(win, number).id, {"title": title}), "Title")


def test_changes_are_listed_newest_first_with_before_and_after(window) -> None:
    dock = open_dock(window)
    assert rows(dock.changes_list) == []
    old = item(window, "2.1").title
    set_title(window, "2.1", "Ny titel")
    assert window.edit.push(edits.SetReview(item(window, "2.2").id, "reviewed"), "Review")
    listed = rows(dock.changes_list)  # refreshed by the edit, as the dock is shown
    assert [r[1:3] for r in listed] == [
        ["clerk", "Review status of 2.2"],
        ["clerk", "Title of 2.1"],
    ]
    assert listed[0][3] == "not reviewed → reviewed"
    assert listed[1][3] == f"'{old[:79]}…' → 'Ny titel'"


def test_undo_this_change_reverts_it_as_a_new_edit(window, language: str) -> None:
    says = SAYS[language]
    title_of = says["title of"].format("2.1")
    old = item(window, "2.1").title
    set_title(window, "2.1", "Forkert")
    window.edit.push(edits.SetNote(item(window, "2.1").id, "Behold"), "Note")
    dock = open_dock(window)
    assert dock.revert_button.text() == says["undo"]
    dock.changes_list.setCurrentItem(dock.changes_list.topLevelItem(1))  # the title
    assert rows(dock.changes_list)[1][2] == title_of
    dock.revert_button.click()
    assert (item(window, "2.1").title, item(window, "2.1").note) == (old, "Behold")
    stored = window.archive.load(window.session.meeting_id)  # in the archive, not only shown
    assert next(i for i in stored.items() if i.number == "2.1").title == old
    listed = rows(dock.changes_list)
    assert len(listed) == 3
    assert listed[0][2].startswith(says["reverted change"].format(title_of))
    assert listed[0][3].startswith("'Forkert' → ")
    assert listed[2][2] == says["reverted"].format(title_of)
    assert window.messages == []
    window.undo_group.undo()  # the revert is on the undo stack like any edit
    assert item(window, "2.1").title == "Forkert"


def test_a_refused_revert_is_one_message_naming_the_later_change(window, archive) -> None:
    set_title(window, "2.1", "Første")
    with other_clerk(archive) as anna:
        anna.apply(
            archive.meeting_ids()[0], edits.SetFields(item(window, "2.1").id, {"title": "X"})
        )
    window.session.reload()
    window.session_changed()
    dock = open_dock(window)
    dock.refresh()
    listed = rows(dock.changes_list)
    assert [r[1] for r in listed] == ["anna", "clerk"]
    dock.changes_list.setCurrentItem(dock.changes_list.topLevelItem(1))
    assert dock.revert_button.toolTip() == "A later change depends on this one"
    assert not dock.revert_selected()
    [(kind, title, text)] = window.messages
    assert (kind, title) == ("error", "This change cannot be undone")
    assert text.startswith("A later change depends on it: Fields by anna (")
    assert item(window, "2.1").title == "X"


def test_only_the_selected_item(window) -> None:
    set_title(window, "2.1", "En")
    set_title(window, "2.2", "To")
    dock = open_dock(window)
    dock.only_selected.setChecked(True)
    window.select_node(item(window, "2.1"))
    assert [r[2] for r in rows(dock.changes_list)] == ["Title of 2.1"]
    window.select_node(item(window, "2.2").children[0])  # a part: its item's changes
    assert [r[2] for r in rows(dock.changes_list)] == ["Title of 2.2"]
    dock.only_selected.setChecked(False)
    assert len(rows(dock.changes_list)) == 2


def test_changes_since_import_list_the_edited_items(window, language: str) -> None:
    dock = open_dock(window)
    dock.tabs.setCurrentIndex(1)
    assert rows(dock.since_list) == [[SAYS[language]["nothing"], ""]]
    set_title(window, "2.1", "En")
    # 2.3 changed and changed back: no different from the file, so not listed
    window.edit.push(edits.SetReview(item(window, "2.3").id, "reviewed"), "Review")
    window.edit.push(edits.SetReview(item(window, "2.3").id, "unreviewed"), "Review")
    two = item(window, "2.2")
    line = two.children[-1].last
    assert window.edit.push(edits.CorrectLine(line, "Rettet"), "Line")
    listed = rows(dock.since_list)
    assert [r[0].split()[0] for r in listed] == ["2.1", "2.2"]
    first = dock.since_list.topLevelItem(1)
    assert first.childCount() == 1
    assert first.child(0).text(1).endswith("→ 'Rettet'")
    window.select_node(item(window, "1.1"))
    dock.since_list.itemActivated.emit(first, 0)
    assert window.selected_node().id == two.id
    # Activating a change in the history selects its item too.
    dock.tabs.setCurrentIndex(0)
    title_row = dock.changes_list.topLevelItemCount() - 1  # the first change: 2.1's title
    dock.changes_list.itemActivated.emit(dock.changes_list.topLevelItem(title_row), 0)
    assert window.selected_node().id == item(window, "2.1").id


def test_in_danish_with_a_screenshot(window, danish, tmp_path: Path) -> None:
    set_title(window, "2.1", "Resultatkontrakt 2023")
    window.edit.push(edits.SetReview(item(window, "2.1").id, "reviewed"), "Review")
    window.edit.push(edits.SetReview(item(window, "2.1").id, "unreviewed"), "Review")
    dock = open_dock(window)
    assert dock.windowTitle() == "Historik"
    assert [dock.tabs.tabText(i) for i in range(2)] == ["Ændringer", "Ændringer siden import"]
    assert (dock.only_selected.text(), dock.revert_button.text()) == (
        "Kun valgt punkt",
        "Fortryd denne ændring",
    )
    assert [r[2:] for r in rows(dock.changes_list)[:2]] == [
        ["Gennemgangsstatus på 2.1", "gennemgået → ikke gennemgået"],
        ["Gennemgangsstatus på 2.1", "ikke gennemgået → gennemgået"],
    ]
    dock.changes_list.setFocus(Qt.FocusReason.OtherFocusReason)
    out = tmp_path / "history-dock.png"
    assert window.grab().save(str(out))
    assert out.stat().st_size > 10_000
