"""Buttons in a grid of as many columns as fit (at most ``most``), so that a narrow
panel (a 1280-pixel screen with a dock open) shows them in more rows rather than cut
them off or make its scroll area scroll sideways."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QGridLayout, QWidget


class FlowGrid(QWidget):
    def __init__(self, most: int = 4, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.most = most
        self.cells: list[QWidget] = []
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setAlignment(Qt.AlignmentFlag.AlignLeft)
        self.columns = most

    def add(self, widget: QWidget) -> None:
        self.cells.append(widget)
        self._place(self.columns)

    def _cell_width(self) -> int:
        return max((w.sizeHint().width() for w in self.cells), default=0)

    def _needed(self, columns: int) -> int:
        """The width of the cells in ``columns`` columns, each as wide as its widest."""
        widths = [0] * columns
        for at, widget in enumerate(self.cells):
            widths[at % columns] = max(widths[at % columns], widget.sizeHint().width())
        return sum(widths) + self.grid.horizontalSpacing() * (columns - 1)

    def _fitting(self, width: int) -> int:
        """The most columns (up to ``most``) whose cells fit in ``width``."""
        return next((c for c in range(self.most, 1, -1) if self._needed(c) <= width), 1)

    def _place(self, columns: int) -> None:
        self.columns = columns
        for widget in self.cells:
            self.grid.removeWidget(widget)
        for at, widget in enumerate(self.cells):
            self.grid.addWidget(widget, at // columns, at % columns)
        self.updateGeometry()

    def minimumSizeHint(self) -> QSize:
        """One column wide (the layout would ask for all of them), as tall as now."""
        return QSize(self._cell_width(), super().minimumSizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        columns = self._fitting(event.size().width())
        if columns != self.columns:
            self._place(columns)
        super().resizeEvent(event)
