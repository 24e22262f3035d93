"""The real main window on a temporary archive holding the corpus minutes."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, QSettings, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QLabel

from kkr_desk.store.archive import Archive
from kkr_desk.ui.main_window import MainWindow
from tests.helpers.archive import dump

pytestmark = pytest.mark.gui
REFERAT = "kkr-nordjylland-2022-11-18-referat.pdf"


def _danish(source: str) -> str:
    """The Danish text the translation table gives for an English source string."""
    import runpy

    table = runpy.run_path(str(Path(__file__).parents[2] / "packaging" / "translations_da.py"))
    return table["DA"][source]


def item(win: MainWindow, number: str):
    return next(i for i in win.session.doc.items() if i.number == number)


def click_line(qtbot, win: MainWindow, index: int) -> None:
    win.page_view.scroll_to_line(index)
    centre = win.page_view.line_rect(index).center().toPoint()
    qtbot.mouseClick(win.page_view.viewport(), Qt.MouseButton.LeftButton, pos=centre)


def test_selecting_an_item_highlights_exactly_its_lines(window: MainWindow) -> None:
    target = item(window, "2.1")
    window.select_item("2.1")
    lines = [x for x in window.session.doc.node_lines(target) if not x.furniture]
    expected = [window.page_view.line_rect(x.index) for x in lines]
    assert window.page_view.highlight_rects() == expected
    pages = {x.page for x in lines}
    assert len(pages) > 1  # 2.1 runs over a page break
    # one page down the view, the rects continue below the first page's
    first_page = [r for r, x in zip(expected, lines, strict=True) if x.page == min(pages)]
    later = [r for r, x in zip(expected, lines, strict=True) if x.page == max(pages)]
    assert min(r.top() for r in later) > max(r.bottom() for r in first_page)
    assert window.panel.title.text().startswith("Resultatkontrakt 2023")


def test_clicking_a_body_line_selects_its_part(qtbot, window: MainWindow) -> None:
    target = item(window, "2.2")
    part = target.children[1]  # Indstilling
    body_line = part.first + 1
    click_line(qtbot, window, body_line)
    assert window.selected_node() is not None
    assert window.selected_node().id == part.id
    assert window.current_line == body_line


def _apply_and_check_undo(qtbot, window: MainWindow, action: str) -> None:
    db = window.archive.db
    before = dump(db)
    shape_before = [(i.number, len(i.children)) for i in window.session.doc.items()]
    window.action_map[action].trigger()
    after = dump(db)
    assert after != before, f"{action} changed nothing"
    assert [(i.number, len(i.children)) for i in window.session.doc.items()] != shape_before or (
        action in ("move_up", "move_down")
    )
    window.undo_group.undo()
    assert dump(db) == before
    window.undo_group.redo()
    assert dump(db) == after
    window.undo_group.undo()  # leave the meeting as it was for the next step
    assert dump(db) == before
    assert window.messages == []


def test_split_part_and_item_at_the_clicked_line(qtbot, window: MainWindow) -> None:
    target = item(window, "2.2")
    click_line(qtbot, window, target.children[2].first + 2)
    _apply_and_check_undo(qtbot, window, "split_part")
    click_line(qtbot, window, target.children[0].first + 2)
    _apply_and_check_undo(qtbot, window, "split_item")


def test_merge_move_promote_demote(qtbot, window: MainWindow) -> None:
    window.select_item("2.3")
    _apply_and_check_undo(qtbot, window, "merge")
    window.select_item("2.3")
    _apply_and_check_undo(qtbot, window, "move_up")
    window.select_node(item(window, "2.3").children[-1])
    _apply_and_check_undo(qtbot, window, "level_up")
    window.select_item("2.4")
    _apply_and_check_undo(qtbot, window, "level_down")
    click_line(qtbot, window, item(window, "2.4").children[1].first + 1)
    _apply_and_check_undo(qtbot, window, "make_part")


def test_tree_shows_the_change_and_keeps_a_selection(qtbot, window: MainWindow) -> None:
    window.select_item("2.3")
    sections_items = window.model.rowCount(window.model.index(1, 0))
    window.action_map["merge"].trigger()
    assert window.model.rowCount(window.model.index(1, 0)) == sections_items - 1
    assert window.selected_node() is not None


def test_tags_and_review_persist_and_the_progress_bar_counts(qtbot, window: MainWindow) -> None:
    target = item(window, "2.1")
    window.select_item("2.1")
    assert target.tags == {"approved": "suggested", "discussed": "suggested"}
    window.action_map["tag_2"].trigger()  # noted
    window.action_map["reviewed"].trigger()
    assert window.selected_node().number == "2.2"  # reviewing moves on to the next one
    stored = next(
        i for i in window.archive.load(window.session.meeting_id).items() if i.number == "2.1"
    )
    assert stored.tags == {t: "confirmed" for t in ("approved", "noted", "discussed")}
    assert stored.review == "reviewed"
    assert window.progress.value() == 1
    assert window.progress.format() == "1 of 19 items reviewed"
    assert window.meetings.data(window.meetings.index(0)).endswith("· 1/19")
    window.action_map["next_unreviewed"].trigger()
    assert window.selected_node().number == "2.3"


def test_review_filter_hides_reviewed_items(qtbot, window: MainWindow) -> None:
    window.select_item("1.1")
    window.action_map["reviewed"].trigger()
    window.action_map["filter_unreviewed"].trigger()
    first_section = window.filter.index(0, 0)
    numbers = [
        window.filter.index(r, 0, first_section).data()
        for r in range(window.filter.rowCount(first_section))
    ]
    assert numbers == ["1.2", "1.3"]


def test_correcting_a_line_goes_into_the_part_text(qtbot, window: MainWindow) -> None:
    target = item(window, "1.2")
    line = target.children[0].first + 1  # the Baggrund text
    click_line(qtbot, window, line)
    window.edit.ask_text = lambda *args: "Godkendelse af den rettede dagsorden."
    window.action_map["correct_line"].trigger()
    assert window.session.doc.lines[line].corrected == "Godkendelse af den rettede dagsorden."
    assert "rettede dagsorden" in window.panel.texts.toPlainText()


def test_the_decision_text_is_shown_once_beside_the_tags(window: MainWindow) -> None:
    window.select_node(item(window, "2.1"))
    decision = window.panel.decision.toPlainText()
    beslutning = next(p for p in item(window, "2.1").children if p.heading == "Beslutning")
    first_line = window.session.doc.lines[beslutning.first + 1].text
    assert first_line.split()[0] in decision  # the decision text, by the tags
    texts = window.panel.texts.toPlainText()
    assert "Beslutning" in texts
    assert first_line not in texts
    assert "Baggrund" in texts  # the other parts still are


def test_drag_and_drop_imports(qtbot, window: MainWindow, corpus_dir: Path) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(corpus_dir / "kkr-nordjylland-2020-06-19-dagsorden.pdf"))])
    event = QDropEvent(
        QPointF(400, 300),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dropEvent(event)
    assert window.meetings.rowCount() == 2
    assert window.session.doc.meeting.kind == "dagsorden"


def test_export_from_the_file_menu(qtbot, window: MainWindow, tmp_path: Path) -> None:
    out = tmp_path / "alle.csv"
    window.ask_export = lambda: ("csv", "all")
    window.ask_save_path = lambda fmt: out
    window.action_map["export"].trigger()
    assert out.read_bytes().startswith(b"\xef\xbb\xbfmeeting_id;")
    assert window.messages[-1][0] == "information"
    assert "19" in window.messages[-1][2]


def test_settings_restore_the_last_meeting(qtbot, window: MainWindow, archive, tmp_path) -> None:
    window.close()
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    again = MainWindow(archive, settings)
    qtbot.addWidget(again)
    assert again.restore_last_meeting()
    assert again.session.meeting_id == window.session.meeting_id


def test_keyboard_shortcuts_are_listed(window: MainWindow) -> None:
    window.action_map["shortcuts"].trigger()
    text = window.view_commands.show_shortcuts().findChild(QLabel).text()
    for name in ("split_part", "merge", "reviewed", "next_unreviewed", "tag_1", "undo"):
        shortcut = window.action_map[name].shortcut().toString()
        assert shortcut
        assert shortcut in text


def test_a_refused_edit_is_told_and_changes_nothing(qtbot, window: MainWindow) -> None:
    before = dump(window.archive.db)
    window.select_item("1.1")
    window.action_map["merge"].trigger()  # the first item has nothing before it
    assert dump(window.archive.db) == before
    assert window.messages
    assert window.messages[-1][0] == "error"
    assert not window.undo_group.canUndo()


def test_the_window_speaks_danish(qtbot, qapp, archive: Archive, tmp_path: Path) -> None:
    from kkr_desk.ui import i18n

    i18n.install(qapp, "da")
    try:
        settings = QSettings(str(tmp_path / "da.ini"), QSettings.Format.IniFormat)
        win = MainWindow(archive, settings)
        qtbot.addWidget(win)
        menus = [a.text() for a in win.menuBar().actions()]
        assert menus[0] == "&Filer"
        assert win.action_map["reviewed"].text().replace("&", "") == "Markér som gennemgået"
        win.open_meeting(archive.meeting_ids()[0])
        assert win.progress.format() == "0 af 19 punkter gennemgået"
        win.select_item("2.3")
        win.action_map["merge"].trigger()  # the undo text comes from the editing commands
        assert win.undo_group.undoText() == _danish("Merge with the previous")
    finally:
        i18n.install(qapp, "en")
