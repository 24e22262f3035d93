"""The window's View and Help commands: the undo history, the language, the keyboard
shortcuts, About; and the window's size and splitters kept in the settings.
``ViewController`` is owned by the window; its strings are translated in its own
context, "ViewController"."""

from __future__ import annotations

from PySide6.QtCore import QObject

from kkr_desk.ui import actions, i18n, msgbox
from kkr_desk.ui.i18n import QT_TRANSLATE_NOOP
from kkr_desk.ui.window_base import WindowBase


class ViewController(QObject):
    def __init__(self, window: WindowBase) -> None:
        super().__init__(window)
        self.main = window

    def restore_state(self) -> None:
        """The window's geometry, splitters and language as the settings have them."""
        main, settings = self.main, self.main.settings
        geometry = settings.value("window/geometry")
        if geometry is not None:
            main.restoreGeometry(geometry)
        else:
            main.resize(1400, 900)
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
        settings.sync()

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

    def show_shortcuts(self) -> None:
        rows = "".join(
            f"<tr><td><b>{keys}</b></td><td>{what}</td></tr>"
            for keys, what in actions.shortcut_rows(self.main.action_map)
        )
        msgbox.information(
            self.main, self.tr("Keyboard shortcuts"), f"<table cellpadding=3>{rows}</table>"
        )

    def show_about(self) -> None:
        from kkr_desk import __version__

        msgbox.information(
            self.main,
            self.tr("About KKR Desk"),
            self.tr("KKR Desk {0}: review of KKR agendas and minutes.").format(__version__),
        )
