"""A clerk in another process: random edits of one meeting, made against its own copy of
the meeting (stale whenever the other clerk got in first), one JSON line per call.

    python -m tests.helpers.edit_child URL MEETING SEED COUNT USER GO_FILE

It prints ``{"ready": true}`` when it has the meeting, and starts when GO_FILE exists, so
that both clerks really edit at the same time.
"""

from __future__ import annotations

import json
import random
import sys
import time
from pathlib import Path

from kkr_desk.domain import edits
from kkr_desk.domain.document import Document
from kkr_desk.domain.flag import SetFlag
from kkr_desk.domain.tags import TAGS
from kkr_desk.store.archive import Archive, ConflictError
from kkr_desk.store.db import Database


def random_operation(doc: Document, rng: random.Random) -> edits.Operation:
    items = [n for n in doc.items() if n.id is not None]
    item = rng.choice(items)
    parts = [p for p in item.children if p.id is not None]
    choice = rng.randrange(10)
    if choice == 0:
        return edits.SetNote(item.id, rng.choice(["ok", "se bilag", None, f"n{rng.random():.3f}"]))
    if choice == 1:
        if rng.random() < 0.5:
            return SetFlag(item.id, rng.random() < 0.5)
        return edits.SetReview(item.id, rng.choice(["unreviewed", "reviewed"]))
    if choice == 2:
        return edits.SetTags(item.id, tuple(rng.sample(TAGS, rng.randint(0, 2))))
    if choice == 3:
        return edits.SetFields(item.id, {"title": f"Titel {rng.randrange(1000)}"})
    if choice == 4:
        line = rng.randint(item.first, item.last)
        return edits.CorrectLine(line, rng.choice([None, f"rettet {rng.randrange(100)}"]))
    if choice == 5 and parts:
        part = rng.choice(parts)
        return edits.Split(part.id, rng.randint(part.first, part.last))
    if choice == 6 and parts:
        return edits.Merge(rng.choice(parts).id)
    if choice == 7:
        node = rng.choice(parts or items)
        return edits.MoveStart(node.id, node.first + rng.choice([-1, 1]))
    if choice == 8:
        return edits.ConfirmTags(item.id)
    return edits.ChangeLevel(rng.choice(parts or items).id, rng.choice(["item", "part"]))


def main(url: str, meeting: int, seed: int, count: int, user: str, go: Path) -> None:
    rng = random.Random(seed)
    archive = Archive(Database.open(url), user=user)
    doc = archive.load(meeting)
    print(json.dumps({"ready": True}), flush=True)
    deadline = time.monotonic() + 120
    while not go.exists() and time.monotonic() < deadline:
        time.sleep(0.01)
    undo: list[edits.Operation] = []  # this clerk's undo stack
    for _ in range(count):
        undoing = bool(undo) and rng.random() < 0.2
        op = undo.pop() if undoing else random_operation(doc, rng)
        try:
            # An undo carries its own precondition (the values its edit wrote).
            base = None if undoing else doc.revision
            inverse, doc = archive.apply_and_load(meeting, op, base_revision=base)
            if not undoing:
                undo.append(inverse)
            result = {"result": "applied", "revision": doc.revision, "base": base}
        except ConflictError as exc:
            result = {"result": "conflict", "message": str(exc)}
            doc = archive.load(meeting)
        except edits.EditError as exc:
            result = {"result": "refused", "message": str(exc)}
        except Exception as exc:  # noqa: BLE001 - the test counts these: there must be none
            result = {"result": "error", "message": repr(exc)}
            doc = archive.load(meeting)
        result["op"] = "undo" if undoing else op.name
        print(json.dumps(result), flush=True)
        time.sleep(rng.random() * 0.02)  # a clerk between two clicks: the other gets a turn
    archive.db.close()


if __name__ == "__main__":
    url, meeting, seed, count, user, go = sys.argv[1:7]
    main(url, int(meeting), int(seed), int(count), user, Path(go))
