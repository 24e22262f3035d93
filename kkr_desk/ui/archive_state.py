"""A damaged or read-only archive in the window.

A damaged archive is told once, in Danish, with the backup to go back to: when the
window cannot open it (``tell`` from ``app.run``) and when a query fails while the window
is open (``install_hook``: an ``ArchiveError`` raised in any slot is told as a message,
not as a crash). A read-only archive opens with its editing actions off and a banner
saying why (``show_read_only``).
"""

from __future__ import annotations

import logging
import sys
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QSizePolicy,
    QToolBar,
    QWidget,
)

from kkr_desk.store.common import ArchiveError
from kkr_desk.store.health import ArchiveDamagedError, ArchiveReadOnlyError
from kkr_desk.ui import actions, messages, msgbox

log = logging.getLogger("kkr_desk.ui")

# Actions that change the archive, besides every action of the Edit and Decision menus.
WRITING = {"open", "undo", "redo", "reviewed", "flagged", "delete", "restore", "reimport"}
BANNER_STYLE = "QLabel { background: #fff3c4; color: #4a3b00; padding: 6px 10px; }"

_told_damage = False  # a damaged archive is told once; later failures are only logged


# The texts live in messages (every error's words are there); kept here by name.
damaged_text = messages.archive_damaged_text
read_only_text = messages.read_only_text
text = messages.text


def tell(parent: QWidget | None, exc: ArchiveError) -> None:
    """One message for an archive that cannot be used (as it is)."""
    global _told_damage
    title = QCoreApplication.translate("archive", "The archive")
    if isinstance(exc, ArchiveDamagedError):
        if _told_damage:
            log.warning("the archive is still damaged: %s", exc)
            return
        _told_damage = True
        msgbox.error(parent, title, damaged_text(exc), plain_text=True)
    elif isinstance(exc, ArchiveReadOnlyError):
        msgbox.error(parent, title, read_only_text(exc.reason), plain_text=True)
    else:
        msgbox.error(
            parent,
            title,
            QCoreApplication.translate("archive", "The archive cannot be used: {0}").format(
                messages.text(exc)
            ),
            plain_text=True,
        )


def install_hook() -> None:
    """Tell an ``ArchiveError`` that reaches ``sys.excepthook`` (from a slot or an event
    handler) as a message; anything else goes on to the hook installed before (the crash
    dialog)."""
    previous = sys.excepthook
    if getattr(previous, "kkr_desk_archive", False):
        return

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if isinstance(exc, ArchiveError):
            log.info("archive error in the window: %s", exc)
            app = QApplication.instance()
            parent = app.activeWindow() if isinstance(app, QApplication) else None
            tell(parent, exc)
            return
        previous(kind, exc, tb)

    hook.kkr_desk_archive = True  # type: ignore[attr-defined]
    sys.excepthook = hook


def writing_actions() -> set[str]:
    return WRITING | {spec.name for spec in actions.specs() if spec.menu in ("&Edit", "&Decision")}


def show_read_only(window: QMainWindow) -> QLabel | None:
    """For a read-only archive: editing and import off, and a banner saying why.
    Returns the banner (None when the archive can be written)."""
    reason = window.archive.db.read_only_reason  # type: ignore[attr-defined]
    if reason is None:
        return None
    writing = writing_actions()
    for name, action in window.action_map.items():  # type: ignore[attr-defined]
        if name in writing:
            action.setEnabled(False)
    window.setAcceptDrops(False)
    panel = window.panel  # type: ignore[attr-defined]
    for edit in (panel.number, panel.title, panel.case_number, panel.handlers, panel.note):
        edit.setReadOnly(True)
    for button in (*panel.tag_buttons.values(), panel.reviewed, panel.flagged):
        button.setEnabled(False)
    panel.confirm.hide()
    banner = QLabel(read_only_text(reason))
    banner.setObjectName("read_only_banner")
    banner.setStyleSheet(BANNER_STYLE)
    banner.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    bar = QToolBar(QCoreApplication.translate("archive", "Read-only"), window)
    bar.setObjectName("read_only_bar")
    bar.setMovable(False)
    bar.setFloatable(False)
    bar.toggleViewAction().setVisible(False)  # not one to hide from the menu bar's menu
    bar.addWidget(banner)
    window.addToolBar(bar)
    return banner
