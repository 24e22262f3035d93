"""``make docs`` (packaging/docs.py) makes every picture the user guides show, as the
program draws it: run into a temporary folder, each picture the guides reference is
there, a PNG of the size the guide's file name states, and not blank."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

REPO = Path(__file__).resolve().parents[2]
CORPUS = REPO.parent / "shared" / "corpus"
GUIDES = (REPO / "docs" / "brugervejledning.md", REPO / "docs" / "user-guide.md")
IMAGE = re.compile(r"!\[[^\]]*\]\(screenshots/([^)\s]+)\)")
SIZE = re.compile(r"-(\d+)x(\d+)\.png$")


def referenced() -> set[str]:
    return {name for guide in GUIDES for name in IMAGE.findall(guide.read_text("utf-8"))}


@pytest.mark.skipif(not CORPUS.is_dir(), reason="the shared corpus is not beside the repo")
def test_make_docs_draws_every_picture_of_the_guides(tmp_path: Path) -> None:
    names = referenced()
    assert len(names) >= 5  # the guides show the window, search, history, agenda, welcome …
    done = subprocess.run(
        [sys.executable, str(REPO / "packaging" / "docs.py"), str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    for name in sorted(names):
        image = QImage(str(tmp_path / name))
        assert not image.isNull(), f"{name} was not made"
        if size := SIZE.search(name):
            assert (image.width(), image.height()) == (int(size[1]), int(size[2])), name
        # Not blank: a window or a page shows many colours; an empty canvas one or two.
        small = image.scaled(160, 90)
        colours = {small.pixel(x, y) for x in range(small.width()) for y in range(small.height())}
        assert len(colours) > 20, f"{name} looks blank ({len(colours)} colours)"
