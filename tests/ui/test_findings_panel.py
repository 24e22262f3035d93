"""The "Tjek disse" list: its model (qtmodeltester), and in the real window on a real
archive the findings of a constructed meeting, the jump to a finding's place, and the
list following edits, undo, redo and another clerk's change."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QColor, QPalette

from kkr_desk.domain import edits
from kkr_desk.domain.document import Anomaly, AnomalyKind
from kkr_desk.parse import parse_bytes
from kkr_desk.store.archive import Archive
from kkr_desk.store.db import Database
from kkr_desk.ui import i18n
from kkr_desk.ui.findings_panel import ANOMALY_ROLE, FindingsModel, place, place_label
from kkr_desk.ui.main_window import MainWindow
from tests.ui.windows import item, other_clerk

pytestmark = pytest.mark.gui

MINUTES = "kkr-nordjylland-2022-11-18-referat"
AGENDA = "kkr-nordjylland-2020-06-19-dagsorden"
UNCASED = ("1.2", "2.5")  # the items whose case line the constructed meeting lacks
HEADING = re.compile(r"^ ?(\d+\.\d+)\. ")
CASE = re.compile(r"^SAG-\d{4}-\d+")


def gold_items(corpus_dir: Path) -> dict[str, dict]:
    gold = json.loads((corpus_dir / f"{MINUTES}.gold.json").read_text(encoding="utf-8"))
    return {i["number"]: i for s in gold["sections"] for i in s["items"]}


def without_case_lines(corpus_dir: Path, numbers: tuple[str, ...], name: str = MINUTES) -> bytes:
    """The text extraction of a corpus meeting (the minutes) with the case line of the
    items ``numbers`` (and the empty line after it) taken out."""
    text = (corpus_dir / f"{name}.txt").read_text(encoding="utf-8")
    lines = text.split("\n")
    for number in numbers:
        at = next(i for i, x in enumerate(lines) if (m := HEADING.match(x)) and m[1] == number)
        case = next(i for i in range(at + 1, at + 8) if CASE.match(lines[i]))
        del lines[case : case + 2]
    return "\n".join(lines).encode("utf-8")


@pytest.fixture
def archive(tmp_path: Path, corpus_dir: Path) -> Iterator[Archive]:
    """An archive file holding the corpus agenda without two case lines (another meeting
    than the minutes, so importing the minutes makes a new meeting); the ``window``
    fixture opens it."""
    db = Database.open(f"sqlite:///{tmp_path / 'archive.sqlite3'}")
    archive = Archive(db, user="clerk")
    data = without_case_lines(corpus_dir, ("3.2", "3.5"), AGENDA)
    archive.import_document(parse_bytes(data, f"{AGENDA}.txt"), data)
    try:
        yield archive
    finally:
        db.close()


@pytest.fixture
def broken(corpus_dir: Path, tmp_path: Path) -> Path:
    path = tmp_path / "referat-uden-sagsnumre.txt"
    path.write_bytes(without_case_lines(corpus_dir, UNCASED))
    return path


@pytest.fixture
def win(window: MainWindow, broken: Path) -> MainWindow:
    """The window with the constructed meeting imported and open."""
    ids = window.import_paths([broken])
    assert ids
    assert window.session is not None
    assert window.session.meeting_id == ids[-1]
    return window


@pytest.fixture
def danish(qapp) -> Iterator[None]:
    i18n.install(qapp, "da")
    yield
    i18n.install(qapp, "en")


def rows(window: MainWindow) -> list[str]:
    model = window.findings_dock.model
    return [model.data(model.index(r)) for r in range(model.rowCount())]


def row_of_item(window: MainWindow, number: str) -> int:
    model = window.findings_dock.model
    return next(
        r
        for r in range(model.rowCount())
        if model.data(model.index(r), ANOMALY_ROLE).message == f"Item {number} has no case number"
    )


# -- the model ----------------------------------------------------------------------


def test_findings_model_passes_qtmodeltester(qtmodeltester, corpus_dir: Path) -> None:
    doc = parse_bytes(without_case_lines(corpus_dir, UNCASED), "x.txt")
    model = FindingsModel()
    found = [
        Anomaly(None, "The file is damaged", AnomalyKind.DAMAGED, danish="Filen er skadet"),
        Anomaly(2, "Page 2 is damaged", AnomalyKind.DAMAGED),
        Anomaly(4, "Beyond the lines", AnomalyKind.NO_CASE, 10**6, 10**6),
        *[Anomaly(3, f"finding {n}", AnomalyKind.NO_CASE, n, n) for n in range(0, 40, 7)],
    ]
    model.set_findings(doc, found)
    qtmodeltester.check(model, force_py=True)
    assert model.rowCount() == len(found)
    assert model.data(model.index(0)) == "Whole file — The file is damaged"
    model.set_findings(None, found)  # no document: nothing to place the findings in
    qtmodeltester.check(model, force_py=True)
    assert model.rowCount() == 0


def test_places_of_findings_without_a_line(corpus_dir: Path) -> None:
    doc = parse_bytes(without_case_lines(corpus_dir, ()), "x.txt")
    first_on_13 = next(x for x in doc.lines if x.page == 13 and not x.furniture)
    whole_page = place(doc, Anomaly(13, "page", AnomalyKind.DAMAGED))
    assert (whole_page.page, whole_page.line) == (13, first_on_13.index)
    assert whole_page.node is doc.deepest(first_on_13.index)
    front = place(doc, Anomaly(1, "cover", AnomalyKind.DAMAGED))
    assert front.node is None  # front matter is not in the tree
    assert front.page == 1
    assert place_label(doc, Anomaly(1, "cover", AnomalyKind.DAMAGED)) == "Page 1"
    stale = place(doc, Anomaly(None, "gone", AnomalyKind.NO_CASE, len(doc.lines) + 5))
    assert stale == place(doc, Anomaly(None, "file", AnomalyKind.DAMAGED))
    assert (stale.node, stale.page, stale.line) == (None, None, None)


# -- in the window --------------------------------------------------------------------


def test_the_list_shows_the_findings_of_the_open_meeting(win: MainWindow, corpus_dir) -> None:
    gold = gold_items(corpus_dir)
    expected = [f"Page {gold[n]['page']} · {n} — Item {n} has no case number" for n in UNCASED]
    assert rows(win) == expected
    dock = win.findings_dock
    assert dock.windowTitle() == "Check these (2)"
    assert dock.isVisible()
    assert dock.view.currentIndex().row() == 0  # the review starts at the top of the list
    tip = dock.model.data(dock.model.index(1), Qt.ItemDataRole.ToolTipRole)
    assert tip == f"Page {gold['2.5']['page']} · 2.5\nItem 2.5 has no case number"


def test_the_list_reads_in_danish_when_the_interface_does(
    win: MainWindow, corpus_dir, danish
) -> None:
    win.session_changed()  # shown anew, as after any change
    gold = gold_items(corpus_dir)
    assert rows(win) == [
        f"Side {gold[n]['page']} · {n} — Punkt {n} mangler sagsnummer" for n in UNCASED
    ]
    assert win.findings_dock.windowTitle() == "Tjek disse (2)"


def test_enter_and_double_click_jump_to_the_place(qtbot, win: MainWindow, corpus_dir) -> None:
    gold = gold_items(corpus_dir)
    view = win.findings_dock.view
    win.select_item("1.1")
    win.page_view.go_to_page(1)
    target = item(win, "2.5")

    view.setCurrentIndex(win.findings_dock.model.index(row_of_item(win, "2.5")))
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert win.selected_node() is target
    assert win.page_view.current_page() == gold["2.5"]["page"]
    viewport = win.page_view.viewport().rect()
    assert viewport.contains(win.page_view.line_rect(target.first).toRect())

    rect = view.visualRect(win.findings_dock.model.index(row_of_item(win, "1.2")))
    # a double-click is a press and release, then the double-click (QTest sends only that)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert win.selected_node() is target  # one click chooses the row, it does not jump
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert win.selected_node() is item(win, "1.2")
    assert win.page_view.current_page() == gold["1.2"]["page"]
    assert win.messages == []


def test_a_fix_clears_the_row_and_undo_brings_it_back(win: MainWindow, corpus_dir) -> None:
    case = gold_items(corpus_dir)["2.5"]["case_number"]
    dock = win.findings_dock
    before = rows(win)
    target = item(win, "2.5")
    dock.view.setCurrentIndex(dock.model.index(row_of_item(win, "2.5")))

    assert win.edit.push(edits.SetFields(target.id, {"case_number": case}), "Case number")
    assert [r for r in rows(win) if "2.5" in r] == []
    assert rows(win) == [r for r in before if "2.5" not in r]
    assert dock.windowTitle() == "Check these (1)"
    win.undo_group.undo()
    assert rows(win) == before
    assert dock.windowTitle() == "Check these (2)"
    win.undo_group.redo()
    assert rows(win) == [r for r in before if "2.5" not in r]

    # the last finding fixed: the list says there is nothing to check
    first = item(win, "1.2")
    assert win.edit.push(edits.SetFields(first.id, {"case_number": case}), "Case number")
    assert rows(win) == []
    assert dock.windowTitle() == "Check these (0)"
    assert dock.view.placeholder == "Nothing to check"
    assert win.messages == []


def test_another_clerks_fix_is_followed(win: MainWindow, corpus_dir) -> None:
    case = gold_items(corpus_dir)["1.2"]["case_number"]
    target = item(win, "1.2")
    with other_clerk(win.archive, "anna") as anna:
        anna.apply(win.session.meeting_id, edits.SetFields(target.id, {"case_number": case}))
    assert win.archive_commands.follower.check()  # what the timer does every 2 s
    assert [r for r in rows(win) if "1.2" in r] == []
    assert len(rows(win)) == 1


def test_no_findings_says_so(window: MainWindow, corpus_dir: Path) -> None:
    """The corpus minutes as parsed: nothing to check, and the view paints that."""
    dock = window.findings_dock
    assert rows(window)  # the agenda has something to check
    window.import_paths([corpus_dir / f"{MINUTES}.pdf"])
    assert rows(window) == []
    assert dock.windowTitle() == "Check these (0)"
    assert dock.view.placeholder == "Nothing to check"
    image = dock.view.viewport().grab().toImage()
    base = dock.view.palette().color(QPalette.ColorRole.Base)
    centre = QRect(
        QPoint(0, image.height() // 2 - 6), QPoint(image.width() - 1, image.height() // 2 + 6)
    )
    inked = [
        (x, y)
        for y in range(centre.top(), centre.bottom() + 1)
        for x in range(centre.left(), centre.right() + 1)
        if QColor(image.pixel(x, y)) != base
    ]
    assert inked  # the placeholder text is painted in the middle
    window.close_meeting()
    assert dock.windowTitle() == "Check these"
    assert dock.view.placeholder == ""


def test_the_action_shows_and_focuses_the_list(qtbot, win: MainWindow) -> None:
    dock = win.findings_dock
    action = win.action_map["findings"]
    assert action.shortcut().toString() == "Ctrl+K"
    others = [a.shortcut() for n, a in win.action_map.items() if n != "findings"]
    assert action.shortcut() not in others
    dock.close()
    assert not dock.isVisible()
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow)
    win.tree.setFocus()
    qtbot.keyClick(win.tree, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert dock.isVisible()
    qtbot.waitUntil(dock.view.hasFocus)


def test_the_list_is_in_the_tab_order(win: MainWindow) -> None:
    view = win.findings_dock.view
    assert view.focusPolicy() & Qt.FocusPolicy.TabFocus
    chain, widget = [], win.tree.nextInFocusChain()
    while widget is not win.tree and len(chain) < 1000:
        chain.append(widget)
        widget = widget.nextInFocusChain()
    assert view in chain


def test_another_meeting_starts_at_the_top(win: MainWindow, archive: Archive) -> None:
    dock = win.findings_dock
    minutes = win.session.meeting_id
    dock.view.setCurrentIndex(dock.model.index(1))
    win.session_changed()  # the same meeting: the current finding is kept
    assert dock.view.currentIndex().row() == 1
    win.open_meeting(next(m for m in archive.meeting_ids() if m != minutes))
    assert dock.model.rowCount() >= 2  # the agenda: its two items without a case line, …
    assert dock.view.currentIndex().row() == 0
