"""The window's files: open (dialog, drag and drop) and import, export. The work itself
runs in ``kkr_desk.ui.transfer`` (off the GUI thread); here are the questions asked and
what the window does after. The dialogs start in the folder last used, an export is
named after its meeting, and the files imported are kept for File → Recent files
(``kkr_desk.ui.recent_files``)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QDialog, QFileDialog

from kkr_desk.ui import recent_files

if TYPE_CHECKING:
    from kkr_desk.ui.window_base import WindowBase

SUFFIXES = (".pdf", ".txt")
ARCHIVE_NAME = "kkr-desk-arkiv"  # an export of every meeting


class FileCommands:
    """Open, import and export for one window. ``ask_export`` and ``ask_save_path`` are
    looked up on the window, so a test can answer them."""

    def __init__(self, window: WindowBase) -> None:
        self.window = window
        self.scope = "all"  # the scope of the export under way ("one" or "all")
        self.recent: recent_files.RecentMenu | None = None

    def start_folder(self) -> str:
        """Where the open and save dialogs start: the folder last used."""
        return recent_files.last_folder(self.window.settings)

    def ask_open_paths(self) -> list[Path]:
        names, _ = QFileDialog.getOpenFileNames(
            self.window,
            QCoreApplication.translate("MainWindow", "Open"),
            self.start_folder(),
            QCoreApplication.translate("MainWindow", "Meetings (*.pdf *.txt)"),
        )
        return [Path(n) for n in names]

    def open_files(self) -> None:
        self.import_paths(self.ask_open_paths())

    def import_paths(self, paths: list[Path]) -> list[int]:
        if not paths:
            return []
        from kkr_desk.ui import transfer  # loaded on first use: not needed to start

        window = self.window
        recent_files.remember_folder(window.settings, paths[-1].resolve().parent)
        recent_files.remember(window.settings, paths)
        reports: list = []  # re-imports, undoable on the window's stack
        ids = transfer.import_files(window.archive, paths, window, reports)
        window.archive_commands.reimported(reports)  # the open meeting among them is reloaded
        window.refresh_meetings()
        if ids and (window.session is None or window.session.meeting_id != ids[-1]):
            window.open_meeting(ids[-1])
        return ids

    def ask_export(self) -> tuple[str, str] | None:
        from kkr_desk.ui import transfer

        dialog = transfer.ExportChoice(self.window.session is not None, self.window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.format.currentData(), dialog.scope.currentData()

    def export_name(self, fmt: str) -> str:
        """The export's file name: the meeting's source file's stem for one meeting
        (``kkr-nordjylland-2022-11-18-referat.csv``), ``kkr-desk-arkiv`` for all."""
        from kkr_desk.app.exporting import exporter

        session = self.window.session
        stem = Path(session.source_name).stem if self.scope == "one" and session else ""
        return f"{stem or ARCHIVE_NAME}.{exporter(fmt).suffix}"

    def ask_save_path(self, fmt: str) -> Path | None:
        from kkr_desk.app.exporting import exporter

        suffix = exporter(fmt).suffix
        name, _ = QFileDialog.getSaveFileName(
            self.window,
            QCoreApplication.translate("MainWindow", "Export"),
            str(Path(self.start_folder()) / self.export_name(fmt)),
            f"{fmt.upper()} (*.{suffix})",
        )
        return Path(name) if name else None

    def export_dialog(self) -> None:
        window = self.window
        choice = window.ask_export()
        if choice is None:
            return
        fmt, scope = choice
        self.scope = scope
        out = window.ask_save_path(fmt)
        if out is None:
            return
        recent_files.remember_folder(window.settings, out.resolve().parent)
        session = window.session
        ids = [session.meeting_id] if scope == "one" and session else window.archive.meeting_ids()
        from kkr_desk.ui import transfer

        transfer.export_meetings(window.archive, ids, fmt, out, window)

    def install_recent(self, action: QAction) -> None:
        """Make ``action`` (File → Recent files) the submenu of the files last imported."""
        self.recent = recent_files.RecentMenu(
            action, self.window, self.window.settings, self.open_recent
        )

    def show_recent(self) -> None:
        """The handler of File → Recent files: the submenu as the settings have it now."""
        if self.recent is not None:
            self.recent.rebuild()

    def open_recent(self, path: Path) -> list[int]:
        """Import a recent file again; one that is gone leaves the list, and the status
        bar says so."""
        if not path.is_file():
            recent_files.forget(self.window.settings, path)
            self.window.statusBar().showMessage(
                QCoreApplication.translate("MainWindow", "The file is gone: {0}").format(path),
                10000,
            )
            return []
        return self.import_paths([path])

    def drag_enter(self, event: QDragEnterEvent) -> None:
        if any(Path(u.toLocalFile()).suffix.lower() in SUFFIXES for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def drop(self, event: QDropEvent) -> None:
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls()]
        paths = [p for p in paths if p.suffix.lower() in SUFFIXES]
        if paths:
            event.acceptProposedAction()
            self.import_paths(paths)
