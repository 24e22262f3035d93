"""The full-text index of the archive: one entry per item (title, case number, note) and
per part (its derived text), kept current in the transaction of every change.

SQLite: an FTS5 table ``search_entry`` (rowid = node id; columns text, title,
case_number, note; ``unicode61`` without removing diacritics, so case is folded and æ, ø,
å stay letters of their own). PostgreSQL: ``search_entry(node_id, document)``, a weighted
``tsvector`` under a GIN index: each field's words stemmed (``danish``, what a query
matches) and as they stand (``simple``, what ranks the exact word first); the case number
split into its digits and letters. Letters are lower-cased before PostgreSQL sees them
(``FOLD``), whatever the server's locale. Migration 0004 creates both.

The hooks: ``index_meeting`` after a meeting's rows are inserted (import, re-import),
``reindex`` for the nodes an edit changed or whose derived text changed, ``forget`` before
meetings are purged. Trash and versions need none: a meeting's nodes keep their ids when a
re-import swaps versions, and search reads only live meetings. ``disabled()`` turns the
hooks off (benchmarks measure what they cost). Searching is ``store/search_read.py``.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Iterator, Mapping
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Connection
from sqlalchemy.orm import Session

TABLE = "search_entry"
COLUMNS = ("text", "title", "case_number", "note")
INDEXED_KINDS = "('item', 'part')"

# Upper-case letters PostgreSQL leaves alone under the C locale, and their lower case.
_UPPER = "ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖØÙÚÛÜÝÞ"
_LOWER = "àáâãäåæçèéêëìíîïðñòóôõöøùúûüýþ"


def fold(expression: str) -> str:
    """SQL: ``expression`` (text) with the letters of ``_UPPER`` lower-cased."""
    return f"translate({expression}, '{_UPPER}', '{_LOWER}')"


def _words(column: str, weight: str) -> str:
    value = fold(f"coalesce({column}, '')")
    return (
        f"setweight(to_tsvector('danish', {value}), '{weight}')"
        f" || setweight(to_tsvector('simple', {value}), '{weight}')"
    )


def case_words(column: str) -> str:
    """SQL: a case number as words (``20/12345`` → ``20 12345``)."""
    value = fold(f"coalesce({column}, '')")
    return f"regexp_replace({value}, '[[:space:][:punct:]]+', ' ', 'g')"


PG_DOCUMENT = " || ".join(
    [
        _words("title", "A"),
        f"setweight(to_tsvector('simple', {case_words('case_number')}), 'A')",
        _words("note", "B"),
        _words("text", "D"),
    ]
)

_enabled = True


@contextmanager
def disabled() -> Iterator[None]:
    """The hooks do nothing meanwhile (for measuring what they cost; the index is stale)."""
    global _enabled
    _enabled = False
    try:
        yield
    finally:
        _enabled = True


def _sqlite(connection: Connection) -> bool:
    return connection.dialect.name == "sqlite"


def id_list(values: Iterable[int]) -> str:
    return ", ".join(str(int(v)) for v in values)  # ints only: safe inline


def index_meeting(session: Session, meeting_id: int) -> None:
    """Index every item and part of a meeting whose rows were just inserted."""
    if _enabled:
        _insert(session.connection(), f"meeting_id = {int(meeting_id)}")


def changed_nodes(nodes: Mapping[int, tuple[Any, Any]]) -> set[int]:
    """The nodes of an edit's (before, after) states whose indexed fields changed."""
    fields = ("kind", "title", "case_number", "note")
    return {
        k
        for k, (old, new) in nodes.items()
        if old is None or new is None or any(old.get(f) != new.get(f) for f in fields)
    }


def reindex(session: Session, node_ids: Collection[int]) -> None:
    """Rewrite the entries of these nodes from their rows as they are now (a node that is
    gone loses its entry)."""
    if not _enabled or not node_ids:
        return
    connection = session.connection()
    key = "rowid" if _sqlite(connection) else "node_id"
    connection.exec_driver_sql(f"DELETE FROM {TABLE} WHERE {key} IN ({id_list(node_ids)})")
    _insert(connection, f"id IN ({id_list(node_ids)})")


def forget(session: Session, meeting_ids: Collection[int]) -> None:
    """Drop the entries of meetings about to be deleted for good (PostgreSQL's cascade
    does it there; an FTS5 table has no foreign keys)."""
    if not _enabled or not meeting_ids:
        return
    connection = session.connection()
    if _sqlite(connection):
        connection.exec_driver_sql(
            f"DELETE FROM {TABLE} WHERE rowid IN"
            f" (SELECT id FROM node WHERE meeting_id IN ({id_list(meeting_ids)}))"
        )


def _insert(connection: Connection, where: str) -> None:
    kinds = f"kind IN {INDEXED_KINDS}"
    if _sqlite(connection):
        columns = ", ".join(COLUMNS)
        connection.exec_driver_sql(
            f"INSERT INTO {TABLE} (rowid, {columns}) SELECT id, {columns} FROM node"
            f" WHERE {where} AND {kinds}"
        )
    else:  # the driver's SQL: the pattern's ":punct:" is no parameter
        connection.exec_driver_sql(
            f"INSERT INTO {TABLE} (node_id, document) SELECT id, {PG_DOCUMENT} FROM node"
            f" WHERE {where} AND {kinds}"
        )


def rebuild(connection: Connection) -> None:
    """Index every item and part of the archive afresh."""
    connection.exec_driver_sql(f"DELETE FROM {TABLE}")
    _insert(connection, "1 = 1")
