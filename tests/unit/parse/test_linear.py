"""The parse rules that scan a line run in linear time and decide as the regular
expressions they replace (those were quadratic in a long run of one character)."""

from __future__ import annotations

import datetime as dt
import random
import re

import pytest

from kkr_desk.domain.document import Line
from kkr_desk.parse import MAX_WORD, meeting, parse_bytes
from kkr_desk.parse.contents import toc_tail
from kkr_desk.parse.errors import NotKKRDocumentError

# The originals: correct, but quadratic when searched over a long run of dots, tabs or
# "møde"s (every start position re-scans the run).
OLD_TOC_TAIL = re.compile(r"(?:\.{3,}|…+|\s\.{2,}|\t)\s*\d{1,3}$")
OLD_MEETING_PHRASE = re.compile(r"møde\w*\s+(?:den|d\.)\s+", re.IGNORECASE)


def test_toc_tail_decides_as_the_regular_expression() -> None:
    rng = random.Random(22)
    alphabet = [".", "..", "…", " ", "\t", "\n", "1", "23", "a", "٣", "\u00a0", "Side"]
    for _ in range(50_000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 10)))
        assert toc_tail(text) == bool(OLD_TOC_TAIL.search(text)), repr(text)


def test_toc_tail_examples() -> None:
    assert toc_tail("2.1. Fælles indkøb ........ 4")
    assert toc_tail("2.1. Fælles indkøb … 14")
    assert toc_tail("2.1. Fælles indkøb\t7")
    assert not toc_tail("2.1. Fælles indkøb 2024")
    assert not toc_tail("1. " + "." * 1_000_000 + "x")
    assert toc_tail("1. " + "." * 1_000_000 + " 12")
    assert not toc_tail("1. " + "\t" * 1_000_000 + "x")


def test_meeting_phrase_matches_as_the_regular_expression() -> None:
    rng = random.Random(23)
    alphabet = ["møde", "MØDE", "r", " ", "  ", "den", "d.", "\n", "-", "ø", "x", "3."]
    for _ in range(50_000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 10)))
        old = [m.end() for m in OLD_MEETING_PHRASE.finditer(text)]
        new = [m.end() for m in meeting._MEETING_PHRASE.finditer(text)]
        assert new == old, repr(text)


def test_a_million_mode_word() -> None:
    text = "møde" * 250_000 + " den 18. november 2022"
    assert [m.end() for m in meeting._MEETING_PHRASE.finditer(text)] == [len(text) - 17]
    body = [Line(index=0, page=1, text=text)]
    assert meeting.find_date([], [], body) == dt.date(2022, 11, 18)


def test_kkr_text_with_long_runs_parses(corpus_dir) -> None:
    source = (corpus_dir / "kkr-nordjylland-2022-11-18-referat.txt").read_text(encoding="utf-8")
    clean = parse_bytes(source.encode(), "referat.txt")
    at = source.index("1.3. Godkendelse af referat")
    # Runs as long as a word may be (longer ones are refused: test_refused_word), and a
    # million tabs, which are no word at all.
    for run in ("." * 9_999, "\t" * 1_000_000, "møde" * 2_499, "a-" * 4_999):
        text = source[:at] + f"Dette er {run} slut.\n\n" + source[at:]
        doc = parse_bytes(text.encode(), "referat.txt")
        assert [i.number for i in doc.items()] == [i.number for i in clean.items()]


def test_refused_word(corpus_dir) -> None:
    source = (corpus_dir / "kkr-nordjylland-2022-11-18-referat.txt").read_text(encoding="utf-8")
    at = source.index("1.3. Godkendelse af referat")
    text = source[:at] + "Dette er " + "x" * (MAX_WORD + 1) + " slut.\n\n" + source[at:]
    with pytest.raises(NotKKRDocumentError, match="holds a 'word' of 10,001 characters"):
        parse_bytes(text.encode(), "referat.txt")
