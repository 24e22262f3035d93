"""The window's place is kept across a restart (meeting, item, page), and every edit,
undo and redo is told in the status bar."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from kkr_desk.domain import edits
from kkr_desk.ui import i18n
from kkr_desk.ui.app import Options, build
from kkr_desk.ui.main_window import MainWindow
from tests.ui.test_main_window import _danish
from tests.ui.windows import item

pytestmark = pytest.mark.gui


@pytest.mark.parametrize("page", [9, 12])  # 2.3 starts on page 9; page 12 is elsewhere
def test_a_restart_restores_meeting_item_and_page(
    qtbot, window: MainWindow, tmp_path: Path, page: int
) -> None:
    meeting = window.session.meeting_id
    assert window.select_item("2.3")
    assert window.page_view.page_count() >= page
    window.page_view.go_to_page(page)
    assert window.page_view.current_page() == page
    window.close()

    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    again = build(Options(db=window.archive.db.url, settings=settings))
    qtbot.addWidget(again)
    try:
        again.resize(1400, 900)
        again.show()
        qtbot.waitExposed(again)
        assert again.session is not None
        assert again.session.meeting_id == meeting
        node = again.selected_node()
        assert node is not None
        assert node.number == "2.3"
        qtbot.waitUntil(lambda: again.page_view.current_page() == page)
        assert again.page_box.value() == page
    finally:
        again.close()
        again.archive.db.close()


def test_no_meeting_open_restores_none(qtbot, window: MainWindow, tmp_path: Path) -> None:
    window.close_meeting()
    window.close()
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    assert settings.value("meeting/item") is None
    again = MainWindow(window.archive, settings)
    qtbot.addWidget(again)
    assert not again.restore_last_meeting()
    assert again.session is None


def status(win: MainWindow) -> str:
    return win.statusBar().currentMessage()


def test_every_edit_undo_and_redo_is_told_in_the_status_bar(window: MainWindow) -> None:
    window.select_item("2.3")
    window.action_map["merge"].trigger()
    assert status(window) == "Merge with the previous 2.3"
    window.undo_group.undo()
    assert status(window) == "Undone: Merge with the previous 2.3"
    window.undo_group.redo()
    assert status(window) == "Redone: Merge with the previous 2.3"
    window.undo_group.undo()

    target = item(window, "2.1")
    line = target.children[1].first  # the item's second part starts here
    assert window.edit.push(edits.Split(target.id, line), "Split item")
    assert status(window) == "Split item 2.1"
    window.undo_group.undo()
    assert status(window) == "Undone: Split item 2.1"

    first = item(window, "1.2")
    window.select_node(first)
    window.panel.set_review("reviewed")
    assert status(window) == "Review status 1.2"
    assert window.messages == []


def test_the_status_bar_speaks_danish(qapp, window: MainWindow) -> None:
    i18n.install(qapp, "da")
    try:
        merge = window.edit.tr("Merge with the previous")
        assert merge == _danish("Merge with the previous")
        window.select_item("2.3")
        window.action_map["merge"].trigger()
        assert status(window) == f"{merge} 2.3"
        window.undo_group.undo()
        assert status(window) == f"Fortrudt: {merge} 2.3"
        window.undo_group.redo()
        assert status(window) == f"Gentaget: {merge} 2.3"
    finally:
        i18n.install(qapp, "en")
