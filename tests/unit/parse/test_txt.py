"""The text-extraction reader."""

from __future__ import annotations

from kkr_desk.parse.txt import read_lines

SAMPLE = "\n".join(
    [
        "",
        " ",
        "",
        "Forside ",
        "",
        " 1. Godkendelse ",  # opens page 2
        "",
        "3.1. Status på Er-",
        "hvervshus Nordjylland ",  # wrapped heading: no empty line between
        "",
        "Første afsnit ",
        "",
        "  ",  # a line of spaces: paragraph gap
        "",
        "Andet afsnit med eﬀekt og ﬁnans ",
        " fortsat på ny side ",  # opens page 3, no gap
    ]
)


def test_pages_gaps_and_joined_lines() -> None:
    lines, pages = read_lines(SAMPLE)
    assert pages == 3
    assert [(x.page, x.text) for x in lines] == [
        (1, "Forside"),
        (2, "1. Godkendelse"),
        (2, "3.1. Status på Er-"),
        (2, "hvervshus Nordjylland"),
        (2, "Første afsnit"),
        (2, "Andet afsnit med effekt og finans"),
        (3, "fortsat på ny side"),
    ]
    assert [x.joined for x in lines] == [False, False, False, True, False, False, False]
    assert [x.gap_before for x in lines] == [True, False, False, False, False, True, False]
    assert all(x.bbox is None and x.size is None and x.bold is None for x in lines)
    assert [x.index for x in lines] == list(range(len(lines)))


def test_windows_line_endings() -> None:
    lines, pages = read_lines("A \r\n\r\n B \r\n")
    assert [(x.page, x.text) for x in lines] == [(1, "A"), (2, "B")]
    assert pages == 2
