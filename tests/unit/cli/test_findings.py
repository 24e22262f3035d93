"""``kkr-desk parse`` lists what the clerk should check on stderr, one line each, and
``--quiet`` silences it; ``kkr-desk import`` says how many there are. The real command."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import CORPUS_STEMS
from tests.helpers.kkrpdf import build_pdf, sample_pages

REPO = Path(__file__).resolve().parents[3]
AGENDA = f"{CORPUS_STEMS[0]}.pdf"


def run(tmp_path: Path, *args: str | Path) -> subprocess.CompletedProcess[str]:
    home = tmp_path / "home"
    env = {**os.environ, "HOME": str(home), "XDG_DATA_HOME": str(home / "data")}
    env.pop("KKR_DESK_DB", None)
    return subprocess.run(
        [sys.executable, "-m", "kkr_desk", *map(str, args)],
        capture_output=True,
        encoding="utf-8",
        cwd=REPO,
        env=env,
        timeout=120,
        check=False,
    )


def _without_a_case_line(tmp_path: Path) -> Path:
    """The sample referat with item 2.2's case line left out."""
    pages = [
        [row for row in page if row != ("case", "SAG-2024-00103 ghi")] for page in sample_pages()
    ]
    assert pages != sample_pages()
    path = tmp_path / "uden-sag.pdf"
    path.write_bytes(build_pdf(pages))
    return path


def test_parse_prints_each_finding_on_stderr(tmp_path: Path) -> None:
    path = _without_a_case_line(tmp_path)
    result = run(tmp_path, "parse", path)
    assert result.returncode == 0, result.stderr
    assert result.stderr == "uden-sag.pdf: page 5: Item 2.2 has no case number\n"
    assert "  2.2. Orientering om trafik" in result.stdout.splitlines()


def test_parse_json_keeps_stdout_json_and_quiet_silences(tmp_path: Path) -> None:
    path = _without_a_case_line(tmp_path)
    loud = run(tmp_path, "parse", path, "--format", "json")
    assert loud.stderr.splitlines() == ["uden-sag.pdf: page 5: Item 2.2 has no case number"]
    quiet = run(tmp_path, "parse", path, "--format", "json", "--quiet")
    assert (quiet.returncode, quiet.stderr) == (0, "")
    assert json.loads(quiet.stdout) == json.loads(loud.stdout)
    assert run(tmp_path, "parse", "-q", path).stderr == ""


def test_a_clean_parse_prints_nothing_on_stderr(tmp_path: Path, corpus_dir: Path) -> None:
    minutes = corpus_dir / f"{CORPUS_STEMS[1]}.pdf"
    result = run(tmp_path, "parse", minutes)
    assert (result.returncode, result.stderr) == (0, "")


def test_the_corpus_agenda_has_one_finding(tmp_path: Path, corpus_dir: Path) -> None:
    result = run(tmp_path, "parse", corpus_dir / AGENDA)
    assert result.stderr == f"{AGENDA}: page 28: Item 7.1 has no case number\n"


def test_import_mentions_the_count(tmp_path: Path, corpus_dir: Path) -> None:
    db = f"sqlite:///{tmp_path / 'archive.sqlite3'}"
    one = run(tmp_path, "import", corpus_dir / AGENDA, "--db", db)
    assert one.returncode == 0, one.stderr
    assert one.stderr == f"kkr-desk: {AGENDA}: 1 finding to check\n"
    clean = run(tmp_path, "import", corpus_dir / f"{CORPUS_STEMS[1]}.pdf", "--db", db)
    assert (clean.returncode, clean.stderr) == (0, "")
