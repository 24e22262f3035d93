"""Meeting facts: which KKR, the meeting date, and the participants from the front matter."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Iterable

from kkr_desk.domain import labels
from kkr_desk.domain.document import Line

REGIONS = ("Hovedstaden", "Sjælland", "Syddanmark", "Midtjylland", "Nordjylland")
_BODY = re.compile(r"KKR\s*(" + "|".join(REGIONS) + r")", re.IGNORECASE)
MONTHS = list(labels.MONTHS["da"])
_NUMERIC_DATE = re.compile(r"(?<!\d)(\d{1,2})[-./](\d{1,2})[-./](\d{4})(?!\d)")
_WORD_DATE = re.compile(r"(?<!\d)(\d{1,2})\.?\s+(" + "|".join(MONTHS) + r")\s+(\d{4})", re.I)
_DATE_LABEL = re.compile(r"\b(mødedato|dato|mødet afholdes|tidspunkt)\b", re.IGNORECASE)
# "møde\w*\s+(?:den|d\.)\s+", tried only where a word starts (and then at its first
# "møde"): trying every "møde" of a long word is quadratic in its length.
_MEETING_PHRASE = re.compile(r"(?<!\w)(?>\w*?møde\w*+)\s+(?:den|d\.)\s+", re.IGNORECASE)
_PARTICIPANTS = re.compile(
    r"^(deltagere|deltagerfortegnelse|deltagerliste|til stede|fremmødte|afbud)\s*:?\s*(.*)$",
    re.IGNORECASE,
)
_PARTY_LINE = re.compile(r"^[A-ZÆØÅ][^\d()|]{2,60}\([A-ZÆØÅ]{1,2}\)")


def _despaced(text: str) -> str:
    """'K K R N O R D J Y L L A N D' → 'KKRNORDJYLLAND' (letter-spaced cover titles)."""
    tokens = text.split()
    if len(tokens) > 3 and all(len(t) == 1 for t in tokens):
        return "".join(tokens)
    return text


def find_body(lines: Iterable[Line]) -> str | None:
    """The council most often named, letter-spaced cover titles included."""
    text = "\n".join(
        _despaced(x.text) if x.text[1:2] == " " and x.text[3:4] == " " else x.text for x in lines
    )
    votes = Counter(match.casefold() for match in _BODY.findall(text))
    if not votes:
        return None
    region = votes.most_common(1)[0][0]
    return "KKR " + next(r for r in REGIONS if r.casefold() == region)


def dates_in(text: str) -> list[dt.date]:
    """Valid dates in ``text``, in the order they stand."""
    found: list[tuple[int, int, int, int]] = []
    for match in _NUMERIC_DATE.finditer(text):
        d, m, y = match.groups()
        found.append((match.start(), int(y), int(m), int(d)))
    for match in _WORD_DATE.finditer(text):
        d, month, y = match.groups()
        found.append((match.start(), int(y), MONTHS.index(month.casefold()) + 1, int(d)))
    out = []
    for _, y, m, d in sorted(found):
        try:
            out.append(dt.date(y, m, d))
        except ValueError:
            continue
    return out


def find_date(front: list[Line], furniture: list[Line], body: list[Line]) -> dt.date | None:
    """The meeting date: a labelled date up front, the running header, the cover, or the
    date most often given as 'møde den …' in the text."""
    for line in front:
        if _DATE_LABEL.search(line.text) and (found := dates_in(line.text)):
            return found[0]
    header = Counter(d for line in furniture for d in dates_in(line.text))
    if header:
        return header.most_common(1)[0][0]
    for line in front:
        if found := dates_in(line.text):
            return found[0]
    phrased: Counter[dt.date] = Counter()
    for line in body:
        for match in _MEETING_PHRASE.finditer(line.text):
            phrased.update(dates_in(line.text[match.end() :])[:1])
    return phrased.most_common(1)[0][0] if phrased else None


def find_participants(front: list[Line]) -> tuple[list[str], list[str]]:
    """Present and absent members from a participants page, if there is one."""
    present: list[str] = []
    absent: list[str] = []
    target: list[str] | None = None
    target_page = 0
    for line in front:
        match = _PARTICIPANTS.match(line.text)
        if match:
            target = absent if match.group(1).casefold() == "afbud" else present
            target_page = line.page
            rest = match.group(2).strip()
            target.extend(x.strip() for x in re.split(r"[;,]", rest) if x.strip())
            continue
        if target is not None and line.page == target_page:
            target.append(line.text)
    if present or absent:
        return present, absent
    pages: dict[int, list[Line]] = {}
    for line in front:
        pages.setdefault(line.page, []).append(line)
    for page_lines in pages.values():
        named = [x.text for x in page_lines if _PARTY_LINE.match(x.text)]
        if named and len(named) * 2 >= len(page_lines):
            present.extend(named)
    return present, absent
