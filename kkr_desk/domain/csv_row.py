"""The CSV export's cells, shared by the export (:mod:`kkr_desk.export.csv_export`) and the
archive, which keeps each item's cells as written with the default options (``;``, English
codes) next to its JSON record, so the export splices them in as the JSON export splices
its records. They are kept as the UTF-8 bytes the file holds: decoding and encoding them
again would cost the export a fifth of its time.

An item's cells run from ``item_id`` to ``note``: the meeting and section cells before them
are joined at export time (a meeting's id changes when an earlier version is brought back,
an item's never). Quoting is RFC 4180's, as ``csv.writer`` with QUOTE_MINIMAL would write it
(item numbers always quoted), done with string methods: several times faster on long texts.
Text cells that a spreadsheet would read as a formula get a leading ``'`` (OWASP, "CSV
Injection"); the numbers the export writes itself (ids, pages) are never touched.
"""

from __future__ import annotations

from typing import Any

from kkr_desk.domain import labels as words

DELIMITER = ";"  # the stored rows' delimiter: the export's default
LABELS = "en"  # the stored rows' words: the codes (the export's default)

# heading of a part -> its position in the block of part columns
PART_COLUMNS: dict[str | None, int] = {
    "Baggrund": 0,
    "Indstilling": 1,
    "Sagsfremstilling": 2,
    "Beslutning": 3,
    "Program": 4,
    None: 5,
}
_FORMULA_STARTS = frozenset("=+-@\t\r")


class CsvRow(bytes):
    """An item's cells as the archive keeps them (``DELIMITER``, ``LABELS``, UTF-8): the
    CSV export writes them after the meeting's and section's cells."""

    __slots__ = ()


def neutralise(text: str | None) -> str:
    """A text cell as written: empty for ``None``, a leading ``'`` if it could be a formula."""
    if not text:
        return ""
    if text[0] in _FORMULA_STARTS:
        return "'" + text
    return text


class Cells:
    """Cells as written with one delimiter and one language of words (``labels``)."""

    def __init__(self, delimiter: str = DELIMITER, labels: str = LABELS) -> None:
        if len(delimiter) != 1 or delimiter in '"\r\n':
            raise ValueError(f"unusable CSV delimiter {delimiter!r}")
        if labels not in words.LANGUAGES:
            raise ValueError(f"unknown CSV labels {labels!r}; choose en or da")
        self.delimiter = delimiter
        self.danish = labels == "da"
        self.yes, self.no = (
            words.label("bool", b, "da") if self.danish else b for b in ("true", "false")
        )
        self._worded: dict[tuple[str, str], str] = {}  # (kind, code) -> its cell, worded once

    def quote(self, cell: str) -> str:
        d = self.delimiter
        if d in cell or '"' in cell or "\n" in cell or "\r" in cell:
            return '"' + cell.replace('"', '""') + '"'
        return cell

    def text(self, value: str | None) -> str:
        return self.quote(neutralise(value))

    @staticmethod
    def number(value: str | None) -> str:
        """An item number: always quoted, never a formula."""
        return '"' + neutralise(value).replace('"', '""') + '"' if value else ""

    def worded(self, kind: str, code: str) -> str:
        cell = self._worded.get((kind, code))
        if cell is None:
            word = words.label(kind, code, "da") if self.danish else code
            cell = self._worded[kind, code] = self.text(word)
        return cell

    def tags(self, codes: list[str]) -> str:
        key = ("tags", ",".join(codes))
        cell = self._worded.get(key)
        if cell is None:
            named = words.tag_labels(codes, "da") if self.danish else codes
            cell = self._worded[key] = self.text(", ".join(named))
        return cell

    def item(self, item: dict[str, Any]) -> str:
        """The item's cells (``item_id`` to ``note``) of its export record, joined."""
        text, tags = self.text, item["decision_tags"]
        yes, no = self.yes, self.no
        return self.delimiter.join(
            (
                str(item["id"]),
                self.number(item["number"]),
                text(item["title"]),
                text(item["case_number"]),
                text("/".join(item["case_handlers"])),
                str(item["page"]),
                str(item["last_page"]),
                *map(self.quote, part_cells(item["parts"])),
                text("\n".join(item["attachments"])),
                self.tags(tags) if tags else "",
                (yes if item["tags_confirmed"] else no) if tags else "",
                self.worded("review", item["review_status"]),
                yes if item["flagged"] else no,
                text(item["note"]),
            )
        )


def part_cells(parts: list[dict[str, Any]]) -> list[str]:
    """The part columns' texts (neutralised, not quoted); two parts with one heading are
    joined with a blank line."""
    texts: list[str | None] = [None] * len(PART_COLUMNS)
    for part in parts:
        heading = part["heading"]
        try:
            column = PART_COLUMNS[heading]
        except KeyError:
            raise ValueError(f"unknown part heading {heading!r}") from None
        before = texts[column]
        texts[column] = part["text"] if before is None else f"{before}\n\n{part['text']}"
    return [neutralise(text) for text in texts]


_STORED = Cells()


def stored_row(item: dict[str, Any]) -> bytes | None:
    """The cells the archive keeps for the export record ``item`` (UTF-8); None when the
    CSV has no column for one of its parts (the export then reads the record and says so)."""
    try:
        return _STORED.item(item).encode()
    except ValueError:
        return None
