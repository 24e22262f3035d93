"""The line cursor (issue 11): drawn on the page, set by a click, moved with Up/Down, put
on the selected node's first line by a tree selection; the line-based edits act on it
and are off, saying why, while it is outside the selected node. Corrected lines are
marked and show their text on hover; search-hit marks are drawn (``set_marks``)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QHelpEvent, QImage
from PySide6.QtWidgets import QApplication, QToolTip

from kkr_desk.domain.document import Document
from kkr_desk.parse import parse_file
from kkr_desk.ui.line_cursor import LINE_ACTIONS
from kkr_desk.ui.main_window import MainWindow
from kkr_desk.ui.page_marks import CORRECTED, CURSOR
from kkr_desk.ui.page_view import PageView
from tests.ui.windows import item

pytestmark = pytest.mark.gui
REFERAT = "kkr-nordjylland-2022-11-18-referat"

OUTSIDE = {
    "en": "The cursor is outside the selected item.",
    "da": "Markøren står uden for det valgte punkt.",
}
CORRECTED_TIP = {"en": "Corrected: {0}", "da": "Rettet: {0}"}


def click_line(qtbot, win: MainWindow, index: int) -> None:
    win.page_view.scroll_to_line(index)
    centre = win.page_view.line_rect(index).center().toPoint()
    qtbot.mouseClick(win.page_view.viewport(), Qt.MouseButton.LeftButton, pos=centre)


def click_in_tree(qtbot, win: MainWindow, number: str) -> None:
    index = win.filter.mapFromSource(win.model.index_of(item(win, number)))
    win.tree.scrollTo(index)
    rect = win.tree.visualRect(index)
    qtbot.mouseClick(win.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def press(qtbot, widget, key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(widget, key, modifier)


def shape(win: MainWindow) -> list[tuple[str | None, int, int, int]]:
    return [(i.number, i.first, i.last, len(i.children)) for i in win.session.doc.items()]


def near(pixel: QColor, colour: QColor, tolerance: int = 40) -> bool:
    return all(
        abs(a - b) <= tolerance
        for a, b in zip(pixel.getRgb()[:3], colour.getRgb()[:3], strict=True)
    )


def grab(view: PageView) -> QImage:
    image = view.viewport().grab().toImage()
    assert image.width() == view.viewport().width()  # 1:1 with viewport coordinates
    return image


@pytest.fixture
def active(qtbot, window: MainWindow) -> MainWindow:
    """The window, active, so its shortcuts fire on key presses."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window


# -- the scenario ---------------------------------------------------------------


def test_a_split_acts_on_the_cursor_not_on_the_line_last_clicked(
    qtbot, language: str, active: MainWindow
) -> None:
    win = active
    first = item(win, "2.1")
    body = first.children[0].first + 1
    click_line(qtbot, win, body)
    assert win.current_line == body == win.page_view.cursor_line()
    before = [row for row in shape(win) if row[0] == "2.1"]

    click_in_tree(qtbot, win, "2.5")
    target = item(win, "2.5")
    assert win.selected_node().id == target.id
    assert win.current_line == target.first == win.page_view.cursor_line()
    assert win.action_map["split_item"].isEnabled()

    press(
        qtbot,
        win.tree,
        Qt.Key.Key_T,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert [row for row in shape(win) if row[0] == "2.1"] == before  # 2.1 is not split
    # the split acted on 2.5's first line, where an item cannot be split: refused, told
    assert win.messages
    assert win.messages[-1][0] == "error"
    assert not win.undo_group.canUndo()

    # Down moves the cursor into 2.5's text; the split then opens a new item there
    win.page_view.setFocus()
    goal = target.children[0].first + 1
    for _ in range(40):
        if win.current_line == goal:
            break
        press(qtbot, win.page_view, Qt.Key.Key_Down)
    assert win.current_line == goal == win.page_view.cursor_line()
    items = len(list(win.session.doc.items()))
    press(
        qtbot,
        win.page_view,
        Qt.Key.Key_T,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert len(list(win.session.doc.items())) == items + 1
    assert any(i.first == goal for i in win.session.doc.items())
    assert [row for row in shape(win) if row[0] == "2.1"] == before


def test_tree_selection_puts_the_cursor_on_the_nodes_first_line(qtbot, window: MainWindow) -> None:
    node = item(window, "2.3")
    window.select_item("2.3")
    assert window.current_line == node.first == window.page_view.cursor_line()
    rect = window.page_view.cursor_rect()
    assert not rect.isEmpty()
    assert rect.contains(window.page_view.line_rect(node.first))
    # a click inside the selected node keeps the selection and moves the cursor there
    part = node.children[-1]
    click_line(qtbot, window, part.first)
    assert window.current_line == part.first == window.page_view.cursor_line()


def test_the_cursor_is_drawn_as_an_outline(qtbot, window: MainWindow) -> None:
    window.select_item("2.3")
    view = window.page_view
    outline = view.cursor_rect()
    image = grab(view)
    left = QPoint(round(outline.left()), round(outline.center().y()))
    assert near(image.pixelColor(left), CURSOR)
    window.select_item("2.4")  # the cursor goes with the selection: the old place is clear
    view.scroll_to_line(item(window, "2.3").first)
    old = view.line_rect(item(window, "2.3").first)
    image = grab(view)
    assert not near(
        image.pixelColor(QPoint(round(old.left()) - 2, round(old.center().y()))), CURSOR
    )


# -- disabled outside the selected node -------------------------------------------------


def _leave_the_node(qtbot, win: MainWindow, number: str) -> int:
    """Select item ``number`` and press Down until the cursor is past its last line."""
    win.select_item(number)
    node = item(win, number)
    win.page_view.setFocus()
    click_line(
        qtbot, win, node.last if not win.session.doc.lines[node.last].furniture else node.first
    )
    win.select_item(number)
    for _ in range(40):
        if win.current_line is not None and win.current_line > node.last:
            break
        press(qtbot, win.page_view, Qt.Key.Key_Down)
    assert win.current_line is not None
    assert win.current_line > node.last
    assert win.selected_node().id == node.id  # Up/Down do not change the selection
    return win.current_line


def test_outside_the_selected_node_the_line_edits_are_off_and_say_why(
    qtbot, language: str, active: MainWindow
) -> None:
    window = active  # shortcuts fire
    outside = OUTSIDE[language]
    _leave_the_node(qtbot, window, "2.1")
    for name in LINE_ACTIONS:
        assert not window.action_map[name].isEnabled(), name
        assert window.action_map[name].toolTip() == outside
    assert window.statusBar().currentMessage() == outside
    # the split's keys, pressed anyway on the page, change nothing
    before = shape(window)
    press(
        qtbot,
        window.page_view,
        Qt.Key.Key_T,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert shape(window) == before
    assert not window.undo_group.canUndo()
    assert window.action_map["merge"].isEnabled()  # selection-based edits are not affected
    press(qtbot, window.page_view, Qt.Key.Key_Up)  # back inside
    assert window.current_line in item(window, "2.1")
    for name in LINE_ACTIONS:
        assert window.action_map[name].isEnabled(), name
        assert window.action_map[name].toolTip() != outside


def test_without_a_cursor_the_line_edits_are_off(window: MainWindow) -> None:
    window.close_meeting()
    assert window.current_line is None
    assert not any(window.action_map[name].isEnabled() for name in LINE_ACTIONS)


# -- Up/Down in the page view -----------------------------------------------------------


def _view(qtbot, doc: Document, pdf: bytes | None) -> PageView:
    view = PageView()
    qtbot.addWidget(view)
    view.resize(900, 700)
    view.set_document(doc, pdf)
    view.show()
    qtbot.waitExposed(view)
    return view


def test_up_down_skip_furniture_and_cross_pages(qtbot, pdf_doc: Document, corpus_dir: Path) -> None:
    view = _view(qtbot, pdf_doc, (corpus_dir / f"{REFERAT}.pdf").read_bytes())
    lines = pdf_doc.lines
    last_on_1 = max(x.index for x in lines if x.page == 1 and not x.furniture)
    first_on_2 = min(x.index for x in lines if x.page == 2 and not x.furniture)
    skipped = [x for x in lines[last_on_1 + 1 : first_on_2]]
    assert skipped
    assert all(x.furniture for x in skipped)
    view.set_cursor(last_on_1)
    moved: list[int] = []
    view.cursorMoved.connect(moved.append)
    view.setFocus()
    press(qtbot, view, Qt.Key.Key_Down)
    assert view.cursor_line() == first_on_2
    assert moved == [first_on_2]
    rect = view.line_rect(first_on_2)  # scrolled into sight
    assert rect.top() >= 0
    assert rect.bottom() <= view.viewport().height()
    press(qtbot, view, Qt.Key.Key_Up)
    assert view.cursor_line() == last_on_1
    assert moved == [first_on_2, last_on_1]
    # at the very end the cursor stays
    end = max(x.index for x in lines if not x.furniture)
    view.set_cursor(end)
    press(qtbot, view, Qt.Key.Key_Down)
    assert view.cursor_line() == end


def test_the_cursor_works_on_a_text_meeting(qtbot, corpus_dir: Path) -> None:
    doc = parse_file(corpus_dir / f"{REFERAT}.txt")
    view = _view(qtbot, doc, None)
    start = next(x.index for x in doc.lines if not x.furniture and x.page == 1)
    view.set_cursor(start)
    view.setFocus()
    press(qtbot, view, Qt.Key.Key_Down)
    following = next(x.index for x in doc.lines[start + 1 :] if not x.furniture)
    assert view.cursor_line() == following
    outline = view.cursor_rect()
    assert outline.contains(view.line_rect(following))
    image = grab(view)
    assert near(
        image.pixelColor(QPoint(round(outline.left()), round(outline.center().y()))), CURSOR
    )


# -- corrected lines and search marks ---------------------------------------------------


def _hover_text(view: PageView, point: QPointF) -> str:
    pos = point.toPoint()
    event = QHelpEvent(QEvent.Type.ToolTip, pos, view.viewport().mapToGlobal(pos))
    QApplication.sendEvent(view.viewport(), event)
    return QToolTip.text() if QToolTip.isVisible() else ""


@pytest.fixture
def corrected(qtbot, window: MainWindow) -> Iterator[tuple[MainWindow, int]]:
    line = item(window, "1.2").children[0].first + 1
    click_line(qtbot, window, line)
    window.edit.ask_text = lambda *args: "Godkendelse af den rettede dagsorden."
    window.action_map["correct_line"].trigger()
    assert window.session.doc.lines[line].corrected == "Godkendelse af den rettede dagsorden."
    yield window, line
    QToolTip.hideText()


@pytest.mark.qt_log_ignore(r"This plugin does not support raise")  # the tooltip, offscreen
def test_a_corrected_line_is_marked_and_shows_its_text(qtbot, language: str, corrected) -> None:
    window, line = corrected
    view = window.page_view
    view.scroll_to_line(line)
    bars = view.corrected_bars()
    assert list(bars) == [line]
    bar = bars[line]
    assert bar.right() < view.line_rect(line).left()  # in the margin before the line
    assert near(grab(view).pixelColor(bar.center().toPoint()), CORRECTED)
    text = _hover_text(view, view.line_rect(line).center())
    assert text == CORRECTED_TIP[language].format("Godkendelse af den rettede dagsorden.")
    other = item(window, "1.2").children[0].first + 2
    assert view.tooltip_at(view.line_rect(other).center()) is None
    window.undo_group.undo()  # the mark goes with the correction
    assert view.corrected_bars() == {}


def test_set_marks_draws_and_clears(qtbot, pdf_doc: Document, corpus_dir: Path) -> None:
    view = _view(qtbot, pdf_doc, (corpus_dir / f"{REFERAT}.pdf").read_bytes())
    box = (10.0, 10.0, 40.0, 30.0)  # the page's top-left corner: blank paper
    page = view.page_rect(1)
    zoom = view.zoom()
    centre = QPoint(round(page.left() + 25 * zoom), round(page.top() + 20 * zoom))
    assert grab(view).pixelColor(centre) == QColor(Qt.GlobalColor.white)
    view.set_marks({1: [box]})
    assert view.mark_rects()[0].contains(QPointF(centre))
    marked = grab(view).pixelColor(centre)
    assert marked.red() > 230
    assert marked.blue() < 200
    assert marked.green() < marked.red()
    view.set_marks({})
    assert view.mark_rects() == []
    assert grab(view).pixelColor(centre) == QColor(Qt.GlobalColor.white)
