"""The window's start-up (issue 13): up to the first painted page it imports only what
that page needs, and the collector does not walk what the imports made."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from kkr_desk.store.archive import Archive

pytestmark = pytest.mark.gui

# What the first page does not need: the parser (changes since import), the history
# panel, the user guide and About windows, the import/export machinery and the libraries
# of the export formats.
NOT_AT_START = (
    "kkr_desk.parse",
    "kkr_desk.app.since_import",
    "kkr_desk.app.history",
    "kkr_desk.ui.history_panel",
    "kkr_desk.ui.guide",
    "kkr_desk.ui.about",
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


def _child(code: str, *args: str, env: dict[str, str]) -> Any:
    """Run ``code`` in a fresh Python with ``args``; what it printed last, as JSON."""
    out = subprocess.run(
        [sys.executable, "-c", code, *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,  # a hang guard
        check=True,
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def test_first_page_painted_without_parser_or_export_libraries(
    archive: Archive, tmp_path: Path
) -> None:
    meeting = archive.meeting_ids()[0]
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    found = _child(
        CHILD,
        archive.db.url,
        str(meeting),
        str(tmp_path / "settings.ini"),
        json.dumps(NOT_AT_START),
        env=env,
    )
    assert found["loaded"] == []
    # what the imports made was frozen when the application was made (no full collection
    # over it while the window is built)
    assert found["frozen"] > 10_000
    # the archive search's dock: not built for the first paint, built just after it
    assert found["search"] == [False, True]


# A fresh process: `kkr-desk gui --meeting ID --screenshot PNG` through the command line's
# `main`, as the installed program starts; then what it imported.
CLI_CHILD = """
import json, sys
from kkr_desk.cli.main import main
code = main(["gui", "--meeting", sys.argv[2], "--db", sys.argv[1], "--screenshot", sys.argv[3]])
heavy = json.loads(sys.argv[4])
loaded = sorted(m for m in sys.modules if any(m == h or m.startswith(h + ".") for h in heavy))
print(json.dumps({"code": code, "loaded": loaded}))
"""


def test_the_command_line_opens_the_window_without_the_other_commands_modules(
    archive: Archive, tmp_path: Path
) -> None:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CONFIG_HOME": str(tmp_path),
        "XDG_DATA_HOME": str(tmp_path),
    }
    png = tmp_path / "window.png"
    found = _child(
        CLI_CHILD,
        archive.db.url,
        str(archive.meeting_ids()[0]),
        str(png),
        json.dumps(NOT_AT_START),
        env=env,
    )
    assert found == {"code": 0, "loaded": []}
    assert png.stat().st_size > 10_000  # the window was drawn


GUI_LINES = (
    [],
    ["-v"],
    ["-vv", "gui", "--db", "sqlite:///a.sqlite3"],
    ["gui", "referat.pdf", "--select", "2.1", "--screenshot", "a.png", "--size", "800x600"],
    ["gui", "--meeting", "3", "--search", "borgmester", "--history"],
    ["gui", "--sample"],
)
BAD_GUI_LINES = (
    ["gui", "--help"],
    ["gui", "--meeting", "x"],
    ["gui", "--meeting", "3", "referat.pdf"],
    ["gui", "--size", "big"],
    ["gui", "--nonsense"],
    ["--nonsense"],
    ["-v", "--ver"],
)


def test_the_window_s_parser_reads_its_command_lines_as_the_whole_one(
    capsys: pytest.CaptureFixture[str],
) -> None:
    from kkr_desk.cli.main import build_parser, opens_window

    whole, window = build_parser(), build_parser(window_only=True)
    for words in GUI_LINES:
        assert opens_window(words)
        assert vars(window.parse_args(words)) == vars(whole.parse_args(words))
    for words in BAD_GUI_LINES:
        told = []
        for parser in (whole, window):
            with pytest.raises(SystemExit) as exit_:
                parser.parse_args(words)
            out = capsys.readouterr()
            told.append((exit_.value.code, out.out, out.err))
        assert opens_window(words)
        assert told[0] == told[1]
    # the other commands, and help without a command, need the whole parser
    for words in (["--help"], ["-h", "gui"], ["parse", "x.pdf"], ["export", "--all"]):
        assert not opens_window(words)
