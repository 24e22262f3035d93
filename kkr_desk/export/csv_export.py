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
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from json import loads
from pathlib import Path
from typing import Any, TextIO

from kkr_desk.domain import labels as words
from kkr_desk.domain.records import Encoded
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
    "decision_tags_confirmed",  # true | false (da: ja | nej); empty when there are no tags
    "review_status",  # unreviewed | reviewed
    "flagged",  # true | false (da: ja | nej): flagged for follow-up
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
    labels: str = "en",
    progress: Callable[[int], None] | None = None,
) -> int:
    """Write one row per item of ``meetings`` to ``path`` (atomically); return the row count.

    ``labels``: ``"en"`` for the codes, ``"da"`` for Danish headers and values. ``progress``
    is called after each meeting with the number of items written so far. Quoting is RFC
    4180's, as ``csv.writer`` with QUOTE_MINIMAL and ``\\r\\n`` line ends would write it
    (item numbers always quoted), done here with string methods: several times faster on
    long texts.
    """
    if len(delimiter) != 1 or delimiter in '"\r\n':
        raise ValueError(f"unusable CSV delimiter {delimiter!r}")
    if labels not in words.LANGUAGES:
        raise ValueError(f"unknown CSV labels {labels!r}; choose en or da")
    danish = labels == "da"
    yes, no = (words.label("bool", b, "da") if danish else b for b in ("true", "false"))
    cells: dict[tuple[str, str], str] = {}  # (kind, code) -> its cell, worded once
    count = 0

    def quote(cell: str) -> str:
        if delimiter in cell or '"' in cell or "\n" in cell or "\r" in cell:
            return '"' + cell.replace('"', '""') + '"'
        return cell

    def text(value: str | None) -> str:
        return quote(neutralise(value))

    def number(value: str | None) -> str:  # an item number: always quoted, never a formula
        return '"' + neutralise(value).replace('"', '""') + '"' if value else ""

    def worded(kind: str, code: str) -> str:
        cell = cells.get((kind, code))
        if cell is None:
            cell = cells[kind, code] = text(words.label(kind, code, "da") if danish else code)
        return cell

    def tags_cell(codes: list[str]) -> str:
        key = ("tags", ",".join(codes))
        cell = cells.get(key)
        if cell is None:
            cell = cells[key] = text(", ".join(words.tag_labels(codes, "da") if danish else codes))
        return cell

    def write(out: TextIO) -> None:
        nonlocal count
        join = delimiter.join
        header = [words.label("column", c, "da") for c in COLUMNS] if danish else COLUMNS
        out.write(join(map(quote, header)) + "\r\n")
        for meeting in meetings:
            head = join(
                (
                    str(meeting["id"]),
                    text(meeting["body"]),
                    text(meeting["date"]),
                    worded("kind", meeting["kind"]),
                )
            )
            rows = []
            for section in meeting["sections"]:
                prefix = join((head, text(section["number"]), text(section["title"])))
                for entry in section["items"]:
                    item = loads(entry) if isinstance(entry, Encoded) else entry
                    tags = item["decision_tags"]
                    rows.append(
                        join(
                            (
                                prefix,
                                str(item["id"]),
                                number(item["number"]),
                                text(item["title"]),
                                text(item["case_number"]),
                                text("/".join(item["case_handlers"])),
                                str(item["page"]),
                                str(item["last_page"]),
                                *map(quote, _part_cells(item["parts"])),
                                text("\n".join(item["attachments"])),
                                tags_cell(tags) if tags else "",
                                (yes if item["tags_confirmed"] else no) if tags else "",
                                worded("review", item["review_status"]),
                                yes if item["flagged"] else no,
                                text(item["note"]),
                            )
                        )
                    )
            count += len(rows)
            if rows:
                out.write("\r\n".join(rows) + "\r\n")
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
