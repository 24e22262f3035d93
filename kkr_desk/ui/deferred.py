"""What the window's first paint does not need, built just after it (issue 13: start-up).

``after_first_paint(widget, build)`` runs ``build`` at the event loop's first turn after
``widget`` was first painted: before the clerk can reach what it builds, and not in the
time to the first page. ``DeferredDock`` is such a dock, a hidden one: the window's
attribute gives it, built on first use when that comes earlier (a test, a command line
option). The archive search's dock is built so: its module brings ``QStyle``'s enums and
the search's own modules, which the first page never uses. The meeting's history panel is
imported only when it is opened (``show_history``), and so are the user guide and the
About box (``show_guide``, ``show_about``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Generic, TypeVar

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from kkr_desk.ui.search_panel import SearchDock
    from kkr_desk.ui.window_base import WindowBase

T = TypeVar("T")


class _FirstPaint(QObject):
    """Watches a widget for its first paint, then has ``build`` run once, right after."""

    def __init__(self, widget: QWidget, build: Callable[[], object]) -> None:
        super().__init__(widget)
        self.build = build
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._run)
        return False

    def _run(self) -> None:
        self.build()
        self.deleteLater()


def after_first_paint(widget: QWidget, build: Callable[[], object]) -> None:
    """Run ``build`` once, at the event loop's turn after ``widget``'s first paint."""
    _FirstPaint(widget, build)


class DeferredDock(Generic[T]):
    """A dock built after the window's first paint, or on first use if that is earlier."""

    def __init__(self, window: WindowBase, make: Callable[[WindowBase], T]) -> None:
        self.window = window
        self.make = make
        self.dock: T | None = None
        after_first_paint(window, self.get)

    def get(self) -> T:
        if self.dock is None:
            self.dock = self.make(self.window)
        return self.dock


def show_history(window: WindowBase) -> None:
    """The meeting's history panel (View → Meeting history), imported when first asked
    for: it brings the parser (changes since import), which the first page never needs."""
    from kkr_desk.ui import history_panel

    history_panel.show_history(window)


def show_guide(window: WindowBase) -> None:
    """Help → User guide, imported when first asked for: its window's widgets
    (QTextBrowser, QListWidget, QSplitter) are ones the first page never uses."""
    from kkr_desk.ui import guide

    guide.open_guide(window)


def show_about(window: WindowBase) -> None:
    """Help → About, imported when first asked for."""
    from kkr_desk.ui import about

    about.show(window)


def search_dock(window: WindowBase) -> SearchDock:
    """The archive search's dock (hidden until Ctrl+Shift+F)."""
    from kkr_desk.ui.search_panel import SearchDock

    return SearchDock(window)
