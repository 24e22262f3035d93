"""The window fits a small screen: at 1280×720 and 1366×768 every field of the item
panel can be seen (scrolling the panel's one scroll area), the tree shows at least ten
items because parts take no rows until their item is selected, the shortcut list
scrolls inside a window that fits the screen, and the Correct-line dialog is as wide as
the line. What shows text runs in Danish (the longer labels) and in English; the tree's
rows and the panel's one scroll area are geometry, the same in both."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, QSize, Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QApplication,
    QDialog,
    QLineEdit,
    QScrollArea,
    QWidget,
)

from kkr_desk.domain.document import NodeKind
from kkr_desk.ui.main_window import MainWindow
from kkr_desk.ui.view_commands import first_size
from tests.ui.windows import item

SIZES = [(1280, 720), (1366, 768)]


def _fields(win: MainWindow) -> dict[str, QWidget]:
    panel = win.panel
    fields: dict[str, QWidget] = {
        "number": panel.number,
        "title": panel.title,
        "case number": panel.case_number,
        "handlers": panel.handlers,
        "reviewed": panel.reviewed,
        "flag": panel.flagged,
        "note": panel.note,
        "confirm": panel.confirm,
    }
    fields.update({f"tag {tag}": button for tag, button in panel.tag_buttons.items()})
    return fields


def _at_size(qtbot, win: MainWindow, size: tuple[int, int]) -> None:
    win.resize(*size)
    qtbot.waitUntil(lambda: (win.width(), win.height()) == size)
    QApplication.processEvents()


def _shown_rows(win: MainWindow) -> list[QModelIndex]:
    tree = win.tree
    shown, index = [], tree.indexAt(tree.viewport().rect().topLeft())
    while index.isValid():
        if tree.viewport().rect().contains(tree.visualRect(index)):
            shown.append(index)
        index = tree.indexBelow(index)
    return shown


def _kind(win: MainWindow, index: QModelIndex) -> NodeKind | None:
    node = win.model.node(win.filter.mapToSource(index))
    return node.kind if node is not None else None


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_every_field_of_the_item_panel_can_be_seen(
    qtbot, language: str, window: MainWindow, size
) -> None:
    _at_size(qtbot, window, size)
    window.select_item("2.2")  # an item with four parts and a long decision
    QApplication.processEvents()
    area = window.panel.scroll_area()
    assert isinstance(area, QScrollArea)
    for name, field in _fields(window).items():
        area.ensureWidgetVisible(field)
        QApplication.processEvents()
        seen = field.visibleRegion().boundingRect()
        assert seen.width() > 0, name
        assert seen.height() > 0, name
        assert seen.height() >= field.height() * 0.9, name  # all of it, not a sliver
        assert seen.width() >= min(field.width(), 40), name
    window.panel.bring_into_view(window.panel.number)  # the panel's own way to get there
    QApplication.processEvents()
    assert not window.panel.number.visibleRegion().isEmpty()


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_the_tree_shows_ten_items_and_no_parts(qtbot, window: MainWindow, size) -> None:
    _at_size(qtbot, window, size)
    kinds = [_kind(window, index) for index in _shown_rows(window)]
    assert kinds.count(NodeKind.ITEM) >= 10
    assert NodeKind.PART not in kinds


def test_the_panel_is_the_only_thing_that_scrolls(qtbot, window: MainWindow) -> None:
    _at_size(qtbot, window, SIZES[0])
    window.select_item("2.2")
    QApplication.processEvents()
    panel = window.panel
    assert len(panel.texts.toPlainText()) > 1000  # the parts' texts are long
    for box in panel.findChildren(QAbstractScrollArea):  # the text boxes: grown, not scrolling
        assert box.verticalScrollBar().maximum() == 0, box
        assert box.height() >= box.document().size().height()  # type: ignore[attr-defined]
    assert panel.scroll_area().verticalScrollBar().maximum() > 0  # the panel scrolls


def test_selecting_opens_only_the_selected_item(qtbot, window: MainWindow) -> None:
    tree, filt, model = window.tree, window.filter, window.model

    def opened(number: str) -> bool:
        return tree.isExpanded(filt.mapFromSource(model.index_of(item(window, number))))

    part = item(window, "2.1").children[2]
    window.select_node(part)  # a part can still be shown and selected
    assert window.selected_node() is part
    assert opened("2.1")
    assert not tree.visualRect(tree.currentIndex()).isEmpty()
    window.select_item("2.3")
    assert opened("2.3")
    assert not opened("2.1")
    window.select_item("1.1")
    tree.setFocus()
    qtbot.keyClick(tree, Qt.Key.Key_Down)  # a plain Down walks into the open item's parts
    assert window.selected_node() is item(window, "1.1").children[0]
    assert not opened("2.3")


def test_the_shortcut_list_fits_the_screen_and_scrolls(
    qtbot, language: str, window: MainWindow
) -> None:
    dialog = window.view_commands.show_shortcuts()
    qtbot.waitExposed(dialog)
    screen = dialog.screen().availableGeometry()
    assert dialog.frameGeometry().height() <= screen.height()
    assert dialog.frameGeometry().width() <= screen.width()
    area = dialog.findChild(QScrollArea)
    table = area.widget()
    native = QKeySequence.SequenceFormat.NativeText
    for name in ("split_part", "merge", "reviewed", "next_unreviewed", "tag_1", "undo"):
        shortcut = window.action_map[name].shortcut().toString(native)  # "Mellemrum" in Danish
        assert shortcut
        assert shortcut in table.text()
    bar = area.verticalScrollBar()
    assert bar.maximum() >= table.height() - area.viewport().height()  # every row reached
    again = window.view_commands.show_shortcuts()  # asked again: one list, not two
    shown = [d for d in window.findChildren(QDialog) if d.isVisible()]
    assert shown == [again]
    again.close()


def test_the_correct_line_dialog_is_as_wide_as_the_line(
    qtbot, language: str, window: MainWindow
) -> None:
    doc = window.session.doc
    longest = max(
        (i for i in range(len(doc.lines)) if doc.deepest(i) is not None),
        key=lambda i: len(doc.lines[i].content),
    )
    window.line_clicked(longest)
    text = doc.lines[longest].content
    seen: list[tuple[int, int]] = []

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(10, look)
            return
        edit = dialog.findChild(QLineEdit)
        seen.append((edit.width(), edit.fontMetrics().horizontalAdvance(text)))
        screen = dialog.screen().availableGeometry().width()
        seen.append((dialog.frameGeometry().width(), screen))
        dialog.close()

    QTimer.singleShot(0, look)
    window.action_map["correct_line"].trigger()
    (edit_width, text_width), (dialog_width, screen_width) = seen
    assert text_width > 300  # a long line: the old dialog (about 170 px) cut it
    assert edit_width >= min(text_width, screen_width * 0.8)
    assert dialog_width <= screen_width


@pytest.mark.parametrize(
    ("screen", "expected"),
    [((1920, 1080), (1400, 900)), ((1366, 768), (1350, 720)), ((1280, 720), (1264, 672))],
)
def test_the_first_window_fits_the_screen(screen, expected) -> None:
    size = first_size(QSize(*screen))
    assert (size.width(), size.height()) == expected
