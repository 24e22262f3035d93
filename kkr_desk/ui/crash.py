"""The one excepthook: an uncaught exception is logged with its traceback and told to the
user in one crash dialog that names the log file.

``install`` sets ``sys.excepthook`` (exceptions in the main thread, including those Qt
reports from slots and event handlers) and ``threading.excepthook`` (other threads; their
dialog is relayed to the main thread). An exception raised while one is being reported
is logged only; KeyboardInterrupt goes to Python's default hook.
"""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QMessageBox

from kkr_desk import log as kkr_log
from kkr_desk.ui import msgbox

log = logging.getLogger("kkr_desk.ui")

_app_name = "KKR Desk"
_previous: tuple[object, object] | None = None  # (sys.excepthook, threading.excepthook)
_relay: _Relay | None = None
_local = threading.local()  # .busy: this thread is inside the hook
_showing = False  # a crash dialog is open (main thread only)


class _Relay(QObject):
    """Lives in the main thread; carries a worker thread's crash to the dialog."""

    report = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self.report.connect(self.show, Qt.ConnectionType.QueuedConnection)

    @Slot(str)
    def show(self, details: str) -> None:
        _show(details)


def install(app_name: str) -> None:
    """Install the hooks (again: only the name changes). Call from the main thread."""
    global _app_name, _previous, _relay
    _app_name = app_name
    if _previous is not None:
        return
    _previous = (sys.excepthook, threading.excepthook)
    _relay = _Relay()
    sys.excepthook = _excepthook
    threading.excepthook = _threading_excepthook


def uninstall() -> None:
    """Put back the hooks ``install`` replaced."""
    global _previous, _relay
    if _previous is None:
        return
    sys.excepthook, threading.excepthook = _previous  # type: ignore[assignment]
    _previous = None
    if _relay is not None:
        _relay.deleteLater()
        _relay = None


def crash_texts(app_name: str, log_file: str | None) -> tuple[str, str]:
    """The dialog's title and text."""
    title = QCoreApplication.translate("CrashDialog", "{0} — unexpected error").format(app_name)
    happened = QCoreApplication.translate(
        "CrashDialog", "An unexpected error happened in {0}."
    ).format(app_name)
    saved = QCoreApplication.translate(
        "CrashDialog",
        "Everything you did before the error is saved: {0} saves every change immediately. "
        "You can continue working, or close {0} and start it again.",
    ).format(app_name)
    if log_file:
        where = QCoreApplication.translate("CrashDialog", "The details are in the log file:")
        where = f"{where}\n{log_file}"
    else:
        where = QCoreApplication.translate(
            "CrashDialog", "No log file was written; the details went to the error output."
        )
    return title, f"{happened}\n\n{saved}\n\n{where}"


def _excepthook(
    exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
) -> None:
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc, tb)
        return
    _report(exc_type, exc, tb, threading.current_thread())


def _threading_excepthook(args: threading.ExceptHookArgs) -> None:
    if issubclass(args.exc_type, SystemExit):  # as Python's own hook: a thread may exit
        return
    if issubclass(args.exc_type, KeyboardInterrupt):
        threading.__excepthook__(args)
        return
    _report(args.exc_type, args.exc_value, args.exc_traceback, args.thread)


def _report(
    exc_type: type[BaseException],
    exc: BaseException | None,
    tb: TracebackType | None,
    thread: threading.Thread | None,
) -> None:
    nested = getattr(_local, "busy", False)
    _local.busy = True
    try:
        where = (
            ""
            if thread is threading.main_thread()
            else f" in thread {getattr(thread, 'name', '?')}"
        )
        also = " while reporting another" if nested else ""
        log.critical(
            "Uncaught exception%s%s", where, also, exc_info=exc if exc is not None else True
        )
        kkr_log.flush()
        if nested:  # raised by the reporting itself (e.g. under the open dialog): log only
            return
        details = "".join(traceback.format_exception(exc_type, exc, tb))
        if threading.current_thread() is threading.main_thread():
            _show(details)
        elif _relay is not None:
            _relay.report.emit(details)
    except Exception:  # noqa: BLE001 - the hook must never raise; stderr is the fallback
        if exc is not None:  # a thread's hook may get no exception object
            sys.__excepthook__(exc_type, exc, tb)
        else:
            print(f"kkr-desk: uncaught {exc_type.__name__}", file=sys.stderr)
        print("kkr-desk: the crash handler failed as well:", file=sys.stderr)
        traceback.print_exc()
    finally:
        _local.busy = nested


def _show(details: str) -> None:
    """One crash dialog at a time; exceptions while it is open are in the log only."""
    global _showing
    if _showing:
        return
    _showing = True
    try:
        path = kkr_log.log_path()
        title, text = crash_texts(_app_name, str(path) if path else None)
        if msgbox.is_captured() or not msgbox.can_show():
            msgbox.error(None, title, text, plain_text=True)
            return
        box = QMessageBox(QMessageBox.Icon.Critical, title, text, QMessageBox.StandardButton.Ok)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setDetailedText(details)
        box.exec()
    finally:
        _showing = False
