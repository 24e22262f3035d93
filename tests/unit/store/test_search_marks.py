"""The words a query matched, marked in Python for the hits a search returns, are the
words SQLite FTS5's own ``highlight()`` marks (the table made as migration 0004 makes it)."""

from __future__ import annotations

import sqlite3

import pytest

from kkr_desk.store import search_marks, search_query
from kkr_desk.store.search_marks import CLOSE, OPEN

TEXTS = [
    "Økonomiudvalgets båd skal bygges om; Busplanen følger. BUSPLAN, busser og Bus.",
    "Den kollektive trafik i Nordjylland: den kollektive trafikplan og kollektiv trafik.",
    "SAG-2022-04420 hlth; sag 20/12345 og 2022-04420. Sagen_2022 er ny.",
    "Kommunerne og kommunen; storkommune, KOMMUNE-samarbejde, kommunalt.",
    "Plan for trafik, trafik-planen, trafikplan plan trafik plan.",
    "ærø åbenrå øresund Ærøskøbing Århus",
]
QUERIES = [
    "bus",
    "økonomi bus",
    '"den kollektive trafik"',
    '"kollektive trafik"',
    "2022",
    "20/12345",
    "kommune",
    "kommune -busplan",
    "trafik plan",
    '"trafik plan"',
    "år ær",
    "å",
    "sagen",
]


@pytest.fixture(scope="module")
def fts() -> sqlite3.Connection:
    connection = sqlite3.connect(":memory:")
    connection.execute(
        "CREATE VIRTUAL TABLE t USING fts5(text, tokenize = 'unicode61 remove_diacritics 0')"
    )
    connection.executemany("INSERT INTO t (rowid, text) VALUES (?, ?)", enumerate(TEXTS))
    return connection


@pytest.mark.parametrize("query", QUERIES)
def test_the_marks_are_fts5s_own(fts: sqlite3.Connection, query: str) -> None:
    clauses = search_query.parse(query)
    expected = dict(
        fts.execute(
            f"SELECT rowid, highlight(t, 0, '{OPEN}', '{CLOSE}') FROM t WHERE t MATCH ?",
            (search_query.fts5(clauses),),
        )
    )
    assert expected, query  # each query matches some text
    for number, value in enumerate(TEXTS):
        if number in expected:
            assert search_marks.mark(value, clauses) == expected[number], (query, value)


def test_a_text_without_a_match_is_left_as_it_is() -> None:
    clauses = search_query.parse("vindmølle")
    assert search_marks.mark(TEXTS[0], clauses) == TEXTS[0]
    assert search_marks.mark(None, clauses) is None
    assert search_marks.mark("", clauses) == ""


def test_letters_whose_lower_case_is_longer_keep_every_offset() -> None:
    value = "İstanbul-aftalen og aftalerne"  # "İ".lower() is two characters
    assert search_marks.mark(value, search_query.parse("aftale")) == (
        f"İstanbul-{OPEN}aftalen{CLOSE} og {OPEN}aftalerne{CLOSE}"
    )
