"""The one way a message reaches the user: ``error``, ``information`` and ``question``.

Each message is logged to ``kkr_desk.ui`` and shown in a modal QMessageBox (``plain_text``:
None lets Qt detect HTML, as QMessageBox does; True or False forces it). Tests (and
anything else that must not block on a dialog) install a handler instead::

    with msgbox.captured(answer=False) as messages:
        window.delete_item()
    assert messages == [("question", "Delete item", "...")]
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Literal

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

Kind = Literal["error", "information", "question"]
Message = tuple[Kind, str, str]
# Called instead of showing a dialog: (kind, title, text) -> the answer to a question.
Handler = Callable[[Kind, str, str], bool]

log = logging.getLogger("kkr_desk.ui")

_LEVELS: dict[Kind, int] = {
    "error": logging.ERROR,
    "information": logging.INFO,
    "question": logging.INFO,
}
_ICONS: dict[Kind, QMessageBox.Icon] = {
    "error": QMessageBox.Icon.Critical,
    "information": QMessageBox.Icon.Information,
    "question": QMessageBox.Icon.Question,
}
_handler: Handler | None = None


def error(parent: QWidget | None, title: str, text: str, *, plain_text: bool | None = None) -> None:
    _message("error", parent, title, text, plain_text=plain_text)


def information(
    parent: QWidget | None, title: str, text: str, *, plain_text: bool | None = None
) -> None:
    _message("information", parent, title, text, plain_text=plain_text)


def question(
    parent: QWidget | None,
    title: str,
    text: str,
    *,
    default: bool = False,
    plain_text: bool | None = None,
    yes: str | None = None,
    no: str | None = None,
) -> bool:
    """Ask Yes/No; True for Yes. ``default`` is the button Enter presses; ``yes`` and
    ``no`` name the buttons by what they do ("Importér alligevel") instead."""
    return _message(
        "question", parent, title, text, default=default, plain_text=plain_text, names=(yes, no)
    )


def set_handler(handler: Handler | None) -> Handler | None:
    """Route messages to ``handler`` instead of a dialog (None: dialogs again); returns
    the handler it replaces."""
    global _handler
    previous, _handler = _handler, handler
    return previous


def is_captured() -> bool:
    return _handler is not None


@contextmanager
def captured(answer: bool = True) -> Iterator[list[Message]]:
    """Collect messages instead of showing them; ``question`` returns ``answer``."""
    messages: list[Message] = []

    def collect(kind: Kind, title: str, text: str) -> bool:
        messages.append((kind, title, text))
        return answer

    previous = set_handler(collect)
    try:
        yield messages
    finally:
        set_handler(previous)


silence = captured


def can_show() -> bool:
    """A dialog needs a QApplication (not just a QCoreApplication)."""
    return isinstance(QCoreApplication.instance(), QApplication)


def _message(
    kind: Kind,
    parent: QWidget | None,
    title: str,
    text: str,
    *,
    default: bool = False,
    plain_text: bool | None = None,
    names: tuple[str | None, str | None] = (None, None),
) -> bool:
    log.log(_LEVELS[kind], "%s: %s: %s", kind, title, text)
    if _handler is not None:
        return bool(_handler(kind, title, text))
    if not can_show():  # no window to show it in: the log and stderr have it
        print(f"{title}: {text}", file=sys.stderr)
        return default
    box = QMessageBox(_ICONS[kind], title, text, QMessageBox.StandardButton.NoButton, parent)
    if plain_text is not None:  # None: Qt decides (a text starting with a tag is HTML)
        box.setTextFormat(Qt.TextFormat.PlainText if plain_text else Qt.TextFormat.RichText)
    box.setWindowModality(Qt.WindowModality.ApplicationModal)
    if kind == "question":
        yes, no = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No
        box.setStandardButtons(yes | no)
        for button, name in zip((yes, no), names, strict=True):
            if name:
                box.button(button).setText(name)
        box.setDefaultButton(yes if default else no)
        box.exec()
        return box.standardButton(box.clickedButton()) == yes
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.exec()
    return True
