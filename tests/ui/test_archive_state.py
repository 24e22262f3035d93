"""The window on a read-only or damaged archive: edits off with a banner saying why; a
damaged archive told in one message (naming the backup), never as a crash."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QLabel

from kkr_desk.parse import parse_bytes
from kkr_desk.store.archive import Archive
from kkr_desk.store.db import Database
from kkr_desk.store.health import ArchiveDamagedError
from kkr_desk.ui import app, archive_state, i18n, msgbox
from kkr_desk.ui.line_cursor import LINE_ACTIONS
from kkr_desk.ui.main_window import MainWindow
from tests.helpers.damage import overwrite_pages
from tests.helpers.kkrpdf import build_pdf, sample_pages

pytestmark = pytest.mark.gui

EDITING = ["open", "split_part", "merge", "correct_line", "edit_title", "tag_1"]
EDITING += ["confirm_tags", "reviewed", "flagged", "undo", "redo"]
READING = ["export", "next_unreviewed", "filter_flagged", "zoom_in", "history", "quit"]


@pytest.fixture
def stored(tmp_path: Path) -> Path:
    """A closed archive file holding the sample meeting."""
    path = tmp_path / "archive.sqlite3"
    db = Database.open(f"sqlite:///{path}")
    pdf = build_pdf(sample_pages())
    Archive(db, user="clerk").import_document(parse_bytes(pdf, "syd.pdf"), pdf)
    db.close()
    return path


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def told_afresh(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(archive_state, "_told_damage", False)


def _window(qtbot, archive: Archive, settings: QSettings) -> MainWindow:
    window = MainWindow(archive, settings)
    window.persist = False
    qtbot.addWidget(window)
    window.resize(1200, 800)
    window.show()
    qtbot.waitExposed(window)
    window.open_meeting(archive.meeting_ids()[0])
    return window


@pytest.fixture
def danish(qapp) -> Iterator[None]:
    i18n.install(qapp, "da")
    yield
    i18n.install(qapp, "en")


@pytest.mark.usefixtures("danish")
def test_a_read_only_archive_shows_a_banner_and_offers_no_edits(
    qtbot, stored: Path, settings: QSettings
) -> None:
    stored.chmod(0o444)
    db = Database.open(f"sqlite:///{stored}")
    try:
        assert db.read_only_reason == "file"
        archive = Archive(db, user="clerk")
        window = _window(qtbot, archive, settings)
        banner = window.findChild(QLabel, "read_only_banner")
        assert banner is not None
        assert banner.isVisible()
        assert banner.text() == (
            "Arkivet er skrivebeskyttet: arkivfilen er skrivebeskyttet. Du kan læse og "
            "eksportere, men ikke ændre."
        )
        top = banner.mapTo(window, banner.rect().bottomLeft()).y()
        assert top <= window.centralWidget().geometry().top()  # above the pages and tree
        for name in EDITING:
            assert not window.action_map[name].isEnabled(), name
        for name in READING:
            assert window.action_map[name].isEnabled(), name
        assert window.session is not None  # reading works: the meeting is open
        window.select_item("2.1")
        assert window.panel.title.isReadOnly()
        assert not window.panel.reviewed.isEnabled()
        assert not any(b.isEnabled() for b in window.panel.tag_buttons.values())
        window.action_map["reviewed"].trigger()  # the shortcut of a disabled action: nothing
        assert archive.edits(window.session.meeting_id) == []
        assert not window.acceptDrops()
    finally:
        db.close()
        stored.chmod(0o644)


def test_a_writable_archive_has_no_banner(qtbot, stored: Path, settings: QSettings) -> None:
    db = Database.open(f"sqlite:///{stored}")
    try:
        window = _window(qtbot, Archive(db, user="clerk"), settings)
        assert window.findChild(QLabel, "read_only_banner") is None
        assert all(
            window.action_map[name].isEnabled()
            for name in EDITING
            # undo/redo wait for an edit; the line actions for a line cursor in the node
            if name not in ("undo", "redo", *LINE_ACTIONS)
        )
    finally:
        db.close()


@pytest.mark.usefixtures("told_afresh", "danish")
def test_a_damaged_archive_at_start_is_one_danish_message_naming_the_backup(
    stored: Path, settings: QSettings
) -> None:
    overwrite_pages(stored, "node")  # the archive opens; listing its meetings fails
    backup = stored.with_name(f"{stored.name}.2026-12-01T101010.bak")
    backup.write_bytes(b"an older archive")
    options = app.Options(db=f"sqlite:///{stored}", settings=settings)
    with msgbox.captured() as messages, pytest.raises(ArchiveDamagedError):
        app.build_or_tell(options)
    assert len(messages) == 1
    kind, title, text = messages[0]
    assert (kind, title) == ("error", "Arkivet")
    assert text.startswith(f"Arkivet {stored} er beskadiget og kan ikke læses (database disk")
    assert f"Den nyeste sikkerhedskopi er {backup}." in text
    assert "archive.sqlite3-wal" in text


@pytest.mark.qt_no_exception_capture
@pytest.mark.usefixtures("told_afresh")
def test_damage_found_while_the_window_is_open_is_told_once_not_as_a_crash(
    qtbot, stored: Path, settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    crashes: list[BaseException] = []
    monkeypatch.setattr(sys, "excepthook", lambda kind, exc, tb: crashes.append(exc))
    archive_state.install_hook()  # in front of the crash dialog, as app.run does
    db = Database.open(f"sqlite:///{stored}")
    try:
        with msgbox.captured() as messages:
            window = _window(qtbot, Archive(db, user="clerk"), settings)
            db.engine.dispose()  # no page of the file kept in a connection's cache
            overwrite_pages(stored, "node")
            for _ in range(3):  # e.g. the meeting list refreshed again and again
                QTimer.singleShot(0, window.refresh_meetings)
                qtbot.wait(20)
            QTimer.singleShot(0, lambda: 1 / 0)  # anything else is still a crash
            qtbot.wait(20)
    finally:
        db.close()
    assert [m[:2] for m in messages] == [("error", "The archive")]
    assert "is damaged and cannot be read" in messages[0][2]
    assert "There is no backup of it." in messages[0][2]
    assert [type(exc) for exc in crashes] == [ZeroDivisionError]
    assert window.isVisible()
