"""The one message helper: captured in tests, a modal QMessageBox otherwise, always logged."""

from __future__ import annotations

import logging

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from kkr_desk.ui import msgbox

pytestmark = [pytest.mark.gui, pytest.mark.real_messages]


def test_captured_collects_messages_and_answers(qapp) -> None:
    with msgbox.captured(answer=False) as messages:
        msgbox.error(None, "Fejl", "Filen findes ikke")
        msgbox.information(None, "Info", "Gemt")
        assert msgbox.question(None, "Slet", "Slet punktet?") is False
    assert messages == [
        ("error", "Fejl", "Filen findes ikke"),
        ("information", "Info", "Gemt"),
        ("question", "Slet", "Slet punktet?"),
    ]
    assert not msgbox.is_captured()


def test_captured_answers_yes_by_default(qapp) -> None:
    with msgbox.captured():
        assert msgbox.question(None, "Slet", "Slet punktet?") is True


def test_captures_nest_and_restore(qapp) -> None:
    with msgbox.captured() as outer:
        with msgbox.silence() as inner:
            msgbox.information(None, "a", "inner")
        msgbox.information(None, "b", "outer")
    assert inner == [("information", "a", "inner")]
    assert outer == [("information", "b", "outer")]


def test_set_handler_returns_the_previous(qapp) -> None:
    seen = []

    def handler(kind: str, title: str, text: str) -> bool:
        seen.append(kind)
        return True

    assert msgbox.set_handler(handler) is None
    try:
        msgbox.error(None, "t", "x")
    finally:
        assert msgbox.set_handler(None) is handler
    assert seen == ["error"]


def test_every_message_is_logged(qapp, caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.INFO, logger="kkr_desk.ui"), msgbox.captured():
        msgbox.error(None, "Eksport", "Disken er fuld")
        msgbox.information(None, "Eksport", "Færdig")
    records = [(r.name, r.levelno, r.getMessage()) for r in caplog.records]
    assert records == [
        ("kkr_desk.ui", logging.ERROR, "error: Eksport: Disken er fuld"),
        ("kkr_desk.ui", logging.INFO, "information: Eksport: Færdig"),
    ]


def _answer_dialog(button: QMessageBox.StandardButton, seen: list[QMessageBox]) -> None:
    box = QApplication.activeModalWidget()
    if not isinstance(box, QMessageBox):  # not shown yet: try again
        QTimer.singleShot(10, lambda: _answer_dialog(button, seen))
        return
    seen.append(box)
    box.button(button).click()


@pytest.mark.parametrize(("button", "answer"), [("Yes", True), ("No", False)])
def test_question_shows_a_modal_box(qtbot, button: str, answer: bool) -> None:
    seen: list[QMessageBox] = []
    QTimer.singleShot(0, lambda: _answer_dialog(QMessageBox.StandardButton[button], seen))
    assert msgbox.question(None, "Slet", "Slet punktet?") is answer
    (box,) = seen
    assert box.windowTitle() == "Slet"
    assert box.text() == "Slet punktet?"
    assert box.icon() == QMessageBox.Icon.Question
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.No)


def test_error_box_plain_text(qtbot) -> None:
    seen: list[QMessageBox] = []
    QTimer.singleShot(0, lambda: _answer_dialog(QMessageBox.StandardButton.Ok, seen))
    msgbox.error(None, "Fejl", "<b>not bold</b>", plain_text=True)
    (box,) = seen
    assert box.icon() == QMessageBox.Icon.Critical
    assert box.textFormat() == Qt.TextFormat.PlainText


def test_without_an_application_window_it_goes_to_stderr(
    qapp, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(msgbox, "can_show", lambda: False)
    assert msgbox.question(None, "Slet", "Slet punktet?", default=True) is True
    msgbox.error(None, "Fejl", "ingen skærm")
    assert "Fejl: ingen skærm" in capsys.readouterr().err
