"""Archive-level commands of the window: delete a meeting into the trash, restore it,
empty the trash, re-import a meeting as a new version. ``ArchiveController`` is owned by
the window.

Undo: a meeting's own ``QUndoStack`` dies with its session (closing, deleting or
re-opening the meeting), so these commands go on a window-level stack,
``archive_stack``. Both are in the window's ``QUndoGroup``; the stack the clerk used
last (pushed, undone or redone) is the active one, and opening a meeting keeps the
window-level stack active when it was used last, so Edit → Undo (Ctrl+Z) right after a
delete or a re-import undoes that, and after an edit of the meeting undoes the edit.
Its strings are translated in the context "ArchiveController" (the trash dialog's in
"TrashDialog").
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
)

from kkr_desk.domain.edits import EditError
from kkr_desk.store import lifecycle
from kkr_desk.store.lifecycle import ImportReport
from kkr_desk.ui import messages, msgbox
from kkr_desk.ui.follow import Follower
from kkr_desk.ui.window_base import WindowBase

log = logging.getLogger("kkr_desk.ui")


class _ArchiveCommand(QUndoCommand):
    """A change done already when pushed; ``forward``/``backward`` redo and undo it. A
    step the archive refuses (the meeting changed, the trash was emptied) is told and
    leaves the stack."""

    def __init__(self, controller: ArchiveController, text: str) -> None:
        super().__init__(text)
        self.ctl = controller
        self._done = True

    def redo(self) -> None:
        if self._done:  # push() calls redo(): the change is made already
            return
        if self._run(self.forward):
            self._done = True

    def undo(self) -> None:
        if self._run(self.backward):
            self._done = False

    def forward(self) -> None:
        raise NotImplementedError

    def backward(self) -> None:
        raise NotImplementedError

    def _run(self, step: Callable[[], None]) -> bool:
        try:
            step()
        except (EditError, LookupError) as exc:
            log.warning("'%s' cannot be undone or redone: %s", self.text(), exc)
            self.setObsolete(True)
            msgbox.error(
                self.ctl.main,
                QCoreApplication.translate("ArchiveController", "Cannot do that"),
                QCoreApplication.translate(
                    "ArchiveController", "This step cannot be undone or redone any more: {0}"
                ).format(messages.text(exc)),
            )
            return False
        return True


class TrashCommand(_ArchiveCommand):
    """A meeting moved into the trash (``deleting``) or restored from it."""

    def __init__(self, controller: ArchiveController, meeting_id: int, deleting: bool) -> None:
        text = (
            QCoreApplication.translate("ArchiveController", "Delete meeting {0}")
            if deleting
            else QCoreApplication.translate("ArchiveController", "Restore meeting {0}")
        )
        super().__init__(controller, text.format(meeting_id))
        self.meeting_id, self.deleting = meeting_id, deleting

    def _delete(self) -> None:
        lifecycle.delete_meeting(self.ctl.archive, self.meeting_id)
        self.ctl.meeting_removed(self.meeting_id)

    def _restore(self) -> None:
        lifecycle.restore_meeting(self.ctl.archive, self.meeting_id)
        self.ctl.meeting_back(self.meeting_id)

    def forward(self) -> None:
        if self.deleting:
            self._delete()
        else:
            self._restore()

    def backward(self) -> None:
        if self.deleting:
            self._restore()
        else:
            self._delete()


class VersionCommand(_ArchiveCommand):
    """A re-import: undo and redo swap the meeting's content with its earlier version."""

    def __init__(self, controller: ArchiveController, meeting_id: int, version: int) -> None:
        super().__init__(
            controller,
            QCoreApplication.translate("ArchiveController", "New version of meeting {0}").format(
                meeting_id
            ),
        )
        self.meeting_id, self.version = meeting_id, version

    def _swap(self) -> None:
        self.version = lifecycle.restore_version(self.ctl.archive, self.meeting_id, self.version)
        self.ctl.meeting_back(self.meeting_id)

    forward = backward = _swap


class TrashDialog(QDialog):
    """The meetings in the trash: restore one, or empty the trash."""

    def __init__(self, controller: ArchiveController) -> None:
        super().__init__(controller.main)
        self.ctl = controller
        self.setWindowTitle(self.tr("Trash"))
        self.resize(760, 320)
        self.list = QListWidget()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.restore = QPushButton(self.tr("&Restore"))
        self.empty = QPushButton(self.tr("&Empty the trash"))
        buttons.addButton(self.restore, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.empty, QDialogButtonBox.ButtonRole.DestructiveRole)
        buttons.rejected.connect(self.reject)
        self.restore.clicked.connect(self.restore_selected)
        self.empty.clicked.connect(self.empty_trash)
        self.list.itemActivated.connect(lambda _item: self.restore_selected())
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)
        layout.addWidget(buttons)
        self.writable = controller.archive.db.read_only_reason is None
        self.refresh()

    def refresh(self) -> None:
        from kkr_desk.ui.follow import when

        self.list.clear()
        self.entries = lifecycle.trash(self.ctl.archive)
        for entry in self.entries:
            if entry.replaced_by is not None:
                continue  # an earlier version: undone from the window, gone when emptied
            date = messages.long_date(entry.date) if entry.date else "?"
            text = self.tr("Meeting {0}: {1} {2} ({3}), deleted {4} by {5}").format(
                entry.id,
                entry.body,
                date,
                entry.source_name,
                when(entry.deleted_at),
                entry.deleted_by or "?",
            )
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, entry.id)
            self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(0)
        self.restore.setEnabled(self.writable and self.list.count() > 0)
        self.empty.setEnabled(self.writable and bool(self.entries))

    def restore_selected(self) -> None:
        item = self.list.currentItem()
        if item is None or not self.writable:
            return
        if self.ctl.restore_from_trash(item.data(Qt.ItemDataRole.UserRole)):
            self.refresh()

    def empty_trash(self) -> None:
        if self.ctl.empty_trash(self.entries):
            self.refresh()


class ArchiveController(QObject):
    """Delete, restore, empty the trash and re-imports, undoable on ``archive_stack``;
    ``follower`` keeps the open meeting as the archive has it."""

    def __init__(self, window: WindowBase) -> None:
        super().__init__(window)
        self.main = window
        self.archive = window.archive
        self.archive_stack = QUndoStack(self)
        self.archive_last = False  # the clerk's last undoable step was archive-level
        window.undo_group.addStack(self.archive_stack)
        self.archive_stack.indexChanged.connect(lambda _i: self._stack_used(True))
        self.follower = Follower(window)

    def use_delete_key(self, delete: QAction) -> None:
        """The Delete key of ``delete`` only where a meeting is chosen."""
        delete.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.main.meeting_list.addAction(delete)

    def _stack_used(self, archive: bool) -> None:
        if not shiboken6.isValid(self.main.undo_group):  # a stack cleared as the window goes
            return
        self.archive_last = archive and self.archive_stack.count() > 0
        self.activate_stack()

    def activate_stack(self) -> None:
        """Undo goes to the stack used last (see the module's docstring)."""
        stack = self.main.stack
        if stack is not None and not self.archive_last:
            self.main.undo_group.setActiveStack(stack)
        else:
            self.main.undo_group.setActiveStack(self.archive_stack)

    def watch_session(self) -> None:
        """Called by the window's ``open_meeting`` for its new session and stack."""
        assert self.main.session is not None
        assert self.main.stack is not None
        self.follower.attach(self.main.session)
        self.main.stack.indexChanged.connect(lambda _i: self._stack_used(False))
        self.activate_stack()

    def meeting_removed(self, meeting_id: int) -> None:
        main = self.main
        if main.session is not None and main.session.meeting_id == meeting_id:
            main.close_meeting()
        main.refresh_meetings()

    def meeting_back(self, meeting_id: int) -> None:
        """The meeting is in the archive again, or has other content: show it."""
        main = self.main
        if main.session is not None and main.session.meeting_id == meeting_id:
            self.follower.reload()
            main.refresh_meetings()
        else:
            main.refresh_meetings()
            main.open_meeting(meeting_id)

    def _chosen_meeting(self) -> int | None:
        chosen = self.main.meeting_list.currentIndex().data(Qt.ItemDataRole.UserRole)
        if chosen is None and self.main.session is not None:
            return self.main.session.meeting_id
        return chosen

    def delete_meeting(self) -> bool:
        """Move the chosen meeting into the trash, after asking (undoable)."""
        main = self.main
        meeting_id = self._chosen_meeting()
        if meeting_id is None:
            return False
        row = main.meetings.row_of(meeting_id)
        name = main.meetings.index(row).data() if row >= 0 else str(meeting_id)
        if not msgbox.question(
            main,
            self.tr("Delete meeting"),
            self.tr(
                "Move meeting {0} ({1}) to the trash? You can undo it (Ctrl+Z) or restore "
                "it from File → Trash."
            ).format(meeting_id, name),
        ):
            return False
        if main.session is not None and main.session.meeting_id == meeting_id:
            main.close_meeting()
        try:
            lifecycle.delete_meeting(self.archive, meeting_id)
        except (EditError, LookupError) as exc:
            msgbox.error(main, self.tr("Delete meeting"), messages.text(exc))
            main.refresh_meetings()
            return False
        self.archive_stack.push(TrashCommand(self, meeting_id, deleting=True))
        main.refresh_meetings()
        main.statusBar().showMessage(self.tr("Meeting {0} is in the trash.").format(meeting_id))
        return True

    def show_trash(self) -> None:
        TrashDialog(self).exec()

    def restore_from_trash(self, meeting_id: int) -> bool:
        try:
            lifecycle.restore_meeting(self.archive, meeting_id)
        except (EditError, LookupError) as exc:
            msgbox.error(self.main, self.tr("Restore meeting"), messages.text(exc))
            return False
        self.archive_stack.push(TrashCommand(self, meeting_id, deleting=False))
        self.meeting_back(meeting_id)
        return True

    def empty_trash(self, entries: Sequence[lifecycle.TrashEntry]) -> bool:
        meetings = sum(1 for e in entries if e.replaced_by is None)
        versions = len(entries) - meetings
        if not msgbox.question(
            self.main,
            self.tr("Empty the trash"),
            self.tr(
                "Remove {0} meetings and {1} earlier versions of re-imported meetings for "
                "good? This cannot be undone. (The audit trail is kept.)"
            ).format(meetings, versions),
        ):
            return False
        count = lifecycle.empty_trash(self.archive)
        self.archive_stack.clear()  # its steps need what was in the trash
        self.main.statusBar().showMessage(
            self.tr("{0} meetings were removed for good.").format(count)
        )
        return True

    def reimported(self, reports: Sequence[ImportReport]) -> None:
        """Re-imports done by the window's import: undoable, the open meeting reloaded,
        and what was not carried over told."""
        for report in reports:
            if report.version is None:
                continue
            self.archive_stack.push(VersionCommand(self, report.meeting_id, report.version))
            session = self.main.session
            if session is not None and session.meeting_id == report.meeting_id:
                self.follower.reload()  # opened afresh, the selection kept
            lost = "\n".join(f"• {line}" for line in report.not_carried)
            text = self.tr("Meeting {0} was imported as a new version.").format(report.meeting_id)
            if lost:
                text += "\n\n" + self.tr("Could not be carried over:") + "\n" + lost
            else:
                text += " " + self.tr("All your work was carried over.")
            msgbox.information(self.main, self.tr("New version"), text, plain_text=True)
