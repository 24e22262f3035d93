"""Long work off the GUI thread, as Anki's CollectionOp: ``run`` starts the work in a
QThread, shows a progress dialog that can cancel it, keeps the window repainting (a local
event loop runs meanwhile), and returns the work's result — or raises its error — on the
GUI thread, in one place.

The work gets two hooks: ``progress(value)`` (any object; delivered to ``on_progress`` on
the GUI thread) and ``cancelled()`` (True once the clerk pressed Cancel). A question to
the clerk from the work goes through ``Asker.ask``, which runs it on the GUI thread and
hands the answer back to the worker. Database work in the worker uses its own connection
(SQLAlchemy's pool checks one out per thread of use).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, Qt, QThread, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

T = TypeVar("T")
Progress = Callable[[Any], None]
Work = Callable[[Progress, Callable[[], bool]], T]

STEPS = 1000  # the progress dialog's range


class Asker(QObject):
    """Runs a question (any callable) on the GUI thread for a worker, which waits."""

    asked = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self._gui = threading.get_ident()
        self.asked.connect(self._answer, Qt.ConnectionType.BlockingQueuedConnection)

    @Slot(object)
    def _answer(self, box: list) -> None:
        box[1] = box[0]()

    def ask(self, question: Callable[[], T]) -> T:
        if threading.get_ident() == self._gui:
            return question()
        box: list = [question, None]
        self.asked.emit(box)  # blocks until the GUI thread has answered
        return box[1]


class _Relay(QObject):
    """Receives the worker's progress on the GUI thread (it lives there)."""

    def __init__(self, tell: Callable[[Any], None]) -> None:
        super().__init__()
        self.tell = tell

    @Slot(object)
    def relay(self, value: Any) -> None:
        self.tell(value)


class _Worker(QThread):
    progressed = Signal(object)

    def __init__(self, work: Work, cancelled: Callable[[], bool]) -> None:
        super().__init__()
        self.work, self.cancelled = work, cancelled
        self.result: Any = None
        self.error: BaseException | None = None

    def tell(self, value: Any) -> None:
        self.progressed.emit(value)
        # Let the GUI thread have the interpreter now: parsing holds it in long C calls
        # (MuPDF), and the switch interval alone leaves the window starved.
        time.sleep(0)

    def run(self) -> None:
        try:
            self.result = self.work(self.tell, self.cancelled)
        except BaseException as exc:  # noqa: BLE001 - handed to the GUI thread, raised there
            self.error = exc


def progress_dialog(parent: QWidget | None, label: str) -> QProgressDialog:
    dialog = QProgressDialog(
        label, QCoreApplication.translate("transfer", "Cancel"), 0, STEPS, parent
    )
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.setValue(0)
    return dialog


def run(
    parent: QWidget | None,
    label: str,
    work: Work[T],
    on_progress: Callable[[QProgressDialog, Any], None] | None = None,
) -> T:
    """Run ``work(progress, cancelled)`` in a worker thread under a progress dialog;
    returns its result (or raises its error) here, on the GUI thread."""
    dialog = progress_dialog(parent, label)
    stop = threading.Event()
    dialog.canceled.connect(stop.set)
    worker = _Worker(work, stop.is_set)
    relay = _Relay(lambda value: on_progress(dialog, value) if on_progress else None)
    worker.progressed.connect(relay.relay, Qt.ConnectionType.QueuedConnection)
    loop = QEventLoop()
    worker.finished.connect(loop.quit, Qt.ConnectionType.QueuedConnection)
    worker.start()
    loop.exec()  # events, timers and repaints go on until the worker is done
    worker.wait()
    dialog.close()
    dialog.deleteLater()
    if worker.error is not None:
        raise worker.error
    return worker.result
