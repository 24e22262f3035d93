"""Line patterns the structure and contents passes share: headings and case lines."""

from __future__ import annotations

import re

from kkr_desk.domain.text import clean

# A line that reads like a section or item heading ("2. …", "2.1 …", "3  …").
HEADING_LIKE = re.compile(r"^\d{1,2}(?:\.\d{1,2})?\.?\s+\S")
CASE_RE = re.compile(
    r"^(SAG-\d{4}-\d{3,6})(?:\s+([^\W\d_]{1,12}(?:\s*/\s*[^\W\d_]{1,12})*))?$", re.IGNORECASE
)


def case_line(text: str) -> tuple[str, list[str]] | None:
    """The case number and handlers a line states (``SAG-2022-04420 hlth/abc``), if any."""
    match = CASE_RE.match(clean(text))
    if match is None:
        return None
    handlers = [h.strip() for h in (match.group(2) or "").split("/") if h.strip()]
    return match.group(1).upper(), handlers
