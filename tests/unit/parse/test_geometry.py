"""A lone outline number joined with its title by position on the page."""

from __future__ import annotations

from kkr_desk.domain.document import Line
from kkr_desk.parse.geometry import join_numbers


def line(text: str, x0: float, top: float, x1: float = 400, size: float = 12, bold=True) -> Line:
    return Line(0, 1, text, (x0, top, x1, top + size * 1.2), size, bold)


def indexed(*lines: Line) -> list[Line]:
    for index, each in enumerate(lines):
        each.index = index
    return list(lines)


def texts(lines: list[Line]) -> list[str]:
    assert [x.index for x in lines] == list(range(len(lines)))
    return [x.text for x in lines]


def test_a_number_centred_in_a_table_cell_joins_the_first_title_line() -> None:
    # Title of three lines at x 113; the number cell's text centred against them, so by
    # position it stands between the title's first and second line.
    lines = indexed(
        line("Body text before the heading.", 57, 60, bold=False, size=10),
        line("Fælles indkøb af fibernet i de", 113, 100),
        line("2.1.", 57, 112, 80),
        line("syddanske kommuner og regionens", 113, 115),
        line("egne institutioner", 113, 130),
        line("SAG-2024-00102 abc", 113, 150, size=8, bold=False),
    )
    out = join_numbers(lines)
    assert texts(out) == [
        "Body text before the heading.",
        "2.1. Fælles indkøb af fibernet i de",
        "syddanske kommuner og regionens",
        "egne institutioner",
        "SAG-2024-00102 abc",
    ]
    assert out[1].bbox == (57, 100, 400, 112 + 14.4)  # the number's box and the line's


def test_a_number_hanging_in_the_margin_on_its_own_baseline_joins_its_title() -> None:
    lines = indexed(line("3.", 40, 200, 52, size=14), line("Regionalpolitiske sager", 70, 201))
    assert texts(join_numbers(lines)) == ["3. Regionalpolitiske sager"]


def test_a_number_above_its_title_joins_it() -> None:
    lines = indexed(line("4.2", 57, 300, 75), line("Orientering om trafik", 57, 315))
    assert texts(join_numbers(lines)) == ["4.2 Orientering om trafik"]


def test_numbers_with_no_title_beside_or_under_them_stay() -> None:
    far = indexed(line("5.", 57, 100, 70), line("Text far below", 57, 200))
    assert texts(join_numbers(far)) == ["5.", "Text far below"]
    number_under = indexed(line("1.", 57, 100, 70), line("2.", 57, 115, 70))
    assert texts(join_numbers(number_under)) == ["1.", "2."]
    # A title block to the right whose extent does not reach the number's centre.
    beside = indexed(line("6.", 57, 100, 70), line("Title", 113, 130), line("more", 113, 145))
    assert texts(join_numbers(beside)) == ["6.", "Title", "more"]


def test_body_type_under_a_number_is_not_its_title() -> None:
    lines = indexed(line("7.", 57, 100, 70), line("plain body text", 57, 115, bold=False))
    assert texts(join_numbers(lines)) == ["7.", "plain body text"]


def test_text_without_lone_numbers_is_returned_as_it_is() -> None:
    lines = indexed(line("1. Godkendelse", 57, 100), line("1.1. Dagsorden", 57, 120))
    assert join_numbers(lines) is lines


def test_a_number_on_the_middle_line_of_a_three_line_title_moves_to_its_first() -> None:
    # Centred against three lines, the number shares the middle line's baseline.
    lines = indexed(
        line("3. Regionalpolitiske sager", 57, 60, size=16),
        line("Strategi for udbygning af", 116, 100),
        line("3.1. ladestandere i kommunerne", 74, 115),
        line("og koordinering", 116, 130),
        line("SAG-2026-01311 abc", 57, 150, size=8, bold=False),
    )
    out = join_numbers(lines)
    assert texts(out)[1:4] == [
        "3.1. Strategi for udbygning af",
        "ladestandere i kommunerne",
        "og koordinering",
    ]
    assert out[1].bbox[0] == 74  # the number's left edge
    assert out[2].bbox[0] == 116


def test_a_hanging_heading_that_wraps_keeps_its_numbers() -> None:
    lines = indexed(
        line("2.1. Fælles indkøb af fibernet i de", 74, 100),
        line("syddanske kommuner", 116, 115),
        line("2.2. Orientering om trafik", 74, 130),
    )
    assert texts(join_numbers(lines)) == [
        "2.1. Fælles indkøb af fibernet i de",
        "syddanske kommuner",
        "2.2. Orientering om trafik",
    ]


def test_a_numbered_list_in_body_type_keeps_its_numbers() -> None:
    lines = indexed(
        line("1. Afklaring af behov hos kommu-", 57, 100, size=10, bold=False),
        line("nerne og regionen", 70, 112, size=10, bold=False),
        line("2. Udbud i 2024.", 57, 124, size=10, bold=False),
    )
    assert texts(join_numbers(lines)) == [
        "1. Afklaring af behov hos kommu-",
        "nerne og regionen",
        "2. Udbud i 2024.",
    ]
