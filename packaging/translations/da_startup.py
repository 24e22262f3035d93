"""Danish for the window's start-up: a command line it does not understand, told in a
message box when no terminal is attached (kkr_desk/ui/app.py, ``tell_usage_error``);
merged by ``make translations``."""

from __future__ import annotations

DA: dict[str | tuple[str, str], str | tuple[str, ...]] = {
    "KKR Desk cannot start": "KKR Desk kan ikke starte",
    "KKR Desk was started with a command line it does not understand:": (
        "KKR Desk blev startet med en kommandolinje, programmet ikke forstår:"
    ),
}
