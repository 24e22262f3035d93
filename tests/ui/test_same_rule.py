"""The command line and the window import through one rule (kkr_desk.app.importing):
the same files with equivalent answers give the same meetings, versions and trash."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from kkr_desk.cli.main import main
from kkr_desk.store import lifecycle
from kkr_desk.store.archive import Archive
from kkr_desk.store.db import Database
from kkr_desk.ui import msgbox
from kkr_desk.ui.main_window import MainWindow
from tests.helpers.kkrpdf import build_pdf, sample_pages
from tests.unit.store.test_lifecycle import corrected_pdf

pytestmark = pytest.mark.gui


def state(archive: Archive) -> list:
    live = [(m.id, m.body, m.date, m.kind, m.source_name) for m in archive.meetings()]
    trash = [(e.id, e.replaced_by, e.source_name) for e in lifecycle.trash(archive)]
    return [live, trash]


def test_the_cli_and_the_window_follow_the_same_duplicate_rule(
    qtbot, tmp_path: Path, capsys
) -> None:
    first, other = tmp_path / "syd.pdf", tmp_path / "syd-rettet.pdf"
    first.write_bytes(build_pdf(sample_pages()))
    other.write_bytes(corrected_pdf())
    steps = [(first, True), (first, True), (other, True), (other, False), (first, True)]

    cli_url = f"sqlite:///{tmp_path / 'cli.sqlite3'}"
    for path, yes in steps:
        main(["import", str(path), "--db", cli_url, *(["--replace"] if yes else [])])
    refused = capsys.readouterr().err
    assert "syd-rettet.pdf is already in the archive as meeting 1" in refused

    db = Database.open(f"sqlite:///{tmp_path / 'window.sqlite3'}")
    archive = Archive(db, user="clerk")
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    asked: list[str] = []
    with msgbox.captured() as messages:
        win = MainWindow(archive, settings)
        qtbot.addWidget(win)
        for path, yes in steps:
            msgbox.set_handler(lambda kind, _t, text, a=yes: asked.append(text) or a)
            assert win.import_paths([path]) == [1]
        msgbox.set_handler(None)
    assert not messages
    assert sum("(meeting 1)" in text for text in asked) == 4  # every step but the first
    cli = Archive(Database.open(cli_url), user="clerk")
    try:
        assert state(cli) == state(archive)
        assert len(state(archive)[1]) == 3  # three re-imports, three earlier versions
    finally:
        cli.db.close()
        db.close()
