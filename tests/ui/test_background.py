"""Import runs off the GUI thread: the window's event loop keeps running through a
330-page import, and cancelling the progress dialog leaves the archive as it was."""

from __future__ import annotations

from pathlib import Path

import pymupdf
import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QProgressDialog

from kkr_desk.store.archive import Archive
from kkr_desk.ui.main_window import MainWindow
from tests.helpers.archive import dump
from tests.ui.windows import REFERAT

pytestmark = pytest.mark.gui


@pytest.fixture
def big(tmp_path: Path, corpus_dir: Path) -> Path:
    """The corpus minutes ten times over (as tests/bench/run.py's ``concatenate``)."""
    with pymupdf.open(corpus_dir / REFERAT) as src, pymupdf.open() as out:
        for _ in range(10):
            out.insert_pdf(src)
        assert out.page_count >= 330
        path = tmp_path / "stor.pdf"
        path.write_bytes(out.tobytes())
    return path


class Ticker:
    """A 16 ms timer on the GUI thread, counting the times it fired."""

    def __init__(self, on_tick=None) -> None:
        self.ticks = 0
        self.on_tick = on_tick
        self.timer = QTimer()
        self.timer.setInterval(16)
        self.timer.timeout.connect(self.tick)
        self.timer.start()

    def tick(self) -> None:
        self.ticks += 1
        if self.on_tick is not None:
            self.on_tick()


def test_the_event_loop_keeps_running_while_a_big_pdf_is_imported(
    window: MainWindow, archive: Archive, big: Path
) -> None:
    ticker = Ticker()
    ids = window.import_paths([big])  # the same meeting: re-imported (questions say Yes)
    during = ticker.ticks
    ticker.timer.stop()
    assert ids == [1]
    assert during >= 20  # the timer kept firing while the worker parsed 330 pages
    assert archive.load(1).meeting.pages == 330
    assert [m[1] for m in window.messages][:2] == ["Import", "New version"]


def test_cancelling_the_progress_dialog_leaves_the_archive_unchanged(
    window: MainWindow, archive: Archive, big: Path
) -> None:
    before = dump(archive.db)
    seen: list[int] = []

    def cancel_midway() -> None:
        dialog = window.findChild(QProgressDialog)
        if dialog is not None and not dialog.wasCanceled():
            seen.append(dialog.value())
            # at the first page reported: progress reaches this thread queued, so a
            # later threshold may arrive after the worker has already committed
            if dialog.value() > 0:
                dialog.canceled.emit()  # what its Cancel button does

    ticker = Ticker(cancel_midway)
    ids = window.import_paths([big])
    ticker.timer.stop()
    assert ids == [], seen
    assert seen[-1] < 1000  # cancelled mid-import, not after it
    assert dump(archive.db) == before
    assert not [m for m in window.messages if m[0] == "error"]  # a cancel is not a failure
