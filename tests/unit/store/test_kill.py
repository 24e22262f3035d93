"""Durability: a process killed with SIGKILL in the middle of importing or editing leaves
an archive that passes SQLite's integrity check, whose meetings keep their invariants,
and that holds every import and edit whose call had returned.

Workers are forked from one warm helper process (tests/helpers/kill_child.py) and killed
at a random moment (fixed seed); each trial works on its own SQLite file in tmp_path,
copied from one prepared in the test.
"""

from __future__ import annotations

import json
import os
import pickle
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from kkr_desk.domain.document import Document, check_invariants
from kkr_desk.parse import parse_file
from kkr_desk.store import states
from kkr_desk.store.archive import Archive
from kkr_desk.store.db import Database
from tests.conftest import REPO
from tests.helpers.kill_child import apply_random, dated_copy

pytestmark = [pytest.mark.durability, pytest.mark.corpus]

REFERAT = "kkr-nordjylland-2022-11-18-referat.pdf"
TRIALS = 30
# Seconds a worker runs at most before it is killed (an import or an edit takes ~50 ms).
LONGEST_RUN = {"import": 0.4, "edit": 0.6}
GUARD = 60.0  # seconds: a worker that is not ready by then is a failure, not a hang


class Zygote:
    """The helper process that forks the workers."""

    def __init__(self) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-m", "tests.helpers.kill_child"],
            cwd=REPO,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert self._line() == "ready"

    def _line(self) -> str:
        assert self.process.stdout is not None
        line = self.process.stdout.readline()
        assert line, "the kill test helper ended"
        return line.strip()

    def run_and_kill(self, request: dict, delay: float) -> list[str]:
        """Start a worker, let it work ``delay`` seconds once ready, SIGKILL it; returns
        the lines it logged."""
        log = Path(request["log"])
        assert self.process.stdin is not None
        self.process.stdin.write(json.dumps(request) + "\n")
        self.process.stdin.flush()
        pid = int(self._line())
        deadline = time.monotonic() + GUARD
        while not log.exists() or not log.read_text().startswith("ready"):
            assert time.monotonic() < deadline, "the worker did not start"
            time.sleep(0.005)
        time.sleep(delay)
        os.kill(pid, signal.SIGKILL)
        while _alive(pid):  # the helper ignores SIGCHLD: the kernel reaps the worker
            assert time.monotonic() < deadline, "the killed worker did not go"
            time.sleep(0.002)
        lines = log.read_text().splitlines()
        assert not any(line.startswith("error") for line in lines), lines
        return lines[1:]

    def close(self) -> None:
        assert self.process.stdin is not None
        self.process.stdin.close()
        try:
            self.process.wait(timeout=GUARD)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        assert self.process.stdout is not None
        self.process.stdout.close()


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


@pytest.fixture(scope="module")
def zygote() -> Iterator[Zygote]:
    helper = Zygote()
    yield helper
    helper.close()


@pytest.fixture(scope="module")
def minutes(corpus_dir: Path) -> tuple[Document, bytes]:
    path = corpus_dir / REFERAT
    return parse_file(path), path.read_bytes()


def _integrity(path: Path) -> str:
    connection = sqlite3.connect(path)
    try:
        return connection.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        connection.close()


def _copy(base: Path, target: Path) -> str:
    shutil.copy(base, target)
    return f"sqlite:///{target}"


def _items(doc: Document) -> list[tuple[str | None, str | None, int, int]]:
    return [(i.number, i.title, i.first, i.last) for i in doc.items()]


def test_kill_during_import_keeps_every_returned_import(
    tmp_path: Path, zygote: Zygote, minutes: tuple[Document, bytes]
) -> None:
    doc, source = minutes
    base = tmp_path / "empty.sqlite3"
    Database.open(f"sqlite:///{base}").close()  # the schema, made once
    pickled = tmp_path / "doc.pickle"
    pickled.write_bytes(pickle.dumps((doc, source)))
    expected = _items(doc)
    rng = random.Random(8)
    killed_mid_import = imports = 0
    for trial in range(TRIALS):
        path = tmp_path / f"import-{trial}.sqlite3"
        request = {
            "mode": "import",
            "url": _copy(base, path),
            "doc": str(pickled),
            "log": str(tmp_path / f"import-{trial}.log"),
        }
        returned = [
            tuple(map(int, line.split()))
            for line in zygote.run_and_kill(request, rng.uniform(0, LONGEST_RUN["import"]))
        ]
        assert _integrity(path) == "ok"
        db = Database.open(request["url"])
        try:
            archive = Archive(db, user="checker")
            ids = archive.meeting_ids()
            stored = {meeting: archive.load(meeting) for meeting in ids}
        finally:
            db.close()
        for meeting in stored.values():
            check_invariants(meeting)
        for meeting, n in returned:  # every import whose call returned, whole
            assert meeting in stored, (trial, meeting)
            assert _items(stored[meeting]) == expected
            assert stored[meeting].meeting.date == dated_copy(doc, n).meeting.date
        # at most the one import under way when it was killed besides them (and whole)
        assert len(returned) <= len(ids) <= len(returned) + 1, (trial, returned, ids)
        for meeting in set(ids) - {m for m, _ in returned}:
            assert _items(stored[meeting]) == expected
        killed_mid_import += len(ids) > len(returned)
        imports += len(returned)
        path.unlink()
    print(
        f"\n{TRIALS} import trials, {imports} imports returned; {killed_mid_import} killed"
        " with an import committed but not yet returned"
    )


def test_kill_during_edits_keeps_every_returned_edit(
    tmp_path: Path, zygote: Zygote, minutes: tuple[Document, bytes]
) -> None:
    doc, source = minutes
    base = tmp_path / "base.sqlite3"
    db = Database.open(f"sqlite:///{base}")
    meeting = Archive(db, user="setup").import_document(dated_copy(doc, 0), source)
    db.close()
    rng = random.Random(9)
    edits_made = 0
    for trial in range(TRIALS):
        path = tmp_path / f"edit-{trial}.sqlite3"
        seed = rng.randrange(2**32)
        request = {
            "mode": "edit",
            "url": _copy(base, path),
            "meeting": meeting,
            "seed": seed,
            "log": str(tmp_path / f"edit-{trial}.log"),
        }
        lines = zygote.run_and_kill(request, rng.uniform(0, LONGEST_RUN["edit"]))
        returned = int(lines[-1]) if lines else 0
        assert lines == [str(n) for n in range(1, returned + 1)]
        assert _integrity(path) == "ok"
        db = Database.open(request["url"])
        try:
            archive = Archive(db, user="checker")
            final = archive.load(meeting)
            audit = archive.edits(meeting)
        finally:
            db.close()
        check_invariants(final)
        # every returned edit is in the audit trail, and at most the one under way more
        assert returned <= len(audit) <= returned + 1, (trial, returned, len(audit))
        # the meeting is exactly what the audited edits make of the imported one
        replay_db = Database.open(_copy(base, tmp_path / "replay.sqlite3"))
        try:
            replay = Archive(replay_db, user="replay")
            apply_random(replay, meeting, seed, len(audit), lambda _n: None)
            assert states.snapshot(replay.load(meeting)) == states.snapshot(final)
        finally:
            replay_db.close()
        edits_made += len(audit)
        for leftover in tmp_path.glob("replay.sqlite3*"):
            leftover.unlink()
        path.unlink()
    print(f"\n{TRIALS} edit trials; {edits_made} edits in their audit trails")
