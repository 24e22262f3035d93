"""Meeting facts: body, date and participants."""

from __future__ import annotations

import datetime as dt

from kkr_desk.domain.document import Line
from kkr_desk.parse.meeting import dates_in, find_body, find_date, find_participants


def rows(*texts: str, page: int = 1) -> list[Line]:
    return [Line(i, page, t) for i, t in enumerate(texts)]


def test_body_is_the_most_named_council() -> None:
    lines = rows("KKR Nordjyllands møde", "KKR Nordjylland", "samarbejde med KKR Midtjylland")
    assert find_body(lines) == "KKR Nordjylland"
    assert find_body(rows("Kommunernes Landsforening")) is None


def test_dates_numeric_and_written() -> None:
    assert dates_in("Mødedato: 18.11.2022") == [dt.date(2022, 11, 18)]
    assert dates_in("den 7. februar 2020 og 19-06-2020") == [
        dt.date(2020, 2, 7),
        dt.date(2020, 6, 19),
    ]
    assert dates_in("31.02.2022") == []


def test_date_prefers_label_then_header_then_cover_then_text() -> None:
    labelled = rows("Referat", "Mødedato: 05.03.2024", "Udsendt 01.03.2024")
    header = rows("KKR Syddanmark | 06-03-2024")
    body = rows("til KKR Syddanmarks møde den 7. marts 2024.", "møde den 7. marts 2024")
    assert find_date(labelled, header, body) == dt.date(2024, 3, 5)
    assert find_date(rows("Referat"), header, body) == dt.date(2024, 3, 6)
    assert find_date(rows("Udsendt 01.03.2024"), [], body) == dt.date(2024, 3, 1)
    assert find_date([], [], body) == dt.date(2024, 3, 7)
    assert find_date([], [], rows("ingen dato")) is None


def test_participants_page_with_headings() -> None:
    front = rows(
        "Deltagerfortegnelse", "Anna Hansen (A)", "Bo Jensen (V)", "Afbud: Carl Nielsen, Dorte Berg"
    )
    assert find_participants(front) == (
        ["Anna Hansen (A)", "Bo Jensen (V)"],
        ["Carl Nielsen", "Dorte Berg"],
    )


def test_participants_without_heading_need_a_page_of_names() -> None:
    assert find_participants(rows("Thomas Hjorth (O) Frederikshavn Kommune")) == (
        ["Thomas Hjorth (O) Frederikshavn Kommune"],
        [],
    )
    assert find_participants(rows("Mission", "KL bidrager til at udvikle")) == ([], [])
