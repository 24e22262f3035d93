"""Outline numbers set beside their titles in ``pdftotext -layout`` rows."""

from __future__ import annotations

from kkr_desk.parse import plaintext
from kkr_desk.parse.indent import lift_numbers

TABLE_EVEN = [
    "",
    "             Godkendelse af referat fra mødet den 20. februar",
    "1.2.",
    "             2026",
    "SAG-2026-01187 abc",
]
TABLE_ODD = [
    "",
    "              Strategi for udbygning af el-infrastruktur og",
    "3.1.          ladestandere i kommunerne, herunder fælles udbud",
    "              og koordinering med forsyningsselskaberne",
    "SAG-2026-01311 abc/def",
]


def test_a_lone_number_between_title_rows_goes_to_the_first() -> None:
    assert lift_numbers(TABLE_EVEN) == [
        "",
        "1.2. Godkendelse af referat fra mødet den 20. februar",
        "             2026",
        "SAG-2026-01187 abc",
    ]


def test_a_number_on_the_middle_title_row_goes_to_the_first() -> None:
    assert lift_numbers(TABLE_ODD) == [
        "",
        "3.1. Strategi for udbygning af el-infrastruktur og",
        "              ladestandere i kommunerne, herunder fælles udbud",
        "              og koordinering med forsyningsselskaberne",
        "SAG-2026-01311 abc/def",
    ]


def test_the_lines_read_from_such_rows_parse_as_headings() -> None:
    lines, _ = plaintext.read_lines("\n".join(TABLE_ODD))
    assert [x.text for x in lines][:2] == [
        "3.1. Strategi for udbygning af el-infrastruktur og",
        "ladestandere i kommunerne, herunder fælles udbud",
    ]


def test_a_numbered_list_hanging_left_of_body_text_stays() -> None:
    rows = [
        "",
        "     Strategien bygger på fire principper:",
        "1.   Ladeinfrastrukturen skal være tilgængelig",
        "     for alle borgere.",
    ]
    assert lift_numbers(rows) == rows


def test_a_hanging_heading_that_wraps_stays() -> None:
    rows = [
        "",
        "2.1.   Fælles indkøb af fibernet i de",
        "       syddanske kommuner",
        "2.2.   Orientering om trafik",
        "       og veje",
    ]
    assert lift_numbers(rows) == rows


def test_rows_glued_to_a_paragraph_above_are_no_title() -> None:
    rows = [
        "Et afsnit, der begynder længere til venstre,",
        "      Teksten slutter her og fortsætter",
        "      på næste linje uden luft",
        "3.1.  ladestandere i kommunerne",
        "      og mere tekst",
    ]
    assert lift_numbers(rows) == rows


def test_a_hyphen_joined_away_comes_back_where_the_document_writes_it() -> None:
    lines, _ = plaintext.read_lines(
        "Fælles it-systemer er nævnt.\n\nOm itsystemer og Itsystemer her; itsystem nej.\n"
    )
    plaintext.restore_hyphens(lines)
    assert lines[1].text == "Om it-systemer og Itsystemer her; itsystem nej."
