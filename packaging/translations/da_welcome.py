"""Danish for the welcome page of an empty archive (kkr_desk/ui/welcome.py) and the
status bar's word on an edit undone or redone (kkr_desk/ui/commands.py); merged by
``make translations``."""

from __future__ import annotations

DA: dict[str | tuple[str, str], str | tuple[str, ...]] = {
    "Welcome to KKR Desk": "Velkommen til KKR Desk",
    "Open PDF…": "Åbn PDF…",
    "or drag a PDF here": "eller træk en PDF hertil",
    "Undone: {0}": "Fortrudt: {0}",
    "Redone: {0}": "Gentaget: {0}",
}
