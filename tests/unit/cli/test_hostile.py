"""Hostile inputs through the real ``kkr-desk`` process: ``parse`` and ``import`` each give
one clear line on stderr and exit code 2, never a traceback, never hang (the subprocess
timeout is only a hang guard); a KKR text holding a 1,000,000-character word is read."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pymupdf
import pytest

from tests.helpers.kkrpdf import build_pdf, sample_pages

pytestmark = pytest.mark.corpus

REPO = Path(__file__).resolve().parents[3]
MINUTES = "kkr-nordjylland-2022-11-18-referat"
HANG_GUARD = 60  # seconds


def run(tmp_path: Path, *args: str | Path) -> subprocess.CompletedProcess[str]:
    home = tmp_path / "home"
    env = {
        **os.environ,
        "HOME": str(home),
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_CACHE_HOME": str(home / "cache"),
        "XDG_STATE_HOME": str(home / "state"),
    }
    env.pop("KKR_DESK_DB", None)
    return subprocess.run(
        [sys.executable, "-m", "kkr_desk", *map(str, args)],
        capture_output=True,
        encoding="utf-8",
        cwd=REPO,
        env=env,
        timeout=HANG_GUARD,
        check=False,
        stdin=subprocess.DEVNULL,
    )


def db(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'archive.sqlite3'}"


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One archive for all the hostile imports (created once: it stays empty)."""
    return tmp_path_factory.mktemp("archive") / "archive.sqlite3"


def meetings_in(archive: Path) -> int:
    with sqlite3.connect(archive) as connection:
        return connection.execute("SELECT count(*) FROM meeting").fetchone()[0]


# --- the inputs -------------------------------------------------------------------------


def _fifo(tmp_path: Path, corpus: Path) -> Path:
    path = tmp_path / "referat.pdf"
    os.mkfifo(path)  # nobody writes to it: reading it would block forever
    return path


def _directory(tmp_path: Path, corpus: Path) -> Path:
    path = tmp_path / "mappe.pdf"
    path.mkdir()
    return path


def _dev_zero(tmp_path: Path, corpus: Path) -> Path:
    path = tmp_path / "x.pdf"
    path.symlink_to("/dev/zero")  # endless, and stat says 0 bytes
    return path


def _late_nul(tmp_path: Path, corpus: Path) -> Path:
    data = (corpus / f"{MINUTES}.txt").read_bytes()
    cut = data.index(b"\n", 10_000) + 1
    path = tmp_path / "referat.txt"
    path.write_bytes(data[:cut] + b"Beslutning\x00\n" + data[cut:])
    return path


def _encrypted(tmp_path: Path, corpus: Path) -> Path:
    path = tmp_path / "hemmelig.pdf"
    with pymupdf.open(corpus / f"{MINUTES}.pdf") as doc:
        doc.save(path, encryption=pymupdf.PDF_ENCRYPT_AES_256, user_pw="x", owner_pw="y")
    return path


def _image_only(tmp_path: Path, corpus: Path) -> Path:
    with pymupdf.open() as doc:
        page = doc.new_page(width=595.28, height=841.89)
        pix = pymupdf.Pixmap(pymupdf.csRGB, pymupdf.IRect(0, 0, 40, 40), False)
        pix.clear_with(180)
        page.insert_image(pymupdf.Rect(57, 57, 538, 785), pixmap=pix)
        path = tmp_path / "scannet.pdf"
        doc.save(path)
    return path


def _truncated(tmp_path: Path, corpus: Path) -> Path:
    data = (corpus / f"{MINUTES}.pdf").read_bytes()
    path = tmp_path / "afskåret.pdf"
    path.write_bytes(data[: len(data) * 3 // 4])
    return path


def _not_kkr(tmp_path: Path, corpus: Path) -> Path:
    with pymupdf.open() as doc:
        page = doc.new_page(width=595.28, height=841.89)
        page.insert_text((72, 100), "Kære Anna. Tak for dit brev om vejarbejdet.", fontsize=11)
        path = tmp_path / "brev.pdf"
        doc.save(path)
    return path


HOSTILE: list[tuple[str, Callable[[Path, Path], Path], str]] = [
    ("fifo", _fifo, "named pipe"),
    ("directory", _directory, "folder"),
    ("dev-zero-symlink", _dev_zero, "device"),
    ("late-nul-txt", _late_nul, "NUL"),
    ("encrypted", _encrypted, "password"),
    ("image-only", _image_only, "OCR"),
    ("truncated", _truncated, "damaged"),
    ("not-kkr", _not_kkr, "not a KKR"),
]


def _assert_one_line(result: subprocess.CompletedProcess[str], name: str, says: str) -> None:
    assert result.returncode == 2, result
    assert result.stdout == ""
    assert "Traceback" not in result.stderr
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("kkr-desk: ")
    assert name in lines[0]
    assert says in lines[0]


@pytest.mark.parametrize("command", ["parse", "import"])
@pytest.mark.parametrize(("make", "says"), [h[1:] for h in HOSTILE], ids=[h[0] for h in HOSTILE])
def test_hostile_input_is_one_line_and_exit_2(
    tmp_path: Path,
    corpus_dir: Path,
    archive: Path,
    make: Callable[[Path, Path], Path],
    says: str,
    command: str,
) -> None:
    path = make(tmp_path, corpus_dir)
    extra = ["--db", f"sqlite:///{archive}"] if command == "import" else []
    result = run(tmp_path, command, path, *extra)
    _assert_one_line(result, path.name, says)
    if command == "import":
        assert meetings_in(archive) == 0


def _long_word(tmp_path: Path, corpus: Path) -> Path:
    """The corpus minutes as text, with one 1,000,000-letter word in a decision."""
    text = (corpus / f"{MINUTES}.txt").read_text(encoding="utf-8")
    at = text.index("Dagsordenen blev godkendt.")
    path = tmp_path / "langt-ord.txt"
    path.write_text(text[:at] + "a" * 1_000_000 + "- " + text[at:], encoding="utf-8")
    return path


@pytest.mark.parametrize("command", ["parse", "import"])
def test_a_million_character_word_is_refused_at_once(
    tmp_path: Path, corpus_dir: Path, command: str
) -> None:
    path = _long_word(tmp_path, corpus_dir)
    archive = tmp_path / "a.sqlite3"
    extra = ["--db", f"sqlite:///{archive}"] if command == "import" else []
    result = run(tmp_path, command, path, *extra)
    _assert_one_line(result, path.name, "holds a 'word' of 1,000,001 characters")


def test_a_long_word_under_the_limit_is_read(tmp_path: Path, corpus_dir: Path) -> None:
    text = (corpus_dir / f"{MINUTES}.txt").read_text(encoding="utf-8")
    at = text.index("Dagsordenen blev godkendt.")
    path = tmp_path / "langt-ord.txt"
    path.write_text(text[:at] + "a" * 9_998 + "- " + text[at:], encoding="utf-8")
    parsed = run(tmp_path, "parse", path)
    assert (parsed.returncode, parsed.stderr) == (0, "")
    assert parsed.stdout.startswith("KKR Nordjylland · 2022-11-18 · referat")
    imported = run(tmp_path, "import", path, "--db", db(tmp_path))
    assert (imported.returncode, imported.stderr) == (0, "")
    assert imported.stdout.split("\t")[1:4] == ["KKR Nordjylland", "2022-11-18", "referat"]


def test_a_batch_with_bad_files_imports_the_rest_and_exits_1(
    tmp_path: Path, corpus_dir: Path
) -> None:
    good = tmp_path / "syd.pdf"
    good.write_bytes(build_pdf(sample_pages()))
    bad = [_fifo(tmp_path, corpus_dir), _directory(tmp_path, corpus_dir)]
    result = run(tmp_path, "import", bad[0], good, bad[1], "--db", db(tmp_path))
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert len(result.stdout.splitlines()) == 1
    assert [line.split(":")[1].strip() for line in result.stderr.splitlines()] == [
        "skipped",
        "skipped",
        "2 of 3 files not imported",
    ]
    # Every file bad: nothing imported, bad input, exit 2.
    again = run(tmp_path, "import", *bad, "--db", db(tmp_path))
    assert again.returncode == 2
    assert len(again.stderr.splitlines()) == 3  # one per file, and the count


def test_accept_damaged_imports_a_damaged_pdf(tmp_path: Path, corpus_dir: Path) -> None:
    path = _truncated(tmp_path, corpus_dir)
    refused = run(tmp_path, "import", path, "--db", db(tmp_path))
    assert refused.returncode == 2
    assert "cannot be read: the PDF file is damaged" in refused.stderr
    assert meetings_in(tmp_path / "archive.sqlite3") == 0
    accepted = run(tmp_path, "import", path, "--db", db(tmp_path), "--accept-damaged")
    assert accepted.returncode == 0, accepted.stderr
    # Three quarters of the file: the meeting, read as far as it goes (page 1 and the
    # pages from 14 on are damaged), and a line saying so.
    assert accepted.stdout.split("\t")[1:4] == ["KKR Nordjylland", "2022-11-18", "referat"]
    assert accepted.stderr.startswith(f"kkr-desk: {path.name}: imported with damage (pages 1, 14,")
    assert len(accepted.stderr.splitlines()) == 1
    assert meetings_in(tmp_path / "archive.sqlite3") == 1
