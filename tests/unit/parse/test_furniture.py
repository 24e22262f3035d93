"""Running headers, footers and page numbers, whatever their style."""

from __future__ import annotations

import pytest

from kkr_desk.domain.document import Line
from kkr_desk.parse import furniture


@pytest.mark.parametrize(
    "text",
    [
        "KKR Nordjylland | 18-11-2022",
        "KKR Syddanmark | 05.03.2024",
        "SIDE | 5",
        "Side 3 af 23",
        "side 7",
        "- 4 -",
        "KKR Nordjylland | 18-11-2022 SIDE | 5",
    ],
)
def test_header_and_page_number_patterns(text: str) -> None:
    lines = [Line(0, 1, "Baggrund"), Line(1, 1, text), Line(2, 1, "Teksten.")]
    furniture.mark(lines, pages=1)
    assert [x.furniture for x in lines] == [False, True, False]


def _pdf_line(i: int, page: int, text: str, y: float) -> Line:
    return Line(i, page, text, bbox=(57, y, 300, y + 10), size=10, bold=False)


def test_line_repeated_at_the_same_place_on_most_pages() -> None:
    lines = []
    for page in range(1, 6):
        lines.append(_pdf_line(len(lines), page, f"Kommunekontaktrådet, møde nr. {page}", 40))
        lines.append(_pdf_line(len(lines), page, "Indstilling", 300 + page * 20))
        lines.append(_pdf_line(len(lines), page, "1. Godkendelse", 110))  # same place, body
        lines.append(_pdf_line(len(lines), page, f"{page}", 820))
    furniture.mark(lines, pages=5, page_height=dict.fromkeys(range(1, 6), 842.0))
    assert [x.text for x in lines if x.furniture] == [
        t for p in range(1, 6) for t in (f"Kommunekontaktrådet, møde nr. {p}", f"{p}")
    ]


def test_bare_number_in_the_body_is_kept() -> None:
    lines = [_pdf_line(0, 1, "81", 400)]
    furniture.mark(lines, pages=1, page_height={1: 842.0})
    assert not lines[0].furniture


def test_text_input_line_opening_most_pages() -> None:
    lines = []
    endings = ["godkendt.", "drøftet.", "udsat.", "noteret."]
    for page in range(1, 5):
        lines.append(Line(len(lines), page, f"Kommunekontaktråd Midt · {page}"))
        lines.append(Line(len(lines), page, "Beslutning"))
        lines.append(Line(len(lines), page, f"Sagen blev {endings[page - 1]}"))
    furniture.mark(lines, pages=4)
    assert [x.text for x in lines if x.furniture] == [
        f"Kommunekontaktråd Midt · {p}" for p in range(1, 5)
    ]


def _chapter_pages() -> list[Line]:
    """Four pages; a header repeating the section in force (a chapter field) at the top
    of each, the section's own heading lower on the page where it begins."""
    rows = [
        (1, "2. Siden sidst", 40),
        (1, "2. Siden sidst", 200),
        (1, "2.1. Orientering", 230),
        (2, "2. Siden sidst", 40),
        (2, "Teksten fortsætter.", 200),
        (3, "3. Regionalpolitiske sager", 40),
        (3, "3. Regionalpolitiske sager", 120),
        (4, "3. Regionalpolitiske sager", 40),
        (4, "3.2. Klima", 120),
    ]
    return [_pdf_line(i, page, text, y) for i, (page, text, y) in enumerate(rows)]


def test_a_header_repeating_the_section_in_force_is_furniture() -> None:
    lines = _chapter_pages()
    furniture.mark(lines, pages=4, page_height=dict.fromkeys(range(1, 5), 842.0))
    assert [(x.page, x.bbox[1]) for x in lines if x.furniture] == [
        (1, 40),
        (2, 40),
        (3, 40),
        (4, 40),
    ]


def test_a_header_repeating_the_section_title_alone_is_furniture() -> None:
    lines = [
        _pdf_line(0, 1, "Siden sidst", 40),
        _pdf_line(1, 1, "2. Siden sidst", 200),
        _pdf_line(2, 2, "Siden sidst", 40),
        _pdf_line(3, 2, "Teksten.", 200),
    ]
    furniture.mark(lines, pages=2, page_height={1: 842.0, 2: 842.0})
    assert [x.furniture for x in lines] == [True, False, True, False]


def test_a_contents_entry_then_the_heading_at_the_same_place_stay() -> None:
    # The contents' last entry at the top of one page, the section at the top of the
    # next: no header, as the text stands nowhere else.
    lines = [
        _pdf_line(0, 1, "1. Godkendelse", 40),
        _pdf_line(1, 2, "1. Godkendelse", 40),
        _pdf_line(2, 2, "1.1. Dagsorden", 100),
    ]
    furniture.mark(lines, pages=2, page_height={1: 842.0, 2: 842.0})
    assert not any(x.furniture for x in lines)


def test_text_input_a_chapter_header_at_page_tops_is_furniture() -> None:
    rows = [
        (1, "2. Siden sidst"),
        (1, "2. Siden sidst"),
        (1, "2.1. Orientering"),
        (2, "2. Siden sidst"),
        (2, "Teksten fortsætter."),
        (3, "3. Sager"),
        (3, "3.1. Klima"),
    ]
    lines = [Line(i, page, text) for i, (page, text) in enumerate(rows)]
    furniture.mark(lines, pages=3)
    assert [x.index for x in lines if x.furniture] == [0, 3]


def test_text_input_a_header_on_two_lines_and_its_date_are_furniture() -> None:
    lines = []
    for page in range(1, 5):
        lines.append(Line(len(lines), page, "KKR Midtjylland | Dagsorden"))
        lines.append(Line(len(lines), page, "Kommunernes samarbejde"))
        lines.append(Line(len(lines), page, f"{page}. Sektion"))
        lines.append(Line(len(lines), page, "06-03-2026"))  # set apart among the content
        lines.append(Line(len(lines), page, "Beslutning"))
    furniture.mark(lines, pages=4)
    assert {x.text for x in lines if x.furniture} == {
        "KKR Midtjylland | Dagsorden",
        "Kommunernes samarbejde",
        "06-03-2026",
    }
