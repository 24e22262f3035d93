"""Acceptance: every corpus input, parsed by the real CLI, scores perfectly against gold."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import CORPUS_STEMS

INPUTS = [(stem, ext) for stem in CORPUS_STEMS for ext in ("txt", "pdf")]


@pytest.mark.corpus
@pytest.mark.parametrize(("stem", "ext"), INPUTS, ids=[f"{s}.{e}" for s, e in INPUTS])
def test_cli_parse_scores_perfectly(
    stem: str, ext: str, corpus_dir: Path, score_script: Path, tmp_path: Path
) -> None:
    out = tmp_path / "parse.json"
    with out.open("w", encoding="utf-8") as handle:
        run = subprocess.run(
            [
                sys.executable,
                "-m",
                "kkr_desk",
                "parse",
                str(corpus_dir / f"{stem}.{ext}"),
                "--format",
                "json",
            ],
            stdout=handle,
            stderr=subprocess.PIPE,
            text=True,
            check=False,
        )
    assert run.returncode == 0, run.stderr
    score = subprocess.run(
        [
            sys.executable,
            str(score_script),
            str(corpus_dir / f"{stem}.gold.json"),
            str(out),
            "--min-items",
            "1",
            "--min-text",
            "1",
            "--min-tags",
            "1",
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert score.returncode == 0, score.stdout + score.stderr
