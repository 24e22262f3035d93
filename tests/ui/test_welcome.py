"""An empty archive shows the welcome page instead of the page view; the findings dock
folds when there is nothing to check."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt

from kkr_desk.store.archive import Archive
from kkr_desk.store.db import Database
from kkr_desk.ui import msgbox
from kkr_desk.ui.main_window import MainWindow
from tests.ui.test_findings_panel import without_case_lines

pytestmark = pytest.mark.gui
MINUTES = "kkr-nordjylland-2022-11-18-referat"


@pytest.fixture
def empty(request: pytest.FixtureRequest, qtbot, tmp_path: Path) -> Iterator[MainWindow]:
    """The window, shown, on an archive with no meeting (in the test's ``language``)."""
    if "language" in request.fixturenames:
        request.getfixturevalue("language")
    db = Database.open(f"sqlite:///{tmp_path / 'empty.sqlite3'}")
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    try:
        with msgbox.captured():
            win = MainWindow(Archive(db, user="clerk"), settings)
            qtbot.addWidget(win)
            win.resize(1400, 900)
            win.show()
            qtbot.waitExposed(win)
            yield win
    finally:
        db.close()


WELCOME = {
    "en": ("Welcome to KKR Desk", "Open PDF…", "or drag a PDF here"),
    "da": ("Velkommen til KKR Desk", "Åbn PDF…", "eller træk en PDF hertil"),
}


def test_an_empty_archive_shows_the_welcome_page(language: str, empty: MainWindow) -> None:
    welcome = empty.welcome
    assert welcome.showing()
    assert welcome.page.isVisible()
    assert not empty.page_view.isVisible()
    assert not empty.page_box.isVisible()  # no "Page 0"
    assert not empty.page_total.isVisible()
    assert not empty.progress.isVisible()
    page = welcome.page
    assert (page.title.text(), page.open_button.text(), page.hint.text()) == WELCOME[language]


def test_the_button_opens_a_file_and_the_page_view_comes_back(
    qtbot, language: str, empty: MainWindow, corpus_dir: Path
) -> None:
    asked: list[bool] = []
    empty.files.ask_open_paths = lambda: asked.append(True) or [corpus_dir / f"{MINUTES}.pdf"]
    qtbot.mouseClick(empty.welcome.page.open_button, Qt.MouseButton.LeftButton)
    assert asked == [True]
    assert empty.session is not None
    assert not empty.welcome.showing()
    assert empty.page_view.isVisible()
    assert empty.page_box.isVisible()
    assert empty.page_box.value() == 1
    of = {"en": "of {0}", "da": "af {0}"}[language]
    assert empty.page_total.text() == of.format(empty.page_view.page_count())
    # the meeting goes into the trash: the archive is empty again, the welcome is back
    empty.archive_commands.delete_meeting()  # the question is answered Yes
    assert empty.meetings.rowCount() == 0
    assert empty.welcome.showing()
    assert not empty.page_box.isVisible()


def test_the_findings_dock_folds_when_there_is_nothing_to_check(
    qtbot, empty: MainWindow, corpus_dir: Path, tmp_path: Path
) -> None:
    dock = empty.findings_dock
    assert dock.folded
    folded = dock.height()
    assert folded < 60  # the title and one line, not ~100 px
    data = without_case_lines(corpus_dir, ("3.2",), "kkr-nordjylland-2020-06-19-dagsorden")
    path = tmp_path / "dagsorden.txt"
    path.write_bytes(data)
    empty.import_paths([path])
    assert dock.model.rowCount() > 0
    qtbot.waitUntil(lambda: dock.height() >= dock.HEIGHT - 10)
    assert not dock.folded
    assert dock.view.height() > folded
    empty.import_paths([corpus_dir / f"{MINUTES}.pdf"])  # nothing to check in the minutes
    assert dock.model.rowCount() == 0
    qtbot.waitUntil(lambda: dock.height() < 60)
    assert dock.folded
