"""GUI benchmarks, offscreen: start-up to the first page painted, select → highlight,
split + tree refresh, the first selection after that edit, page render at 150 %; on the
corpus minutes and (``report_large``) on a ~1,000-page meeting. Run by ``tests.bench.run``."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

BARE_IMPORTS = "import PySide6.QtWidgets, pymupdf, sqlalchemy, sqlalchemy.orm"
# The child process: what `kkr-desk gui --meeting ID` does up to the first painted page.
STARTUP = """
import sys, time
from kkr_desk.ui.app import Options, application, build
app = application()
window = build(Options(meeting=int(sys.argv[2]), db=sys.argv[1]))
window.resize(1400, 900)
window.show()
while not window.page_view.rendered_pages():
    app.processEvents()
print(time.time())
"""


def _spawn(code: str, *args: str) -> float:
    """Seconds from spawning a Python process until it prints its time stamp."""
    start = time.time()
    out = subprocess.run(
        [sys.executable, "-c", code, *args], capture_output=True, text=True, check=True
    ).stdout
    return float(out.strip().splitlines()[-1]) - start


def bench_startup(url: str, meeting: int, runs: int = 5) -> tuple[float, float]:
    """Median seconds to the first painted page, and for the bare imports, interleaved."""
    bare_code = f"{BARE_IMPORTS}\nimport time\nprint(time.time())"
    _spawn(STARTUP, url, str(meeting))  # warm the file cache
    window, bare = [], []
    for _ in range(runs):
        window.append(_spawn(STARTUP, url, str(meeting)))
        bare.append(_spawn(bare_code))
    return statistics.median(window), statistics.median(bare)


def bench_in_window(url: str, meeting: int, runs: int = 15) -> dict[str, float]:
    """Medians in ms: select → highlight painted; split + tree refresh; page render 150 %."""
    from kkr_desk.ui.app import Options, application, build

    app = application()
    window = build(Options(meeting=meeting, db=url))
    window.resize(1400, 900)
    window.show()
    app.processEvents()
    doc = window.session.doc
    items = [i.number for i in doc.items()]
    select = []
    for n in range(runs):
        number = items[n % len(items)]
        for _ in range(5):  # the clerk reads before the next click: idle turns run
            app.processEvents()
        start = time.perf_counter()
        window.select_item(number)
        window.page_view.viewport().repaint()  # paint now, synchronously
        select.append(time.perf_counter() - start)
    split: list[float] = []
    after_edit: list[float] = []
    for n in range(runs):
        part = list(window.session.doc.items())[n % len(items)].children[-1]
        window.current_line = part.first + 1 if part.last > part.first else part.first
        if window.current_line == part.first:
            continue
        start = time.perf_counter()
        window.action_map["split_part"].trigger()
        split.append(time.perf_counter() - start)
        for _ in range(5):  # as above: idle turns run before the next click
            app.processEvents()
        start = time.perf_counter()  # the first selection after the edit
        window.select_item(items[(n + len(items) // 2) % len(items)])
        window.page_view.viewport().repaint()
        after_edit.append(time.perf_counter() - start)
        window.undo_group.undo()
    render = []
    for page in range(1, min(8, window.page_view.page_count()) + 1):
        start = time.perf_counter()
        window.page_view.render_page(page, 1.5)
        render.append(time.perf_counter() - start)
    window.close()
    ms = 1e3
    return {
        "select": statistics.median(select) * ms,
        "split": statistics.median(split) * ms,
        "after_edit": statistics.median(after_edit) * ms,
        "render": statistics.median(render) * ms,
    }


def report(pdf: Path, folder: Path) -> list[str]:
    from kkr_desk.parse import parse_file
    from kkr_desk.store.archive import Archive
    from kkr_desk.store.db import Database

    url = f"sqlite:///{folder / 'gui.sqlite3'}"
    archive = Archive(Database.open(url))
    meeting = archive.import_document(parse_file(pdf), pdf.read_bytes())
    archive.db.close()
    first_paint, bare = bench_startup(url, meeting)
    inside = bench_in_window(url, meeting)
    ratio = first_paint / bare

    def verdict(ok: bool) -> str:
        return "PASS" if ok else "FAIL"

    return [
        f"GUI on {pdf.name}, offscreen (medians)",
        f"  start-up to first page painted {first_paint * 1e3:7.1f} ms vs bare imports "
        f"{bare * 1e3:7.1f} ms = {ratio:.2f}× (target ≤ 1.5×)  {verdict(ratio <= 1.5)}",
        f"  select item → highlight painted {inside['select']:6.1f} ms (target ≤ 16 ms)  "
        f"{verdict(inside['select'] <= 16)}",
        f"  split + tree refresh            {inside['split']:6.1f} ms (target ≤ 50 ms)  "
        f"{verdict(inside['split'] <= 50)}",
        f"  first selection after an edit   {inside['after_edit']:6.1f} ms (target ≤ 16 ms)  "
        f"{verdict(inside['after_edit'] <= 16)}",
        f"  page render at 150 %            {inside['render']:6.1f} ms per page",
    ]


def report_large(folder: Path, pages: int = 1000) -> list[str]:
    """The same on a meeting of about ``pages`` pages made of the corpus minutes."""
    from tests.bench.large import large_minutes

    pdf = folder / f"large-{pages}.pdf"
    pdf.write_bytes(large_minutes(pages).data)
    return report(pdf, folder)
