"""Acceptance: every corpus input, parsed by the real CLI, scores perfectly against gold."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import CORPUS_STEMS
from tests.helpers.scoring import score

INPUTS = [(stem, ext) for stem in CORPUS_STEMS for ext in ("txt", "pdf")]


@pytest.mark.corpus
@pytest.mark.parametrize(("stem", "ext"), INPUTS, ids=[f"{s}.{e}" for s, e in INPUTS])
def test_cli_parse_scores_perfectly(
    stem: str, ext: str, corpus_dir: Path, score_script: Path, tmp_path: Path
) -> None:
    gold = corpus_dir / f"{stem}.gold.json"
    limits = ("--min-items", "1", "--min-text", "1", "--min-tags", "1")
    score(corpus_dir / f"{stem}.{ext}", gold, score_script, tmp_path, *limits)  # fails below
