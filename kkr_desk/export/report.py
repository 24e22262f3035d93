"""The decision report (beslutningsprotokol): what it says, shared by its PDF and Word writers.

Per meeting: the title, council, date (a long date, "18. november 2022" in Danish), document
kind, participants and absentees when the record has them, then every item in order with its
number, title, case number, decision tags as words ("(foreslået)" after them while the clerk
has not confirmed them) and the text of its Beslutning parts; an item without Beslutning text
says so. The words come from :mod:`kkr_desk.domain.labels`; the few that only the report uses
(its title, "no decision", the page footer, month names) are here, in English and Danish.

The writers only lay out what :func:`report_meetings` gives them; they never read records.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from json import loads
from typing import Any, TextIO

from kkr_desk.domain.labels import LANGUAGES, MONTHS, label, tag_labels
from kkr_desk.domain.records import Encoded
from kkr_desk.export.files import atomic_write

DECISION_HEADING = "Beslutning"  # the part heading whose text is the decision

# word -> (English, Danish): the words only the report uses
_OWN_WORDS: dict[str, tuple[str, str]] = {
    "title": ("Decision report", "Beslutningsprotokol"),
    "decision": ("Decision", DECISION_HEADING),
    "no_decision": ("No decision", "Ingen beslutning"),
    "no_meetings": ("No meetings", "Ingen møder"),
    "page_of": ("Page {page} of {pages}", "Side {page} af {pages}"),
}
# Characters XML 1.0 (and so a .docx) cannot hold; a damaged text layer may carry them.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


@dataclass(frozen=True)
class Words:
    """The report's fixed words in one language."""

    title: str
    council: str
    date: str
    kind: str
    participants: str
    absent: str
    case_number: str
    tags: str
    decision: str
    no_decision: str
    no_meetings: str
    page_of: str  # str.format with page= and pages=

    @classmethod
    def of(cls, language: str) -> Words:
        """The words in ``language`` ("en" or "da"); ValueError for another."""
        council = label("column", "body", language)  # raises for an unknown language
        own = {key: words[LANGUAGES.index(language)] for key, words in _OWN_WORDS.items()}
        return cls(
            council=council,
            date=label("column", "date", language),
            kind=label("column", "kind", language),
            participants=label("column", "participants", language),
            absent=label("column", "absent", language),
            case_number=label("column", "case_number", language),
            tags=label("column", "decision_tags", language),
            **own,
        )


@dataclass(frozen=True)
class ReportItem:
    number: str | None
    title: str | None
    case_number: str | None
    tags: str | None  # "Drøftet, Godkendt (foreslået)"; None without tags
    decision: tuple[str, ...]  # the Beslutning text as paragraphs; () when there is none


@dataclass(frozen=True)
class ReportSection:
    number: str | None
    title: str | None
    items: tuple[ReportItem, ...]


@dataclass(frozen=True)
class ReportMeeting:
    body: str | None
    date: str | None  # the long date; None when unknown
    kind: str  # the document kind as a word
    participants: tuple[str, ...]
    absent: tuple[str, ...]
    sections: tuple[ReportSection, ...]

    @property
    def items(self) -> Iterator[ReportItem]:
        for section in self.sections:
            yield from section.items

    def heading(self, words: Words) -> str:
        """One line naming the meeting: title, council and date (the PDF's footer)."""
        return " · ".join(x for x in (words.title, self.body, self.date) if x)


def clean(text: str | None) -> str:
    """Text as a document may hold it: without control characters XML cannot carry."""
    return _NOT_XML.sub("", text or "")


def long_date(iso: str | None, language: str) -> str | None:
    """``2022-11-18`` as "18. november 2022" (da) or "18 November 2022" (en)."""
    if not iso:
        return None
    day = dt.date.fromisoformat(iso)
    if language == "da":
        return f"{day.day}. {MONTHS['da'][day.month - 1]} {day.year}"
    return f"{day.day} {MONTHS['en'][day.month - 1]} {day.year}"


def paragraphs(text: str) -> tuple[str, ...]:
    """A part's text as paragraphs (blank lines between them); lines within one stay as
    ``\\n``."""
    blocks = (block.strip("\n") for block in re.split(r"\n[ \t]*\n", clean(text)))
    return tuple(block for block in blocks if block.strip())


def report_item(item: dict[str, Any], language: str) -> ReportItem:
    words = tag_labels(item["decision_tags"], language)
    tags = None
    if words:
        tags = ", ".join(clean(w) for w in words)
        if item.get("tags_confirmed") is not True:  # records without the key: suggested
            tags += f" ({label('tags_state', 'suggested', language)})"
    decision = "\n\n".join(
        part["text"] for part in item["parts"] if part["heading"] == DECISION_HEADING
    )
    return ReportItem(
        number=clean(item["number"]) or None,
        title=clean(item["title"]) or None,
        case_number=clean(item["case_number"]) or None,
        tags=tags,
        decision=paragraphs(decision),
    )


def report_meeting(meeting: dict[str, Any], language: str) -> ReportMeeting:
    """The report of one export record (items as dicts or ``Encoded`` JSON)."""
    sections = []
    for section in meeting["sections"]:
        items = tuple(
            report_item(loads(entry) if isinstance(entry, Encoded) else entry, language)
            for entry in section["items"]
        )
        sections.append(
            ReportSection(
                number=clean(section["number"]) or None,
                title=clean(section["title"]) or None,
                items=items,
            )
        )
    return ReportMeeting(
        body=clean(meeting["body"]) or None,
        date=long_date(meeting["date"], language),
        kind=label("kind", meeting["kind"], language),
        participants=tuple(clean(p) for p in meeting.get("participants") or ()),
        absent=tuple(clean(p) for p in meeting.get("absent") or ()),
        sections=tuple(sections),
    )


def report_meetings(
    meetings: Iterable[dict[str, Any]], language: str
) -> Iterator[tuple[ReportMeeting, int]]:
    """Each meeting's report with its item count, as the records arrive."""
    for meeting in meetings:
        report = report_meeting(meeting, language)
        yield report, sum(len(section.items) for section in report.sections)


def item_heading(item: ReportItem) -> str:
    return " ".join(x for x in (item.number, item.title) if x)


def section_heading(section: ReportSection) -> str:
    return " ".join(x for x in (section.number, section.title) if x)


def write_bytes(path: str | os.PathLike[str], data: bytes) -> None:
    """Write ``data`` to ``path`` atomically (whole file or nothing; see files.py)."""

    def write(out: TextIO) -> None:
        out.buffer.write(data)

    atomic_write(path, write)
