"""Export speed as ratios measured in one run: the CSV and JSON exports of a 1,000-meeting
archive, each against ``json.dumps`` of the same meetings' plain records (already in
memory), with items/s alongside. The CSV as the export writes it (the stored rows, with the
default options) is also set against the CSV built from plain records (the path it took
before the rows were stored, and still takes for ``--labels da``), interleaved in the
same run: target at least 2× the items/s (issue 13)."""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from pathlib import Path

from kkr_desk.app import exporting
from tests.bench.run import many_meetings, measure_interleaved, median

CSV_SPEEDUP = 2.0  # the stored rows' CSV against the CSV built from plain records


def report(pdfs: Sequence[Path], folder: Path, meetings: int = 1000, runs: int = 5) -> list[str]:
    archive = many_meetings(pdfs, folder, meetings)
    ids = archive.meeting_ids()
    plain = list(archive.records(ids))
    items = sum(len(s["items"]) for m in plain for s in m["sections"])

    def dumps() -> int:
        return len(json.dumps(plain, ensure_ascii=False))

    def export(fmt: str, **options: str) -> Callable[[], int]:
        """The export as the CLI and the window run it."""
        out = folder / f"export-{fmt}-{len(options)}.{exporting.exporter(fmt).suffix}"
        return lambda: exporting.export(archive, ids, fmt, out, **options)

    def csv_built() -> int:
        """The CSV from plain records built from the node rows (the old path)."""
        records = archive.records(ids)
        return exporting.write_records(records, "csv", folder / "export-built.csv")

    timed: dict[str, Callable[[], int]] = {
        "json.dumps of the records": dumps,
        "csv": export("csv"),
        "csv, built from records": csv_built,
        "csv --labels da": export("csv", labels="da"),
        "json": export("json"),
    }
    measured = measure_interleaved(list(timed.values()), runs)
    times = {name: median(seconds) for name, seconds in zip(timed, measured, strict=True)}
    archive.db.close()
    baseline = times["json.dumps of the records"]
    lines = [
        f"export of {len(ids)} meetings ({items} items), median of {runs} interleaved runs,"
        " as ratios to json.dumps of the same records"
    ]
    for name, seconds in times.items():
        lines.append(
            f"  {name:<26} {seconds * 1e3:7.1f} ms  {seconds / baseline:5.2f}× json.dumps"
            f"  {items / seconds:9,.0f} items/s"
        )
    speedup = times["csv, built from records"] / times["csv"]
    lines.append(
        f"  csv: {speedup:.2f}× the items/s of the CSV built from records"
        f" (target ≥ {CSV_SPEEDUP:.1f}×)  {'PASS' if speedup >= CSV_SPEEDUP else 'FAIL'}"
    )
    return lines


if __name__ == "__main__":  # python -m tests.bench.export_ratio [meetings]
    import sys
    import tempfile

    from tests.bench.run import CORPUS

    with tempfile.TemporaryDirectory(prefix="kkr-bench-") as tmp:
        count = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
        print("\n".join(report(sorted(CORPUS.glob("*.pdf")), Path(tmp), count)))
