"""The CSV archive export: one row per item, ready for Danish Excel.

UTF-8 with a byte order mark and ``;`` as the delimiter by default, so that Excel with Danish
regional settings opens the file in columns with æ, ø and å intact. Texts spanning several
lines are quoted. Text cells that a spreadsheet would read as a formula are neutralised with a
leading ``'`` (OWASP, "CSV Injection"); the numbers the export writes itself (ids, pages) are
written as numbers and never touched.
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, TextIO

from kkr_desk.export.files import atomic_write

COLUMNS: tuple[str, ...] = (
    "meeting_id",  # archive id of the meeting (number)
    "body",  # e.g. "KKR Nordjylland"
    "date",  # ISO date, e.g. 2022-11-18; empty when unknown
    "kind",  # dagsorden | referat
    "section_number",
    "section_title",
    "item_id",  # archive id of the item (number)
    "item_number",  # e.g. 2.1
    "item_title",
    "case_number",  # e.g. SAG-2022-04420
    "case_handlers",  # joined with "/"
    "first_page",  # page of the item heading (number, 1-based)
    "last_page",  # last page of the item (number)
    "baggrund",  # the text of the item's parts by heading; two parts with one heading
    "indstilling",  #   are joined with a blank line
    "sagsfremstilling",
    "beslutning",
    "program",
    "tekst",  # the part without a heading
    "attachments",  # one per line
    "decision_tags",  # vocabulary order, joined with ", "
    "review_status",  # unreviewed | reviewed | flagged
    "note",
)
"""The columns of the export, in order."""

# heading of a part -> its position in the block of part columns
_PART_COLUMNS: dict[str | None, int] = {
    "Baggrund": 0,
    "Indstilling": 1,
    "Sagsfremstilling": 2,
    "Beslutning": 3,
    "Program": 4,
    None: 5,
}
_FORMULA_STARTS = frozenset("=+-@\t\r")


def neutralise(text: str | None) -> str:
    """A text cell as written: empty for ``None``, a leading ``'`` if it could be a formula."""
    if not text:
        return ""
    if text[0] in _FORMULA_STARTS:
        return "'" + text
    return text


def write_csv(
    meetings: Iterable[dict[str, Any]],
    path: Path,
    *,
    delimiter: str = ";",
    progress: Callable[[int], None] | None = None,
) -> int:
    """Write one row per item of ``meetings`` to ``path`` (atomically); return the row count.

    ``progress`` is called after each meeting with the number of items written so far.
    """
    count = 0

    def write(out: TextIO) -> None:
        nonlocal count
        writer = csv.writer(out, delimiter=delimiter, quoting=csv.QUOTE_MINIMAL)
        writer.writerow(COLUMNS)
        writerow = writer.writerow
        cell = neutralise
        for meeting in meetings:
            head = (
                meeting["id"],
                cell(meeting["body"]),
                cell(meeting["date"]),
                cell(meeting["kind"]),
            )
            for section in meeting["sections"]:
                head_section = (*head, cell(section["number"]), cell(section["title"]))
                for item in section["items"]:
                    writerow(
                        (
                            *head_section,
                            item["id"],
                            cell(item["number"]),
                            cell(item["title"]),
                            cell(item["case_number"]),
                            cell("/".join(item["case_handlers"])),
                            item["page"],
                            item["last_page"],
                            *_part_cells(item["parts"]),
                            cell("\n".join(item["attachments"])),
                            cell(", ".join(item["decision_tags"])),
                            cell(item["review_status"]),
                            cell(item["note"]),
                        )
                    )
                    count += 1
            if progress is not None:
                progress(count)

    atomic_write(path, write, encoding="utf-8-sig", newline="")
    return count


def _part_cells(parts: list[dict[str, Any]]) -> list[str]:
    texts: list[str | None] = [None] * len(_PART_COLUMNS)
    for part in parts:
        heading = part["heading"]
        try:
            column = _PART_COLUMNS[heading]
        except KeyError:
            raise ValueError(f"unknown part heading {heading!r}") from None
        before = texts[column]
        texts[column] = part["text"] if before is None else f"{before}\n\n{part['text']}"
    return [neutralise(text) for text in texts]
