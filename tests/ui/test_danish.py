"""Danish everywhere: in Danish mode every text the window shows is Danish or data (the
meeting's own words, names, numbers); errors are said by code, in Danish; dates through
QLocale; Qt's own dialogs in Danish; the language notice in the language chosen."""

from __future__ import annotations

import ast
import datetime as dt
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QTabWidget,
    QWidget,
)

from kkr_desk.app import describe
from kkr_desk.domain.edits import EditError
from kkr_desk.domain.errors import EDIT_TEMPLATES
from kkr_desk.parse.errors import TEMPLATES as PARSE_TEMPLATES
from kkr_desk.parse.errors import DamagedPdfError, NotKKRDocumentError, UnsupportedFileError
from kkr_desk.paths import resources_dir
from kkr_desk.store.common import TEMPLATES as ARCHIVE_TEMPLATES
from kkr_desk.store.guard import DUPLICATE_TEMPLATES
from kkr_desk.ui import i18n, messages
from kkr_desk.ui.history_panel import HistoryDock
from kkr_desk.ui.main_window import MainWindow
from tests.ui.windows import main_window

pytestmark = pytest.mark.gui

TS = resources_dir() / "i18n" / "kkr_desk_da.ts"
FIELD = re.compile(r"\{\w*\}")
WORD = re.compile(r"[^\W\d_]{2,}")  # a word of letters (Danish ones too)


@pytest.fixture
def danish(qapp) -> Iterator[None]:
    i18n.install(qapp, "da")
    yield
    i18n.install(qapp, "en")


def _danish_words() -> set[str]:
    """Every word of every Danish translation: ours in the .ts, and the Danish half of
    every ``Words(english, danish)`` pair of the layers without Qt (the history's
    descriptions, kkr_desk/app)."""
    root = ET.parse(TS).getroot()
    texts = [t.text or "" for t in root.iter("translation")]
    texts += [t.text or "" for t in root.iter("numerusform")]
    texts += _words_pairs_danish()
    return {w.lower() for text in texts for w in WORD.findall(text.replace("&", ""))}


def _words_pairs_danish() -> list[str]:
    texts = []
    for path in Path(describe.__file__).parent.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "Words":
                danish = node.args[1] if len(node.args) > 1 else None
                if isinstance(danish, ast.Constant) and isinstance(danish.value, str):
                    texts.append(danish.value)
    return texts


def _data_words(win: MainWindow) -> set[str]:
    """Words the meeting itself brings: its text, names and fields; the clerk's user
    name; the program's name."""
    words = {"kkr", "desk", win.archive.user.lower()}
    doc = win.session.doc if win.session is not None else None
    texts: list[str] = []
    if doc is not None:
        texts += [line.text for line in doc.lines]
        meeting = doc.meeting
        texts += [str(getattr(meeting, f)) for f in dir(meeting) if not f.startswith("_")]
        for node in doc.walk():
            texts += [str(getattr(node, f)) for f in dir(node) if not f.startswith("_")]
    for row in range(win.meetings.rowCount()):
        texts.append(str(win.meetings.index(row).data(Qt.ItemDataRole.ToolTipRole)))
    return words | {w.lower() for text in texts for w in WORD.findall(text)}


def _visible_texts(win: MainWindow) -> list[tuple[str, str]]:
    """(where, text) of everything a clerk can read in the window: titles, menus and
    their actions, labels, buttons, fields' placeholders, tabs, list and tree rows,
    headers, tool tips."""
    found: list[tuple[str, str]] = [("window title", win.windowTitle())]
    for menu in win.menuBar().findChildren(QMenu):
        found.append((f"menu {menu.objectName()}", menu.title()))
        for action in menu.actions():
            found += [(f"action {action.objectName()}", action.text())]
            found += [(f"tip {action.objectName()}", action.toolTip())]
            found += [(f"status tip {action.objectName()}", action.statusTip())]
    for widget in win.findChildren(QWidget):
        name = f"{type(widget).__name__} {widget.objectName()}"
        if widget.windowTitle():
            found.append((name, widget.windowTitle()))
        if widget.toolTip():
            found.append((f"tip of {name}", widget.toolTip()))
        if isinstance(widget, QLabel | QAbstractButton):
            found.append((name, widget.text()))
        if isinstance(widget, QLineEdit):
            found.append((name, widget.placeholderText()))
        if isinstance(widget, QComboBox):
            found += [(name, widget.itemText(i)) for i in range(widget.count())]
        if isinstance(widget, QTabWidget):
            found += [(name, widget.tabText(i)) for i in range(widget.count())]
    for view in win.findChildren(QAbstractItemView):
        model, top = view.model(), QModelIndex()
        name = f"{type(view).__name__} {view.objectName()}"
        try:  # some of Qt's own models hide columnCount from Python
            columns = model.columnCount(top)
        except TypeError:
            continue
        for column in range(columns):
            header = model.headerData(column, Qt.Orientation.Horizontal)
            found.append((f"header of {name}", str(header or "")))
        stack = [model.index(row, 0, top) for row in range(model.rowCount(top))]
        while stack:
            index = stack.pop()
            for column in range(model.columnCount(index.parent())):
                for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                    value = index.siblingAtColumn(column).data(role)
                    found.append((f"row of {name}", str(value or "")))
            stack += [model.index(r, 0, index) for r in range(model.rowCount(index))]
    return found


def english_texts(win: MainWindow) -> list[str]:
    """The window's texts holding a word that is neither Danish nor the meeting's own."""
    allowed = _danish_words() | _data_words(win)
    wrong = []
    for where, text in _visible_texts(win):
        plain = re.sub(r"<[^>]+>", " ", text.replace("&", ""))
        foreign = [w for w in WORD.findall(plain) if w.lower() not in allowed]
        if foreign:
            wrong.append(f"{where}: {text!r} ({', '.join(foreign)})")
    return wrong


def test_the_window_in_danish_shows_no_english(danish, qtbot, archive, tmp_path: Path) -> None:
    with main_window(qtbot, archive, tmp_path) as win:
        assert len(_visible_texts(win)) > 100
        assert english_texts(win) == []


def test_an_untranslated_string_is_caught(danish, qtbot, archive, tmp_path: Path) -> None:
    with main_window(qtbot, archive, tmp_path) as win:
        label = QLabel("Unsaved changes", win.statusBar())
        label.setObjectName("new_label")
        win.statusBar().addWidget(label)
        win.action_map["undo"].setToolTip("Undo the last edit")
        wrong = english_texts(win)
    assert len(wrong) == 2
    assert "QLabel new_label: 'Unsaved changes' (Unsaved, changes)" in wrong
    assert "tip undo: 'Undo the last edit' (Undo, the, edit)" in wrong  # 'last' is in the minutes


def test_dates_follow_the_language(qapp, danish) -> None:
    day = dt.date(2022, 11, 18)
    assert messages.long_date(day) == "18. november 2022"
    i18n.install(qapp, "en")
    assert messages.long_date(day) == "18 November 2022"
    assert messages.long_date(None) == "?"


def test_numbers_follow_the_language(qapp, danish) -> None:
    assert messages.number("10,000") == "10.000"
    assert messages.number("50.0") == "50,0"
    i18n.install(qapp, "en")
    assert messages.number("10,000") == "10,000"


def test_the_window_shows_the_long_date(danish, qtbot, archive, tmp_path: Path) -> None:
    with main_window(qtbot, archive, tmp_path) as win:
        assert "18. november 2022" in win.windowTitle()
        assert "18. november 2022" in str(win.meetings.index(0).data())


def test_every_code_has_its_family_template() -> None:
    families = [PARSE_TEMPLATES, EDIT_TEMPLATES, DUPLICATE_TEMPLATES, ARCHIVE_TEMPLATES]
    merged: dict[str, str] = {}
    for family in families:
        for code, template in family.items():
            assert merged.setdefault(code, template) == template, f"{code} differs"
    assert merged == messages.TEMPLATES


def test_every_code_and_phrase_is_danish(danish) -> None:
    for code, english in messages.TEMPLATES.items():
        said = QCoreApplication.translate("errors", english)
        assert said != english, f"{code} has no Danish"
        assert sorted(FIELD.findall(said)) == sorted(FIELD.findall(english)), code
    for phrase in messages.PHRASES:
        assert QCoreApplication.translate("errors", phrase) != phrase, phrase


@pytest.mark.parametrize(
    ("exc", "danish_text"),
    [
        (
            UnsupportedFileError("x.pdf is not a PDF (it does not start with %PDF)."),
            "x.pdf er ikke en PDF-fil (den begynder ikke med %PDF).",
        ),
        (
            EditError("section 1 has nothing before it to merge with"),
            "sektion 1 har intet foran sig at flette med",
        ),
        (
            EditError("part 'Beslutning' would be left without lines"),
            "afsnit »Beslutning« ville stå uden linjer",
        ),
        (UnsupportedFileError("x is not a file (a folder)."), "x er ikke en fil (en mappe)."),
        (
            NotKKRDocumentError(
                "the input is not a KKR agenda or minutes: it has no numbered sections."
            ),
            "inddata er ikke en KKR-dagsorden eller et KKR-referat: den har ingen "
            "nummererede sektioner.",
        ),
        (
            NotKKRDocumentError(
                "a.txt is not a KKR agenda or minutes: page 2 holds a 'word' of 12,345 "
                "characters without a space (KKR Desk reads words of up to 10,000)."
            ),
            "a.txt er ikke en KKR-dagsorden eller et KKR-referat: side 2 har et »ord« på "
            "12.345 tegn uden mellemrum (KKR Desk læser ord på op til 10.000 tegn).",
        ),
        (
            DamagedPdfError("a.pdf", [3, 7], "bad xref"),
            "a.pdf: side 3 og 7 kan ikke læses: PDF-filen er beskadiget (bad xref).",
        ),
        (LookupError("there is no meeting 9 in the archive"), "der er intet møde 9 i arkivet"),
        (
            EditError("the note may be at most 10 characters (it has 12)"),
            "noten må højst have 10 tegn (den har 12)",
        ),
    ],
)
def test_errors_are_said_in_danish(danish, exc: BaseException, danish_text: str) -> None:
    assert messages.text(exc) == danish_text


def test_errors_stay_english_in_english(qapp) -> None:
    i18n.install(qapp, "en")
    exc = EditError("section 1 has nothing before it to merge with")
    assert messages.text(exc) == str(exc)


def test_qt_file_dialog_is_danish(danish, qtbot) -> None:
    dialog = QFileDialog(None, "x")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(dialog)
    labels = {label.text() for label in dialog.findChildren(QLabel)}
    assert labels == {"&Kig i:", "&Filnavn:", "Filer af &type:"}
    buttons = {b.text() for b in dialog.findChildren(QAbstractButton) if b.text()}
    assert buttons == {"&Åbn", "Annuller"}
    assert QCoreApplication.translate("QFileDialog", "Look in:") == "Kig i:"


def test_language_notice_in_the_language_chosen(qtbot, archive, tmp_path: Path) -> None:
    with main_window(qtbot, archive, tmp_path) as win:
        win.view_commands.use_danish()
        win.view_commands.use_english()
        notices = [text for _kind, _title, text in win.messages[-2:]]
    assert notices == [
        "Sproget skifter, når KKR Desk startes igen.",
        "The language changes when KKR Desk starts again.",
    ]


def test_the_days_panels_in_danish_show_no_english(danish, qtbot, archive, tmp_path: Path) -> None:
    """The window after a day's work: an item selected and edited (tagged, flagged, a
    line corrected), the cursor outside it, the find bar and the archive search used,
    the history dock on both tabs, the unreviewed filter on."""
    from kkr_desk.domain import edits
    from tests.ui.windows import item

    with main_window(qtbot, archive, tmp_path) as win:
        win.select_item("2.2")
        node = item(win, "2.2")
        win.action_map["tag_1"].trigger()
        win.action_map["flagged"].trigger()
        assert win.edit.push(edits.CorrectLine(node.children[-1].last, "Rettet linje"), "x")
        win.action_map["find"].trigger()
        win.find_bar.edit.setText("kommune")
        win.action_map["search"].trigger()
        win.search_dock.query.setText("kommune")
        win.search_dock.query.returnPressed.emit()
        win.action_map["change_history"].trigger()
        win.action_map["filter_unreviewed"].trigger()
        win.select_item("2.2")
        while win.current_line <= node.last:  # the cursor past 2.2: the line edits say
            assert win.page_view.step_cursor(1)  # why they are off
        assert len(win.search_dock.model.hits) > 0
        assert win.find_bar.isVisible()
        dock = win.findChild(HistoryDock)
        assert dock.changes_list.topLevelItemCount() == 3  # the three edits, described
        dock.tabs.setCurrentIndex(1)
        assert dock.since_list.topLevelItemCount() == 1  # 2.2
        assert not win.action_map["split_item"].isEnabled()
        assert english_texts(win) == []
