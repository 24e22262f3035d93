"""The find bar (Ctrl+F) in the real window, offscreen, on an archive holding both corpus
PDFs, in Danish and in English: a word the gold has once lands on its item with its mark
on the page; a word the gold has many times is counted as the gold counts it and F3 /
Shift+F3 walk its hits in the gold's order; a word broken at a line end is marked on
both lines; Escape closes the bar and clears the marks."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from kkr_desk.ui.find_bar import find
from kkr_desk.ui.main_window import MainWindow
from tests.ui.search_corpus import (
    MINUTES,
    MarkRecorder,
    covered,
    gold,
    item_pages,
    item_texts,
    occurrences,
    search_window,
    words_once,
)

pytestmark = pytest.mark.gui

LABELS = {
    "da": ("{0} af {1}", "Ingen fund", "Søg i &mødet…"),
    "en": ("{0} of {1}", "No hits", "&Find…"),
}


@pytest.fixture
def win(qtbot, qapp, tmp_path: Path, corpus_dir: Path, language: str) -> Iterator[MainWindow]:
    with search_window(qtbot, qapp, tmp_path, corpus_dir, language) as window:
        yield window


def selected_number(win: MainWindow) -> str | None:
    node = win.selected_node()
    return node.number if node is not None else None


def test_a_word_found_once_selects_its_item_and_marks_it(
    win: MainWindow, qtbot, corpus_dir: Path, language: str
) -> None:
    of, _none, menu_text = LABELS[language]
    assert win.action_map["find"].text() == menu_text
    word, _meeting, number = words_once(corpus_dir, (MINUTES,))[0]
    marks = MarkRecorder(win)
    qtbot.keyClick(win, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert win.find_bar.isVisible()
    assert win.find_bar.edit.hasFocus()
    qtbot.keyClicks(win.find_bar.edit, word.upper())  # case does not matter
    assert win.find_bar.status.text() == of.format(1, 1)
    assert selected_number(win) == number
    assert set(marks.last) <= item_pages(win, number)
    rects = [(page, rect) for page, rects in marks.last.items() for rect in rects]
    assert len(rects) == 1
    text = covered(corpus_dir / f"{MINUTES}.pdf", *rects[0])
    assert word.casefold() in text.casefold()
    qtbot.keyClick(win.find_bar.edit, Qt.Key.Key_Escape)
    assert not win.find_bar.isVisible()
    assert marks.last == {}


def test_next_and_previous_walk_the_hits_in_the_gold_order(
    win: MainWindow, qtbot, corpus_dir: Path, language: str
) -> None:
    of, no_hits, _menu = LABELS[language]
    items = gold(corpus_dir, MINUTES)
    counts = {
        w.casefold(): 0
        for i in items
        for t in item_texts(i)
        for w in re.findall(r"[^\W\d_]{6,}", t)
    }
    for word in counts:
        counts[word] = sum(occurrences(t, word) for i in items for t in item_texts(i))
    word = min((w for w, n in counts.items() if 4 <= n <= 12), key=lambda w: (-counts[w], w))
    order = [i["number"] for i in items for t in item_texts(i) for _ in range(occurrences(t, word))]
    marks = MarkRecorder(win)
    win.action_map["find"].trigger()
    win.tree.setCurrentIndex(win.tree.model().index(0, 0))  # start from the first section
    qtbot.keyClicks(win.find_bar.edit, word)
    total = len(order)
    assert win.find_bar.status.text() == of.format(1, total)
    seen = [selected_number(win)]
    for k in range(2, total + 1):
        qtbot.keyClick(win, Qt.Key.Key_F3)
        assert win.find_bar.status.text() == of.format(k, total)
        seen.append(selected_number(win))
        assert set(marks.last) <= item_pages(win, seen[-1])
        assert all(
            shows(word, covered(corpus_dir / f"{MINUTES}.pdf", page, rect))
            for page, rects in marks.last.items()
            for rect in rects
        )
    assert seen == order
    qtbot.keyClick(win, Qt.Key.Key_F3)  # round to the first again
    assert win.find_bar.status.text() == of.format(1, total)
    qtbot.keyClick(win, Qt.Key.Key_F3, Qt.KeyboardModifier.ShiftModifier)
    assert win.find_bar.status.text() == of.format(total, total)
    assert selected_number(win) == order[-1]
    win.find_bar.edit.setText(word + "qqq")
    assert win.find_bar.status.text() == no_hits
    assert marks.last == {}


@pytest.mark.parametrize("language", ["en"])
def test_a_word_broken_at_a_line_end_is_found_and_marked_on_both_lines(
    win: MainWindow, corpus_dir: Path
) -> None:
    doc = win.session.doc
    lines = [x for x in doc.lines if not x.furniture]
    joined = "\n".join(" ".join(gold_text(i)) for i in gold(corpus_dir, MINUTES))
    broken = None
    for left, right in itertools.pairwise(lines):
        head = re.search(r"([^\W\d_]{4,})-$", left.text.rstrip())
        tail = re.match(r"\s*([^\W\d_]{4,})", right.text)
        if head and tail and right.page == left.page:
            word = head[1] + tail[1]
            if occurrences(joined, word) == 1:
                broken = (word, head[1], tail[1], left.page)
                break
    assert broken is not None
    word, head, tail, page = broken
    hits = find(doc, word)
    assert len(hits) == 1
    marks = MarkRecorder(win)
    win.find_bar.open()
    win.find_bar.edit.setText(word)
    texts = [covered(corpus_dir / f"{MINUTES}.pdf", page, r) for r in marks.last[page]]
    assert len(texts) == 2
    assert texts[0].rstrip("-").casefold().endswith(head.casefold())
    assert texts[1].casefold().startswith(tail.casefold())


def shows(word: str, text: str) -> bool:
    """Whether a mark's text shows ``word``, or the piece of it on one side of a line
    break (hyphenated)."""
    word, pieces = word.casefold(), [p.strip("-") for p in text.casefold().split()]
    return word in text.casefold() or any(
        len(p) >= 2 and (word.startswith(p) or word.endswith(p)) for p in pieces
    )


def gold_text(item: dict) -> list[str]:
    return item_texts(item)
