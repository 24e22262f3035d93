"""The window's View and Help commands: the undo history, the language, the keyboard
shortcuts, About; and the window's size and splitters kept in the settings, with the
place the clerk was at (meeting, item, page: ``save_state``, ``restore_place``).
``ViewController`` is owned by the window; its strings are translated in its own
context, "ViewController"."""

from __future__ import annotations

from PySide6.QtCore import QObject, QSize, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QScrollArea,
    QVBoxLayout,
)

from kkr_desk.domain.document import NodeKind
from kkr_desk.ui import actions, i18n, msgbox
from kkr_desk.ui.i18n import QT_TRANSLATE_NOOP
from kkr_desk.ui.sizing import resize_within_screen
from kkr_desk.ui.window_base import WindowBase

FIRST_SIZE = QSize(1400, 900)


def first_size(available: QSize) -> QSize:
    """The window's size on a first start: 1400×900, or the screen's free area less a
    margin for the frame when that is smaller (a 1366×768 laptop)."""
    return FIRST_SIZE.boundedTo(available - QSize(16, 48))


class ViewController(QObject):
    def __init__(self, window: WindowBase) -> None:
        super().__init__(window)
        self.main = window
        self.shortcut_list: QDialog | None = None  # Help → Keyboard shortcuts, when open

    def restore_state(self) -> None:
        """The window's geometry, splitters and language as the settings have them."""
        main, settings = self.main, self.main.settings
        geometry = settings.value("window/geometry")
        if geometry is not None:
            main.restoreGeometry(geometry)
        else:
            main.resize(first_size(main.screen().availableGeometry().size()))
        for key, splitter in (("window/splitter", main.splitter), ("window/right", main.right)):
            state = settings.value(key)
            if state is not None:
                splitter.restoreState(state)
        self.show_language(settings.value("ui/language"))

    def save_state(self) -> None:
        main, settings = self.main, self.main.settings
        settings.setValue("window/geometry", main.saveGeometry())
        settings.setValue("window/splitter", main.splitter.saveState())
        settings.setValue("window/right", main.right.saveState())
        self.save_place()
        settings.sync()

    def save_place(self) -> None:
        """The open meeting, the selected item's number and the page at the top of the
        view (none of them when no meeting is open)."""
        main, settings = self.main, self.main.settings
        node = main.selected_node()
        if main.session is None:
            for key in ("meeting/last", "meeting/item", "meeting/page"):
                settings.remove(key)
            return
        if node is not None and node.kind is NodeKind.PART:
            node = next((i for i in main.session.doc.items() if node in i.children), None)
        settings.setValue("meeting/last", main.session.meeting_id)
        if node is not None and node.number:
            settings.setValue("meeting/item", node.number)
        else:
            settings.remove("meeting/item")
        settings.setValue("meeting/page", main.page_view.current_page())

    def restore_place(self) -> None:
        """Select the saved item and show the saved page of the meeting just restored."""
        main, settings = self.main, self.main.settings
        number = settings.value("meeting/item")
        items = main.session.doc.items() if main.session is not None and number else []
        item = next((i for i in items if i.number == str(number)), None)
        if item is not None:
            main.select_node(item)
        try:
            page = int(settings.value("meeting/page") or 0)
        except (TypeError, ValueError):
            page = 0
        if page > 0:
            main.page_view.go_to_page(page)  # a later resize keeps the page at the top

    def toggle_history(self) -> None:
        history = self.main.history
        history.setVisible(not history.isVisible())
        self.main.action_map["history"].setChecked(history.isVisible())

    def show_language(self, code: object) -> None:
        """Check the menu entry of the chosen language (``code``: "da", "en" or none)."""
        self.main.action_map["lang_da"].setChecked(code == "da")
        self.main.action_map["lang_en"].setChecked(code == "en")

    def _language(self, code: str) -> None:
        """The choice is kept; the window's words change at the next start, and the
        notice says so in the language chosen (the clerk may not read the other one)."""
        self.main.settings.setValue("ui/language", code)
        self.show_language(code)
        notice = QT_TRANSLATE_NOOP(
            "ViewController", "The language changes when KKR Desk starts again."
        )
        msgbox.information(self.main, "KKR Desk", i18n.translated(code, "ViewController", notice))

    def use_danish(self) -> None:
        self._language("da")

    def use_english(self) -> None:
        self._language("en")

    def show_shortcuts(self) -> QDialog:
        """The list of shortcuts in a window of its own (it may stay open while the clerk
        works), scrolling inside a window that fits the screen."""
        if self.shortcut_list is not None:
            self.shortcut_list.close()
        rows = "".join(
            f"<tr><td><b>{keys}</b></td><td>{what}</td></tr>"
            for keys, what in actions.shortcut_rows(self.main.action_map)
        )
        dialog = QDialog(self.main)
        dialog.setWindowTitle(self.tr("Keyboard shortcuts"))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        table = QLabel(f"<table cellpadding=3>{rows}</table>")
        table.setTextFormat(Qt.TextFormat.RichText)
        table.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        area = QScrollArea()
        area.setWidget(table)
        area.setWidgetResizable(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(dialog.close)
        layout = QVBoxLayout(dialog)
        layout.addWidget(area)
        layout.addWidget(buttons)
        content = table.sizeHint()
        bar = area.verticalScrollBar().sizeHint().width()
        width = content.width() + bar + 2 * area.frameWidth() + 40
        height = content.height() + buttons.sizeHint().height() + 60
        resize_within_screen(dialog, self.main, width, height)
        dialog.destroyed.connect(self._shortcut_list_closed)
        self.shortcut_list = dialog
        dialog.show()
        return dialog

    def _shortcut_list_closed(self) -> None:
        self.shortcut_list = None
