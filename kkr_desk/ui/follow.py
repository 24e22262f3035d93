"""The window follows the archive: when another clerk (another process) changes the open
meeting, the window reloads it, keeping the selection and the page view's scroll
position, and says in the status bar who changed what.

The check is one indexed row (``Archive.revision``), made when the window is activated
and every ``INTERVAL_MS`` while it is shown, never while a modal dialog is open or the
clerk is typing in the item panel. A meeting that went into the trash or left the
archive is closed, with a word why. An edit refused because of another clerk's change
(``ConflictError``) is explained in the clerk's language by ``conflict_text``.

The meeting's undo stack is kept across a reload: its entries are patches that check,
field by field, that what they restore is still what their edit wrote, so an entry that
another clerk's change has overtaken is refused, never replayed over it. (A re-import
replaces every node and maybe the file: the meeting is opened afresh, with a new stack.)
"""

from __future__ import annotations

import datetime as dt
import logging

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QDateTime,
    QEvent,
    QLocale,
    QObject,
    QTimer,
)
from PySide6.QtWidgets import QApplication

from kkr_desk.domain.document import Document, Node, NodeKind
from kkr_desk.store import lifecycle
from kkr_desk.store.archive import WHOLE_MEETING, Change, ConflictError
from kkr_desk.ui import msgbox
from kkr_desk.ui.i18n import QT_TRANSLATE_NOOP
from kkr_desk.ui.session import MeetingSession
from kkr_desk.ui.window_base import WindowBase

log = logging.getLogger("kkr_desk.ui")

# The audit trail's operation names as the clerk reads them.
OP_LABELS = {
    "split": QT_TRANSLATE_NOOP("follow", "split"),
    "merge": QT_TRANSLATE_NOOP("follow", "merge"),
    "move_start": QT_TRANSLATE_NOOP("follow", "moved start"),
    "make_heading": QT_TRANSLATE_NOOP("follow", "new heading"),
    "change_level": QT_TRANSLATE_NOOP("follow", "heading level"),
    "set_fields": QT_TRANSLATE_NOOP("follow", "set title or fields"),
    "correct_line": QT_TRANSLATE_NOOP("follow", "line correction"),
    "set_tags": QT_TRANSLATE_NOOP("follow", "decision tags"),
    "confirm_tags": QT_TRANSLATE_NOOP("follow", "confirmed tags"),
    "set_review": QT_TRANSLATE_NOOP("follow", "review status"),
    "set_flag": QT_TRANSLATE_NOOP("follow", "flag"),
    "set_note": QT_TRANSLATE_NOOP("follow", "set note"),
    "patch": QT_TRANSLATE_NOOP("follow", "undo"),
    "reimport": QT_TRANSLATE_NOOP("follow", "new version imported"),
    "revert": QT_TRANSLATE_NOOP("follow", "change reverted"),
    "restore-version": QT_TRANSLATE_NOOP("follow", "earlier version restored"),
}
MAX_ITEMS = 5  # item numbers named in the status bar


def op_label(op: str) -> str:
    return QCoreApplication.translate("follow", OP_LABELS[op]) if op in OP_LABELS else op


def when(at: dt.datetime) -> str:
    """A change's time in the clerk's locale: the time of day, with the date when it
    was not today. (SQLite gives the stored UTC time without its zone.)"""
    if at.tzinfo is None:
        at = at.replace(tzinfo=dt.UTC)
    local = QDateTime.fromMSecsSinceEpoch(round(at.timestamp() * 1000)).toLocalTime()
    locale = QLocale()
    if local.date() == QDate.currentDate():
        return locale.toString(local.time(), QLocale.FormatType.ShortFormat)
    return locale.toString(local, QLocale.FormatType.ShortFormat)


def _who_what(changes: list[Change]) -> tuple[str, str]:
    who = ", ".join(dict.fromkeys(c.user for c in changes))
    what = ", ".join(dict.fromkeys(op_label(c.op) for c in changes))
    return who, what


def conflict_text(exc: ConflictError, *, undo: bool = False, since: int | None = None) -> str:
    """Why an edit (``undo``: an undo or redo) was refused, and that the view was reloaded;
    ``since``: the revision the window showed (the changes after it are named, when any
    of the changes the archive names are)."""
    changes = exc.changes
    unseen = [c for c in changes if since is None or c.revision is None or c.revision > since]
    changes = unseen or changes
    if not changes:
        if undo:
            return QCoreApplication.translate(
                "follow",
                "The meeting was changed meanwhile: this step could not be undone. "
                "The view has been reloaded.",
            )
        return QCoreApplication.translate(
            "follow",
            "The meeting was changed meanwhile: your change was not saved. "
            "The view has been reloaded.",
        )
    who, what = _who_what(changes)
    time = when(changes[-1].at)
    if undo:
        text = QCoreApplication.translate(
            "follow",
            "The meeting was changed by {0} meanwhile ({1}, {2}): this step could not be "
            "undone. The view has been reloaded.",
        )
    else:
        text = QCoreApplication.translate(
            "follow",
            "The meeting was changed by {0} meanwhile ({1}, {2}): your change was not saved. "
            "The view has been reloaded.",
        )
    return text.format(who, what, time)


def changed_items(before: Document, after: Document) -> list[str]:
    """The numbers of the items that differ between two loads of a meeting."""
    old = {item.id: item for item in before.items()}
    lines = (
        {
            a.index
            for a, b in zip(before.lines, after.lines, strict=True)
            if a.corrected != b.corrected
        }
        if len(before.lines) == len(after.lines)
        else set()
    )
    return [
        item.number or "?"
        for item in after.items()
        if old.get(item.id) != item or any(i in item for i in lines)
    ]


def reload_text(changes: list[Change], before: Document, after: Document) -> str:
    """ "Reloaded: anna changed 2.1 (set note) at 10:42" for the status bar."""
    if not changes:
        return QCoreApplication.translate(
            "follow", "Reloaded: the meeting was changed in the archive."
        )
    who, what = _who_what(changes)
    numbers = changed_items(before, after)
    where = ", ".join(numbers[:MAX_ITEMS]) + ("…" if len(numbers) > MAX_ITEMS else "")
    return QCoreApplication.translate("follow", "Reloaded: {0} changed {1} ({2}) at {3}").format(
        who,
        where or QCoreApplication.translate("follow", "the meeting"),
        what,
        when(changes[-1].at),
    )


def _item_of(doc: Document, node: Node | None) -> Node | None:
    if node is None:
        return None
    if node.kind is NodeKind.PART:
        return next((i for i in doc.items() if node in i.children), None)
    return node if node.kind is NodeKind.ITEM else None


class Follower(QObject):
    """Keeps ``window``'s open meeting as the archive has it."""

    INTERVAL_MS = 2000

    def __init__(self, window: WindowBase) -> None:
        super().__init__(window)
        self.window = window
        self.timer = QTimer(self)
        self.timer.setInterval(self.INTERVAL_MS)
        self.timer.timeout.connect(self.check)
        window.installEventFilter(self)
        if window.isVisible():
            self.timer.start()

    def attach(self, session: MeetingSession) -> None:
        session.outdated.connect(self.reload)
        session.overtaken.connect(self._overtaken)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.WindowActivate:
            self.timer.start()
            QTimer.singleShot(0, self, self.check)  # once the activation is done
        elif kind == QEvent.Type.Show:
            self.timer.start()
        elif kind == QEvent.Type.Hide:
            self.timer.stop()
        return False

    def busy(self) -> bool:
        """A dialog is open or the clerk is typing: a reload would get in the way."""
        if QApplication.activeModalWidget() is not None:
            return True
        if QApplication.activePopupWidget() is not None:
            return True
        panel = self.window.panel
        fields = (panel.number, panel.title, panel.case_number, panel.handlers)
        return panel._note_timer.isActive() or any(f.isModified() for f in fields)

    def check(self) -> bool:
        """Reload the open meeting if the archive has a newer revision of it, close it
        if it went into the trash or is gone; True when either happened."""
        window, session = self.window, self.window.session
        if session is None or not window.isVisible() or self.busy():
            return False
        try:
            state = window.archive.revision(session.meeting_id)
        except Exception:
            self.timer.stop()  # a damaged archive is told once (archive_state), not every 2 s
            raise
        if state is None or state[1]:
            self._gone(session.meeting_id, trashed=state is not None)
            return True
        if state[0] == session.doc.revision:
            return False
        self.reload()
        return True

    def reload(self, before: Document | None = None) -> None:
        """Load the open meeting again, keeping the selection (by node id, else by item
        number) and the page view's position; tell who changed what. After a re-import
        (every node and maybe the file replaced) the meeting is opened afresh."""
        window, session = self.window, self.window.session
        if session is None:
            return
        keep = window.selected_node()
        number = (item := _item_of(session.doc, keep)) and item.number
        bars = (window.page_view.verticalScrollBar(), window.page_view.horizontalScrollBar())
        position = [bar.value() for bar in bars]
        before = before or session.doc
        changes = window.archive.changes_since(session.meeting_id, before.revision)
        if any(c.op in WHOLE_MEETING for c in changes):
            window.open_meeting(session.meeting_id)  # a new session: no undo entry fits
            session = window.session
            assert session is not None
        else:
            session.reload()
            window.session_changed()
        doc = session.doc
        target = next((n for n in doc.walk() if keep and keep.id and n.id == keep.id), None)
        target = target or next((i for i in doc.items() if number and i.number == number), None)
        if target is not None and target is not window.selected_node():
            window.select_node(target, scroll=False)
        for bar, value in zip(bars, position, strict=True):
            bar.setValue(value)
        text = reload_text(changes, before, doc)
        log.info("meeting %d reloaded: %s", session.meeting_id, text)
        window.statusBar().showMessage(text)

    def _overtaken(self, before: Document) -> None:
        session = self.window.session
        if session is None:
            return
        changes = [
            c
            for c in self.window.archive.changes_since(session.meeting_id, before.revision)
            if c.revision != session.doc.revision  # the clerk's own edit
        ]
        if changes:  # which items are theirs cannot be told from ours: no numbers
            who, what = _who_what(changes)
            self.window.statusBar().showMessage(
                QCoreApplication.translate(
                    "follow", "Reloaded with changes by {0} ({1}) at {2}"
                ).format(who, what, when(changes[-1].at))
            )

    def _gone(self, meeting_id: int, *, trashed: bool) -> None:
        window = self.window
        if trashed:
            by = next(
                (e.deleted_by for e in lifecycle.trash(window.archive) if e.id == meeting_id),
                None,
            )
            text = QCoreApplication.translate(
                "follow", "{0} moved meeting {1} to the trash; it has been closed."
            ).format(by or QCoreApplication.translate("follow", "Another clerk"), meeting_id)
        else:
            text = QCoreApplication.translate(
                "follow", "Meeting {0} is no longer in the archive; it has been closed."
            ).format(meeting_id)
        log.info("open meeting %d gone: %s", meeting_id, text)
        window.close_meeting()
        window.refresh_meetings()
        window.statusBar().showMessage(text)
        msgbox.information(window, QCoreApplication.translate("follow", "The meeting"), text)
