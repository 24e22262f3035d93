"""The window's files: open (dialog, drag and drop) and import, export. The work itself
runs in ``kkr_desk.ui.transfer`` (off the GUI thread); here are the questions asked and
what the window does after."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QDialog, QFileDialog

if TYPE_CHECKING:
    from kkr_desk.ui.window_base import WindowBase

SUFFIXES = (".pdf", ".txt")


class FileCommands:
    """Open, import and export for one window. ``ask_export`` and ``ask_save_path`` are
    looked up on the window, so a test can answer them."""

    def __init__(self, window: WindowBase) -> None:
        self.window = window

    def ask_open_paths(self) -> list[Path]:
        names, _ = QFileDialog.getOpenFileNames(
            self.window,
            QCoreApplication.translate("MainWindow", "Open"),
            "",
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

    def ask_save_path(self, fmt: str) -> Path | None:
        from kkr_desk.app.exporting import exporter

        suffix = exporter(fmt).suffix
        name, _ = QFileDialog.getSaveFileName(
            self.window,
            QCoreApplication.translate("MainWindow", "Export"),
            f"kkr-desk.{suffix}",
            f"{fmt.upper()} (*.{suffix})",
        )
        return Path(name) if name else None

    def export_dialog(self) -> None:
        window = self.window
        choice = window.ask_export()
        if choice is None:
            return
        fmt, scope = choice
        out = window.ask_save_path(fmt)
        if out is None:
            return
        session = window.session
        ids = [session.meeting_id] if scope == "one" and session else window.archive.meeting_ids()
        from kkr_desk.ui import transfer

        transfer.export_meetings(window.archive, ids, fmt, out, window)

    def drag_enter(self, event: QDragEnterEvent) -> None:
        if any(Path(u.toLocalFile()).suffix.lower() in SUFFIXES for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def drop(self, event: QDropEvent) -> None:
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls()]
        paths = [p for p in paths if p.suffix.lower() in SUFFIXES]
        if paths:
            event.acceptProposedAction()
            self.import_paths(paths)
