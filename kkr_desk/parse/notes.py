"""What the parser was unsure of, said to the clerk in Danish and English."""

from __future__ import annotations

from kkr_desk.domain.document import Anomaly, AnomalyKind, Line
from kkr_desk.domain.text import clean

_QUOTED = 60  # characters of a line quoted in a finding


def weak_heading(line: Line, number: str) -> Anomaly:
    """A heading taken on weak evidence: no case line under it, no gap before it."""
    return Anomaly(
        line.page,
        f"Heading {number} was taken on weak evidence (no case line, no gap before it)",
        AnomalyKind.WEAK_HEADING,
        line.index,
        line.index,
        f"Overskrift {number} er læst på et svagt grundlag (intet sagsnummer, ingen luft før den)",
    )


def rejected_heading(line: Line, number: str) -> Anomaly:
    """A line opening a block that reads like the heading expected next, not taken."""
    quoted = clean(line.text)[:_QUOTED]
    return Anomaly(
        line.page,
        f"'{quoted}' reads like heading {number} but was not taken as one",
        AnomalyKind.REJECTED_HEADING,
        line.index,
        line.index,
        f"'{quoted}' ligner overskrift {number}, men blev ikke læst som en",
    )
