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

from kkr_desk.domain.document import Document
from kkr_desk.export.run import export
from kkr_desk.parse import ParseError, parse_bytes, read_source
from kkr_desk.parse.errors import DamagedPdfError
from kkr_desk.store.archive import Archive, DuplicateMeetingError
from kkr_desk.store.lifecycle import ImportReport, SameMeetingError, import_meeting
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


def import_files(
    archive: Archive,
    paths: Sequence[Path],
    parent: QWidget | None,
    reimports: list[ImportReport] | None = None,
) -> list[int]:
    """Import each file; returns the meeting ids in order. A file of a meeting in the
    archive already (the same file, or another file of its council, date and kind) is
    imported as its new version when the clerk says so, else that meeting opens as it is;
    the reports of those re-imports go to ``reimports``. Failures are collected and told
    once at the end."""
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
            data = read_source(path)  # read once: the bytes parsed are the bytes stored
            existing = archive.find_source(data)
            if existing is not None and not ask_reimport(parent, existing):
                ids.append(existing)  # "No": open the meeting as it is
                continue
            doc = parse_accepting(data, path.name, parent)
            try:
                report = import_meeting(archive, doc, data, replace=existing is not None)
            except SameMeetingError:
                existing = _same_meeting(archive, doc)
                if existing is None or not ask_reimport(parent, existing):
                    ids.extend([existing] if existing is not None else [])
                    continue
                report = import_meeting(archive, doc, data, replace=True)
            ids.append(report.meeting_id)
            if report.replaced and reimports is not None:
                reimports.append(report)
        except DamagedPdfError as exc:
            failed.append(damaged_text(path.name, exc))
            log.warning("import of %s refused: %s", path, exc)
        except (ParseError, OSError, DuplicateMeetingError) as exc:
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


def _pages(pages: list[int]) -> str:
    """``side 7``, ``side 7 og 9``, ``side 3, 4, 5, 6, 7, 8 og 20 flere``."""
    shown = [str(p) for p in pages[:6]]
    if len(pages) > 6:
        more = QCoreApplication.translate("transfer", "pages {0} and {1} more")
        return more.format(", ".join(shown), len(pages) - 6)
    if len(pages) == 1:
        return QCoreApplication.translate("transfer", "page {0}").format(shown[0])
    some = QCoreApplication.translate("transfer", "pages {0} and {1}")
    return some.format(", ".join(shown[:-1]), shown[-1])


def damaged_text(name: str, error: DamagedPdfError) -> str:
    """The clerk's words for a damaged PDF, naming the pages that cannot be read."""
    if not error.pages:
        whole = QCoreApplication.translate("transfer", "{0}: the PDF file is damaged ({1}).")
        return whole.format(name, error.detail)
    pages = QCoreApplication.translate(
        "transfer", "{0}: {1} cannot be read: the PDF file is damaged ({2})."
    )
    return pages.format(name, _pages(error.pages), error.detail)


def parse_accepting(data: bytes, name: str, parent: QWidget | None) -> Document:
    """Parse; a damaged PDF is read as far as it goes when the clerk says so (the
    meeting then lists its damaged pages), else the damage is raised."""
    try:
        return parse_bytes(data, name)
    except DamagedPdfError as exc:
        advice = QCoreApplication.translate(
            "transfer",
            "Import it anyway? What can be read is stored, and the meeting notes which "
            "pages are damaged. Better: get an undamaged copy of the file.",
        )
        if not msgbox.question(
            parent,
            QCoreApplication.translate("transfer", "Damaged PDF"),
            damaged_text(name, exc) + "\n\n" + advice,
            default=False,
            plain_text=True,
            yes=QCoreApplication.translate("transfer", "Import anyway"),
            no=QCoreApplication.translate("transfer", "Cancel"),
        ):
            raise
        return parse_bytes(data, name, accept_damaged=True)


def ask_reimport(parent: QWidget | None, meeting_id: int) -> bool:
    """Import a file of an archived meeting as its new version? (No: open the meeting.)"""
    return msgbox.question(
        parent,
        QCoreApplication.translate("transfer", "Import"),
        QCoreApplication.translate(
            "transfer",
            "The meeting is in the archive already (meeting {0}). Import it as a new "
            "version? Your work (review, confirmed decisions, notes, corrections) is "
            "carried over.\n\nNo: open the meeting as it is.",
        ).format(meeting_id),
        default=False,
        plain_text=True,
    )


def _same_meeting(archive: Archive, doc: Document) -> int | None:
    """The live meeting of the same council, date and kind as ``doc``."""
    info = doc.meeting
    return next(
        (
            m.id
            for m in archive.meetings()
            if (m.body, m.date, m.kind) == (info.body or "", info.date, info.kind)
        ),
        None,
    )


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
