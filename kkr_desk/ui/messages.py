"""Errors, dates and numbers in the clerk's language.

``text(exc)`` says an error by its code (kkr_desk/domain/errors.py): the English template
of the code, translated in the context "errors", formatted with the params made Danish
too (a node's label, a file kind, a reason, numbers through QLocale). ``long_date`` and
``number`` follow the interface language ("18. november 2022" / "18 November 2022").
"""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from kkr_desk.domain.errors import EDIT_TEMPLATES, OTHER, Coded, recognise
from kkr_desk.store.common import TEMPLATES as ARCHIVE_TEMPLATES
from kkr_desk.store.health import ArchiveDamagedError, ArchiveReadOnlyError, ReadOnlyReason
from kkr_desk.ui import i18n
from kkr_desk.ui.i18n import QT_TRANSLATE_NOOP

# code -> English template, the same text as the error family's table (a test checks).
TEMPLATES: dict[str, str] = {
    # reading a file (parse/errors.py)
    "not_a_file": QT_TRANSLATE_NOOP("errors", "{name} is not a file ({kind})."),
    "unreadable": QT_TRANSLATE_NOOP("errors", "{name} cannot be read: {reason}."),
    "too_large_over": QT_TRANSLATE_NOOP(
        "errors", "{name} is over {size} MB; KKR Desk reads files of at most {most} MB."
    ),
    "too_large": QT_TRANSLATE_NOOP(
        "errors", "{name} is {size} MB; KKR Desk reads files of at most {most} MB."
    ),
    "empty": QT_TRANSLATE_NOOP("errors", "{name} is empty."),
    "not_pdf": QT_TRANSLATE_NOOP("errors", "{name} is not a PDF (it does not start with %PDF)."),
    "no_text": QT_TRANSLATE_NOOP("errors", "{name} holds no text."),
    "field_too_long": QT_TRANSLATE_NOOP(
        "errors", "{name}: {what} may be at most {most} characters (it has {count})."
    ),
    "field_nul": QT_TRANSLATE_NOOP("errors", "{name}: {what} may not contain a NUL character."),
    "field_not_text": QT_TRANSLATE_NOOP(
        "errors", "{name}: {what} holds characters that are not text."
    ),
    "huge_word": QT_TRANSLATE_NOOP(
        "errors",
        "{name} is not a KKR agenda or minutes: page {page} holds a 'word' of "
        "{count} characters without a space (KKR Desk reads words of up to {most}).",
    ),
    "not_kkr": QT_TRANSLATE_NOOP("errors", "{name} is not a KKR agenda or minutes: {why}."),
    "encrypted": QT_TRANSLATE_NOOP(
        "errors", "{name} is password protected: save an unprotected copy first."
    ),
    "scanned": QT_TRANSLATE_NOOP(
        "errors",
        "{name} has no text layer (a scanned document): run it through OCR "
        "(for example ocrmypdf) and open the result.",
    ),
    "no_text_pdf": QT_TRANSLATE_NOOP("errors", "{name} contains no text."),
    "utf16": QT_TRANSLATE_NOOP("errors", "{name} is UTF-16 text: save it again as UTF-8."),
    "binary": QT_TRANSLATE_NOOP(
        "errors",
        "{name} is neither a PDF nor a text extraction: it holds binary data "
        "(a NUL byte at byte {offset}).",
    ),
    "cp1252": QT_TRANSLATE_NOOP(
        "errors",
        "{name} is not UTF-8 (byte {offset} cannot be read); it looks like a Windows "
        "(cp1252) file: save it again as UTF-8.",
    ),
    "missing": QT_TRANSLATE_NOOP("errors", "{name} does not exist"),
    "damaged_pdf": QT_TRANSLATE_NOOP(
        "errors", "{name} cannot be read: the PDF file is damaged ({detail})."
    ),
    "damaged_pages": QT_TRANSLATE_NOOP(
        "errors", "{name}: {pages} cannot be read: the PDF file is damaged ({detail})."
    ),
    # edits and the store's refusals (domain/errors.py)
    "no_node": QT_TRANSLATE_NOOP("errors", "there is no node {node_id} in this meeting"),
    "no_lines": QT_TRANSLATE_NOOP("errors", "{node} would be left without lines"),
    "front_split": QT_TRANSLATE_NOOP("errors", "the front matter cannot be split"),
    "split_outside": QT_TRANSLATE_NOOP(
        "errors", "line {line} is not inside {node} after its first line"
    ),
    "nothing_before": QT_TRANSLATE_NOOP("errors", "{node} has nothing before it to merge with"),
    "starts_there": QT_TRANSLATE_NOOP("errors", "{node} already starts at line {line}"),
    "nothing_stands_before": QT_TRANSLATE_NOOP(
        "errors", "nothing stands before {node} to take or give lines"
    ),
    "out_of_reach": QT_TRANSLATE_NOOP("errors", "line {line} is outside what {node} can reach"),
    "front_not_heading": QT_TRANSLATE_NOOP("errors", "front matter is not a heading"),
    "not_inside_kind": QT_TRANSLATE_NOOP("errors", "line {line} is not inside any {kind}"),
    "already_opens": QT_TRANSLATE_NOOP("errors", "line {line} already opens {node}"),
    "not_stored": QT_TRANSLATE_NOOP("errors", "{node} is not stored yet"),
    "not_in_stored_item": QT_TRANSLATE_NOOP("errors", "{node} is not inside a stored item"),
    "cannot_become": QT_TRANSLATE_NOOP("errors", "{node} cannot become a {kind}"),
    "no_section_before": QT_TRANSLATE_NOOP("errors", "{node} has no section before it to join"),
    "no_item_before": QT_TRANSLATE_NOOP("errors", "{node} has no item before it to join"),
    "no_field": QT_TRANSLATE_NOOP("errors", "{node} has no field {fields}"),
    "not_part_heading": QT_TRANSLATE_NOOP("errors", "'{value}' is not a part heading"),
    "no_line": QT_TRANSLATE_NOOP("errors", "there is no line {line}"),
    "not_item": QT_TRANSLATE_NOOP("errors", "{node} is not an item"),
    "unknown_tag": QT_TRANSLATE_NOOP("errors", "unknown decision tag {tags}"),
    "unknown_status": QT_TRANSLATE_NOOP("errors", "unknown review status '{status}'"),
    "too_long": QT_TRANSLATE_NOOP(
        "errors", "{what} may be at most {most} characters (it has {count})"
    ),
    "nul": QT_TRANSLATE_NOOP("errors", "{what} may not contain a NUL character"),
    "not_text": QT_TRANSLATE_NOOP("errors", "{what} holds characters that are not text"),
    "in_trash": QT_TRANSLATE_NOOP("errors", "meeting {meeting} is in the trash: restore it first"),
    "not_in_trash": QT_TRANSLATE_NOOP("errors", "meeting {meeting} is not in the trash"),
    "earlier_version": QT_TRANSLATE_NOOP(
        "errors",
        "meeting {meeting} is an earlier version of meeting {newer}: undo its re-import instead",
    ),
    "not_earlier_version": QT_TRANSLATE_NOOP(
        "errors", "meeting {version} is not an earlier version of meeting {meeting}"
    ),
    "same_file_as": QT_TRANSLATE_NOOP(
        "errors", "the same file is in the archive as meeting {meeting}"
    ),
    "conflict": QT_TRANSLATE_NOOP(
        "errors", "the meeting was changed meanwhile by {who} ({what}): {reason}"
    ),
    "breaks_structure": QT_TRANSLATE_NOOP(
        "errors", "{operation} would break the structure: {detail}"
    ),
    "stale": QT_TRANSLATE_NOOP(
        "errors", "the meeting has changed since: this step cannot be undone"
    ),
    "no_meeting": QT_TRANSLATE_NOOP("errors", "there is no meeting {meeting} in the archive"),
    # a file whose meeting is archived (store/guard.py)
    "same_file": QT_TRANSLATE_NOOP(
        "errors",
        "{name} is already in the archive as meeting {meeting} (the same file); "
        "use --replace to import it again.",
    ),
    "same_meeting": QT_TRANSLATE_NOOP(
        "errors",
        "{name} is another file of meeting {meeting} (the same council, date and "
        "kind); use --replace to import it as its new version, or --as-new to keep it as a "
        "meeting of its own.",
    ),
    "imported_meanwhile": QT_TRANSLATE_NOOP(
        "errors", "{name} was imported by someone else just now; try again."
    ),
    # an archive that cannot be used (store/common.py)
    "busy": QT_TRANSLATE_NOOP(
        "errors", "the archive is busy: another KKR Desk has held it for too long; try again"
    ),
    "no_revisions": QT_TRANSLATE_NOOP("errors", "KKR Desk has no schema revisions in {folder}"),
    "not_archive": QT_TRANSLATE_NOOP(
        "errors",
        "the database has tables ({tables}) but no schema revision; it is not a KKR Desk archive",
    ),
    "newer": QT_TRANSLATE_NOOP(
        "errors",
        "the archive was written by a newer KKR Desk (revision {revision}); update KKR Desk",
    ),
    "broken_references": QT_TRANSLATE_NOOP(
        "errors", "the upgrade left broken references; nothing was changed"
    ),
    "missing_read_only": QT_TRANSLATE_NOOP(
        "errors", "{where} does not exist, and it is read-only: {why}"
    ),
    "needs_upgrade_read_only": QT_TRANSLATE_NOOP(
        "errors",
        "{where} is read-only ({why}) and needs an upgrade to this KKR Desk (schema revision "
        "{revision} → {head}); make it writable and open it again",
    ),
    "cannot_open": QT_TRANSLATE_NOOP("errors", "the archive cannot be opened: {detail}"),
    "export_failed": QT_TRANSLATE_NOOP("errors", "the export could not be written: {detail}"),
}

# English words the raising sites put into params (a file's kind, a reason, a field),
# said in the clerk's language; anything else in a param is data (names, numbers, text).
PHRASES = (
    QT_TRANSLATE_NOOP("errors", "a folder"),
    QT_TRANSLATE_NOOP("errors", "a named pipe"),
    QT_TRANSLATE_NOOP("errors", "a device"),
    QT_TRANSLATE_NOOP("errors", "a socket"),
    QT_TRANSLATE_NOOP("errors", "not a regular file"),
    QT_TRANSLATE_NOOP("errors", "Permission denied"),
    QT_TRANSLATE_NOOP("errors", "No such file or directory"),
    QT_TRANSLATE_NOOP("errors", "Is a directory"),
    QT_TRANSLATE_NOOP("errors", "the input"),
    QT_TRANSLATE_NOOP("errors", "it has no numbered sections"),
    QT_TRANSLATE_NOOP("errors", "it names no KKR council"),
    QT_TRANSLATE_NOOP("errors", "it has no pages"),
    QT_TRANSLATE_NOOP("errors", "the number"),
    QT_TRANSLATE_NOOP("errors", "the part heading"),
    QT_TRANSLATE_NOOP("errors", "the heading"),
    QT_TRANSLATE_NOOP("errors", "the case number"),
    QT_TRANSLATE_NOOP("errors", "the title"),
    QT_TRANSLATE_NOOP("errors", "the handlers"),
    QT_TRANSLATE_NOOP("errors", "the council"),
    QT_TRANSLATE_NOOP("errors", "the kind"),
    QT_TRANSLATE_NOOP("errors", "the corrected line"),
    QT_TRANSLATE_NOOP("errors", "the note"),
    QT_TRANSLATE_NOOP("errors", "the tags"),
    QT_TRANSLATE_NOOP("errors", "section"),
    QT_TRANSLATE_NOOP("errors", "item"),
    QT_TRANSLATE_NOOP("errors", "part"),
    QT_TRANSLATE_NOOP("errors", "the archive"),
    QT_TRANSLATE_NOOP("errors", "the file is write-protected"),
    QT_TRANSLATE_NOOP("errors", "its folder is write-protected"),
    QT_TRANSLATE_NOOP("errors", "it was opened read-only"),
    QT_TRANSLATE_NOOP("errors", "this step cannot be undone"),
    QT_TRANSLATE_NOOP("errors", "it changes what was changed"),
    QT_TRANSLATE_NOOP("errors", "someone"),
    QT_TRANSLATE_NOOP("errors", "a change"),
    QT_TRANSLATE_NOOP("errors", "(none)"),
)
NUMBERS = {"count", "most", "size", "offset"}  # params shown as numbers of the locale
_LABEL = re.compile(r"(section|item|front) (.+)")
_PART = re.compile(r"part '(.*)'")
_OF_THE = re.compile(r"(the [a-z ]+) of the (section|item|part|front)")
_LINE_PAGE = re.compile(r"line (\d+) \(page (\d+)\)")
_WHERE = re.compile(r"the archive (.+)")


def tr(text: str) -> str:
    return QCoreApplication.translate("errors", text)


def locale() -> QLocale:
    """The locale of the interface language (month names, decimal comma)."""
    if i18n.current() == "da":
        return QLocale(QLocale.Language.Danish, QLocale.Country.Denmark)
    return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)


def long_date(day: dt.date | None) -> str:
    """``18. november 2022`` in Danish, ``18 November 2022`` in English; ``?`` for none."""
    if day is None:
        return "?"
    form = QCoreApplication.translate("dates", "d MMMM yyyy")
    return locale().toString(QDate(day.year, day.month, day.day), form)


def number(value: int | float | str) -> str:
    """A number as the locale writes it (``10.000``, ``50,0``); text that is no number
    (``1,234`` as English writes it counts) is returned as it is."""
    if isinstance(value, str):
        plain = value.replace(",", "")
        if re.fullmatch(r"\d+", plain):
            value = int(plain)
        elif re.fullmatch(r"\d+\.\d+", plain):
            value = float(plain)
        else:
            return value
    if isinstance(value, float):
        return locale().toString(value, "f", 1)
    return locale().toString(value)


def node_label(label: str) -> str:
    """A node's label as edits.py writes it ("section 3", "part 'Beslutning'")."""
    if found := _PART.fullmatch(label):
        return QCoreApplication.translate("errors", "part '{0}'").format(found[1])
    if found := _LABEL.fullmatch(label):
        kinds = {
            "section": QCoreApplication.translate("errors", "section {0}"),
            "item": QCoreApplication.translate("errors", "item {0}"),
            "front": QCoreApplication.translate("errors", "front matter {0}"),
        }
        return kinds[found[1]].format(found[2])
    return label


def page_list(pages: list[int]) -> str:
    """``side 7``, ``side 7 og 9``, ``side 3, 4, 5, 6, 7, 8 og 20 flere``."""
    shown = [str(p) for p in pages[:6]]
    if len(pages) > 6:
        more = QCoreApplication.translate("transfer", "pages {0} and {1} more")
        return more.format(", ".join(shown), len(pages) - 6)
    if len(pages) == 1:
        return QCoreApplication.translate("transfer", "page {0}").format(shown[0])
    some = QCoreApplication.translate("transfer", "pages {0} and {1}")
    return some.format(", ".join(shown[:-1]), shown[-1])


def phrase(value: str) -> str:
    """An English phrase of a param in the clerk's language (unknown text as it is)."""
    if value in PHRASES:
        return tr(value)
    if found := _OF_THE.fullmatch(value):
        return QCoreApplication.translate("errors", "{0} of the {1}").format(
            phrase(found[1]), phrase(found[2])
        )
    if found := _LINE_PAGE.fullmatch(value):
        return QCoreApplication.translate("errors", "line {0} (page {1})").format(*found.groups())
    if found := _WHERE.fullmatch(value):
        return QCoreApplication.translate("errors", "the archive {0}").format(found[1])
    return value


def param(key: str, value: object) -> str:
    if value is None:
        return ""
    if key == "node":
        return node_label(str(value))
    if key == "pages" and isinstance(value, list):
        return page_list(value)
    if key in NUMBERS:
        return number(str(value))
    return phrase(str(value))


def code_of(exc: BaseException) -> tuple[str, dict[str, object]]:
    """An error's code and params; an error of no family (a LookupError) is recognised
    against the edits' and the archive's templates."""
    if isinstance(exc, Coded):
        return exc.code, exc.params
    for templates in (EDIT_TEMPLATES, ARCHIVE_TEMPLATES):
        code, params = recognise(templates, str(exc))
        if code != OTHER:
            return code, dict(params)
    return OTHER, {"text": str(exc)}


def text(exc: BaseException) -> str:
    """What the window says for ``exc``, in the interface language."""
    code, params = code_of(exc)
    if isinstance(exc, ArchiveDamagedError):
        return archive_damaged_text(exc)
    if isinstance(exc, ArchiveReadOnlyError):
        return read_only_text(exc.reason)
    if code not in TEMPLATES:  # no code: the English text is all there is
        return str(exc)
    return message(code, params)


def message(code: str, params: dict[str, object]) -> str:
    """The template of ``code`` in the interface language, filled with ``params``."""
    shown = {key: param(key, value) for key, value in params.items()}
    if code in ("damaged_pdf", "damaged_pages"):
        return damaged_text(shown["name"], params.get("pages") or [], shown["detail"])
    return tr(TEMPLATES[code]).format(**shown)


def damaged_text(name: str, pages: object, detail: str) -> str:
    """The clerk's words for a damaged PDF, naming the pages that cannot be read."""
    if not isinstance(pages, list) or not pages:
        whole = QCoreApplication.translate("transfer", "{0}: the PDF file is damaged ({1}).")
        return whole.format(name, detail)
    some = QCoreApplication.translate(
        "transfer", "{0}: {1} cannot be read: the PDF file is damaged ({2})."
    )
    return some.format(name, page_list(pages), detail)


def archive_damaged_text(exc: ArchiveDamagedError) -> str:
    where = (
        str(exc.path)
        if exc.path is not None
        else QCoreApplication.translate("archive", "the archive")
    )
    text = QCoreApplication.translate(
        "archive", "The archive {0} is damaged and cannot be read ({1})."
    ).format(where, phrase(exc.detail))
    if exc.backup is None:
        return text + " " + QCoreApplication.translate("archive", "There is no backup of it.")
    return (
        text
        + "\n\n"
        + QCoreApplication.translate(
            "archive",
            "The newest backup is {0}. To go back to it, close KKR Desk and copy the backup "
            "over the archive (delete {1} if it is there).",
        ).format(exc.backup, f"{exc.path.name}-wal" if exc.path else "-wal")
    )


def read_only_text(reason: ReadOnlyReason) -> str:
    why = {
        "file": QCoreApplication.translate("archive", "the archive file is write-protected"),
        "folder": QCoreApplication.translate("archive", "the archive's folder is write-protected"),
        "asked": QCoreApplication.translate("archive", "it was opened read-only"),
    }[reason]
    return QCoreApplication.translate(
        "archive", "The archive is read-only: {0}. You can read and export, not change."
    ).format(why)
