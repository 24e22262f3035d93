"""Searching the full-text index (``store/search_index.py``): the best entries of live
meetings for a query, each field that matched as a hit with its marked words.

Each database finds and ranks (SQLite: FTS5 ``bm25``, a field weighted by what it is;
PostgreSQL: ``ts_rank`` of the words as typed, and a tenth of that of their stems) and marks
the matched words of the fields of the entries it returns; the snippet around them is cut
here, the same for both.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, text

from kkr_desk.store import search_marks, search_query
from kkr_desk.store.db import Database
from kkr_desk.store.search_index import COLUMNS, TABLE, case_words, fold, id_list
from kkr_desk.store.search_marks import CLOSE, OPEN
from kkr_desk.store.search_query import Clause

FIELD = {"text": "text", "title": "title", "case_number": "case", "note": "note"}
ORDER = {"title": 0, "case": 1, "note": 2, "text": 3}  # a node's hits, most telling first
BM25 = "bm25(1.0, 4.0, 4.0, 2.0)"  # SQLite weights of text, title, case number, note
PG_WEIGHTS = "'{0.1, 0.2, 0.4, 1.0}'"  # PostgreSQL weights of D (text), C, B (note), A
STEMMED = 0.1  # PostgreSQL: a stemmed word's rank counts for less than the exact word's
SNIPPET_WORDS = 24
RANKED = 5000  # SQLite: the most matches ranked across the archive (the newest)


@dataclass(frozen=True)
class Found:
    """One hit as the store finds it (``app.search`` names the meeting)."""

    meeting_id: int
    body: str
    date: dt.date | None
    kind: str
    item_id: int | None
    item_number: str | None
    item_title: str | None
    field: str
    snippet: str
    terms: tuple[str, ...]
    first_line: int | None
    rank: float


# A row: [0] node id, kind, first line, meeting, body, date, meeting kind, [7] item id,
# number, title, [10] score, then the four columns with the matched words marked.
_NODE_INFO = (
    "n.id, n.kind, n.first_line, n.meeting_id, m.body, m.date, m.kind, i.id, i.number, i.title"
)
_MEETING_JOIN = (
    " JOIN meeting m ON m.id = n.meeting_id"
    " LEFT JOIN node i ON i.id = CASE WHEN n.kind = 'part' THEN n.parent_id ELSE n.id END"
)
_NODE_JOIN = " JOIN node n ON n.id = {key}" + _MEETING_JOIN


def search(
    db: Database, query: str, *, meeting_id: int | None = None, limit: int = 50
) -> list[Found]:
    """The hits of ``query`` in live meetings, best first (see ``app.search``)."""
    clauses = search_query.parse(query)
    if limit <= 0 or not search_query.positive(clauses):
        return []
    where = "m.deleted_at IS NULL"
    if meeting_id is not None:
        where += f" AND n.meeting_id = {int(meeting_id)}"
    with db.session() as session:
        connection = session.connection()
        if connection.dialect.name == "sqlite":
            rows = _sqlite_rows(connection, clauses, meeting_id, where, limit)
        else:
            rows = _pg_rows(connection, clauses, where, limit)
    found: list[Found] = []
    for row in rows:
        found.extend(_hits(row))
    return found[:limit]


def _sqlite_rows(
    connection: Connection,
    clauses: list[Clause],
    meeting_id: int | None,
    where: str,
    limit: int,
) -> list[tuple[Any, ...]]:
    """Rank in the index alone (``bm25``), then read, filter and mark only the best few:
    joining every match to its meeting, or ``highlight()`` in the ranking query, costs
    more than the ranking itself. Across the archive, at most the newest ``RANKED``
    matches are ranked (``_newest``)."""
    query = search_query.fts5(clauses)
    if meeting_id is not None:  # a meeting's matches are few: rank them all
        among = f" AND rowid IN (SELECT id FROM node WHERE meeting_id = {int(meeting_id)})"
    else:
        among = _newest(connection, query)
    ranked = text(
        f"SELECT rowid, -rank FROM {TABLE} WHERE {TABLE} MATCH :q AND rank MATCH '{BM25}'"
        f"{among} ORDER BY rank LIMIT :n"
    )
    wanted = 2 * limit  # room for the few of the best that may be in the trash
    while True:
        scores = {
            int(node): float(score)
            for node, score in connection.execute(ranked, {"q": query, "n": wanted})
        }
        rows = _marked_rows(connection, clauses, scores, where, limit)
        if len(rows) == limit or len(scores) < wanted:
            return rows
        wanted *= 4


def _newest(connection: Connection, query: str | None) -> str:
    """SQL narrowing the matches to the newest ``RANKED`` (rowids grow with imports);
    empty when there are no more (see ``app.search``)."""
    cut = connection.execute(
        text(
            f"SELECT rowid FROM {TABLE} WHERE {TABLE} MATCH :q ORDER BY rowid DESC"
            " LIMIT 1 OFFSET :skip"
        ),
        {"q": query, "skip": RANKED - 1},
    ).scalar()
    return "" if cut is None else f" AND rowid >= {int(cut)}"


def _marked_rows(
    connection: Connection, clauses: list[Clause], scores: dict[int, float], where: str, limit: int
) -> list[tuple[Any, ...]]:
    """The best ``limit`` rows of these entries that pass ``where``, their fields marked
    (read only for those: a part's text may be long)."""
    if not scores:
        return []
    found = f"n.id IN ({id_list(scores)}) AND {where}"
    sql = f"SELECT {_NODE_INFO} FROM node n{_MEETING_JOIN} WHERE {found}"
    rows = sorted(connection.execute(text(sql)), key=lambda row: (-scores[row[0]], row[0]))
    rows = rows[:limit]
    fields = ", ".join(COLUMNS)
    values = {
        row[0]: row[1:]
        for row in connection.execute(
            text(f"SELECT id, {fields} FROM node WHERE id IN ({id_list(r[0] for r in rows)})")
        )
    }
    return [
        (*row, scores[row[0]], *(search_marks.mark(v, clauses) for v in values[row[0]]))
        for row in rows
    ]


def _pg_rows(
    connection: Connection, clauses: list[Clause], where: str, limit: int
) -> list[tuple[Any, ...]]:
    # Stop words only ("og"): the words as they stand, since the stemmed query is empty.
    options = f"'StartSel={OPEN}, StopSel={CLOSE}, HighlightAll=TRUE'"
    marked = ", ".join(
        f"ts_headline(q.c, {fold(f'n.{c}')}, q.q, {options}), n.{c}"
        for c in ("text", "title", "note")
    )
    sql = (
        "WITH w AS (SELECT to_tsquery('danish', :q) AS d, to_tsquery('simple', :q) AS s),"
        " q AS (SELECT CASE WHEN numnode(d) > 0 THEN d ELSE s END AS q, d, s,"
        " CAST(CASE WHEN numnode(d) > 0 THEN 'danish' ELSE 'simple' END AS regconfig) AS c"
        " FROM w),"
        f" top AS (SELECT e.node_id, ts_rank({PG_WEIGHTS}, e.document, q.s)"
        f" + {STEMMED} * ts_rank({PG_WEIGHTS}, e.document, q.d) AS score"
        f" FROM {TABLE} e CROSS JOIN q" + _NODE_JOIN.format(key="e.node_id") + f" WHERE"
        f" e.document @@ q.q AND {where} ORDER BY score DESC, e.node_id LIMIT :limit)"
        f" SELECT {_NODE_INFO}, top.score, {marked}, n.case_number,"
        f" to_tsvector('simple', {case_words('n.case_number')}) @@ q.q"
        " FROM top CROSS JOIN q"
        + _NODE_JOIN.format(key="top.node_id")
        + " ORDER BY top.score DESC, n.id"
    )
    out = []
    for row in connection.execute(text(sql), {"q": search_query.tsquery(clauses), "limit": limit}):
        text_marks, text_value, title_marks, title, note_marks, note, case, case_hit = row[11:]
        out.append(
            (
                *row[:11],
                _restore(text_value, text_marks),
                _restore(title, title_marks),
                _mark_words(case, clauses) if case_hit else case,
                _restore(note, note_marks),
            )
        )
    return out


def _restore(original: str | None, marked: str | None) -> str | None:
    """The original text with the marks of ``marked`` (its lower-cased copy)."""
    if original is None or marked is None:
        return original
    if len(marked) - marked.count(OPEN) - marked.count(CLOSE) != len(original):
        return marked
    letters = iter(original)
    return "".join(c if c in (OPEN, CLOSE) else next(letters) for c in marked)


def _mark_words(value: str, clauses: list[Clause]) -> str:
    """``value`` with the words that a query word begins marked (adjacent ones joined by
    no more than punctuation as one: ``20/12345``)."""
    wanted = {w for c in search_query.positive(clauses) for w in c.words}

    def mark(match: re.Match[str]) -> str:
        word = match.group(0)
        hit = any(word.casefold().startswith(w) for w in wanted)
        return f"{OPEN}{word}{CLOSE}" if hit else word

    marked = search_query.WORD.sub(mark, value)
    return re.sub(f"{CLOSE}([^\\s\\w]*){OPEN}", r"\1", marked)


_MARKED = re.compile(f"{OPEN}(.*?){CLOSE}", re.S)


def _hits(row: tuple[Any, ...]) -> list[Found]:
    _node, _kind, first, meeting_id, body, date, meeting_kind, item_id, number, title = row[:10]
    out = []
    for column, value in zip(COLUMNS, row[11:], strict=True):
        if not value or OPEN not in value:
            continue
        spans = _MARKED.findall(value)
        out.append(
            Found(
                meeting_id=meeting_id,
                body=body,
                date=_date(date),
                kind=meeting_kind,
                item_id=item_id,
                item_number=number,
                item_title=title,
                field=FIELD[column],
                snippet=snippet(value),
                terms=tuple(dict.fromkeys(t for span in spans for t in span.split())),
                first_line=first,
                rank=float(row[10]),
            )
        )
    return sorted(out, key=lambda f: ORDER[f.field])


def _date(value: Any) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


def snippet(marked: str, size: int = SNIPPET_WORDS) -> str:
    """About ``size`` words of ``marked`` around where most marked words are, whitespace
    made single spaces, ``…`` where words were left out, marks as ``[`` ``]``."""
    words = marked.split()
    if len(words) > size + size // 3:
        hits = _marked_words(words)
        most = max(  # the first marked word that begins a window of the most marked words
            range(len(hits)), key=lambda i: bisect.bisect_left(hits, hits[i] + size, i) - i
        )
        best = hits[most]
        start = max(0, min(best - 3, len(words) - size))
        chosen = words[start : start + size]
        shown = " ".join(chosen)
        if shown.count(OPEN) > shown.count(CLOSE):
            shown += CLOSE
        if shown.count(CLOSE) > shown.count(OPEN):
            shown = OPEN + shown
        shown = ("…" if start else "") + shown + ("…" if start + size < len(words) else "")
    else:
        shown = " ".join(words)
    return shown.replace(OPEN, "[").replace(CLOSE, "]")


def _marked_words(words: list[str]) -> list[int]:
    """The positions of the words with a mark, in order (counted in C: a long text has
    thousands of words and few marks)."""
    joined = "\n".join(words)  # words hold no whitespace: a newline is a word boundary
    out: list[int] = []
    at, word = joined.find(OPEN), 0
    previous = 0
    while at >= 0:
        word += joined.count("\n", previous, at)
        if not out or out[-1] != word:
            out.append(word)
        previous = at
        at = joined.find(OPEN, at + 1)
    return out
