"""Peak memory of the window browsing many meetings at high zoom (issue 13).

An archive of ``meetings`` meetings (the corpus PDFs imported again and again, as
``tests.bench.run._store`` does); in a child process per run, the real main window,
offscreen at 1400×900, opens each meeting in turn, zooms to ``zoom`` and goes through
every page, letting the idle read-ahead run between pages. The child reports its peak
resident set (``VmHWM`` in /proc/self/status), its resident set before browsing, and the
most bytes its page cache ever held. Runs with the default cache limit are interleaved
with runs where the limit is 0 (nothing kept: every paint renders), the baseline: the
difference between the two is what the cache costs.

Stated bound: peak RSS ≤ the baseline's peak + the cache limit + ``SLACK_MB`` (allocator
overhead, read-ahead in flight), and the cache never above its limit. Run on its own with
``python -m tests.bench.page_memory``.
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

from kkr_desk.parse import parse_bytes
from kkr_desk.ui import page_cache
from tests.bench.run import CORPUS, REPO, _fresh_archive, _store

MB = 1024 * 1024
SLACK_MB = 96

# The child: browse every meeting at the zoom; print what it measured as JSON.
BROWSE = """
import json, os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtCore import QSettings
from kkr_desk.ui import page_cache
page_cache.LIMIT = int(sys.argv[2])
from kkr_desk.ui.app import Options, application, build

def status(field):
    with open("/proc/self/status") as f:
        line = next(line for line in f if line.startswith(field + ":"))
    return int(line.split()[1]) * 1024

url, zoom, settings = sys.argv[1], float(sys.argv[3]), sys.argv[4]
app = application()
window = build(Options(db=url, settings=QSettings(settings, QSettings.Format.IniFormat)))
window.resize(1400, 900)
window.show()
app.processEvents()
ids = window.archive.meeting_ids()
window.open_meeting(ids[0])
app.processEvents()
before = status("VmRSS")
view, most, pages = window.page_view, 0, 0
for meeting in ids:
    window.open_meeting(meeting)
    view.set_zoom(zoom)
    for page in range(1, view.page_count() + 1):
        view.go_to_page(page)
        view.viewport().repaint()
        for _ in range(3):  # idle turns: the read-ahead renders the next page
            app.processEvents()
        most = max(most, view._pages.bytes)
        pages += 1
window.close()
print(json.dumps({"peak": status("VmHWM"), "before": before, "most": most, "pages": pages,
                  "limit": view._pages.limit}))
"""


def _browse(url: str, limit: int, zoom: float, settings: Path) -> dict[str, int]:
    out = subprocess.run(
        [sys.executable, "-c", BROWSE, url, str(limit), str(zoom), str(settings)],
        capture_output=True,
        text=True,
        check=True,
        cwd=REPO,
    ).stdout
    result: dict[str, int] = json.loads(out.strip().splitlines()[-1])
    return result


def report(
    pdfs: Sequence[Path], folder: Path, meetings: int = 50, zoom: float = 3.0, runs: int = 3
) -> list[str]:
    archive = _fresh_archive(folder)
    docs = [(p.read_bytes(), p.name) for p in pdfs]
    for copy in range(meetings):
        data, name = docs[copy % len(docs)]
        _store(archive, parse_bytes(data, name), data, copy)
    url = archive.db.url
    archive.db.close()
    limits = (page_cache.LIMIT, 0)
    results: list[list[dict[str, int]]] = [[], []]
    for r in range(runs):  # interleaved, the starting order alternating
        for k in range(len(limits)):
            i = (k + r) % len(limits)
            results[i].append(_browse(url, limits[i], zoom, folder / "settings.ini"))
    (cached, bare) = (
        {key: statistics.median(run[key] for run in runs_) for key in runs_[0]} for runs_ in results
    )
    limit = page_cache.LIMIT
    bound = bare["peak"] + limit + SLACK_MB * MB
    most = max(run["most"] for run in results[0])
    ok = cached["peak"] <= bound and most <= limit

    def mb(value: float) -> str:
        return f"{value / MB:6.0f} MB"

    return [
        f"page memory: {meetings} meetings browsed at {zoom:.0%} zoom, every page "
        f"({cached['pages']:.0f} pages), window 1400×900 offscreen, median of {runs} runs",
        f"  cache limit {mb(limit)}: peak RSS {mb(cached['peak'])} (before browsing "
        f"{mb(cached['before'])}); the cache held at most {mb(most)}",
        f"  cache limit      0 MB: peak RSS {mb(bare['peak'])} (before browsing "
        f"{mb(bare['before'])})",
        f"  ratio {cached['peak'] / bare['peak']:.2f}× the uncached peak; bound: peak ≤ "
        f"uncached peak + limit + {SLACK_MB} MB = {mb(bound)}, cache ≤ limit  "
        f"{'PASS' if ok else 'FAIL'}",
    ]


if __name__ == "__main__":
    with tempfile.TemporaryDirectory(prefix="kkr-bench-") as tmp:
        print("\n".join(report(sorted(CORPUS.glob("*.pdf")), Path(tmp))))
