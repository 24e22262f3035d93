"""``kkr-desk --help`` and every command's: each option and argument says what it is for;
the top level lists the exit codes and where the archive is (``--db``, KKR_DESK_DB), and
a usage error and bad input, both exit code 2, are told apart as it says."""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from pathlib import Path

import pytest

from kkr_desk.cli.main import ENV_DB, EXIT_STATUS, build_parser, main
from kkr_desk.store.db import ENV_URL


def parsers(
    parser: argparse.ArgumentParser, name: str = "kkr-desk"
) -> Iterator[tuple[str, argparse.ArgumentParser]]:
    """The parser and every subcommand's, with their names."""
    yield name, parser
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for command, sub in action.choices.items():
                yield from parsers(sub, f"{name} {command}")


def without_help(parser: argparse.ArgumentParser) -> list[str]:
    """The actions of ``parser`` that have no help text (argparse's own -h aside), and
    the commands listed without one."""
    missing = []
    for action in parser._actions:
        if isinstance(action, argparse._HelpAction):
            continue
        if not (action.help or "").strip():
            missing.append("/".join(action.option_strings) or str(action.metavar or action.dest))
        if isinstance(action, argparse._SubParsersAction):
            missing += [f"command {c.dest}" for c in action._choices_actions if not c.help]
    return missing


@pytest.mark.parametrize("window_only", [False, True], ids=["whole", "window-only"])
def test_every_option_of_every_command_has_help(window_only: bool) -> None:
    found = dict(parsers(build_parser(window_only=window_only)))
    expected = {"kkr-desk", "kkr-desk gui"}
    if not window_only:
        expected |= {
            f"kkr-desk {c}"
            for c in ("parse", "import", "delete", "restore", "trash", "meetings", "export")
        } | {"kkr-desk search"}
    assert set(found) == expected
    assert {name: without_help(p) for name, p in found.items()} == {n: [] for n in found}


def test_the_checker_finds_an_option_without_help() -> None:
    parser = build_parser()
    parser.add_argument("--bare")
    assert without_help(parser) == ["--bare"]


def test_help_lists_the_exit_codes_and_the_archive_rule(
    capsys: pytest.CaptureFixture[str],
) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["--help"])
    assert exit_.value.code == 0
    out = capsys.readouterr().out
    lines = out.splitlines()
    codes = lines.index("exit codes:")
    assert [line[:5] for line in lines[codes + 1 :] if line[:3].strip().isdigit()] == [
        "  0  ",
        "  1  ",
        "  2  ",
    ]
    assert [code for code, _ in EXIT_STATUS] == [0, 1, 2]
    section = " ".join(" ".join(lines[codes:]).split())
    assert "partly failed" in section
    assert "bad input or usage" in section
    assert "--db URL" in section
    assert "KKR_DESK_DB" in section
    assert "--db wins over the variable" in section


def test_the_variable_named_is_the_archive_s() -> None:
    assert ENV_DB == ENV_URL


def test_the_archive_rule_holds(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """As --help says: --db wins over KKR_DESK_DB, which wins over the user data folder."""
    from_env, from_option = tmp_path / "env.sqlite3", tmp_path / "option.sqlite3"
    data = tmp_path / "data"
    monkeypatch.setenv("XDG_DATA_HOME", str(data))
    monkeypatch.setenv(ENV_DB, f"sqlite:///{from_env}")
    assert main(["meetings", "--db", f"sqlite:///{from_option}"]) == 0
    assert (from_option.exists(), from_env.exists()) == (True, False)
    assert main(["meetings"]) == 0
    assert from_env.exists()
    assert not (data / "kkr-desk" / "archive.sqlite3").exists()
    monkeypatch.setenv(ENV_DB, "")  # empty: as if not set
    assert main(["meetings"]) == 0
    assert (data / "kkr-desk" / "archive.sqlite3").exists()
    capsys.readouterr()


def test_a_usage_error_and_bad_input_are_told_apart(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Both exit with 2; a usage error prints the usage and 'error:', bad input one line
    starting 'kkr-desk: '."""
    for words, said in (
        (["parse", "--nonsense", "a.pdf"], "kkr-desk: error: unrecognized arguments: --nonsense"),
        (["parse", "--format", "x", "a.pdf"], "kkr-desk parse: error: argument --format: "),
        (["export", "--all"], "kkr-desk export: error: the following arguments are required"),
    ):
        with pytest.raises(SystemExit) as exit_:
            main(words)
        assert exit_.value.code == 2
        err = capsys.readouterr().err.splitlines()
        assert err[0].startswith("usage: kkr-desk ")
        assert err[-1].startswith(said)

    text = tmp_path / "tom.pdf"
    text.write_bytes(b"no PDF")
    assert main(["parse", str(text)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("kkr-desk: ")
    assert len(err.splitlines()) == 1
    assert "usage:" not in err
    assert "error:" not in err
