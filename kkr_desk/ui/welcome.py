"""The welcome page: with an empty archive the window shows, where the page view would
be, a greeting, a button that opens a PDF (the File → Open action) and a word that a
file can be dropped on the window (the window takes the drop). The page counter of the
status bar is hidden meanwhile: there is no page to count.

``install`` puts the page view and the welcome page in a ``QStackedWidget`` in the page
view's place in the splitter; the page follows the meeting list by itself (``refresh``
runs whenever the list is reset or gains or loses rows). Strings are translated in the
context "welcome"."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QPushButton, QStackedWidget, QVBoxLayout, QWidget

from kkr_desk.ui.window_base import WindowBase


class WelcomePage(QWidget):
    """The greeting, the open button and the drop hint, centred."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcome")
        self.title = QLabel(QCoreApplication.translate("welcome", "Welcome to KKR Desk"))
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.title.setFont(font)
        self.open_button = QPushButton(QCoreApplication.translate("welcome", "Open PDF…"))
        self.open_button.setMinimumWidth(180)
        self.hint = QLabel(QCoreApplication.translate("welcome", "or drag a PDF here"))
        self.hint.setEnabled(False)  # the muted colour of a hint
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        for widget in (self.title, self.open_button, self.hint):
            layout.addWidget(widget, 0, Qt.AlignmentFlag.AlignHCenter)
            layout.addSpacing(12)
        layout.addStretch(3)


class Welcome:
    """Shows the welcome page instead of the page view while the archive is empty."""

    def __init__(self, window: WindowBase, status: list[QWidget]) -> None:
        self.main = window
        self.status = status  # the page counter's widgets, hidden with no page
        self.page = WelcomePage()
        self.page.open_button.clicked.connect(window.action_map["open"].trigger)
        self.stack = QStackedWidget()
        at = window.splitter.indexOf(window.page_view)
        window.splitter.replaceWidget(at, self.stack)
        self.stack.addWidget(window.page_view)
        self.stack.addWidget(self.page)
        model = window.meetings
        for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved):
            signal.connect(self.refresh)
        self.refresh()

    def showing(self) -> bool:
        return self.stack.currentWidget() is self.page

    def refresh(self) -> None:
        empty = self.main.session is None and self.main.meetings.rowCount() == 0
        self.stack.setCurrentWidget(self.page if empty else self.main.page_view)
        for widget in self.status:
            widget.setVisible(not empty)


def install(window: WindowBase, status: list[QWidget]) -> Welcome:
    """The welcome page in the page view's place; ``status``: the page counter's widgets."""
    return Welcome(window, status)
