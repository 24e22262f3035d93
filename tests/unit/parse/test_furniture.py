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
