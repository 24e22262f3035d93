"""Long work (parsing a PDF, importing files, writing an export) can be cancelled: it
checks a caller's ``cancelled()`` between steps and raises ``Cancelled``, leaving nothing
half-done behind."""

from __future__ import annotations

from collections.abc import Callable

# Asked between steps of long work: True stops it (Cancelled is raised).
CancelCheck = Callable[[], bool]


class Cancelled(Exception):
    """The caller cancelled the work; nothing of the step under way was kept."""

    def __init__(self, message: str = "cancelled") -> None:
        super().__init__(message)


def check(cancelled: CancelCheck | None) -> None:
    """Raise Cancelled when ``cancelled`` says so."""
    if cancelled is not None and cancelled():
        raise Cancelled()
