"""atomic_write: the target is replaced whole, or not at all."""

from __future__ import annotations

import os
import stat
import sys
from pathlib import Path
from typing import TextIO

import pytest

from kkr_desk.export.files import atomic_write

OLD = "gammelt indhold æøå\n".encode()


class Boom(Exception):
    pass


def _existing(tmp_path: Path) -> Path:
    target = tmp_path / "eksport.json"
    target.write_bytes(OLD)
    return target


def test_success_replaces_the_target(tmp_path: Path) -> None:
    target = _existing(tmp_path)
    atomic_write(target, lambda out: out.write("nyt indhold ø\n"))
    assert target.read_text(encoding="utf-8") == "nyt indhold ø\n"
    assert os.listdir(tmp_path) == [target.name]


def test_success_creates_a_new_file(tmp_path: Path) -> None:
    target = tmp_path / "ny.csv"
    atomic_write(target, lambda out: out.write("a;b\n"), encoding="utf-8-sig", newline="")
    assert target.read_bytes() == b"\xef\xbb\xbfa;b\n"
    assert os.listdir(tmp_path) == [target.name]


@pytest.mark.parametrize("error", [Boom("midt i skrivningen"), KeyboardInterrupt()])
def test_failure_leaves_the_target_and_no_temp_file(tmp_path: Path, error: BaseException) -> None:
    target = _existing(tmp_path)

    def write(out: TextIO) -> None:
        out.write("halvt skrevet " * 10_000)
        out.flush()
        raise error

    with pytest.raises(type(error)):
        atomic_write(target, write)
    assert target.read_bytes() == OLD
    assert os.listdir(tmp_path) == [target.name]


def test_failure_without_a_target_creates_nothing(tmp_path: Path) -> None:
    def write(out: TextIO) -> None:
        out.write("noget")
        raise Boom

    with pytest.raises(Boom):
        atomic_write(tmp_path / "ny.json", write)
    assert os.listdir(tmp_path) == []


def test_temp_file_is_a_hidden_sibling(tmp_path: Path) -> None:
    target = tmp_path / "eksport.json"
    seen: list[str] = []

    def write(out: TextIO) -> None:
        seen.extend(os.listdir(tmp_path))
        out.write("{}")

    atomic_write(target, write)
    assert len(seen) == 1
    assert seen[0].startswith(".eksport.json.")
    assert seen[0].endswith(".tmp")


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_permissions_are_ordinary_or_kept(tmp_path: Path) -> None:
    new = tmp_path / "ny.json"
    atomic_write(new, lambda out: out.write("{}"))
    assert stat.S_IMODE(new.stat().st_mode) == 0o644  # not the 0600 of a temp file
    kept = _existing(tmp_path)
    kept.chmod(0o640)
    atomic_write(kept, lambda out: out.write("{}"))
    assert stat.S_IMODE(kept.stat().st_mode) == 0o640
