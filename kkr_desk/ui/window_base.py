"""The review window as its controllers see it: the widgets, the open meeting and the few
window operations they call. ``MainWindow`` builds and implements it; the controllers
(editing, archive commands, following, view) depend on this class only, so the window
module is the one that imports them, never the other way round."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings
from PySide6.QtGui import QAction, QUndoGroup, QUndoStack
from PySide6.QtWidgets import QDockWidget, QListView, QMainWindow, QSplitter, QTreeView

from kkr_desk.domain.document import Node
from kkr_desk.store.archive import Archive
from kkr_desk.ui.item_panel import ItemPanel
from kkr_desk.ui.page_view import PageView
from kkr_desk.ui.session import MeetingSession
from kkr_desk.ui.tree_model import DocumentTreeModel, MeetingListModel, ReviewFilter


class WindowBase(QMainWindow):
    # Set by MainWindow.__init__.
    archive: Archive
    settings: QSettings
    session: MeetingSession | None
    stack: QUndoStack | None  # the open meeting's undo stack
    current_line: int | None  # the line cursor: the line the line-based edits act on
    undo_group: QUndoGroup
    action_map: dict[str, QAction]
    meetings: MeetingListModel
    meeting_list: QListView
    model: DocumentTreeModel  # the open meeting's tree; ``shown`` after every change
    filter: ReviewFilter
    tree: QTreeView
    panel: ItemPanel
    page_view: PageView
    history: QDockWidget
    splitter: QSplitter
    right: QSplitter
    archive_commands: Any  # ArchiveController (not imported here: it imports this module)
    tree_expansion: Any  # TreeExpansion: which tree rows stand open
    ask_export: Callable[[], tuple[str, str] | None]  # the export dialog's answers
    ask_save_path: Callable[[str], Path | None]  # where to write, for a format

    def selected_node(self) -> Node | None:
        raise NotImplementedError

    def select_node(self, node: Node, scroll: bool = True) -> None:
        raise NotImplementedError

    def open_meeting(self, meeting_id: int) -> None:
        raise NotImplementedError

    def close_meeting(self) -> None:
        raise NotImplementedError

    def refresh_meetings(self) -> None:
        raise NotImplementedError

    def session_changed(self) -> None:
        """Show the open meeting's document as the session has it now."""
        raise NotImplementedError
