"""A search query as the clerk types it, read into clauses, and written out for each
database's full-text engine (SQLite FTS5 ``MATCH``, PostgreSQL ``to_tsquery``).

Words are letters and digits (what FTS5's ``unicode61`` tokenizer keeps): ``20/12345`` is
the phrase ``20 12345``. ``"two words"`` is a phrase, ``-word`` leaves out what has it.
Every word matches as a prefix. Anything else is no syntax: an unbalanced quote is read as
plain words, and nothing the clerk types reaches a database's query parser unquoted.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

WORD = re.compile(r"[^\W_]+")
_PIECE = re.compile(r'(-?)"([^"]*)"|(\S+)')


@dataclass(frozen=True)
class Clause:
    words: tuple[str, ...]  # casefolded; more than one: a phrase
    negated: bool = False


def words(text: str) -> list[str]:
    return [w.casefold() for w in WORD.findall(text)]


def parse(query: str) -> list[Clause]:
    """The clauses of ``query``; an unbalanced quote makes every quote a plain character."""
    if query.count('"') % 2:
        query = query.replace('"', " ")
    clauses = []
    for match in _PIECE.finditer(query):
        negated = bool(match.group(1))
        text = match.group(2) if match.group(2) is not None else match.group(3)
        if match.group(3) is not None and text.startswith("-") and len(text) > 1:
            negated, text = True, text[1:]
        found = tuple(words(text))
        if found:
            clauses.append(Clause(found, negated))
    return clauses


def positive(clauses: list[Clause]) -> list[Clause]:
    return [c for c in clauses if not c.negated]


def fts5(clauses: list[Clause]) -> str | None:
    """The FTS5 query; None when nothing can match (no positive words)."""

    def phrase(clause: Clause) -> str:
        return '"' + " ".join(clause.words) + '"*'  # words are letters and digits only

    wanted = [phrase(c) for c in clauses if not c.negated]
    if not wanted:
        return None
    query = " AND ".join(wanted)
    for clause in clauses:
        if clause.negated:
            query = f"({query}) NOT {phrase(clause)}"
    return query


def tsquery(clauses: list[Clause]) -> str | None:
    """The text for PostgreSQL's ``to_tsquery`` (which stems each quoted word and drops
    stop words); None when nothing can match."""

    def phrase(clause: Clause) -> str:
        return "(" + " <-> ".join(f"'{w}':*" for w in clause.words) + ")"

    wanted = [phrase(c) for c in clauses if not c.negated]
    if not wanted:
        return None
    return " & ".join(wanted + [f"!{phrase(c)}" for c in clauses if c.negated])
