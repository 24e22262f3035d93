"""``kkr-desk gui FILE [FILE ...]`` (the desktop entry's ``Exec=kkr-desk gui %F``): each
file imported, the last one shown; a file that fails is told and the others go in.
Started without a terminal, a command line the window cannot start with is told in a
message box (in the clerk's language); with one, on stderr only."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from kkr_desk.cli.main import main
from kkr_desk.store.archive import Archive
from kkr_desk.store.db import Database
from kkr_desk.ui import msgbox
from kkr_desk.ui.app import Options, build
from kkr_desk.ui.main_window import MainWindow

pytestmark = pytest.mark.gui

AGENDA = "kkr-nordjylland-2020-06-19-dagsorden.pdf"
MINUTES = "kkr-nordjylland-2022-11-18-referat.pdf"


@pytest.fixture
def url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'archive.sqlite3'}"


@pytest.fixture
def bad_pdf(tmp_path: Path) -> Path:
    path = tmp_path / "ikke-en-pdf.pdf"
    path.write_bytes(b"this is no PDF, only text\n" * 40)
    return path


def open_window(qtbot, url: str, tmp_path: Path, files: list[Path]) -> MainWindow:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = build(Options(files=files, db=url, settings=settings))
    window.persist = False
    qtbot.addWidget(window)
    return window


def shown(window: MainWindow) -> int | None:
    """The meeting the window shows."""
    return window.session.meeting_id if window.session is not None else None


def sources(url: str) -> dict[str, int]:
    """The archive's meetings: source file name → meeting id."""
    db = Database.open(url)
    try:
        return {m.source_name: m.id for m in Archive(db).meetings()}
    finally:
        db.close()


def test_two_files_are_both_imported_and_the_last_is_shown(
    qtbot, url: str, tmp_path: Path, corpus_dir: Path
) -> None:
    with msgbox.captured() as said:
        window = open_window(qtbot, url, tmp_path, [corpus_dir / MINUTES, corpus_dir / AGENDA])
    assert said == []
    stored = sources(url)
    assert set(stored) == {MINUTES, AGENDA}
    assert shown(window) == stored[AGENDA]


def test_files_in_the_archive_already_are_opened_not_imported_again(
    qtbot, url: str, tmp_path: Path, corpus_dir: Path
) -> None:
    files = [corpus_dir / AGENDA, corpus_dir / MINUTES]
    with msgbox.captured() as said:
        open_window(qtbot, url, tmp_path, files[:1]).close()
        window = open_window(qtbot, url, tmp_path, files)  # the agenda is known now
    assert said == []  # no question about a re-import
    stored = sources(url)
    assert set(stored) == {MINUTES, AGENDA}
    assert shown(window) == stored[MINUTES]
    # and the other way round: the last file is a known one, it is the one shown
    with msgbox.captured() as said:
        window = open_window(qtbot, url, tmp_path, [corpus_dir / MINUTES, corpus_dir / AGENDA])
    assert said == []
    assert shown(window) == stored[AGENDA]


def test_a_bad_file_is_told_and_the_good_one_goes_in(
    qtbot, url: str, tmp_path: Path, corpus_dir: Path, bad_pdf: Path
) -> None:
    missing = tmp_path / "findes-ikke.pdf"
    with msgbox.captured() as said:
        window = open_window(qtbot, url, tmp_path, [corpus_dir / MINUTES, bad_pdf, missing])
    stored = sources(url)
    assert list(stored) == [MINUTES]
    assert shown(window) == stored[MINUTES]
    assert len(said) == 1  # the failures, together in one message
    kind, _title, text = said[0]
    assert kind == "error"
    assert bad_pdf.name in text
    assert missing.name in text
    assert MINUTES not in text


def _env(tmp_path: Path) -> dict[str, str]:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
    }
    env.pop("KKR_DESK_DB", None)
    return env


def _kkr_desk(tmp_path: Path, *words: str) -> subprocess.CompletedProcess[str]:
    """``kkr-desk WORDS`` as the desktop entry runs it: stderr is no terminal."""
    return subprocess.run(
        [sys.executable, "-m", "kkr_desk", *words],
        capture_output=True,
        text=True,
        env=_env(tmp_path),
        timeout=180,  # a hang guard: a dialog waiting for an answer offscreen
        check=False,
    )


def test_the_desktop_entry_s_command_line_imports_every_file(
    tmp_path: Path, corpus_dir: Path, url: str, bad_pdf: Path
) -> None:
    """``Exec=kkr-desk gui %F`` with two meetings and a bad file (and --screenshot, so
    that the window closes again): both meetings go in, the bad file is told."""
    png = tmp_path / "window.png"
    files = [str(corpus_dir / AGENDA), str(bad_pdf), str(corpus_dir / MINUTES)]
    run = _kkr_desk(tmp_path, "gui", *files, "--db", url, "--screenshot", str(png))
    assert run.returncode == 0, run.stderr
    assert set(sources(url)) == {AGENDA, MINUTES}
    assert bad_pdf.name in run.stderr  # no one to answer a dialog: the message on stderr
    assert png.stat().st_size > 10_000


def test_one_missing_file_on_a_terminal_is_one_line_and_exit_2(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr("sys.stderr.isatty", lambda: True, raising=False)
    missing = tmp_path / "findes-ikke.pdf"
    assert main(["gui", str(missing), "--db", f"sqlite:///{tmp_path / 'a.sqlite3'}"]) == 2
    err = capsys.readouterr().err
    assert err == f"kkr-desk: {missing} does not exist\n"


def test_a_usage_error_on_a_terminal_is_told_on_stderr_only(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr("sys.stderr.isatty", lambda: True, raising=False)
    with msgbox.captured() as said, pytest.raises(SystemExit) as exit_:
        main(["gui", "a.pdf", "--nonsense"])
    assert exit_.value.code == 2
    assert said == []
    assert "unrecognized arguments: --nonsense" in capsys.readouterr().err


# A fresh process started as from a file manager (no terminal): the message box's
# handler prints what it was told.
NO_TERMINAL = """
import json, sys
from kkr_desk.ui import msgbox
said = []
msgbox.set_handler(lambda kind, title, text: said.append([kind, title, text]) or False)
from kkr_desk.cli.main import main
try:
    code = main(sys.argv[1:])
except SystemExit as exc:
    code = exc.code
print(json.dumps({"code": code, "said": said}))
"""


@pytest.mark.parametrize(
    ("language", "title"), [("da", "KKR Desk kan ikke starte"), ("en", "KKR Desk cannot start")]
)
def test_a_usage_error_without_a_terminal_is_shown_in_a_message_box(
    tmp_path: Path, language: str, title: str
) -> None:
    conf = tmp_path / "config" / "KKR Desk" / "KKR Desk.conf"
    conf.parent.mkdir(parents=True)
    conf.write_text(f"[ui]\nlanguage={language}\n")
    run = subprocess.run(
        [sys.executable, "-c", NO_TERMINAL, "gui", "a.pdf", "--nonsense"],
        capture_output=True,
        text=True,
        env=_env(tmp_path),
        timeout=120,
        check=True,
    )
    found = json.loads(run.stdout.strip().splitlines()[-1])
    assert found["code"] == 2
    [(kind, shown_title, text)] = found["said"]
    assert (kind, shown_title) == ("error", title)
    assert "kkr-desk gui a.pdf --nonsense" in text
    assert "unrecognized arguments: --nonsense" in text
    assert "unrecognized arguments: --nonsense" in run.stderr  # and stderr, as on a terminal
    log = tmp_path / "data" / "kkr-desk" / "logs" / "kkr-desk.log"
    assert "--nonsense" in log.read_text(encoding="utf-8")
