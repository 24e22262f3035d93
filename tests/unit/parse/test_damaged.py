"""Damaged copies of the corpus minutes: refused with one line, or read exactly as the
clean file, never accepted as a different meeting; and read anyway when the clerk asks."""

from __future__ import annotations

import random
from pathlib import Path

import pymupdf
import pytest

from kkr_desk.domain.document import Anomaly
from kkr_desk.domain.gold import to_gold
from kkr_desk.parse import parse_bytes
from kkr_desk.parse.errors import BrokenPdfError, DamagedPdfError, ParseError
from tests.helpers.damage import damaged_page_seven

pytestmark = pytest.mark.corpus

MINUTES = "kkr-nordjylland-2022-11-18-referat.pdf"
SEED = 20221118
COPIES = 60  # 20 of each kind
KINDS = ("bit flips", "deleted range", "truncated")


@pytest.fixture(scope="module")
def clean(corpus_dir: Path) -> bytes:
    return (corpus_dir / MINUTES).read_bytes()


@pytest.fixture(scope="module")
def clean_gold(clean: bytes) -> dict:
    return to_gold(parse_bytes(clean, MINUTES))


def damage(data: bytes, copy: int) -> tuple[str, bytes]:
    """Copy number ``copy`` (0 … 59): the same bytes on every run."""
    rng = random.Random(SEED * 100 + copy)
    kind = KINDS[copy % 3]
    out = bytearray(data)
    if kind == "bit flips":
        for _ in range(rng.randint(1, 8)):
            out[rng.randrange(len(out))] ^= 1 << rng.randrange(8)
    elif kind == "deleted range":
        start = rng.randrange(len(out))
        del out[start : start + rng.randint(1, 4096)]
    else:
        del out[rng.randint(len(out) // 20, len(out) - 1) :]
    return kind, bytes(out)


def _one_line(exc: ParseError) -> None:
    message = str(exc)
    assert message
    assert "\n" not in message
    assert message == message.strip()
    assert MINUTES in message


def test_sixty_damaged_copies_are_refused_or_read_exactly(clean: bytes, clean_gold: dict) -> None:
    outcome: dict[str, list[int]] = {"refused": [], "identical": [], "different": []}
    for copy in range(COPIES):
        kind, data = damage(clean, copy)
        assert data != clean, (copy, kind)
        try:
            doc = parse_bytes(data, MINUTES)  # anything but a ParseError fails the test
        except ParseError as exc:
            _one_line(exc)
            outcome["refused"].append(copy)
            continue
        same = to_gold(doc) == clean_gold
        outcome["identical" if same else "different"].append(copy)
        assert doc.meeting.anomalies == []
    assert outcome["different"] == []
    assert len(outcome["refused"]) + len(outcome["identical"]) == COPIES
    # Most damage is damage MuPDF reports: the rule has to be doing the refusing.
    assert len(outcome["refused"]) >= COPIES // 2, outcome


def test_kinds_are_mixed() -> None:
    assert [KINDS[c % 3] for c in range(COPIES)].count("truncated") == COPIES // 3


def test_a_damaged_page_is_named(clean: bytes) -> None:
    with pytest.raises(DamagedPdfError) as info:
        parse_bytes(damaged_page_seven(clean), MINUTES)
    error = info.value
    assert isinstance(error, BrokenPdfError)
    assert error.pages == [7]
    assert error.detail  # MuPDF's own words
    assert str(error).startswith(f"{MINUTES}: page 7 cannot be read: the PDF file is damaged (")
    _one_line(error)


def test_accept_damaged_reads_on_and_lists_the_pages(clean: bytes, clean_gold: dict) -> None:
    doc = parse_bytes(damaged_page_seven(clean), MINUTES, accept_damaged=True)
    assert [a.page for a in doc.meeting.anomalies] == [7]
    assert all(isinstance(a, Anomaly) and "damaged" in a.message for a in doc.meeting.anomalies)
    gold = to_gold(doc)
    assert (gold["body"], gold["date"], gold["kind"]) == (
        clean_gold["body"],
        clean_gold["date"],
        clean_gold["kind"],
    )
    assert gold != clean_gold  # page 7 lost text: the anomaly is what tells the clerk
    # The clean file has none, also when damage is accepted.
    assert parse_bytes(clean, MINUTES, accept_damaged=True).meeting.anomalies == []


def test_a_file_that_cannot_be_opened_names_no_page(clean: bytes) -> None:
    with pytest.raises(DamagedPdfError) as info:
        parse_bytes(clean[:400], MINUTES, accept_damaged=True)
    assert info.value.pages == []
    assert str(info.value).startswith(f"{MINUTES} cannot be read: the PDF file is damaged")


def test_a_damaged_page_key_is_damage(clean: bytes) -> None:
    # MuPDF says nothing about a page whose /Contents key lost a bit: the page is blank.
    with pymupdf.open(stream=clean, filetype="pdf") as doc:
        xref = doc[11].xref
    start = clean.index(b"\n%d 0 obj" % xref)
    at = clean.index(b"/Contents", start) + 1
    data = clean[:at] + bytes([clean[at] ^ 2]) + clean[at + 1 :]
    with pytest.raises(DamagedPdfError) as info:
        parse_bytes(data, MINUTES)
    assert info.value.pages == [12]
    assert "/Aontents" in info.value.detail
