"""The ``kkr-desk`` command: JSON and outline output, one stderr line for bad input."""

from __future__ import annotations

import json
import random
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pymupdf
import pytest

from kkr_desk import __version__
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
