"""Two clerks on one archive, on SQLite and PostgreSQL: every edit is applied or refused
with a conflict, the audit trail is a chain that replays to the final state, and nobody
ever sees "database is locked"."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, ClassVar

import pytest

from kkr_desk.domain import edits
from kkr_desk.domain.document import Document, check_invariants
from kkr_desk.parse import parse_file
from kkr_desk.store import states
from kkr_desk.store.archive import Archive, ConflictError
from kkr_desk.store.db import Database
from kkr_desk.store.patch import Patch
from tests.conftest import REPO

EDITS_PER_CLERK = 200
MINUTES = "kkr-nordjylland-2022-11-18-referat.pdf"


def _patch_of(row: Any) -> Patch:
    before, after = row.before, row.after
    return Patch(
        {int(k): (before["nodes"][k], after["nodes"][k]) for k in before["nodes"]},
        {int(k): (before["lines"][k], after["lines"][k]) for k in before["lines"]},
    )


def replay(start: Document, rows: list[Any]) -> Document:
    """Apply the audit trail's changes in revision order onto ``start``, checking that
    each change's ``before`` is exactly the state the previous change left."""
    doc = start
    for row in rows:
        nodes, lines = states.snapshot(doc)
        patch = _patch_of(row)
        for node_id, (before, _) in patch.nodes.items():
            assert nodes.get(node_id) == before, f"revision {row.revision}: node {node_id}"
        for index, (before, _) in patch.lines.items():
            assert lines.get(index) == before, f"revision {row.revision}: line {index}"
        patch.apply(doc)
        check_invariants(doc)
    return doc


@pytest.mark.corpus
def test_two_processes_editing_one_meeting(
    archive_url: str, corpus_dir: Path, tmp_path: Path
) -> None:
    db = Database.open(archive_url)
    archive = Archive(db, user="setup")
    meeting = archive.import_document(
        parse_file(corpus_dir / MINUTES), (corpus_dir / MINUTES).read_bytes()
    )
    start = archive.load(meeting)
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    go = tmp_path / "go"
    children = [
        subprocess.Popen(
            [
                sys.executable,
                "-m",
                "tests.helpers.edit_child",
                archive_url,
                str(meeting),
                str(seed),
                str(EDITS_PER_CLERK),
                user,
                str(go),
            ],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
            cwd=REPO,
        )
        for seed, user in ((1, "anna"), (2, "bo"))
    ]
    for child in children:  # both have the meeting: start them together
        assert child.stdout is not None
        ready = child.stdout.readline()
        assert ready == '{"ready": true}\n', child.communicate(timeout=60)[1][-2000:]
    go.touch()
    results: dict[str, list[dict[str, Any]]] = {}
    for child, user in zip(children, ("anna", "bo"), strict=True):
        out, err = child.communicate(timeout=600)  # a hang guard, not a speed target
        assert child.returncode == 0, err[-2000:]
        results[user] = [json.loads(line) for line in out.splitlines()]
    everything = results["anna"] + results["bo"]
    counts = {k: sum(r["result"] == k for r in everything) for k in ("applied", "conflict")}
    counts["undone"] = sum(r["result"] == "applied" and r["op"] == "undo" for r in everything)
    # Made on a copy the other clerk had changed meanwhile, and applied (not overlapping).
    stale = [r for r in everything if r.get("base") is not None and r["base"] < r["revision"] - 1]
    counts["applied on a stale copy"] = len(stale)
    print(f"{archive_url.split(':')[0]}: {counts}")  # shown with -s, for the record
    assert len(everything) == 2 * EDITS_PER_CLERK
    assert {r["result"] for r in everything} <= {"applied", "conflict", "refused"}, [
        r for r in everything if r["result"] == "error"
    ]
    assert not any("locked" in r.get("message", "") for r in everything)
    applied = [r["revision"] for r in everything if r["result"] == "applied"]
    conflicts = [r for r in everything if r["result"] == "conflict"]
    # Both clerks really raced: each applied edits and each was told of the other's.
    assert all(any(r["result"] == "applied" for r in results[u]) for u in results)
    assert any(r["op"] == "undo" and r["result"] == "applied" for r in everything)
    assert stale  # they really raced (how often they collide depends on the timing)
    assert all("changed meanwhile by" in r["message"] for r in conflicts)

    rows = [e for e in archive.edits(meeting) if e.revision is not None]
    assert sorted(applied) == [e.revision for e in rows] == list(range(1, len(rows) + 1))
    assert {e.user for e in rows} == {"anna", "bo"}
    final = replay(start, sorted(rows, key=lambda e: e.revision))
    now = archive.load(meeting)
    check_invariants(now)
    assert states.snapshot(final) == states.snapshot(now)
    db.close()


@dataclass(frozen=True)
class SlowTitle(edits.SetFields):
    """Setting a title that takes its time while it holds the meeting."""

    name: ClassVar[str] = "set_fields"

    def apply(self, doc: Document) -> None:
        time.sleep(0.5)
        super().apply(doc)


@pytest.mark.corpus
def test_a_slow_edit_and_a_quick_edit_of_another_field_keep_both(
    archive_url: str, corpus_dir: Path
) -> None:
    first, second = Database.open(archive_url), Database.open(archive_url)
    anna, bo = Archive(first, user="anna"), Archive(second, user="bo")
    meeting = anna.import_document(
        parse_file(corpus_dir / MINUTES), (corpus_dir / MINUTES).read_bytes()
    )
    doc = anna.load(meeting)
    item = next(doc.items())
    failures: list[BaseException] = []

    def slow() -> None:
        try:
            anna.apply(
                meeting, SlowTitle(item.id, {"title": "Ny titel"}), base_revision=doc.revision
            )
        except BaseException as exc:  # noqa: BLE001 - reported below
            failures.append(exc)

    thread = threading.Thread(target=slow)
    thread.start()
    time.sleep(0.1)  # Anna holds the meeting now: Bo waits for her, then edits
    bo.apply(meeting, edits.SetNote(item.id, "Bo's note"), base_revision=doc.revision)
    thread.join(timeout=60)
    assert not failures
    after = next(anna.load(meeting).items())
    assert (after.title, after.note) == ("Ny titel", "Bo's note")
    # The same field from a stale copy is refused, naming who changed it.
    with pytest.raises(ConflictError, match="by anna"):
        bo.apply(
            meeting, edits.SetFields(item.id, {"title": "Bos titel"}), base_revision=doc.revision
        )
    assert next(bo.load(meeting).items()).title == "Ny titel"
    first.close()
    second.close()
