"""``kkr-desk gui FILE --select ITEM --screenshot PNG``, run as the clerk would, offscreen."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage

pytestmark = pytest.mark.gui


def screenshot(corpus_dir: Path, tmp_path: Path, out: Path) -> subprocess.CompletedProcess:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CONFIG_HOME": str(tmp_path),
        "XDG_DATA_HOME": str(tmp_path),
    }
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "kkr_desk",
            "gui",
            str(corpus_dir / "kkr-nordjylland-2022-11-18-referat.pdf"),
            "--select",
            "2.1",
            "--screenshot",
            str(out),
            "--db",
            f"sqlite:///{tmp_path / 'a.sqlite3'}",
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,  # a hang guard: a dialog waiting for an answer offscreen
        check=False,
    )


def test_screenshot_shows_the_page_with_the_item_highlighted(corpus_dir: Path, tmp_path: Path):
    out = tmp_path / "out.png"
    run = screenshot(corpus_dir, tmp_path, out)
    assert run.returncode == 0, run.stderr
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1400, 900)
    # The highlight colour (amber over white paper) covers a good part of the page area.
    amber = 0
    for x in range(200, 840, 8):
        for y in range(60, 700, 8):
            c = QColor(image.pixel(x, y))
            amber += c.red() > 240 and 200 < c.green() < 240 and c.blue() < 200
    assert amber > 200
    # The page's text is there (not blank paper waiting to be rendered).
    ink = sum(
        QColor(image.pixel(x, y)).lightness() < 100
        for x in range(200, 840, 2)
        for y in range(60, 700, 2)
    )
    assert ink > 500
    # The tree beside it shows a selected row (the selection colour is blue).
    # (the most blue of a few columns: a column may cross the row's white text)
    blue = [
        sum(
            c.blue() > 150 and c.red() < 100
            for c in (QColor(image.pixel(x, y)) for y in range(30, 400))
        )
        for x in range(900, 1340, 40)
    ]
    assert max(blue) >= 8


def test_a_file_in_the_archive_opens_its_meeting(corpus_dir: Path, tmp_path: Path) -> None:
    """The second time, the file is in the archive: its meeting opens, nothing asks (the
    frozen program's smoke test hung on a re-import question here)."""
    assert screenshot(corpus_dir, tmp_path, tmp_path / "1.png").returncode == 0
    run = screenshot(corpus_dir, tmp_path, tmp_path / "2.png")
    assert (run.returncode, run.stderr) == (0, "")
    assert QImage(str(tmp_path / "2.png")).width() == 1400
    from kkr_desk.store.archive import Archive
    from kkr_desk.store.db import Database

    db = Database.open(f"sqlite:///{tmp_path / 'a.sqlite3'}")
    assert len(Archive(db).meetings()) == 1
    assert Archive(db).edits(1) == []  # not re-imported
    db.close()
