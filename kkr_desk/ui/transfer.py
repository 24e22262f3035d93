"""Import files into the archive and export meetings from the window: the use cases of
``kkr_desk.app`` (the same code as the command line), run off the GUI thread under a
progress dialog that can cancel (``kkr_desk.ui.background``). The clerk answers the
import's questions (re-import? a damaged PDF anyway?) on the GUI thread; bad files are
reported once at the end, never half-stored."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QObject, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QMessageBox,
    QProgressDialog,
    QWidget,
)

from kkr_desk.app import exporting, importing
from kkr_desk.domain.cancel import Cancelled
from kkr_desk.parse.errors import DamagedPdfError, ParseError
from kkr_desk.store.archive import Archive
from kkr_desk.store.guard import DuplicateMeetingError
from kkr_desk.store.lifecycle import ImportReport
from kkr_desk.ui import background, i18n, messages, msgbox
from kkr_desk.ui.i18n import QT_TRANSLATE_NOOP

log = logging.getLogger("kkr_desk.ui")

# The labels of the registered export formats, for the translation (exporting.FORMATS).
LABELS = (
    QT_TRANSLATE_NOOP("transfer", "CSV for Excel (;)"),
    QT_TRANSLATE_NOOP("transfer", "JSON"),
    QT_TRANSLATE_NOOP("transfer", "Excel workbook"),
    QT_TRANSLATE_NOOP("transfer", "OParl 1.1 (JSON)"),
    QT_TRANSLATE_NOOP("transfer", "Decision report (PDF)"),
    QT_TRANSLATE_NOOP("transfer", "Decision report (Word)"),
)


class ClerkPolicy(importing.ImportPolicy):
    """The import rule's questions, asked of the clerk on the GUI thread: a file of an
    archived meeting becomes its new version when the clerk says so, else the meeting
    opens as it is; a damaged PDF is imported when the clerk says "Import anyway"."""

    def __init__(self, asker: background.Asker, parent: QWidget | None) -> None:
        super().__init__()
        self.asker, self.parent = asker, parent

    def duplicate(self, found: importing.Duplicate) -> importing.Decision:
        if self.asker.ask(lambda: ask_reimport(self.parent, found.meeting_id)):
            return importing.Decision.REPLACE
        return importing.Decision.KEEP

    def damaged(self, name: str, error: DamagedPdfError) -> bool:
        return self.asker.ask(lambda: ask_damaged(self.parent, name, error))


def _show_step(dialog: QProgressDialog, step: importing.Step) -> None:
    dialog.setLabelText(QCoreApplication.translate("transfer", "Importing {0}…").format(step.name))
    dialog.setValue(min(int(step.fraction * background.STEPS), background.STEPS - 1))


def import_files(
    archive: Archive,
    paths: Sequence[Path],
    parent: QWidget | None,
    reimports: list[ImportReport] | None = None,
) -> list[int]:
    """Import each file (``kkr_desk.app.importing``, in a worker); returns the meeting
    ids in order, a meeting kept as it was included. The reports of re-imports go to
    ``reimports``. Failures are told once at the end; a cancelled import says nothing
    (the file under way is not stored)."""
    policy = ClerkPolicy(background.Asker(), parent)
    results = background.run(
        parent,
        QCoreApplication.translate("transfer", "Importing…"),
        lambda progress, cancelled: importing.import_files(
            archive, list(paths), policy, progress=progress, cancelled=cancelled
        ),
        _show_step,
    )
    ids = [r.meeting_id for r in results if r.meeting_id is not None]
    if reimports is not None:
        reimports.extend(r.report for r in results if r.report is not None and r.report.replaced)
    failed = [_failure(r) for r in results if r.error is not None and not r.cancelled]
    if failed:
        msgbox.error(
            parent,
            QCoreApplication.translate("transfer", "Import"),
            QCoreApplication.translate("transfer", "These files could not be imported:")
            + "\n\n"
            + "\n".join(failed),
        )
    return ids


def _failure(result: importing.FileResult) -> str:
    log.warning("import of %s failed: %s", result.path, result.error)
    if isinstance(result.error, DamagedPdfError):
        return damaged_text(result.path.name, result.error)
    if isinstance(result.error, ParseError | DuplicateMeetingError):  # these name the file
        return messages.text(result.error)
    return f"{result.path.name}: {messages.text(result.error) if result.error else ''}"


def damaged_text(name: str, error: DamagedPdfError) -> str:
    """The clerk's words for a damaged PDF, naming the pages that cannot be read."""
    return messages.damaged_text(name, error.pages, messages.phrase(error.detail))


def ask_damaged(parent: QWidget | None, name: str, error: DamagedPdfError) -> bool:
    """Import a damaged PDF as far as it can be read? (The meeting then lists its
    damaged pages.)"""
    advice = QCoreApplication.translate(
        "transfer",
        "Import it anyway? What can be read is stored, and the meeting notes which "
        "pages are damaged. Better: get an undamaged copy of the file.",
    )
    return msgbox.question(
        parent,
        QCoreApplication.translate("transfer", "Damaged PDF"),
        damaged_text(name, error) + "\n\n" + advice,
        default=False,
        plain_text=True,
        yes=QCoreApplication.translate("transfer", "Import anyway"),
        no=QCoreApplication.translate("transfer", "Cancel"),
    )


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


class ExportChoice(QDialog):
    """Format and scope of an export."""

    def __init__(self, has_meeting: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("transfer", "Export"))
        self.format = QComboBox()
        for exporter in exporting.FORMATS.values():
            self.format.addItem(
                QCoreApplication.translate("transfer", exporter.label), exporter.name
            )
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


def language_options(fmt: str) -> dict[str, str]:
    """The window's language for a format's words (headers, tags), where it has them."""
    return {"labels": i18n.current()} if "labels" in exporting.exporter(fmt).options else {}


def export_meetings(
    archive: Archive, ids: Sequence[int], fmt: str, out: Path, parent: QWidget | None
) -> int | None:
    """Write the meetings to ``out`` (``kkr_desk.app.exporting``, in a worker); tells the
    clerk the outcome. None when it failed or was cancelled (no file is left then)."""
    total = max(len(ids), 1)

    def show(dialog: QProgressDialog, done: int) -> None:
        dialog.setValue(min(done * background.STEPS // total, background.STEPS - 1))

    try:
        items = background.run(
            parent,
            QCoreApplication.translate("transfer", "Exporting…"),
            lambda progress, cancelled: exporting.export(
                archive,
                list(ids),
                fmt,
                out,
                progress=progress,
                cancelled=cancelled,
                **language_options(fmt),
            ),
            show,
        )
    except Cancelled:
        return None
    except (OSError, ValueError) as exc:
        msgbox.error(
            parent,
            QCoreApplication.translate("transfer", "Export"),
            QCoreApplication.translate("transfer", "The export could not be written: {0}").format(
                messages.text(exc)
            ),
        )
        return None
    _exported(parent, exported_text(items, len(ids), out), out)
    return items


def exported_text(items: int, meetings: int, out: Path) -> str:
    """ "Wrote 19 items from 1 meeting to …", each count in its plural form (no verb to
    agree with a count)."""
    counts = Counts()
    return QCoreApplication.translate("transfer", "Wrote {0} from {1} to {2}.").format(
        counts.items(items), counts.meetings(meetings), out
    )


class Counts(QObject):
    """Counts in their plural forms (lupdate files a plural only from ``self.tr``). The
    English source has no translation to give its singular, so it is chosen here."""

    def items(self, n: int) -> str:
        return self._english(n, "item") if i18n.current() == "en" else self.tr("%Ln items", "", n)

    def meetings(self, n: int) -> str:
        if i18n.current() == "en":
            return self._english(n, "meeting")
        return self.tr("%Ln meetings", "", n)

    @staticmethod
    def _english(n: int, noun: str) -> str:
        return f"{QLocale().toString(n)} {noun}{'' if n == 1 else 's'}"


def folder_url(out: Path) -> QUrl:
    """The folder an export was written to, as "Open folder" opens it."""
    return QUrl.fromLocalFile(str(out.resolve().parent))


def exported_box(parent: QWidget | None, text: str, out: Path) -> QMessageBox:
    """The message after an export, with "Open folder" beside OK (not shown yet); either
    button closes it."""
    box = QMessageBox(
        QMessageBox.Icon.Information,
        QCoreApplication.translate("transfer", "Export"),
        text,
        QMessageBox.StandardButton.Ok,
        parent,
    )
    box.setTextFormat(Qt.TextFormat.PlainText)
    button = box.addButton(
        QCoreApplication.translate("transfer", "Open folder"), QMessageBox.ButtonRole.ActionRole
    )
    button.clicked.connect(lambda: QDesktopServices.openUrl(folder_url(out)))
    return box


def _exported(parent: QWidget | None, text: str, out: Path) -> None:
    if msgbox.is_captured() or not msgbox.can_show():  # tests, or no window to show it in
        msgbox.information(parent, QCoreApplication.translate("transfer", "Export"), text)
        return
    log.info("information: export: %s", text)
    box = exported_box(parent, text, out)
    box.setWindowModality(Qt.WindowModality.ApplicationModal)
    box.exec()
