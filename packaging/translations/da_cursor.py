"""Danish for the line cursor (kkr_desk/ui/line_cursor.py) and the corrected-line marks
of the page view (kkr_desk/ui/page_view.py); merged by ``make translations``."""

from __future__ import annotations

DA: dict[str | tuple[str, str], str | tuple[str, ...]] = {
    "The cursor is outside the selected item.": "Markøren står uden for det valgte punkt.",
    "Corrected: {0}": "Rettet: {0}",
}
