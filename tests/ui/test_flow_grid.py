"""The decision tags' buttons flow into as many columns as fit: with a dock open at
1280×720 the item panel shows every button whole and never scrolls sideways."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QPushButton, QScrollArea, QWidget

from kkr_desk.ui.flow_grid import FlowGrid
from kkr_desk.ui.main_window import MainWindow
from tests.ui.windows import item

pytestmark = pytest.mark.gui


def test_the_columns_follow_the_width(qtbot) -> None:
    holder = QWidget()  # a parent: a window would keep the layout's minimum size
    qtbot.addWidget(holder)
    grid = FlowGrid(most=4, parent=holder)
    buttons = [QPushButton("knap " + "x" * (n % 3) * 5) for n in range(8)]  # three widths
    for button in buttons:
        grid.add(button)
    widths = [b.sizeHint().width() for b in buttons]
    assert grid.minimumSizeHint().width() == max(widths)  # one column: no scroll bar forced
    gap = grid.grid.horizontalSpacing()

    def needed(columns: int) -> int:  # each column as wide as its widest button
        return sum(max(widths[c::columns]) for c in range(columns)) + gap * (columns - 1)

    assert needed(1) < needed(2) < needed(3) < needed(4)  # each width has one answer
    for columns in (4, 3, 2, 1):
        grid.resize(needed(columns), 200)
        holder.show()
        QApplication.processEvents()
        assert grid.columns == columns
        rows = {grid.grid.getItemPosition(grid.grid.indexOf(b))[0] for b in buttons}
        assert len(rows) == -(-8 // columns)  # as many rows as the columns leave


def test_a_dock_open_at_1280_leaves_the_panel_whole(qtbot, window: MainWindow) -> None:
    window.resize(1280, 720)
    window.show()
    window.select_node(item(window, "2.1"))
    window.search_dock.open()
    QApplication.processEvents()
    QApplication.processEvents()
    scroller = window.panel.parentWidget().parentWidget()
    assert isinstance(scroller, QScrollArea)
    assert not scroller.horizontalScrollBar().isVisible()
    viewport = scroller.viewport().rect()
    for tag, button in window.panel.tag_buttons.items():
        top_left = button.mapTo(scroller.viewport(), button.rect().topLeft())
        right = top_left.x() + button.width()
        assert top_left.x() >= 0, tag
        assert right <= viewport.width(), tag  # not cut on the right
