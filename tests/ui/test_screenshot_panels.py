"""``kkr-desk gui --size WxH --search QUERY --history --screenshot PNG``: the window at a
given size with the archive search (its best hit opened) and the history panel open, for
the user guide's and the closing notes' pictures."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from kkr_desk.ui.app import Options, open_panels
from kkr_desk.ui.history_panel import HistoryDock
from kkr_desk.ui.main_window import MainWindow
from tests.ui.search_corpus import AGENDA, MINUTES, words_once

pytestmark = pytest.mark.gui


def gui(tmp_path: Path, *args: str) -> subprocess.CompletedProcess:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CONFIG_HOME": str(tmp_path),
        "XDG_DATA_HOME": str(tmp_path),
    }
    return subprocess.run(
        [sys.executable, "-m", "kkr_desk", "gui", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,  # a hang guard
        check=False,
    )


def test_the_screenshot_has_the_size_asked_for(corpus_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "small.png"
    run = gui(
        tmp_path,
        str(corpus_dir / f"{MINUTES}.pdf"),
        "--db",
        f"sqlite:///{tmp_path / 'a.sqlite3'}",
        "--size",
        "1280x720",
        "--search",
        "trafik",
        "--history",
        "--screenshot",
        str(out),
    )
    assert run.returncode == 0, run.stderr
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1280, 720)


@pytest.mark.parametrize("size", ["1280", "0x720", "axb", "1280x"])
def test_a_size_that_is_no_size_is_a_usage_error(tmp_path: Path, size: str) -> None:
    run = gui(tmp_path, "--size", size, "--screenshot", str(tmp_path / "x.png"))
    assert run.returncode == 2
    assert "not a size like 1280x720" in run.stderr
    assert "Traceback" not in run.stderr
    assert not (tmp_path / "x.png").exists()


def test_the_panels_open_with_the_best_hit_selected(window: MainWindow, corpus_dir: Path):
    word, _name, number = next(
        w for w in words_once(corpus_dir, (MINUTES, AGENDA)) if w[1] == MINUTES
    )
    assert not window.search_dock.isVisible()
    open_panels(window, Options(search=word, history=True))
    assert window.search_dock.isVisible()
    assert window.search_dock.query.text() == word
    assert window.search_dock.model.rowCount() == 1
    node = window.selected_node()
    assert node is not None
    assert node.number == number
    dock = window.findChild(HistoryDock)
    assert dock is not None
    assert dock.isVisible()
