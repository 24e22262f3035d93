"""The window's start-up (issue 13): up to the first painted page it imports only what
that page needs, and the collector does not walk what the imports made."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from kkr_desk.store.archive import Archive

pytestmark = pytest.mark.gui

# What the first page does not need: the parser (changes since import), the history
# panel, the import/export machinery and the libraries of the export formats.
NOT_AT_START = (
    "kkr_desk.parse",
    "kkr_desk.app.since_import",
    "kkr_desk.app.history",
    "kkr_desk.ui.history_panel",
    "kkr_desk.app.exporting",
    "kkr_desk.app.importing",
    "kkr_desk.export",
    "openpyxl",
    "xlsxwriter",
    "docx",
    "alembic",
)

# A fresh process: `kkr-desk gui --meeting ID` up to the first painted page.
CHILD = """
import gc, json, sys
from PySide6.QtCore import QSettings
from kkr_desk.ui.app import Options, application, build
app = application()
settings = QSettings(sys.argv[3], QSettings.Format.IniFormat)
window = build(Options(meeting=int(sys.argv[2]), db=sys.argv[1], settings=settings))
window.persist = False
window.resize(1400, 900)
search_before = "kkr_desk.ui.search_panel" in sys.modules
window.show()
while not window.page_view.rendered_pages():
    app.processEvents()
heavy = json.loads(sys.argv[4])
loaded = sorted(m for m in sys.modules if any(m == h or m.startswith(h + ".") for h in heavy))
for _ in range(3):  # the turns after the first paint
    app.processEvents()
search_after = window._search.dock is not None
print(json.dumps({"loaded": loaded, "frozen": gc.get_freeze_count(),
                  "search": [search_before, search_after]}))
"""


def test_first_page_painted_without_parser_or_export_libraries(
    archive: Archive, tmp_path: Path
) -> None:
    meeting = archive.meeting_ids()[0]
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run(
        [
            sys.executable,
            "-c",
            CHILD,
            archive.db.url,
            str(meeting),
            str(tmp_path / "settings.ini"),
            json.dumps(NOT_AT_START),
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=True,
    )
    found = json.loads(out.stdout.strip().splitlines()[-1])
    assert found["loaded"] == []
    # what the imports made was frozen when the application was made (no full collection
    # over it while the window is built)
    assert found["frozen"] > 10_000
    # the archive search's dock: not built for the first paint, built just after it
    assert found["search"] == [False, True]
