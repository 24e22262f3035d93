"""The excepthook: one crash message naming the log file, the traceback in the log."""

from __future__ import annotations

import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from kkr_desk import log
from kkr_desk.ui import crash, msgbox

pytestmark = [pytest.mark.gui, pytest.mark.real_messages]


@pytest.fixture
def log_file(tmp_path: Path) -> Iterator[Path]:
    level = log.root.level
    path = log.setup(folder=tmp_path)
    assert path is not None
    yield path
    log.close()
    log.root.setLevel(level)


@pytest.fixture
def installed(qapp, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    # pytest and pytest-qt have hooks of their own in place: put them back afterwards
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    crash.install("KKR Desk")
    yield
    crash.uninstall()


def _raise_through_hook(exc: BaseException) -> None:
    try:
        raise exc
    except BaseException as caught:  # noqa: BLE001 - the hook is what reports it
        sys.excepthook(type(caught), caught, caught.__traceback__)


def test_uncaught_exception_shows_one_message_naming_the_log(log_file: Path, installed) -> None:
    with msgbox.captured() as messages:
        _raise_through_hook(ValueError("boom in a slot"))
    assert len(messages) == 1
    kind, title, text = messages[0]
    assert kind == "error"
    assert title == "KKR Desk — unexpected error"
    assert "saves every change immediately" in text
    assert str(log_file) in text
    logged = log_file.read_text(encoding="utf-8")
    assert "CRITICAL kkr_desk.ui" in logged
    assert "Traceback (most recent call last)" in logged
    assert "ValueError: boom in a slot" in logged
    assert "_raise_through_hook" in logged


def test_without_a_log_file_the_message_says_so(installed) -> None:
    assert log.log_path() is None
    with msgbox.captured() as messages:
        _raise_through_hook(RuntimeError("no log"))
    (message,) = messages
    assert "No log file was written" in message[2]


def test_exception_while_reporting_is_logged_only(log_file: Path, installed) -> None:
    def handler(kind: str, title: str, text: str) -> bool:
        messages.append(title)
        _raise_through_hook(KeyError("raised under the dialog"))
        return True

    messages: list[str] = []
    msgbox.set_handler(handler)
    try:
        _raise_through_hook(ValueError("first"))
    finally:
        msgbox.set_handler(None)
    assert len(messages) == 1
    logged = log_file.read_text(encoding="utf-8")
    assert "ValueError: first" in logged
    assert "while reporting another" in logged
    assert "KeyError: 'raised under the dialog'" in logged


def test_a_failing_report_falls_back_to_stderr(
    installed, capsys: pytest.CaptureFixture[str]
) -> None:
    def handler(kind: str, title: str, text: str) -> bool:
        raise OSError("the dialog broke")

    msgbox.set_handler(handler)
    try:
        _raise_through_hook(ValueError("original"))  # must not raise
    finally:
        msgbox.set_handler(None)
    err = capsys.readouterr().err
    assert "ValueError: original" in err
    assert "crash handler failed" in err
    assert "OSError: the dialog broke" in err
    with msgbox.captured() as messages:  # and the hook still works afterwards
        _raise_through_hook(ValueError("again"))
    assert len(messages) == 1


def test_keyboard_interrupt_goes_to_the_default_hook(
    installed, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen = []
    monkeypatch.setattr(sys, "__excepthook__", lambda *args: seen.append(args[0]))
    with msgbox.captured() as messages:
        _raise_through_hook(KeyboardInterrupt())
    assert seen == [KeyboardInterrupt]
    assert messages == []


def test_thread_exception_is_shown_in_the_main_thread(qtbot, log_file: Path, installed) -> None:
    def work() -> None:
        raise ValueError("boom in a worker")

    with msgbox.captured() as messages:
        worker = threading.Thread(target=work, name="importer")
        worker.start()
        worker.join()
        qtbot.waitUntil(lambda: len(messages) == 1)
    assert str(log_file) in messages[0][2]
    logged = log_file.read_text(encoding="utf-8")
    assert "Uncaught exception in thread importer" in logged
    assert "ValueError: boom in a worker" in logged


def test_install_twice_keeps_one_hook(installed) -> None:
    hook = sys.excepthook
    crash.install("KKR Desk 2")
    assert sys.excepthook is hook
    with msgbox.captured() as messages:
        _raise_through_hook(ValueError("x"))
    assert messages[0][1] == "KKR Desk 2 — unexpected error"
