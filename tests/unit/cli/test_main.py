"""The ``kkr-desk`` command: JSON and outline output, one stderr line for bad input."""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pymupdf
import pytest

from kkr_desk import __version__, log
from kkr_desk.cli.main import EXIT_BAD_INPUT, main
from tests.helpers.kkrpdf import build_pdf, build_txt, sample_pages

REPO = Path(__file__).resolve().parents[3]


@pytest.fixture
def valid_pdf(tmp_path: Path) -> Path:
    path = tmp_path / "referat.pdf"
    path.write_bytes(build_pdf(sample_pages()))
    return path


def _not_a_pdf(tmp_path: Path) -> Path:
    path = tmp_path / "ikke-pdf.pdf"
    path.write_bytes(random.Random(7).randbytes(2048).replace(b"%", b"#"))
    return path


def _encrypted(tmp_path: Path) -> Path:
    path = tmp_path / "hemmelig.pdf"
    doc = pymupdf.open(stream=build_pdf(sample_pages()), filetype="pdf")
    doc.save(path, encryption=pymupdf.PDF_ENCRYPT_AES_256, user_pw="x", owner_pw="y")
    doc.close()
    return path


def _cp1252(tmp_path: Path) -> Path:
    path = tmp_path / "windows.txt"
    pages = sample_pages()
    pages[-1].append(("body", "Næste møde holdes på Rådhuset i Aabenraa."))
    path.write_bytes(build_txt(pages).encode("cp1252", errors="replace"))
    return path


def _missing(tmp_path: Path) -> Path:
    return tmp_path / "findes-ikke.pdf"


def _cut_after_page_tree(tmp_path: Path) -> Path:
    data = build_pdf(sample_pages())
    path = tmp_path / "afskåret.pdf"
    path.write_bytes(data[: data.index(b"endobj", data.index(b"/Type/Pages")) + len(b"endobj")])
    return path


def _assert_one_error_line(err: str, name: str) -> None:
    assert "Traceback" not in err
    lines = err.splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("kkr-desk: ")
    assert name in lines[0]
    assert err.endswith("\n")


def test_parse_json(valid_pdf: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", str(valid_pdf), "--format", "json"]) == 0
    out, err = capsys.readouterr()
    assert err == ""
    doc = json.loads(out)
    assert {"body", "date", "kind", "pages", "sections"} <= doc.keys()
    assert doc["body"] == "KKR Syddanmark"
    assert doc["date"] == "2024-03-05"
    assert doc["kind"] == "referat"
    assert doc["pages"] == 5
    assert [s["number"] for s in doc["sections"]] == ["1", "2"]
    assert [i["number"] for s in doc["sections"] for i in s["items"]] == ["1.1", "2.1", "2.2"]


@pytest.mark.parametrize("extra", [[], ["--format", "outline"]], ids=["default", "explicit"])
def test_parse_outline(
    valid_pdf: Path, capsys: pytest.CaptureFixture[str], extra: list[str]
) -> None:
    assert main(["parse", str(valid_pdf), *extra]) == 0
    out, err = capsys.readouterr()
    assert err == ""
    lines = out.splitlines()
    assert lines[0].startswith("KKR Syddanmark")
    assert "2024-03-05" in lines[0]
    assert "1. Godkendelse" in lines
    assert "2. Sager til beslutning" in lines
    assert "  1.1. Godkendelse af dagsorden  [SAG-2024-00101]" in lines
    assert any(line.startswith("  2.1. Fælles indkøb af fibernet") for line in lines)
    assert any(line.startswith("  2.2. Orientering om trafik") for line in lines)


@pytest.mark.parametrize(
    ("make", "name"),
    [
        (_not_a_pdf, "ikke-pdf.pdf"),
        (_encrypted, "hemmelig.pdf"),
        (_cp1252, "windows.txt"),
        (_missing, "findes-ikke.pdf"),
        (_cut_after_page_tree, "afskåret.pdf"),
    ],
    ids=["not-pdf", "encrypted", "cp1252", "missing", "truncated"],
)
def test_bad_input_is_one_line_and_exit_2(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    make: Callable[[Path], Path],
    name: str,
) -> None:
    path = make(tmp_path)
    assert main(["parse", str(path), "--format", "json"]) == EXIT_BAD_INPUT == 2
    out, err = capsys.readouterr()
    assert out == ""
    _assert_one_error_line(err, name)


def test_cp1252_message_mentions_utf8(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", str(_cp1252(tmp_path))]) == 2
    assert "UTF-8" in capsys.readouterr().err


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["--version"])
    assert info.value.code == 0
    assert capsys.readouterr().out.strip() == f"kkr-desk {__version__}"


def test_console_script_bad_input(tmp_path: Path) -> None:
    bad = _not_a_pdf(tmp_path)
    result = subprocess.run(
        [sys.executable, "-m", "kkr_desk", "parse", str(bad)],
        capture_output=True,
        encoding="utf-8",
        cwd=REPO,
        timeout=120,
        check=False,
    )
    assert result.returncode == 2, result.stderr
    assert result.stdout == ""
    _assert_one_error_line(result.stderr, "ikke-pdf.pdf")


def _isolated_env(home: Path) -> dict[str, str]:
    env = {**os.environ, "HOME": str(home), "XDG_DATA_HOME": str(home / "data")}
    env.pop("KKR_DESK_DB", None)
    return env


def _log_lines(err: str) -> list[str]:
    return [line for line in err.splitlines() if line.startswith("kkr-desk: INFO ")]


def test_verbose_prints_the_log_on_stderr(
    valid_pdf: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["-v", "parse", str(valid_pdf)]) == 0
    out, err = capsys.readouterr()
    assert out.startswith("KKR Syddanmark")
    assert f"kkr-desk: INFO kkr_desk.cli: kkr-desk -v parse {valid_pdf}" in err.splitlines()
    assert any(
        line.startswith("kkr-desk: INFO kkr_desk.parse: parsed referat.pdf")
        for line in err.splitlines()
    )
    assert "DEBUG" not in err


def test_twice_verbose_prints_debug_records(
    valid_pdf: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["-vv", "parse", str(valid_pdf)]) == 0
    err = capsys.readouterr().err
    assert "kkr-desk: DEBUG kkr_desk.cli: options: {" in err


def test_verbose_bad_input_keeps_its_error_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--verbose", "parse", str(_not_a_pdf(tmp_path))]) == 2
    err = capsys.readouterr().err
    assert "Traceback" not in err
    errors = [line for line in err.splitlines() if line.startswith("kkr-desk: ikke-pdf.pdf")]
    assert len(errors) == 1
    assert "kkr-desk: WARNING kkr_desk.cli: refused: ikke-pdf.pdf" in err


def test_the_log_file_gets_the_command_records(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = _not_a_pdf(tmp_path)
    assert main(["parse", str(bad)]) == 2
    _assert_one_error_line(capsys.readouterr().err, "ikke-pdf.pdf")
    path = log.log_path()
    assert path is not None
    assert path.name == "kkr-desk.log"
    log.flush()
    text = path.read_text(encoding="utf-8")
    assert f"INFO     kkr_desk.cli [MainThread] kkr-desk parse {bad}" in text
    assert "WARNING  kkr_desk.cli [MainThread] refused: ikke-pdf.pdf" in text
    assert "kkr_desk.cli [MainThread] kkr-desk parse: exit code 2" in text


@pytest.mark.parametrize("verbose", [[], ["-v"]], ids=["quiet", "verbose"])
def test_console_script_logs_to_the_users_log_file(tmp_path: Path, verbose: list[str]) -> None:
    home = tmp_path / "home"
    result = subprocess.run(
        [sys.executable, "-m", "kkr_desk", *verbose, "parse", str(_not_a_pdf(tmp_path))],
        capture_output=True,
        encoding="utf-8",
        cwd=REPO,
        env=_isolated_env(home),
        timeout=120,
        check=False,
    )
    assert result.returncode == 2, result.stderr
    if verbose:
        assert _log_lines(result.stderr)
        assert "Traceback" not in result.stderr
    else:
        _assert_one_error_line(result.stderr, "ikke-pdf.pdf")
    text = (home / "data" / "kkr-desk" / "logs" / "kkr-desk.log").read_text(encoding="utf-8")
    assert "kkr_desk.cli [MainThread] refused: ikke-pdf.pdf" in text
    assert "kkr_desk.cli [MainThread] kkr-desk parse: exit code 2" in text
