"""The window's place is kept across a restart (meeting, item, page), and every edit,
undo and redo is told in the status bar, in Danish and in English."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from kkr_desk.ui.app import Options, build
from kkr_desk.ui.main_window import MainWindow
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


# What the status bar says after an edit, an undo and a redo, in each language.
TOLD = {
    "en": {
        "merge": "Merge with the previous {0}",
        "split": "Split item {0}",
        "review": "Review status {0}",
        "undone": "Undone: {0}",
        "redone": "Redone: {0}",
    },
    "da": {
        "merge": "Flet med den forrige {0}",
        "split": "Del punkt {0}",
        "review": "Gennemgangsstatus {0}",
        "undone": "Fortrudt: {0}",
        "redone": "Gentaget: {0}",
    },
}


def test_every_edit_undo_and_redo_is_told_in_the_status_bar(
    language: str, window: MainWindow
) -> None:
    told = TOLD[language]
    window.select_item("2.3")
    window.action_map["merge"].trigger()
    merged = told["merge"].format("2.3")
    assert status(window) == merged
    window.undo_group.undo()
    assert status(window) == told["undone"].format(merged)
    window.undo_group.redo()
    assert status(window) == told["redone"].format(merged)
    window.undo_group.undo()

    window.select_item("2.1")
    window.current_line = item(window, "2.1").children[1].first  # its second part's start
    window.action_map["split_item"].trigger()
    split = told["split"].format("2.1")
    assert status(window) == split
    window.undo_group.undo()
    assert status(window) == told["undone"].format(split)

    first = item(window, "1.2")
    window.select_node(first)
    window.panel.set_review("reviewed")
    assert status(window) == told["review"].format("1.2")
    assert window.messages == []
