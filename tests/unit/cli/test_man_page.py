"""``python packaging/man_page.py OUT`` writes kkr-desk.1 from the command line's own
parser: every command and option with its help, EXIT STATUS, ENVIRONMENT and FILES; and
man(1) renders it without a warning."""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from kkr_desk.cli.main import build_parser
from tests.unit.cli.test_help import parsers

REPO = Path(__file__).resolve().parents[3]


@pytest.fixture(scope="module")
def page(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("man") / "kkr-desk.1"
    run = subprocess.run(
        [sys.executable, str(REPO / "packaging" / "man_page.py"), str(out)],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=120,
        check=False,
    )
    assert (run.returncode, run.stderr) == (0, "")
    return out


def _options() -> list[tuple[str, str, str]]:
    """(command, option string, help) of every option of every command but -h."""
    return [
        (name, option, action.help or "")
        for name, parser in parsers(build_parser())
        for action in parser._actions
        if not isinstance(action, argparse._HelpAction)
        for option in action.option_strings
    ]


def test_the_page_has_its_header_and_sections(page: Path) -> None:
    text = page.read_text(encoding="utf-8")
    assert text.startswith('.TH KKR\\-DESK "1" ')
    headings = [line for line in text.splitlines() if line.startswith(".SH ")]
    for heading in (".SH NAME", ".SH SYNOPSIS", ".SH EXIT STATUS", ".SH ENVIRONMENT", ".SH FILES"):
        assert heading in headings
    assert ".B KKR_DESK_DB" in text


def test_every_command_and_option_is_in_the_page(page: Path) -> None:
    text = page.read_text(encoding="utf-8")
    for name, _parser in parsers(build_parser()):
        if name != "kkr-desk":
            assert f"COMMAND \\fI\\,'{name.replace('-', chr(92) + '-')}'" in text
    options = _options()
    assert len(options) > 30
    for name, option, _help in options:
        assert f"\\fB{option.replace('-', chr(92) + '-')}\\fR" in text, (name, option)


@pytest.mark.skipif(shutil.which("man") is None, reason="man is not installed")
def test_man_renders_it_with_every_option_and_help(page: Path) -> None:
    run = subprocess.run(
        ["man", "--warnings", "-l", str(page)],
        capture_output=True,
        text=True,
        env={
            **os.environ,
            "MANWIDTH": "2000",
            "MANPAGER": "cat",
            "PAGER": "cat",
            "LANG": "C.UTF-8",
        },
        timeout=60,
        check=False,
    )
    assert (run.returncode, run.stderr) == (0, "")
    shown = " ".join(run.stdout.replace("\u2010", "-").split())
    for heading in ("NAME", "SYNOPSIS", "EXIT STATUS", "ENVIRONMENT", "FILES"):
        assert f"\n{heading}\n" in run.stdout
    for name, option, help_ in _options():
        assert option in shown, (name, option)
        assert " ".join(help_.split()) in shown, (name, option)
