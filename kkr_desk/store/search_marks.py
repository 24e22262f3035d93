"""The words of a text that a query matched, marked as SQLite FTS5's ``highlight()`` marks
them, computed here for the few entries a search returns (``highlight()`` would have the
full-text engine match the query again for each of them).

A text's words are what FTS5's ``unicode61`` tokenizer keeps (``search_query.WORD``),
compared without case. A clause matches where its words stand in a row, each equal to its
word of the query and the last beginning with its word (FTS5's ``"a b"*``); a match is
marked from its first word's start to its last word's end, overlapping matches as one.
"""

from __future__ import annotations

import re

from kkr_desk.store.search_query import Clause

OPEN, CLOSE = "\ue000", "\ue001"  # private-use marks: no text has them


_LETTER, _GAP = r"[^\W_]", r"[\W_]+"  # a word's character; what separates words
_WORD_CHAR = re.compile(_LETTER)


def pattern(clause: Clause, flags: int = 0) -> re.Pattern[str]:
    """A clause as a regular expression: its words in a row, whole, the last a prefix.
    It begins with the first word's letters (found fast); that no letter stands before
    them is checked by ``spans``."""
    *exact, prefix = clause.words
    whole = [f"{re.escape(w)}(?!{_LETTER})" for w in exact]
    return re.compile(_GAP.join([*whole, f"{re.escape(prefix)}{_LETTER}*"]), flags)


def spans(value: str, clauses: list[Clause]) -> list[tuple[int, int]]:
    """The (start, end) of each run of matched words, in order, overlapping ones merged.
    The words are looked for in the text lower-cased (a search for letters is fast, one
    ignoring case is not) where that keeps every offset."""
    lowered = value.lower()
    flags = 0
    if len(lowered) != len(value):
        lowered, flags = value, re.IGNORECASE
    found = sorted(
        m.span()
        for c in clauses
        if not c.negated
        for m in pattern(c, flags).finditer(lowered)
        if m.start() == 0 or not _WORD_CHAR.match(lowered, m.start() - 1)
    )
    merged: list[tuple[int, int]] = []
    for start, end in found:
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def mark(value: str | None, clauses: list[Clause]) -> str | None:
    """``value`` with its matched words between ``OPEN`` and ``CLOSE``."""
    if not value:
        return value
    out, at = [], 0
    for start, end in spans(value, clauses):
        out += [value[at:start], OPEN, value[start:end], CLOSE]
        at = end
    out.append(value[at:])
    return "".join(out)
