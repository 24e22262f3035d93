"""Import files into the archive and export meetings, with progress and a clear word at
the end. Long work shows a progress dialog; bad files are reported, never half-stored."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QProgressDialog,
    QWidget,
)

from kkr_desk.export.run import export
from kkr_desk.parse import ParseError, parse_file
from kkr_desk.store.archive import Archive
from kkr_desk.ui import msgbox

log = logging.getLogger("kkr_desk.ui")


def _progress(parent: QWidget | None, label: str, total: int) -> QProgressDialog:
    dialog = QProgressDialog(
        label, QCoreApplication.translate("transfer", "Cancel"), 0, total, parent
    )
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    dialog.setValue(0)
    return dialog


def import_files(archive: Archive, paths: Sequence[Path], parent: QWidget | None) -> list[int]:
    """Import each file (a file already in the archive opens as it is); returns the meeting
    ids in order. Failures are collected and told once at the end."""
    ids: list[int] = []
    failed: list[str] = []
    progress = _progress(parent, QCoreApplication.translate("transfer", "Importing…"), len(paths))
    for number, path in enumerate(paths):
        if progress.wasCanceled():
            break
        progress.setLabelText(
            QCoreApplication.translate("transfer", "Importing {0}…").format(path.name)
        )
        progress.setValue(number)
        QCoreApplication.processEvents()
        try:
            data = path.read_bytes()
            existing = archive.find_source(data)
            if existing is not None:
                ids.append(existing)
                continue
            ids.append(archive.import_document(parse_file(path), data))
        except (ParseError, OSError) as exc:
            failed.append(f"{path.name}: {exc}")
            log.warning("import of %s failed: %s", path, exc)
    progress.setValue(len(paths))
    if failed:
        msgbox.error(
            parent,
            QCoreApplication.translate("transfer", "Import"),
            QCoreApplication.translate("transfer", "These files could not be imported:")
            + "\n\n"
            + "\n".join(failed),
        )
    return ids


class ExportChoice(QDialog):
    """Format and scope of an export."""

    def __init__(self, has_meeting: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("transfer", "Export"))
        self.format = QComboBox()
        self.format.addItem(QCoreApplication.translate("transfer", "CSV for Excel (;)"), "csv")
        self.format.addItem(QCoreApplication.translate("transfer", "JSON"), "json")
        self.scope = QComboBox()
        if has_meeting:
            self.scope.addItem(QCoreApplication.translate("transfer", "This meeting"), "one")
        self.scope.addItem(
            QCoreApplication.translate("transfer", "All meetings in the archive"), "all"
        )
        form = QFormLayout(self)
        form.addRow(QCoreApplication.translate("transfer", "&Format"), self.format)
        form.addRow(QCoreApplication.translate("transfer", "&Meetings"), self.scope)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)


def export_meetings(
    archive: Archive, ids: Sequence[int], fmt: str, out: Path, parent: QWidget | None
) -> int | None:
    """Write the meetings to ``out``; tells the clerk the outcome. None when it failed."""
    progress = _progress(parent, QCoreApplication.translate("transfer", "Exporting…"), len(ids))

    def step(done: int) -> None:
        progress.setValue(done)
        QCoreApplication.processEvents()

    try:
        items = export(archive.records(list(ids), encoded=fmt == "json"), fmt, out, progress=step)
    except (OSError, ValueError) as exc:
        progress.close()
        msgbox.error(
            parent,
            QCoreApplication.translate("transfer", "Export"),
            QCoreApplication.translate("transfer", "The export could not be written: {0}").format(
                exc
            ),
        )
        return None
    progress.setValue(len(ids))
    msgbox.information(
        parent,
        QCoreApplication.translate("transfer", "Export"),
        QCoreApplication.translate(
            "transfer", "{0} items from {1} meetings were written to {2}."
        ).format(items, len(ids), out),
    )
    return items
