"""Writes at archive scale: the same merge (then its undo) and the same ``import --replace``
of one meeting, in an archive holding only that meeting and in one holding 1,000 meetings,
interleaved in one run. A write should cost what it changes, not what the archive holds:
target ≤ 1.2× (issue 13).

``python -m tests.bench.scale_archive [--postgres] [--meetings=N] [--runs=N]`` runs it
alone (``--postgres``: on a throwaway server too, as the test suite starts it).
"""

from __future__ import annotations

import copy
import gc
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from kkr_desk.domain import edits
from kkr_desk.domain.document import Document
from kkr_desk.parse import parse_bytes
from kkr_desk.store import lifecycle
from kkr_desk.store.archive import Archive
from kkr_desk.store.db import Database
from tests.bench.run import CORPUS, _store

LIMIT = 1.2
RUNS = 7
Step = tuple[Callable[[], object], Callable[[], object]]  # (timed, untimed reset)


def interleaved(steps: Sequence[Step], runs: int = RUNS) -> list[list[float]]:
    """Seconds of each step's timed part per round (one untimed warm-up round first);
    each step's reset runs untimed right after it, so every round starts alike. The order
    rotates per round, as in ``run.measure_interleaved``."""
    for timed, reset in steps:
        timed()
        reset()
    times: list[list[float]] = [[] for _ in steps]
    for r in range(runs):
        for k in range(len(steps)):
            i = (k + r) % len(steps)
            timed, reset = steps[i]
            gc.collect()
            start = time.perf_counter()
            timed()
            times[i].append(time.perf_counter() - start)
            reset()
    return times


def build(
    url: str,
    target: tuple[Document, bytes],
    others: Sequence[tuple[Document, bytes]],
    meetings: int,
) -> tuple[Archive, int]:
    """An archive of ``meetings`` meetings: ``meetings - 1`` copies of ``others`` (each
    with its own bytes), then the target meeting; returns it and the target's id."""
    archive = Archive(Database.open(url), user="bench")
    for n in range(meetings - 1):
        doc, data = others[n % len(others)]
        _store(archive, doc, data, n + 1)
    doc, data = target
    _store(archive, doc, data, 0)
    return archive, archive.meeting_ids()[-1]


def steps(archive: Archive, meeting: int, doc: Document, source: bytes) -> tuple[Step, Step]:
    """(merge the second item of the first section with more than one into the first;
    undo it) and (re-import the meeting's own file; purge the earlier version it kept)."""
    target: list[int] = []  # the node to merge: a re-import gives the nodes new ids

    def find() -> None:
        section = next(s for s in archive.load(meeting).sections if len(s.children) > 1)
        target[:] = [section.children[1].id or 0]

    undo: list[edits.Operation] = []

    def merge() -> None:
        undo.append(archive.apply(meeting, edits.Merge(target[0])))

    def unmerge() -> None:
        archive.apply(meeting, undo.pop())

    fresh: list[Document] = []

    def reimport() -> None:
        archive.import_document(fresh.pop(), source, replace=True)

    def purge() -> None:  # the trash holds only the earlier version just kept
        lifecycle.empty_trash(archive)
        fresh.append(copy.deepcopy(doc))
        find()

    purge()
    return (merge, unmerge), (reimport, purge)


def report(
    pdfs: Sequence[Path],
    folder: Path,
    meetings: int = 1000,
    runs: int = RUNS,
    pg_urls: tuple[str, str] | None = None,
) -> list[str]:
    minutes = next(p for p in pdfs if "referat" in p.name)
    data = minutes.read_bytes()
    target_doc = parse_bytes(data, minutes.name)
    others = [(parse_bytes(p.read_bytes(), p.name), p.read_bytes()) for p in pdfs]
    backends = [
        ("SQLite", f"sqlite:///{folder / 'one.sqlite3'}", f"sqlite:///{folder / 'many.sqlite3'}")
    ]
    if pg_urls is not None:
        backends.append(("PostgreSQL", *pg_urls))
    lines = [
        f"writes in a {meetings:,}-meeting archive vs a one-meeting archive"
        f" (median of {runs}, interleaved; target ≤ {LIMIT}×)"
    ]
    for name, one_url, many_url in backends:
        source = data + b"\n%copy 0\n"  # as _store stored it
        small, small_id = build(one_url, (copy.deepcopy(target_doc), data), others, 1)
        large, large_id = build(many_url, (copy.deepcopy(target_doc), data), others, meetings)
        try:
            (merge_1, reimport_1) = steps(small, small_id, target_doc, source)
            (merge_n, reimport_n) = steps(large, large_id, target_doc, source)
            m1, mn, r1, rn = interleaved([merge_1, merge_n, reimport_1, reimport_n], runs)
        finally:
            small.db.close()
            large.db.close()
        lines.append(_line(f"{name} merge", m1, mn))
        lines.append(_line(f"{name} import --replace", r1, rn))
    return lines


def _line(name: str, one: list[float], many: list[float]) -> str:
    a, b = statistics.median(one) * 1e3, statistics.median(many) * 1e3
    ratio = b / a
    return (
        f"  {name:<28} {a:8.1f} ms in one meeting, {b:8.1f} ms in many = {ratio:.2f}×"
        f"  {'PASS' if ratio <= LIMIT else 'FAIL'}"
    )


def main(argv: Sequence[str]) -> int:
    pdfs = sorted(CORPUS.glob("*.pdf"))
    options = dict(a.removeprefix("--").split("=") for a in argv if "=" in a)
    meetings, runs = int(options.get("meetings", 1000)), int(options.get("runs", RUNS))
    with tempfile.TemporaryDirectory(prefix="kkr-bench-") as tmp:
        if "--postgres" not in argv:
            print("\n".join(report(pdfs, Path(tmp), meetings, runs)))
            return 0
        from tests.helpers.postgres import PostgresServer

        server = PostgresServer(Path(tmp))
        try:
            urls = (server.url(server.create_database()), server.url(server.create_database()))
            print("\n".join(report(pdfs, Path(tmp), meetings, runs, pg_urls=urls)))
        finally:
            server.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
