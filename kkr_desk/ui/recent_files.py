"""What the window remembers of the clerk's files, in the settings: the folder last used
by the open or export dialog ("files/last_folder") and the last files imported
("files/recent", newest first, at most ``LIMIT``); and File → Recent files, a submenu
rebuilt each time it is shown."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

LAST_FOLDER = "files/last_folder"
RECENT = "files/recent"
LIMIT = 8


def last_folder(settings: QSettings) -> str:
    """The folder a file dialog starts in: the last one used while it exists, else ""
    (Qt's own choice, the working folder)."""
    value = settings.value(LAST_FOLDER)
    if isinstance(value, str) and value and Path(value).is_dir():
        return value
    return ""


def remember_folder(settings: QSettings, folder: Path) -> None:
    settings.setValue(LAST_FOLDER, str(folder))


def recent(settings: QSettings) -> list[Path]:
    """The files last imported, newest first."""
    value = settings.value(RECENT)
    if isinstance(value, str):  # an INI file gives back a one-element list as a string
        value = [value]
    if not isinstance(value, list):
        return []
    return [Path(v) for v in value if isinstance(v, str) and v][:LIMIT]


def _store(settings: QSettings, paths: list[Path]) -> None:
    settings.setValue(RECENT, [str(p) for p in paths[:LIMIT]])


def remember(settings: QSettings, paths: Iterable[Path]) -> None:
    """Put ``paths`` first in the recent files (the last of them first: it was imported
    last), each once."""
    new = [p.resolve() for p in paths]
    new.reverse()
    kept = list(dict.fromkeys([*new, *recent(settings)]))
    _store(settings, kept)


def forget(settings: QSettings, path: Path) -> None:
    _store(settings, [p for p in recent(settings) if p != path])


class RecentMenu:
    """The submenu of ``action`` (File → Recent files): one entry per recent file,
    numbered &1…&8, calling ``choose`` with its path; rebuilt whenever it is shown."""

    def __init__(
        self,
        action: QAction,
        parent: QWidget,
        settings: QSettings,
        choose: Callable[[Path], object],
    ) -> None:
        self.settings, self.choose = settings, choose
        self.menu = QMenu(parent)
        action.setMenu(self.menu)
        self.menu.aboutToShow.connect(self.rebuild)
        self.rebuild()

    def rebuild(self) -> None:
        self.menu.clear()
        paths = recent(self.settings)
        for number, path in enumerate(paths, 1):
            entry = self.menu.addAction(f"&{number} {path.name}")
            entry.setToolTip(str(path))
            entry.setStatusTip(str(path))
            entry.triggered.connect(lambda _=False, p=path: self.choose(p))
        if not paths:
            self.menu.addAction(QCoreApplication.translate("recent_files", "(none)")).setEnabled(
                False
            )
