"""Search benchmarks: query time over a 1,000-meeting archive, and what keeping the index
current costs an edit and an import (the same operation with the index hooks disabled,
interleaved in the same run)."""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from pathlib import Path

from kkr_desk.app.search import search
from kkr_desk.domain import edits
from kkr_desk.parse import parse_bytes
from kkr_desk.store import search_index
from tests.bench.run import _store, many_meetings, measure, measure_interleaved, median

# Everyday words of council minutes: a common word, a rarer one, a short prefix, two
# words, a phrase, a case-number fragment.
QUERIES = ("kommune", "beslutning", "bus", "trafik plan", '"den kollektive trafik"', "2022", "sag")
QUERY_LIMIT_MS = 30.0
EDIT_LIMIT, IMPORT_LIMIT = 1.10, 1.25


def report(pdfs: Sequence[Path], folder: Path, meetings: int = 1000, runs: int = 5) -> list[str]:
    archive = many_meetings(pdfs, folder, meetings)
    lines = [f"search over {meetings} meetings, {runs} runs per query (target median ≤ 30 ms)"]
    every: list[float] = []
    slowest = 0.0
    for query in QUERIES:
        times = measure(lambda q=query: search(archive, q), runs)
        every.extend(times)
        slowest = max(slowest, median(times) * 1e3)
        hits = len(search(archive, query))
        lines.append(f"  {query:<26} {median(times) * 1e3:7.2f} ms  {hits:3d} hits")
    overall = median(every) * 1e3
    verdict = "PASS" if slowest <= QUERY_LIMIT_MS else "FAIL"
    lines.append(
        f"  median of all {len(every)} runs: {overall:.2f} ms; slowest query's median"
        f" {slowest:.2f} ms  {verdict}"
    )

    meeting = archive.meeting_ids()[-1]
    item = next(archive.load(meeting).items()).id
    notes = itertools.count()

    def edit() -> None:
        archive.apply(meeting, edits.SetNote(item, f"Bemærkning {next(notes)}"))

    def edit_without() -> None:
        with search_index.disabled():
            edit()

    with_, without = measure_interleaved([edit, edit_without], 21)
    lines.append(_cost("edit (set a note)", median(with_), median(without), EDIT_LIMIT))

    copies = itertools.count(meetings)
    name = pdfs[-1].name
    data = pdfs[-1].read_bytes()
    doc = parse_bytes(data, name)

    def store() -> None:
        _store(archive, doc, data, next(copies))

    def store_without() -> None:
        with search_index.disabled():
            store()

    def import_() -> None:  # what `kkr-desk import` and the window do (as bench_import)
        _store(archive, parse_bytes(data, name), data, next(copies))

    def import_without() -> None:
        with search_index.disabled():
            import_()

    with_, without, store_with, store_alone = measure_interleaved(
        [import_, import_without, store, store_without], 11
    )
    lines.append(_cost("import (parse + store)", median(with_), median(without), IMPORT_LIMIT))
    lines.append(_cost("  of which the store step", median(store_with), median(store_alone), None))
    archive.db.close()
    return lines


def _cost(name: str, with_: float, without: float, limit: float | None) -> str:
    ratio = with_ / without
    line = (
        f"  {name:<26} {with_ * 1e3:7.2f} ms with the index, {without * 1e3:7.2f} ms without"
        f" = {ratio:.3f}×"
    )
    if limit is None:  # for information: the step the index is written in
        return line
    return line + f" (target ≤ {limit:.2f}×)  {'PASS' if ratio <= limit else 'FAIL'}"
