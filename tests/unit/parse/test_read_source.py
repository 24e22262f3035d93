"""read_source: only regular files are read, never waited on; the size limit holds for the
bytes read; a late NUL byte in a text file is refused as binary."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

import kkr_desk.parse
from kkr_desk.parse import parse_bytes, parse_file, read_source
from kkr_desk.parse.errors import FileTooLargeError, UnsupportedFileError
from tests.helpers.kkrpdf import build_txt, sample_pages


def test_a_regular_file_is_read_whole(tmp_path: Path) -> None:
    path = tmp_path / "referat.txt"
    path.write_bytes(b"abc" * 1000)
    assert read_source(path) == b"abc" * 1000


def test_a_fifo_is_refused_without_waiting(tmp_path: Path) -> None:
    path = tmp_path / "referat.pdf"
    os.mkfifo(path)  # no writer: opening or reading it would block
    with pytest.raises(UnsupportedFileError, match=r"referat\.pdf is not a file \(a named pipe\)"):
        read_source(path)


def test_a_directory_is_refused(tmp_path: Path) -> None:
    with pytest.raises(UnsupportedFileError, match=r"is not a file \(a folder\)"):
        parse_file(tmp_path)


def test_a_device_through_a_symlink_is_refused(tmp_path: Path) -> None:
    link = tmp_path / "x.pdf"
    link.symlink_to("/dev/zero")
    with pytest.raises(UnsupportedFileError, match=r"x\.pdf is not a file \(a device\)"):
        read_source(link)


def test_the_limit_holds_for_the_bytes_read_not_for_stat(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(kkr_desk.parse, "MAX_BYTES", 64)
    exact = tmp_path / "exact.txt"
    exact.write_bytes(b"x" * 64)
    assert len(read_source(exact)) == 64
    over = tmp_path / "over.txt"
    over.write_bytes(b"x" * 65)
    with pytest.raises(FileTooLargeError, match=r"over\.txt is over"):
        read_source(over)
    # /proc files are regular files that stat as 0 bytes, whatever they hold.
    proc = Path("/proc/self/maps")
    assert proc.stat().st_size == 0
    with pytest.raises(FileTooLargeError):
        read_source(proc)


def test_a_nul_byte_late_in_a_text_is_binary(tmp_path: Path) -> None:
    pages = sample_pages()
    pages[-1].extend([("body", "Kommunerne drøftede sagen og fandt en fælles løsning.")] * 100)
    text = build_txt(pages).encode("utf-8")
    assert len(text) > 5000
    assert parse_bytes(text, "referat.txt").meeting.body == "KKR Syddanmark"
    data = text[:5000] + b"\x00" + text[5000:]
    path = tmp_path / "referat.txt"
    path.write_bytes(data)
    with pytest.raises(
        UnsupportedFileError, match=r"binary data \(a NUL byte at byte 5000\)"
    ) as info:
        parse_file(path)
    assert "\n" not in str(info.value)
