"""Full-text search over the archive: the words of every live meeting's part texts, item
titles, case numbers and notes, for the command line and the window.

``search(archive, "bus")`` returns ``Hit``s ordered by relevance: where each is (meeting,
item, field, first line) and a snippet with the matched words in ``[`` ``]``. Words match
as prefixes (``bus`` finds ``busplan``), case does not matter, æ/ø/å are letters. A query
is words, ``"a phrase"`` in quotes, ``-word`` to leave out; syntax that does not add up
(an unbalanced quote) is read as plain words, never an error.

On SQLite a word so common that it matches more than ``search_read.RANKED`` (5,000)
entries has the newest of them ranked (ranking costs a little per match, and such a word
picks nothing out on its own: the search panel asks for another word when its list is
full). PostgreSQL ranks every match.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from kkr_desk.store import search_read
from kkr_desk.store.archive import Archive

FIELDS = ("text", "title", "case", "note")


@dataclass(frozen=True)
class Hit:
    meeting_id: int
    meeting_label: str  # "KKR Nordjylland · 18.11.2022 · referat"
    item_id: int | None
    item_number: str | None
    item_title: str | None
    field: str  # text | title | case | note
    snippet: str  # matched words in "[" "]"
    terms: tuple[str, ...]  # the matched words as they stand in the text
    first_line: int | None  # line index of the part or item the hit is in
    rank: float  # higher is better


def search(
    archive: Archive, query: str, *, meeting_id: int | None = None, limit: int = 50
) -> list[Hit]:
    """The hits of ``query`` in the live meetings (in meeting ``meeting_id`` only, when
    given), best first, at most ``limit``. An empty query finds nothing."""
    found = search_read.search(archive.db, query, meeting_id=meeting_id, limit=limit)
    return [
        Hit(
            meeting_id=f.meeting_id,
            meeting_label=label(f.body, f.date, f.kind),
            item_id=f.item_id,
            item_number=f.item_number,
            item_title=f.item_title,
            field=f.field,
            snippet=f.snippet,
            terms=f.terms,
            first_line=f.first_line,
            rank=f.rank,
        )
        for f in found
    ]


def label(body: str, date: dt.date | None, kind: str) -> str:
    """A meeting as the clerk names it: council · date · kind (``?`` for what is unknown)."""
    when = date.strftime("%d.%m.%Y") if date is not None else "?"
    return " · ".join((body or "?", when, kind or "?"))
