"""A full list of archive-search hits says that more were found and asks for another
word (the best are listed; a very common word is ranked among its newest matches)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from kkr_desk.ui import search_panel
from kkr_desk.ui.main_window import MainWindow
from tests.ui.search_corpus import AGENDA, MINUTES, search_window, words_once

pytestmark = pytest.mark.gui

FULL = {
    "da": "De 3 bedste fund: tilføj et ord for at indsnævre",
    "en": "The best 3 hits: add a word to narrow",
}
SOME = {"da": "Fund: {0}", "en": "Hits: {0}"}


@pytest.fixture(params=["da", "en"])
def language(request: pytest.FixtureRequest) -> str:
    return request.param


@pytest.fixture
def win(qtbot, qapp, tmp_path: Path, corpus_dir: Path, language: str) -> Iterator[MainWindow]:
    with search_window(qtbot, qapp, tmp_path, corpus_dir, language) as window:
        yield window


def run(win: MainWindow, qtbot, query: str) -> str:
    win.action_map["search"].trigger()
    dock = win.search_dock
    dock.query.clear()
    qtbot.keyClicks(dock.query, query)
    qtbot.keyClick(dock.query, Qt.Key.Key_Return)
    return dock.count.text()


def test_a_full_list_asks_for_another_word(
    win: MainWindow,
    qtbot,
    corpus_dir: Path,
    language: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(search_panel, "LIMIT", 3)
    assert run(win, qtbot, "kommune") == FULL[language]
    assert len(win.search_dock.model.hits) == 3
    word = next(iter(words_once(corpus_dir, (MINUTES, AGENDA))))[0]  # in one place only
    assert run(win, qtbot, word) == SOME[language].format(1)
