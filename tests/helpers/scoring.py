"""Score a parse as the reviewers do: the real CLI's ``parse --format json`` against a
gold file, through the shared ``score.py``."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path


def score(source: Path, gold: Path, score_script: Path, tmp_path: Path, *limits: str) -> str:
    """``score.py``'s report for ``source``; fails the test when the parse fails or a
    ``--min-…`` limit is not met."""
    out = tmp_path / "parse.json"
    with out.open("w", encoding="utf-8") as handle:
        run = subprocess.run(
            [sys.executable, "-m", "kkr_desk", "parse", str(source), "--format", "json"],
            stdout=handle,
            stderr=subprocess.PIPE,
            text=True,
            check=False,
        )
    assert run.returncode == 0, run.stderr
    result = subprocess.run(
        [sys.executable, str(score_script), str(gold), str(out), *limits],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return result.stdout
