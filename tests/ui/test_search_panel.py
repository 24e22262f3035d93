"""The archive search (Ctrl+Shift+F) in the real window, offscreen, on an archive holding
both corpus PDFs, in Danish and in English: its labels; hits from both meetings, best
first, the matched words bold in the rows; a click on a hit in the other meeting opens
it, selects the item the gold has the word in and marks the word on that item's page."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from kkr_desk.ui.main_window import MainWindow
from kkr_desk.ui.search_panel import HIT_ROLE, snippet_html
from tests.ui.search_corpus import (
    AGENDA,
    MINUTES,
    WORD,
    MarkRecorder,
    covered,
    gold,
    item_pages,
    item_texts,
    kind_of,
    search_window,
    words_once,
)

pytestmark = pytest.mark.gui

TITLES = {
    "da": ("Søg i arkivet", "Søg i ar&kivet…"),
    "en": ("Search the archive", "Search the &archive…"),
}
FILES = {MINUTES: "referat", AGENDA: "dagsorden"}


@pytest.fixture
def win(qtbot, qapp, tmp_path: Path, corpus_dir: Path, language: str) -> Iterator[MainWindow]:
    with search_window(qtbot, qapp, tmp_path, corpus_dir, language) as window:
        yield window


def search(win: MainWindow, qtbot, query: str) -> None:
    qtbot.keyClick(
        win, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    dock = win.search_dock
    assert dock.isVisible()
    assert dock.query.hasFocus()
    qtbot.keyClicks(dock.query, query)
    qtbot.keyClick(dock.query, Qt.Key.Key_Return)


def test_a_hit_in_the_other_meeting_opens_it_selects_the_item_and_marks_the_word(
    win: MainWindow, qtbot, corpus_dir: Path, language: str
) -> None:
    title, menu_text = TITLES[language]
    assert win.search_dock.windowTitle() == title
    assert win.action_map["search"].text() == menu_text
    assert kind_of(win) == "referat"
    word, name, number = next(
        w for w in words_once(corpus_dir, (MINUTES, AGENDA)) if w[1] == AGENDA
    )
    marks = MarkRecorder(win)
    search(win, qtbot, word.lower())
    dock = win.search_dock
    hits = dock.model.hits
    assert len(hits) == 1
    assert (hits[0].item_number, word.casefold() in hits[0].snippet.casefold()) == (number, True)
    view = dock.view
    rect = view.visualRect(dock.model.index(0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert kind_of(win) == FILES[name]
    node = win.selected_node()
    assert node is not None
    assert node.number == number
    assert marks.last
    assert set(marks.last) <= item_pages(win, number)
    texts = [
        covered(corpus_dir / f"{name}.pdf", page, r) for page, rs in marks.last.items() for r in rs
    ]
    assert any(word.casefold() in text.casefold() for text in texts)


@pytest.mark.parametrize("language", ["en"])
def test_hits_come_from_both_meetings_best_first_with_the_words_in_bold(
    win: MainWindow, qtbot, corpus_dir: Path
) -> None:
    texts = {
        name: " ".join(t for item in gold(corpus_dir, name) for t in item_texts(item)).casefold()
        for name in (MINUTES, AGENDA)
    }
    common = sorted(set(WORD.findall(texts[MINUTES])) & set(WORD.findall(texts[AGENDA])))
    word = common[0]
    search(win, qtbot, word)
    hits = win.search_dock.model.hits
    assert {h.meeting_label for h in hits} == {
        next(h.meeting_label for h in hits if h.meeting_id == m) for m in win.archive.meeting_ids()
    }
    assert len({h.meeting_id for h in hits}) == 2
    assert [h.rank for h in hits] == sorted((h.rank for h in hits), reverse=True)
    model = win.search_dock.model
    for row, hit in enumerate(hits):
        assert model.index(row).data(HIT_ROLE) is hit
        assert word in snippet_html(hit.snippet).casefold().replace("<b>", "").replace("</b>", "")
        assert "<b>" in snippet_html(hit.snippet)
    assert win.search_dock.seconds < 0.5


def test_snippet_html_bolds_the_bracketed_words_and_escapes_the_rest() -> None:
    assert snippet_html("a <b> [ord] og [flere]") == "a &lt;b&gt; <b>ord</b> og <b>flere</b>"
