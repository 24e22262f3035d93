"""For the find and search tests: the window on an archive holding both corpus PDFs, in
Danish or English; words chosen from the gold files (not from what the window finds);
a recorder of what the page view is asked to mark; what a mark covers on the PDF."""

from __future__ import annotations

import json
import re
from contextlib import contextmanager
from pathlib import Path

import pymupdf

from kkr_desk.parse import parse_file
from kkr_desk.ui import i18n
from kkr_desk.ui.main_window import MainWindow
from tests.ui.windows import archive_file, main_window

MINUTES = "kkr-nordjylland-2022-11-18-referat"
AGENDA = "kkr-nordjylland-2020-06-19-dagsorden"
WORD = re.compile(r"[^\W\d_]{9,}")  # long words: few of them stand in more than one item


def gold(corpus_dir: Path, name: str) -> list[dict]:
    """The items of a corpus meeting's gold, in order."""
    data = json.loads((corpus_dir / f"{name}.gold.json").read_text(encoding="utf-8"))
    return [item for section in data["sections"] for item in section["items"]]


def item_texts(item: dict) -> list[str]:
    """An item's texts as the gold has them: title, case number, parts, attachments."""
    texts = [item["title"], item.get("case_number") or ""]
    for part in item["parts"]:
        texts += [part["heading"] or "", part["text"]]
    return texts + list(item.get("attachments", []))


def occurrences(text: str, word: str) -> int:
    return len(re.findall(re.escape(word), text, re.IGNORECASE))


def words_once(corpus_dir: Path, names: tuple[str, ...]) -> list[tuple[str, str, str]]:
    """(word, meeting, item number) for the words that stand exactly once in all the
    texts of the meetings ``names``, as a part of any word (a prefix search finds them
    nowhere else), sorted."""
    texts = {
        (name, item["number"]): "\n".join(item_texts(item))
        for name in names
        for item in gold(corpus_dir, name)
    }
    everything = "\n".join(texts.values())
    found = set()
    for (name, number), text in texts.items():
        for word in WORD.findall(text):
            if occurrences(everything, word) == 1:
                found.add((word, name, number))
    return sorted(found)


class MarkRecorder:
    """Stands in the page view's ``set_marks``, passing each call on and keeping it."""

    def __init__(self, win: MainWindow) -> None:
        self.calls: list[dict[int, list[tuple[float, float, float, float]]]] = []
        self._set = win.page_view.set_marks
        win.page_view.set_marks = self  # type: ignore[method-assign]

    def __call__(self, marks: dict[int, list[tuple[float, float, float, float]]]) -> None:
        self.calls.append(marks)
        self._set(marks)

    @property
    def last(self) -> dict[int, list[tuple[float, float, float, float]]]:
        return self.calls[-1] if self.calls else {}


def covered(pdf: Path, page: int, rect: tuple[float, float, float, float]) -> str:
    """The text of the PDF under a mark (1-based page), white space folded."""
    with pymupdf.open(pdf) as doc:
        x0, y0, x1, y1 = rect  # inset: not the neighbours touching it
        box = pymupdf.Rect(x0 + 0.5, y0 + 0.5, x1 - 0.5, y1 - 0.5)
        return " ".join(doc[page - 1].get_textbox(box).split())


def item_pages(win: MainWindow, number: str) -> set[int]:
    assert win.session is not None
    item = next(i for i in win.session.doc.items() if i.number == number)
    return {line.page for line in win.session.doc.node_lines(item)}


def meeting_id(win: MainWindow, kind: str) -> int:
    """The archive's meeting of ``kind`` ("referat": the minutes, "dagsorden")."""
    return next(m for m in win.archive.meeting_ids() if win.archive.load(m).meeting.kind == kind)


@contextmanager
def search_window(qtbot, qapp, tmp_path: Path, corpus_dir: Path, language: str):
    """The window in ``language`` on an archive of the minutes and the agenda (PDFs),
    the minutes open."""
    i18n.install(qapp, language)
    try:
        with archive_file(tmp_path, corpus_dir) as archive:
            path = corpus_dir / f"{AGENDA}.pdf"
            archive.import_document(parse_file(path), path.read_bytes())
            with main_window(qtbot, archive, tmp_path) as win:
                win.persist = False
                win.open_meeting(meeting_id(win, "referat"))
                yield win
    finally:
        i18n.install(qapp, "en")


def kind_of(win: MainWindow) -> str:
    assert win.session is not None
    return win.session.doc.meeting.kind
