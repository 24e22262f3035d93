"""atomic_write: the target is replaced whole, or not at all."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
import time
from pathlib import Path
from typing import TextIO

import pytest

from kkr_desk.export import files
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


# -- leftovers of interrupted exports, write-protected targets -------------------------------


def _dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def _leftover(tmp_path: Path, name: str, writer: str, age: float = 0) -> Path:
    temp = tmp_path / f".{name}.{writer}.k2j4x.tmp"
    temp.write_bytes(b"halvt skrevet" * 1000)
    if age:
        then = time.time() - age
        os.utime(temp, (then, then))
    return temp


def test_leftovers_of_dead_or_old_writers_of_the_same_target_are_removed(
    tmp_path: Path,
) -> None:
    host = files._host()
    target = _existing(tmp_path)
    dead = _leftover(tmp_path, target.name, f"{_dead_pid()}@{host}")
    old = _leftover(tmp_path, target.name, f"{os.getpid()}@{host}", age=files.STALE_AFTER + 60)
    old_format = _leftover(tmp_path, target.name, "abc", age=files.STALE_AFTER + 60)
    with subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"]) as running:
        try:
            busy = _leftover(tmp_path, target.name, f"{running.pid}@{host}")
            elsewhere = _leftover(tmp_path, target.name, f"{_dead_pid()}@another-machine")
            other_target = _leftover(tmp_path, "andet.json", f"{_dead_pid()}@{host}")
            atomic_write(target, lambda out: out.write("{}"))
        finally:
            running.kill()
    assert target.read_text(encoding="utf-8") == "{}"
    for gone in (dead, old, old_format):
        assert not gone.exists(), gone.name
    for kept in (busy, elsewhere, other_target):  # a running export, another's, another file
        assert kept.exists(), kept.name
    assert sorted(os.listdir(tmp_path)) == sorted(
        p.name for p in (target, busy, elsewhere, other_target)
    )


def test_temp_file_names_its_writer(tmp_path: Path) -> None:
    seen: list[str] = []
    atomic_write(tmp_path / "e.csv", lambda out: seen.extend(os.listdir(tmp_path)))
    assert seen[0].startswith(f".e.csv.{os.getpid()}@{files._host()}.")


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
@pytest.mark.parametrize("mode", [0o444, 0o400, 0o555])
def test_a_write_protected_target_is_refused_and_left_alone(tmp_path: Path, mode: int) -> None:
    target = _existing(tmp_path)
    target.chmod(mode)  # refused by its mode bits even for root, whom os.access lets write
    with pytest.raises(files.ReadOnlyTargetError, match="write-protected") as caught:
        atomic_write(target, lambda out: out.write("nyt"))
    assert isinstance(caught.value, OSError)
    assert str(target) in str(caught.value)
    assert target.read_bytes() == OLD
    assert stat.S_IMODE(target.stat().st_mode) == mode
    assert os.listdir(tmp_path) == [target.name]
