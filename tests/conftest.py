"""Suite-wide settings: headless Qt, the shared corpus, isolated user directories."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
CORPUS_STEMS = ("kkr-nordjylland-2020-06-19-dagsorden", "kkr-nordjylland-2022-11-18-referat")


@pytest.fixture(scope="session")
def corpus_dir() -> Path:
    """The shared corpus; a missing corpus fails the test rather than skipping it."""
    path = SHARED / "corpus"
    if not path.is_dir():
        pytest.fail(f"the shared corpus is missing: expected it at {path}")
    return path


@pytest.fixture(scope="session")
def score_script() -> Path:
    path = SHARED / "tools" / "score.py"
    if not path.is_file():
        pytest.fail(f"the shared scorer is missing: expected it at {path}")
    return path
