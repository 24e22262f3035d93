"""The Excel workbook export (``.xlsx``): one row per item on the first sheet, one row per
meeting on the second, with typed cells.

Written with XlsxWriter (a well-kept, pure-Python writer: no Excel or LibreOffice needed).
Its constant-memory mode was measured and not taken: it writes every text in its cell, so
repeated texts are stored and compressed again and again, and it was slower on every archive
measured (2,300 against 5,100 items/s on the benchmark's 1,000 meetings, and still slower
when no two texts are alike); the cells are kept in memory until the workbook is closed.
XlsxWriter's scratch files go to a temporary folder that is removed at the end, also when
the export fails or is cancelled.

Cells: ids, pages and item counts are numbers; the meeting date is a date cell; item and
case numbers and every other text are text cells written with ``write_string``, so "1.10"
stays "1.10" and "=SUM(A1)" stays text (never a formula). Codes (decision tags, review
status, flag, document kind) are written as words, headers too, in English or Danish
(``labels``), from :mod:`kkr_desk.domain.labels`. The header row is frozen, the table has an
autofilter, and the columns have fixed widths: narrow for numbers, wide and wrapped for
texts.
"""

from __future__ import annotations

import datetime as dt
import logging
import tempfile
from collections.abc import Callable, Iterable
from json import loads
from pathlib import Path
from typing import Any, TextIO

import xlsxwriter
from xlsxwriter.exceptions import FileCreateError, FileSizeError

from kkr_desk.domain.labels import label, tag_labels
from kkr_desk.domain.records import Encoded
from kkr_desk.export.csv_export import COLUMNS as CSV_COLUMNS
from kkr_desk.export.files import atomic_write

log = logging.getLogger("kkr_desk.export")


def _columns() -> tuple[str, ...]:
    """The CSV's columns, with whether the tags are confirmed after the tags and the flag
    after the review status (where the CSV has not got them)."""
    columns = list(CSV_COLUMNS)
    for column, after in (
        ("decision_tags_confirmed", "decision_tags"),
        ("flagged", "review_status"),
    ):
        if column not in columns:
            columns.insert(columns.index(after) + 1, column)
    return tuple(columns)


COLUMNS: tuple[str, ...] = _columns()
"""The columns of the items sheet, in order (header words: ``label("column", code)``)."""

MEETING_COLUMNS: tuple[str, ...] = (
    "meeting_id",
    "body",
    "date",
    "kind",
    "pages",
    "items",
    "source_name",
    "participants",  # one per line
    "absent",  # one per line
)
"""The columns of the meetings sheet, in order."""

SHEETS = {"en": ("Items", "Meetings"), "da": ("Punkter", "Møder")}
"""The sheet names by language: items, meetings."""

DATE_FORMAT = "yyyy-mm-dd"  # ISO: reads the same in Danish and English Excel
MAX_TEXT = 32_767  # Excel's limit on a cell's text, in UTF-16 code units
CUT_MARK = " […]"  # ends a text cut to fit that limit

WORKBOOK_OPTIONS: dict[str, Any] = {
    "constant_memory": False,  # measured slower (see above)
    "strings_to_numbers": False,  # write_string is used for all text anyway; these
    "strings_to_formulas": False,  # make sure no text ever turns into a number,
    "strings_to_urls": False,  # a formula or a link
}

NUMBER, DATE, TEXT, LONG = "number", "date", "text", "long"  # the kinds of column

# column -> (kind, width in characters); TEXT is one line, LONG wraps
_LAYOUT: dict[str, tuple[str, float]] = {
    "meeting_id": (NUMBER, 9),
    "body": (TEXT, 18),
    "date": (DATE, 11),
    "kind": (TEXT, 10),
    "section_number": (TEXT, 7),
    "section_title": (TEXT, 24),
    "item_id": (NUMBER, 9),
    "item_number": (TEXT, 7),
    "item_title": (LONG, 40),
    "case_number": (TEXT, 16),
    "case_handlers": (TEXT, 12),
    "first_page": (NUMBER, 6),
    "last_page": (NUMBER, 6),
    "baggrund": (LONG, 60),
    "indstilling": (LONG, 60),
    "sagsfremstilling": (LONG, 60),
    "beslutning": (LONG, 60),
    "program": (LONG, 60),
    "tekst": (LONG, 60),
    "attachments": (LONG, 40),
    "decision_tags": (TEXT, 24),
    "decision_tags_confirmed": (TEXT, 11),
    "review_status": (TEXT, 14),
    "flagged": (TEXT, 10),
    "note": (LONG, 40),
    "pages": (NUMBER, 6),
    "items": (NUMBER, 7),
    "source_name": (TEXT, 40),
    "participants": (LONG, 40),
    "absent": (LONG, 30),
}

# heading of a part -> its column
_PART_COLUMNS: dict[str | None, str] = {
    "Baggrund": "baggrund",
    "Indstilling": "indstilling",
    "Sagsfremstilling": "sagsfremstilling",
    "Beslutning": "beslutning",
    "Program": "program",
    None: "tekst",
}


_SHORT = MAX_TEXT // 2  # a text this long or shorter fits in a cell


class _Words:
    """The words of codes in one language, looked up once."""

    def __init__(self, language: str) -> None:
        self.language = language
        self.tags: dict[tuple[str, ...], str] = {}
        self.codes = {
            (kind, code): label(kind, code, language)
            for kind, codes in (
                ("tags_state", ("none", "confirmed", "suggested")),
                ("review", ("unreviewed", "reviewed")),
                ("flag", ("true", "false")),
            )
            for code in codes
        }

    def word(self, kind: str, code: str) -> str:
        return self.codes.get((kind, code)) or label(kind, code, self.language)

    def item(self, item: dict[str, Any]) -> dict[str, str]:
        """The item's decision tags, whether they are confirmed, its review and flag."""
        codes = tuple(item["decision_tags"])
        tags = self.tags.get(codes)
        if tags is None:
            tags = self.tags[codes] = ", ".join(tag_labels(list(codes), self.language))
        state = "none" if not codes else "confirmed" if item["tags_confirmed"] else "suggested"
        return {
            "decision_tags": tags,
            "decision_tags_confirmed": self.codes["tags_state", state],
            "review_status": self.word("review", item["review_status"]),
            "flagged": self.codes["flag", "true" if item["flagged"] else "false"],
        }


def fit(text: str) -> str:
    """``text`` cut to Excel's cell limit, ending with ``CUT_MARK`` when it was cut."""
    if len(text) <= _SHORT or len(text.encode("utf-16-le")) // 2 <= MAX_TEXT:
        return text
    keep = MAX_TEXT - len(CUT_MARK)
    cut = text.encode("utf-16-le")[: 2 * keep].decode("utf-16-le", errors="ignore")
    log.warning("a text of %d characters was cut to fit an Excel cell", len(text))
    return cut + CUT_MARK


def part_texts(parts: list[dict[str, Any]]) -> dict[str, str]:
    """The item's part texts by column; two parts with one heading joined with a blank line."""
    texts: dict[str, str] = {}
    for part in parts:
        heading = part["heading"]
        try:
            column = _PART_COLUMNS[heading]
        except KeyError:
            raise ValueError(f"unknown part heading {heading!r}") from None
        before = texts.get(column)
        texts[column] = part["text"] if before is None else f"{before}\n\n{part['text']}"
    return texts


def write_xlsx(
    meetings: Iterable[dict[str, Any]],
    path: Path,
    *,
    labels: str = "en",
    progress: Callable[[int], None] | None = None,
) -> int:
    """Write ``meetings`` to the workbook ``path`` (atomically); return the item count.

    ``labels`` ("en" or "da") chooses the words of headers, sheet names and codes.
    ``progress`` is called after each meeting with the number of items written so far.
    """
    if labels not in SHEETS:
        raise ValueError(f"unknown label language {labels!r}; choose en or da")
    count = 0

    def write(out: TextIO) -> None:
        nonlocal count
        with tempfile.TemporaryDirectory(prefix="kkr-xlsx-") as scratch:
            workbook = xlsxwriter.Workbook(
                out.buffer,  # the atomic temporary file, as bytes
                {**WORKBOOK_OPTIONS, "tmpdir": scratch},
            )
            count = _fill(workbook, meetings, labels, progress)
            try:
                workbook.close()
            except FileCreateError as error:  # the OSError underneath, as any export's
                raise (
                    error.args[0]
                    if error.args and isinstance(error.args[0], OSError)
                    else OSError(str(error))
                ) from error
            except FileSizeError as error:
                raise ValueError(
                    "the workbook would be larger than 4 GB: export fewer meetings"
                ) from error

    atomic_write(path, write)
    return count


def _fill(
    workbook: Any,
    meetings: Iterable[dict[str, Any]],
    language: str,
    progress: Callable[[int], None] | None,
) -> int:
    """Write both sheets; returns the item count."""
    wrap = workbook.add_format({"text_wrap": True, "valign": "top"})
    top = workbook.add_format({"valign": "top"})
    date = workbook.add_format({"num_format": DATE_FORMAT, "valign": "top"})
    bold = workbook.add_format({"bold": True, "valign": "top", "bottom": 1})
    formats = {NUMBER: top, DATE: date, TEXT: top, LONG: wrap}
    items_sheet, meetings_sheet = (workbook.add_worksheet(name) for name in SHEETS[language])
    for sheet, columns in ((items_sheet, COLUMNS), (meetings_sheet, MEETING_COLUMNS)):
        for at, column in enumerate(columns):
            sheet.set_column(at, at, _LAYOUT[column][1])
            sheet.write_string(0, at, label("column", column, language), bold)
        sheet.freeze_panes(1, 0)

    words = _Words(language)
    # column -> (its position, its cell format), for the cells written as text
    text = {c: (at, formats[_LAYOUT[c][0]]) for at, c in enumerate(COLUMNS)}
    string, number = items_sheet.write_string, items_sheet.write_number
    meeting_id, item_id, first_page, last_page, date_at = (
        COLUMNS.index(c) for c in ("meeting_id", "item_id", "first_page", "last_page", "date")
    )
    row = count = meeting_row = 0
    for meeting in meetings:
        meeting_row += 1
        when = dt.date.fromisoformat(meeting["date"]) if meeting["date"] else None
        head = {"body": meeting["body"], "kind": words.word("kind", meeting["kind"])}
        first = row
        for section in meeting["sections"]:
            head["section_number"] = section["number"]
            head["section_title"] = section["title"]
            for entry in section["items"]:
                item = loads(entry) if isinstance(entry, Encoded) else entry
                row += 1
                number(row, meeting_id, meeting["id"], top)
                if when is not None:
                    items_sheet.write_datetime(row, date_at, when, date)
                number(row, item_id, item["id"], top)
                number(row, first_page, item["page"], top)
                number(row, last_page, item["last_page"], top)
                texts = {
                    **head,
                    "item_number": item["number"],
                    "item_title": item["title"],
                    "case_number": item["case_number"],
                    "case_handlers": "/".join(item["case_handlers"]),
                    "attachments": "\n".join(item["attachments"]),
                    **words.item(item),
                    "note": item["note"],
                    **part_texts(item["parts"]),
                }
                for column, value in texts.items():
                    if value:
                        at, fmt = text[column]
                        string(row, at, value if len(value) <= _SHORT else fit(value), fmt)
        items = row - first
        count += items
        _meeting_row(meetings_sheet, meeting_row, meeting, when, head["kind"], items, formats)
        if progress is not None:
            progress(count)
    items_sheet.autofilter(0, 0, row, len(COLUMNS) - 1)
    meetings_sheet.autofilter(0, 0, meeting_row, len(MEETING_COLUMNS) - 1)
    return count


def _meeting_row(
    sheet: Any,
    row: int,
    meeting: dict[str, Any],
    when: dt.date | None,
    kind: str,
    items: int,
    formats: dict[str, Any],
) -> None:
    top, wrap = formats[NUMBER], formats[LONG]
    sheet.write_number(row, 0, meeting["id"], top)
    if meeting["body"]:
        sheet.write_string(row, 1, fit(meeting["body"]), top)
    if when is not None:
        sheet.write_datetime(row, 2, when, formats[DATE])
    sheet.write_string(row, 3, kind, top)
    sheet.write_number(row, 4, meeting["pages"], top)
    sheet.write_number(row, 5, items, top)
    if meeting.get("source_name"):
        sheet.write_string(row, 6, fit(meeting["source_name"]), top)
    for at, names in ((7, meeting["participants"]), (8, meeting["absent"])):
        if names:
            sheet.write_string(row, at, fit("\n".join(names)), wrap)
