"""The CSV archive export: one row per item, ready for Danish Excel.

UTF-8 with a byte order mark and ``;`` as the delimiter by default, so that Excel with Danish
regional settings opens the file in columns with æ, ø and å intact. Texts spanning several
lines are quoted. Text cells that a spreadsheet would read as a formula are neutralised with a
leading ``'`` (OWASP, "CSV Injection"); the numbers the export writes itself (ids, pages) are
written as numbers and never touched.

``labels="en"`` (the default) writes the column codes as headers and the archive's codes as
values (tags, ``unreviewed``/``reviewed``, ``true``/``false``); ``labels="da"`` writes Danish
headers and words from :mod:`kkr_desk.domain.labels`. Item numbers are always quoted: the
text stays ``1.10`` for every CSV reader, and a spreadsheet that keeps quoted fields as text
(LibreOffice Calc's "Format quoted field as text") cannot turn ``1.10`` into the number 1.1.
A CSV cannot force more than that; the README's CSV section says what Calc (measured) and
Excel (documented) do with the other ways.

The cells are :mod:`kkr_desk.domain.csv_row`'s. With the default options, items may arrive as
the archive's stored rows (``CsvRow``: the item's cells, spliced in after the meeting's and
section's) or as stored JSON records (``Encoded``, decoded here) as well as plain records.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from json import loads
from pathlib import Path
from typing import Any, TextIO

from kkr_desk.domain import labels as words
from kkr_desk.domain.csv_row import DELIMITER, LABELS, Cells, CsvRow, neutralise
from kkr_desk.domain.records import Encoded
from kkr_desk.export.files import atomic_write

__all__ = ["COLUMNS", "neutralise", "write_csv"]

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
    "decision_tags_confirmed",  # true | false (da: ja | nej); empty when there are no tags
    "review_status",  # unreviewed | reviewed
    "flagged",  # true | false (da: ja | nej): flagged for follow-up
    "note",
)
"""The columns of the export, in order."""


def write_csv(
    meetings: Iterable[dict[str, Any]],
    path: Path,
    *,
    delimiter: str = DELIMITER,
    labels: str = LABELS,
    progress: Callable[[int], None] | None = None,
) -> int:
    """Write one row per item of ``meetings`` to ``path`` (atomically); return the row count.

    ``labels``: ``"en"`` for the codes, ``"da"`` for Danish headers and values. ``progress``
    is called after each meeting with the number of items written so far. Stored rows
    (``CsvRow``) are written with ``DELIMITER`` and ``LABELS`` and refused with other options.
    """
    cells = Cells(delimiter, labels)  # refuses an unusable delimiter or unknown labels
    spliced = delimiter == DELIMITER and labels == LABELS
    quote, text, worded, item_cells = cells.quote, cells.text, cells.worded, cells.item
    count = 0

    def write(out: TextIO) -> None:
        nonlocal count
        join = delimiter.join
        danish = labels == "da"
        header = [words.label("column", c, "da") for c in COLUMNS] if danish else COLUMNS
        out.write(join(map(quote, header)) + "\r\n")
        out.flush()
        raw = out.buffer  # the rows as UTF-8 bytes: stored rows are written as they are
        for meeting in meetings:
            head = join(
                (
                    str(meeting["id"]),
                    text(meeting["body"]),
                    text(meeting["date"]),
                    worded("kind", meeting["kind"]),
                    "",
                )
            )
            rows: list[bytes] = []
            for section in meeting["sections"]:
                prefix = head + join((text(section["number"]), text(section["title"]), ""))
                encoded = prefix.encode()
                for entry in section["items"]:
                    if isinstance(entry, CsvRow):
                        if not spliced:
                            raise ValueError(
                                f"stored CSV rows are written with {DELIMITER!r} and {LABELS}"
                            )
                        rows.append(encoded + entry)
                    else:
                        item = loads(entry) if isinstance(entry, Encoded) else entry
                        rows.append((prefix + item_cells(item)).encode())
            count += len(rows)
            if rows:
                raw.write(b"\r\n".join(rows) + b"\r\n")
            if progress is not None:
                progress(count)

    atomic_write(path, write, encoding="utf-8-sig", newline="")
    return count
