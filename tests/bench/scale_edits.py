"""Edits, parse and import at scale (issue 13): the same edit on the 33-page minutes and on
a ~1,000-page meeting made of them (``tests.bench.large``), interleaved, as ratios; and
parse / import of the large meetings against their baselines.

- ``Archive.apply`` of a review toggle, a title change and a split (its undo, untimed,
  after each run), on one item in the middle of each meeting, each meeting alone in its
  own SQLite archive: target ≤ 1.5× the 33-page figure.
- ``parse_bytes`` against ``get_text("dict")`` (target ≤ 1.3×) and import (parse + store)
  against parse (target ≤ 1.3×) on the ~330- and ~1,000-page meetings.

``python -m tests.bench.scale_edits`` prints the report; ``--profile`` prints where a
review toggle on the 1,000-page meeting spends its time (cProfile, top entries).
"""

from __future__ import annotations

import argparse
import cProfile
import itertools
import pstats
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from kkr_desk.domain import edits
from kkr_desk.domain.document import Document, Node, NodeKind
from kkr_desk.parse import parse_bytes
from kkr_desk.store.archive import Archive
from kkr_desk.store.db import Database
from tests.bench.large import Large, large_minutes, minutes
from tests.bench.run import (
    RATIO_RUNS,
    Row,
    _store,
    format_table,
    get_text_dict,
    measure_interleaved,
    measure_with_cpu,
    median,
    ratio_row,
)
from tests.bench.scale_archive import interleaved

EDIT_LIMIT = 1.5  # an edit on the 1,000-page meeting against the same on the 33-page one
PARSE_LIMIT = 1.3  # parse_bytes against get_text("dict")
IMPORT_LIMIT = 1.3  # parse + store against parse
RUNS = 7


class Meeting:
    """One meeting alone in its own archive, with the item the edits touch."""

    def __init__(self, folder: Path, name: str, data: bytes, item: int) -> None:
        self.archive = Archive(Database.open(f"sqlite:///{folder / name}.sqlite3"), user="bench")
        self.id = self.archive.import_document(parse_bytes(data, f"{name}.pdf"), data)
        doc = self.archive.load(self.id)
        self.pages = doc.meeting.pages
        self.item = list(doc.items())[item]
        if self.item.id is None:
            raise ValueError("a stored item without an id")
        self.item_id: int = self.item.id
        self.part = _splittable(self.item)
        self.review = itertools.cycle(("reviewed", "unreviewed"))
        self.titles = itertools.cycle((f"{self.item.title} (rettet)", self.item.title))

    def toggle(self) -> None:
        self.archive.apply(self.id, edits.SetReview(self.item_id, next(self.review)))

    def retitle(self) -> None:
        self.archive.apply(self.id, edits.SetFields(self.item_id, {"title": next(self.titles)}))

    def split(self) -> edits.Operation:
        """Split the item's first part of several lines at its second line; the undo."""
        assert self.part.id is not None
        return self.archive.apply(self.id, edits.Split(self.part.id, self.part.first + 1))

    def close(self) -> None:
        self.archive.db.close()


def _splittable(item: Node) -> Node:
    for part in item.children:
        if part.kind is NodeKind.PART and part.last > part.first:
            return part
    raise ValueError(f"item {item.number} has no part of two lines or more")


def _middle(doc: Document, copies: int) -> int:
    """The index of an item in the middle of the source, in the middle copy."""
    per_copy = len(list(doc.items()))
    return (copies // 2) * per_copy + per_copy // 2


def _split_pair(meeting: Meeting) -> tuple[Callable[[], object], Callable[[], object]]:
    undo: list[edits.Operation] = []
    return (lambda: undo.append(meeting.split())), (
        lambda: meeting.archive.apply(meeting.id, undo.pop())
    )


def _undo_pair(meeting: Meeting) -> tuple[Callable[[], object], Callable[[], object]]:
    """The undo of a split timed; the split again (untimed) before the next round."""
    undo: list[edits.Operation] = [meeting.split()]
    return (lambda: meeting.archive.apply(meeting.id, undo.pop())), (
        lambda: undo.append(meeting.split())
    )


def bench_edits(folder: Path, large: Large, runs: int = RUNS) -> list[Row]:
    source = minutes().read_bytes()
    doc = parse_bytes(source, "minutes.pdf")
    small = Meeting(folder, "small", source, _middle(doc, 1))
    big = Meeting(folder, "large", large.data, _middle(doc, large.copies))
    rows = []
    for name, on_big, on_small in (
        ("review toggle", big.toggle, small.toggle),
        ("title change", big.retitle, small.retitle),
    ):
        big_t, small_t = measure_interleaved([on_big, on_small], runs)
        rows.append(Row(name, big.pages, median(big_t) * 1e3, median(small_t) * 1e3, EDIT_LIMIT))
    big_t, small_t = interleaved([_split_pair(big), _split_pair(small)], runs)
    rows.append(Row("split", big.pages, median(big_t) * 1e3, median(small_t) * 1e3, EDIT_LIMIT))
    big_t, small_t = interleaved([_undo_pair(big), _undo_pair(small)], runs)
    rows.append(
        Row("undo of the split", big.pages, median(big_t) * 1e3, median(small_t) * 1e3, EDIT_LIMIT)
    )
    small.close()
    big.close()
    return rows


def bench_parse(larges: Sequence[Large], runs: int = RATIO_RUNS) -> list[Row]:
    rows = []
    for large in larges:
        data = large.data
        wall, cpu = measure_with_cpu(
            [lambda d=data: parse_bytes(d, "large.pdf"), lambda d=data: get_text_dict(d)], runs
        )
        rows.append(ratio_row(f"{large.copies}× minutes", large.pages, wall, cpu, PARSE_LIMIT))
    return rows


def bench_import(folder: Path, larges: Sequence[Large], runs: int = RATIO_RUNS) -> list[Row]:
    archive = Archive(Database.open(f"sqlite:///{folder / 'import.sqlite3'}"), user="bench")
    copies = itertools.count()
    rows = []
    for large in larges:
        data = large.data

        def parse_and_store(d: bytes = data) -> None:
            _store(archive, parse_bytes(d, "large.pdf"), d, next(copies))

        wall, cpu = measure_with_cpu(
            [parse_and_store, lambda d=data: parse_bytes(d, "large.pdf")], runs
        )
        rows.append(ratio_row(f"{large.copies}× minutes", large.pages, wall, cpu, IMPORT_LIMIT))
    archive.db.close()
    return rows


def check(large: Large) -> str:
    """The parser finds every generated section and item (else the figures mean little)."""
    doc = parse_bytes(large.data, "large.pdf")
    items = [(i.number, i.title) for i in doc.items()]
    sections = [n.number for n in doc.nodes if n.kind is NodeKind.SECTION]
    ok = items == large.items and sections == large.sections
    return (
        f"  {large.pages} pages: the parser finds {len(items)} of {len(large.items)} items, "
        f"{len(sections)} of {len(large.sections)} sections  {'OK' if ok else 'MISMATCH'}"
    )


def report(pdfs: Sequence[Path], folder: Path) -> list[str]:
    """The lines ``make bench`` prints (``pdfs`` unused: the minutes are found by name)."""
    del pdfs
    start = time.perf_counter()
    larges = [large_minutes(330), large_minutes(1000)]
    built = time.perf_counter() - start
    big = larges[-1]
    lines = [f"large meetings from the minutes (built in {built:.1f} s)"]
    lines.extend(check(large) for large in larges)
    tables = [
        format_table(
            f"edits: {big.pages}-page meeting vs the 33-page minutes (median of {RUNS})",
            bench_edits(folder, big),
            f"{big.pages} p",
            "33 p",
        ),
        format_table('parse_bytes vs get_text("dict")', bench_parse(larges), "parse", "dict"),
        format_table(
            "import (parse + store) vs parse", bench_import(folder, larges), "import", "parse"
        ),
    ]
    for table in tables:
        lines.extend(["", *table.splitlines()])
    return lines


def profile(folder: Path, top: int = 10) -> list[str]:
    """cProfile of review toggles on the 1,000-page meeting: top entries by own time and
    by cumulative time."""
    large = large_minutes(1000)
    doc = parse_bytes(minutes().read_bytes(), "minutes.pdf")
    meeting = Meeting(folder, "profiled", large.data, _middle(doc, large.copies))
    meeting.toggle()
    profiler = cProfile.Profile()
    profiler.enable()
    for _ in range(RUNS):
        meeting.toggle()
    profiler.disable()
    meeting.close()
    return _top(pstats.Stats(profiler), top, f"review toggle × {RUNS} on {large.pages} pages")


def _top(stats: pstats.Stats, top: int, title: str) -> list[str]:
    """The ``top`` entries by cumulative time, leaving out the call chain every entry sits
    in (over 95 % of the total), and by own time."""
    rows = [
        (cum, own, calls, f"{Path(file).name}:{line}({name})")
        for (file, line, name), (_, calls, own, cum, _) in stats.stats.items()  # type: ignore[attr-defined]
    ]
    total = max(cum for cum, *_ in rows)
    out = [f"{title}: {total * 1e3 / RUNS:.0f} ms per edit under the profiler"]
    for label, key in (("cumulative", 0), ("own time", 1)):
        chosen = sorted((r for r in rows if r[0] < 0.95 * total), key=lambda r: -r[key])[:top]
        out.append(f"  top {top} by {label} (ms per edit, calls per edit)")
        out.extend(
            f"    {cum * 1e3 / RUNS:8.1f} cum {own * 1e3 / RUNS:8.1f} own "
            f"{calls / RUNS:9.0f}  {where}"
            for cum, own, calls, where in chosen
        )
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--profile", action="store_true", help="profile a review toggle")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="kkr-bench-") as tmp:
        lines = profile(Path(tmp)) if args.profile else report([], Path(tmp))
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
