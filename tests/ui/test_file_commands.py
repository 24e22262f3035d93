"""The window's files: the dialogs start in the folder last used, an export is named after
its meeting, File → Recent files brings back what was imported, and the message after an
export counts in plural forms and opens the export's folder."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, QSettings, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox

from kkr_desk.ui import recent_files, transfer
from kkr_desk.ui.main_window import MainWindow
from tests.ui.windows import REFERAT

pytestmark = pytest.mark.gui
DAGSORDEN = "kkr-nordjylland-2020-06-19-dagsorden.pdf"
# What the window says about files, in each language.
SAYS = {
    "en": {"export": "Export", "open folder": "Open folder", "none": "(none)"},
    "da": {"export": "Eksport", "open folder": "Åbn mappe", "none": "(ingen)"},
}


def export(window: MainWindow, out: Path, scope: str, fmt: str = "csv") -> list[str]:
    """Export through the File menu; returns the file names the save dialog offered."""
    offered: list[str] = []

    def save_path(chosen: str) -> Path:
        offered.append(window.files.export_name(chosen))
        return out

    window.ask_export = lambda: (fmt, scope)
    window.ask_save_path = save_path
    window.action_map["export"].trigger()
    return offered


def test_one_meeting_is_exported_under_its_file_name(
    language: str, window: MainWindow, tmp_path: Path
) -> None:
    assert export(window, tmp_path / "a.csv", "one") == ["kkr-nordjylland-2022-11-18-referat.csv"]
    assert export(window, tmp_path / "b.json", "one", "json") == [
        "kkr-nordjylland-2022-11-18-referat.json"
    ]
    assert export(window, tmp_path / "c.csv", "all") == ["kkr-desk-arkiv.csv"]


def test_the_dialogs_start_in_the_folder_last_used(
    language: str, window: MainWindow, tmp_path: Path, corpus_dir: Path
) -> None:
    assert window.files.start_folder() == ""  # nothing used yet: Qt's choice
    exports = tmp_path / "eksport"
    exports.mkdir()
    export(window, exports / "a.csv", "all")
    assert window.files.start_folder() == str(exports)
    window.import_paths([corpus_dir / DAGSORDEN])
    assert window.files.start_folder() == str(corpus_dir.resolve())
    # kept in the settings for the next start; a folder that is gone is not offered
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    assert recent_files.last_folder(settings) == str(corpus_dir.resolve())
    recent_files.remember_folder(settings, tmp_path / "gone")
    assert recent_files.last_folder(settings) == ""


def test_recent_files_keep_the_last_eight_newest_first(tmp_path: Path) -> None:
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    paths = [tmp_path / f"{n}.pdf" for n in range(10)]
    for path in paths:
        recent_files.remember(settings, [path])
    recent_files.remember(settings, [paths[5]])  # again: moves to the front, once
    settings.sync()
    again = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    assert recent_files.recent(again) == [paths[5], *paths[9:5:-1], paths[4], paths[3], paths[2]]
    recent_files.remember(again, [paths[0], paths[1]])  # one import of two: the last first
    assert recent_files.recent(again)[:2] == [paths[1], paths[0]]


def entries(window: MainWindow) -> list[str]:
    menu = window.action_map["recent_files"].menu()
    menu.aboutToShow.emit()  # rebuilt when shown
    return [a.text() for a in menu.actions()]


def test_file_menu_recent_files_imports_again(
    language: str, window: MainWindow, tmp_path: Path, corpus_dir: Path
) -> None:
    assert entries(window) == [SAYS[language]["none"]]
    copy = tmp_path / DAGSORDEN
    shutil.copy(corpus_dir / DAGSORDEN, copy)
    window.import_paths([copy])
    window.open_meeting(window.archive.meeting_ids()[0])
    assert entries(window) == [f"&1 {DAGSORDEN}"]
    window.action_map["recent_files"].menu().actions()[0].trigger()
    assert window.session.doc.meeting.kind == "dagsorden"  # imported again: opened


def test_a_recent_file_that_is_gone_leaves_the_list(
    window: MainWindow, tmp_path: Path, corpus_dir: Path
) -> None:
    copy = tmp_path / DAGSORDEN
    shutil.copy(corpus_dir / DAGSORDEN, copy)
    window.import_paths([copy, corpus_dir / REFERAT])
    copy.unlink()
    assert entries(window) == [f"&1 {REFERAT}", f"&2 {DAGSORDEN}"]
    window.action_map["recent_files"].menu().actions()[1].trigger()
    assert str(copy) in window.statusBar().currentMessage()
    assert entries(window) == [f"&1 {REFERAT}"]


PLURALS = {
    "da": [
        (19, 1, "19 punkter fra 1 møde blev skrevet til {0}."),
        (1, 2, "1 punkt fra 2 møder blev skrevet til {0}."),
        (10000, 2, "10.000 punkter fra 2 møder blev skrevet til {0}."),
    ],
    "en": [
        (19, 1, "Wrote 19 items from 1 meeting to {0}."),
        (1, 2, "Wrote 1 item from 2 meetings to {0}."),
    ],
}


def test_the_export_message_counts_in_plurals(language: str, tmp_path: Path) -> None:
    out = tmp_path / "a.csv"
    for items, meetings, text in PLURALS[language]:
        assert transfer.exported_text(items, meetings, out) == text.format(out)


def test_the_export_is_told_from_the_window(
    language: str, window: MainWindow, tmp_path: Path
) -> None:
    out = tmp_path / "a.csv"
    export(window, out, "one")
    expected = next(t for n, m, t in PLURALS[language] if (n, m) == (19, 1))
    assert window.messages[-1] == ("information", SAYS[language]["export"], expected.format(out))


class Opened(QObject):
    """Takes the URLs QDesktopServices.openUrl is given for file: URLs."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[QUrl] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.urls.append(url)


def test_open_folder_opens_the_exports_folder(qtbot, language: str, tmp_path: Path) -> None:
    out = tmp_path / "eksport" / "a.csv"
    assert transfer.folder_url(out) == QUrl.fromLocalFile(str(tmp_path / "eksport"))
    box = transfer.exported_box(None, "written", out)
    qtbot.addWidget(box)
    button = next(b for b in box.buttons() if b.text() == SAYS[language]["open folder"])
    assert box.buttonRole(button) == QMessageBox.ButtonRole.ActionRole
    opened = Opened()
    QDesktopServices.setUrlHandler("file", opened, "open")
    try:
        button.click()
    finally:
        QDesktopServices.unsetUrlHandler("file")
    assert opened.urls == [QUrl.fromLocalFile(str(tmp_path / "eksport"))]
