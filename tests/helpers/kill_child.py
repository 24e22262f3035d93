"""Workers for the kill -9 tests (tests/unit/store/test_kill.py).

``python -m tests.helpers.kill_child`` starts a *zygote*: it imports the archive code
once, then reads one JSON request per line on stdin and forks a worker for each,
answering with the worker's pid. A worker opens its own archive and works until it is
killed: it imports a meeting again and again (``import``), or applies random operations
to one meeting (``edit``). After each call that returned it appends a line to its
``log`` file with a plain ``os.write`` (in the kernel once the call returns, so it
survives the kill): ``ready`` once the archive is open, then ``MEETING_ID N`` per
import or the count of applied edits. Forking from a warm, single-threaded process
makes a trial cost milliseconds instead of an interpreter start.
"""

from __future__ import annotations

import copy
import datetime as dt
import json
import os
import pickle
import random
import signal
import sys
import traceback

from kkr_desk.domain import edits
from kkr_desk.domain.document import Document, NodeKind
from kkr_desk.domain.flag import SetFlag
from kkr_desk.domain.tags import TAGS
from kkr_desk.store.archive import Archive
from kkr_desk.store.db import Database

KINDS = [k.value for k in (NodeKind.SECTION, NodeKind.ITEM, NodeKind.PART)]
TEXT = "abcdeæøå ÆØÅ-.,1"
# How often each kind of operation is drawn: field edits more than structural ones.
WEIGHTS = {
    "split": 1,
    "merge": 1,
    "move": 1,
    "heading": 1,
    "level": 1,
    "fields": 2,
    "correct": 2,
    "tags": 2,
    "confirm": 1,
    "review": 3,
    "note": 3,
}


def _text(rng: random.Random, longest: int) -> str:
    return "".join(rng.choice(TEXT) for _ in range(rng.randint(0, longest)))


def random_operation(rng: random.Random, doc: Document) -> edits.Operation:
    """A random operation on ``doc``, of the kinds tests/unit/store/test_properties.py
    draws (structural ones are often refused)."""
    nodes = [n.id for n in doc.walk() if n.kind is not NodeKind.FRONT and n.id is not None]
    items = [n.id for n in doc.items() if n.id is not None] or nodes
    line = rng.randrange(len(doc.lines))
    kind = rng.choices(list(WEIGHTS), weights=list(WEIGHTS.values()))[0]
    if kind == "split":
        return edits.Split(rng.choice(nodes), line)
    if kind == "merge":
        return edits.Merge(rng.choice(nodes))
    if kind == "move":
        return edits.MoveStart(rng.choice(nodes), line)
    if kind == "heading":
        return edits.MakeHeading(line, rng.choice(KINDS))
    if kind == "level":
        return edits.ChangeLevel(rng.choice(nodes), rng.choice(KINDS))
    if kind == "fields":
        return edits.SetFields(rng.choice(nodes), {"title": _text(rng, 12) or "t"})
    if kind == "correct":
        return edits.CorrectLine(line, rng.choice([None, _text(rng, 20)]))
    if kind == "tags":
        return edits.SetTags(rng.choice(items), tuple(rng.sample(TAGS, rng.randint(0, 3))))
    if kind == "confirm":
        return edits.ConfirmTags(rng.choice(items))
    if kind == "review":
        if rng.random() < 0.5:
            return SetFlag(rng.choice(items), rng.random() < 0.5)
        return edits.SetReview(rng.choice(items), rng.choice(["reviewed", "unreviewed"]))
    return edits.SetNote(rng.choice(items), rng.choice([None, _text(rng, 9)]))


def apply_random(archive: Archive, meeting: int, seed: int, count: int | None, report) -> int:
    """Apply random operations (seeded) until ``count`` have been applied (None: for
    ever), calling ``report(applied)`` after each; refused ones are drawn past."""
    rng = random.Random(seed)
    doc = archive.load(meeting)
    applied = attempts = 0
    while count is None or applied < count:
        attempts += 1
        if count is not None and attempts > 100 * count + 100:
            raise RuntimeError(f"only {applied} of {count} operations could be applied")
        operation = random_operation(rng, doc)
        try:
            _, doc = archive.apply_and_load(meeting, operation)
        except edits.EditError:
            continue
        applied += 1
        report(applied)
    return applied


def dated_copy(doc: Document, n: int) -> Document:
    """The parsed meeting as a new meeting ``n`` days later (a new council date, so the
    archive takes it as another meeting)."""
    fresh = copy.deepcopy(doc)
    if fresh.meeting.date is not None:
        fresh.meeting.date += dt.timedelta(days=n + 1)
    return fresh


def _worker(request: dict) -> None:
    fd = os.open(request["log"], os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)

    def say(text: str) -> None:
        os.write(fd, f"{text}\n".encode())

    archive = Archive(Database.open(request["url"]), user="worker")
    if request["mode"] == "import":
        with open(request["doc"], "rb") as file:
            doc, source = pickle.load(file)
        say("ready")
        for n in range(1_000_000):
            meeting = archive.import_document(dated_copy(doc, n), source + b"\n%%%d\n" % n)
            say(f"{meeting} {n}")
    else:
        say("ready")
        apply_random(archive, request["meeting"], request["seed"], None, lambda n: say(str(n)))


def main() -> None:
    signal.signal(signal.SIGCHLD, signal.SIG_IGN)  # killed workers are reaped at once
    print("ready", flush=True)
    for line in sys.stdin:
        request = json.loads(line)
        pid = os.fork()
        if pid == 0:  # the worker: never returns to the loop
            code = 0
            try:
                _worker(request)
            except BaseException:  # noqa: BLE001 - told through the log, then gone
                with open(request["log"], "a", encoding="utf-8") as log:
                    log.write("error " + traceback.format_exc().replace("\n", " | ") + "\n")
                code = 1
            os._exit(code)
        print(pid, flush=True)


if __name__ == "__main__":
    main()
