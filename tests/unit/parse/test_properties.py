"""Property: on any line stream the recogniser raises nothing but ParseError, and every
line lands in exactly one deepest range."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kkr_desk.domain.document import Line, check_invariants
from kkr_desk.parse import ParseError, recognise

FRAGMENTS = [
    "1. Godkendelse",
    "2. Sager",
    "3. Eventuelt",
    "1.1. Dagsorden",
    "1.2. Referat",
    "2.1. Klima",
    "2.2. Trafik",
    "3.1. Eventuelt",
    "SAG-2024-00001 abc",
    "SAG-2024-00002",
    "Baggrund",
    "Indstilling",
    "Sagsfremstilling",
    "Beslutning",
    "Program",
    "KKR Nordjylland",
    "KKR Nordjylland | 18-11-2022",
    "SIDE | 3",
    "Side 2 af 9",
    "./. Bilag: Plan",
    "./. Tekst.",
    "– punkt",
    "1. punkt",
    "2022.",
    "Indholdsfortegnelse",
    "1.1. Dagsorden ........ 3",
    "Deltagere",
    "Afbud",
    "Anna (A) Aarhus Kommune",
    "Dagsordenen blev godkendt.",
    "bemærk-",
    "ninger til referatet",
    "",
]


@st.composite
def line_streams(draw) -> list[Line]:
    texts = draw(st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=30)), max_size=60))
    if draw(st.booleans()):  # half the streams open like a KKR document, so most parse
        texts = ["KKR Nordjylland", "1. Godkendelse", "1.1. Dagsorden", *texts]
    styled = draw(st.booleans())
    lines, page = [], 1
    for i, text in enumerate(texts):
        page += draw(st.integers(0, 1))
        size = draw(st.sampled_from([8.0, 10.0, 12.0, 15.0])) if styled else None
        lines.append(
            Line(
                index=i,
                page=page,
                text=text,
                bbox=(57.0, 100.0 + i, 300.0, 110.0 + i) if styled else None,
                size=size,
                bold=draw(st.booleans()) if styled else None,
                gap_before=draw(st.booleans()),
                joined=draw(st.booleans()),
                furniture=draw(st.booleans()) and draw(st.booleans()),
            )
        )
    return lines


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(line_streams())
def test_recogniser_raises_only_parse_errors_and_covers_every_line(lines: list[Line]) -> None:
    try:
        doc = recognise(lines, pages=max([x.page for x in lines], default=1), name="random")
    except ParseError:
        return
    check_invariants(doc)
    for line in doc.lines:
        owners = [
            n
            for n in doc.walk()
            if line.index in n and not any(line.index in c for c in n.children)
        ]
        assert len(owners) == 1
        assert doc.deepest(line.index) is owners[0]
