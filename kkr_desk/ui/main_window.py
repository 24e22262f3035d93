"""The review window: meeting list, page view and item tree side by side, item panel,
undo history, findings ("Tjek disse"). Layout and wiring live here; changes go through
``commands.push``."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QSettings, Qt
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent, QUndoGroup, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDockWidget,
    QFrame,
    QHeaderView,
    QLabel,
    QListView,
    QProgressBar,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QTreeView,
    QUndoView,
    QWidget,
)

from kkr_desk.domain.document import Node, NodeKind
from kkr_desk.domain.tree import find as find_node
from kkr_desk.store.archive import Archive
from kkr_desk.ui import action_table, actions, archive_state, deferred, find_bar, navigation
from kkr_desk.ui.archive_commands import ArchiveController
from kkr_desk.ui.editing import EditController
from kkr_desk.ui.file_commands import FileCommands
from kkr_desk.ui.findings_panel import FindingsDock
from kkr_desk.ui.item_panel import ItemPanel
from kkr_desk.ui.line_cursor import LineCursor
from kkr_desk.ui.messages import long_date
from kkr_desk.ui.page_view import PageView
from kkr_desk.ui.session import MeetingSession
from kkr_desk.ui.tree_expansion import TreeExpansion
from kkr_desk.ui.tree_model import DocumentTreeModel, MeetingListModel, ReviewFilter
from kkr_desk.ui.view_commands import ViewController
from kkr_desk.ui.welcome import install as install_welcome
from kkr_desk.ui.window_base import WindowBase

if TYPE_CHECKING:
    from kkr_desk.ui.search_panel import SearchDock

log = logging.getLogger("kkr_desk.ui")


class MainWindow(WindowBase):
    """The window owns the widgets and the open meeting; ``edit`` (EditController),
    ``archive_commands`` (ArchiveController) and ``view_commands`` (ViewController) carry
    out the menu commands."""

    # The controllers (set in __init__; what the rest of the window is, WindowBase says).
    edit: EditController
    archive_commands: ArchiveController
    view_commands: ViewController

    def __init__(self, archive: Archive, settings: QSettings, parent: QWidget | None = None):
        super().__init__(parent)
        self.archive = archive
        self.settings = settings
        self.session: MeetingSession | None = None
        self.stack: QUndoStack | None = None
        self.current_line: int | None = None
        self.persist = True  # save window state on close (not for screenshots)
        self.undo_group = QUndoGroup(self)
        self.setAcceptDrops(True)
        self.setWindowTitle("KKR Desk")

        self.meetings = MeetingListModel(self)
        self.meeting_list = QListView()
        self.meeting_list.setModel(self.meetings)
        self.meeting_list.setMinimumWidth(150)
        self.meeting_list.setUniformItemSizes(True)  # rows alike: laid out without asking each
        self.meeting_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.meeting_list.setTextElideMode(Qt.TextElideMode.ElideRight)  # tooltip: all of it
        self.meeting_list.activated.connect(self._meeting_chosen)
        self.meeting_list.clicked.connect(self._meeting_chosen)

        self.page_view = PageView()
        self.page_view.lineClicked.connect(self.line_clicked)
        self.page_view.lineContextMenu.connect(self._page_menu)
        self.page_view.pageChanged.connect(self._page_changed)

        self.model = DocumentTreeModel(None, self)
        self.filter = ReviewFilter(self)
        self.filter.setSourceModel(self.model)
        self.tree = QTreeView()
        self.tree.setModel(self.filter)
        self.tree.setUniformRowHeights(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self._tree_menu)
        header = self.tree.header()  # fixed widths: sizing to contents asks every row
        header.setStretchLastSection(False)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(0, 80)
        header.resizeSection(2, 150)  # "reviewed · flagged"
        header.resizeSection(3, 130)  # decision tags
        self.tree.selectionModel().currentChanged.connect(self._current_changed)
        self.tree_expansion = TreeExpansion(self)  # sections open, parts in the panel

        self.panel = ItemPanel()
        self.edit = EditController(self)
        self.panel.operation.connect(self.edit.push)
        self.right = QSplitter(Qt.Orientation.Vertical)
        self.right.addWidget(self.tree)
        scroller = QScrollArea()  # the panel scrolls rather than squeeze the tree
        scroller.setWidget(self.panel)
        scroller.setWidgetResizable(True)
        scroller.setFrameShape(QFrame.Shape.NoFrame)
        self.right.addWidget(scroller)
        self.right.setSizes([400, 500])
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        for widget in (self.meeting_list, self.page_view, self.right):
            self.splitter.addWidget(widget)
        self.splitter.setSizes([180, 700, 520])
        self.splitter.setStretchFactor(1, 1)
        self.setCentralWidget(self.splitter)

        self.history = QDockWidget(self.tr("Undo history"), self)
        self.history.setObjectName("history")
        self.history.setWidget(QUndoView(self.undo_group))
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.history)
        self.history.hide()
        self.findings_dock = FindingsDock(self)  # "Tjek disse": what the parser is unsure of
        self.find_bar = find_bar.FindBar(self)
        self._search = deferred.DeferredDock(self, deferred.search_dock)  # after the first paint

        self.progress = QProgressBar()
        self.progress.setMaximumWidth(260)
        self.page_box = QSpinBox()
        self.page_box.setPrefix(self.tr("Page "))
        self.page_box.editingFinished.connect(
            lambda: self.page_view.go_to_page(self.page_box.value())
        )
        self.page_total = QLabel()
        for status in (self.page_box, self.page_total, self.progress):
            self.statusBar().addPermanentWidget(status)

        self.archive_commands = ArchiveController(self)  # window-level undo, following
        self.view_commands = ViewController(self)
        self.files = FileCommands(self)  # open, import, export (answers asked on the window)
        self.ask_export, self.ask_save_path = self.files.ask_export, self.files.ask_save_path
        self.action_map = actions.build(self)  # not "actions": QWidget.actions() is Qt's
        self.files.install_recent(self.action_map["recent_files"])  # File → Recent files
        for name, can in (
            ("undo", self.undo_group.canUndoChanged),
            ("redo", self.undo_group.canRedoChanged),
        ):
            can.connect(self.action_map[name].setEnabled)
            self.action_map[name].setEnabled(False)
        self.action_map["filter_all"].setChecked(True)
        self.archive_commands.use_delete_key(self.action_map["delete"])
        archive_state.show_read_only(self)  # edits off and a banner, for a read-only archive
        navigation.install(self)  # redo and menu keys, Space's setting, focus in the tree
        self.line_cursor = LineCursor(self)  # the current line the line-based edits act on
        self.welcome = install_welcome(self, [self.page_box, self.page_total, self.progress])
        self.refresh_meetings()
        self.view_commands.restore_state()

    @property
    def search_dock(self) -> SearchDock:
        return self._search.get()  # built on first use, or just after the first paint

    # -- meetings ---------------------------------------------------------------------------
    def refresh_meetings(self) -> None:
        current = self.session.meeting_id if self.session else None
        self.meetings.set_meetings(self.archive.meetings())
        if current is not None and (row := self.meetings.row_of(current)) >= 0:
            self.meeting_list.setCurrentIndex(self.meetings.index(row))

    def _meeting_chosen(self, index: QModelIndex) -> None:
        meeting_id = index.data(Qt.ItemDataRole.UserRole)
        if meeting_id is not None and (
            self.session is None or self.session.meeting_id != meeting_id
        ):
            self.open_meeting(meeting_id)

    def open_meeting(self, meeting_id: int) -> None:
        self.panel.show_node(None, None)
        if self.session is not None:
            self.session.deleteLater()
        session = MeetingSession(self.archive, meeting_id, self)
        self.session = session
        self.stack = QUndoStack(session)
        self.undo_group.addStack(self.stack)
        self.archive_commands.watch_session()
        session.changed.connect(self.session_changed)
        self.page_view.set_document(session.doc, session.pdf)
        self.page_box.setRange(1, max(1, self.page_view.page_count()))
        self.page_total.setText(self.tr("of {0}").format(self.page_view.page_count()))
        self.current_line = None
        self._show_document()
        row = self.meetings.row_of(meeting_id)
        if row >= 0:
            self.meeting_list.setCurrentIndex(self.meetings.index(row))
        self.settings.setValue("meeting/last", meeting_id)
        info = session.doc.meeting
        date = long_date(info.date)
        kind = self.tr("minutes") if info.kind == "referat" else self.tr("agenda")
        self.setWindowTitle(f"KKR Desk — {info.body} {date} ({kind})")

    def _show_document(self, keep: Node | None = None, changed: set[int] | None = None) -> None:
        """(Re)build the tree over the session's document, keeping the selection; only
        the rows that changed when the document shown was changed in place (``changed``:
        the ids of the nodes an edit changed)."""
        assert self.session is not None
        doc = self.session.doc
        if changed is not None and self.model.shows(doc):
            self.model.sync(doc, changed)
        else:
            self.model.set_document(doc)
            self.tree_expansion.show_items()
        self.page_view.set_boundaries([item.first for item in doc.items()])
        self.findings_dock.show_document(doc)
        self._update_progress()
        target = None
        if keep is not None:
            target = find_node(doc, keep.id) or doc.deepest(keep.first)
        if target is not None and target.kind is not NodeKind.FRONT:
            shown = self.tree.currentIndex()
            self.select_node(target, scroll=False)
            if self.tree.currentIndex() == shown:  # the same row: the panel is not told
                self.page_view.set_highlight(range(target.first, target.last + 1))
                self.panel.show_node(doc, target)
        else:
            self.page_view.set_highlight([])
            self.panel.show_node(doc, None)

    def session_changed(self) -> None:
        changed = self.session.changed_nodes if self.session is not None else None
        self._show_document(keep=self.selected_node(), changed=changed)
        if self.session is not None:  # the review count from the document, not a query
            items = list(self.session.doc.items())
            reviewed = sum(1 for item in items if item.review == "reviewed")
            self.meetings.update_counts(self.session.meeting_id, len(items), reviewed)

    def _update_progress(self) -> None:
        items = list(self.session.doc.items()) if self.session else []
        done = sum(1 for i in items if i.review == "reviewed")
        self.progress.setRange(0, max(1, len(items)))
        self.progress.setValue(done)
        self.progress.setFormat(self.tr("{0} of {1} items reviewed").format(done, len(items)))

    # -- selection and two-way sync -----------------------------------------------------------
    def selected_node(self) -> Node | None:
        index = self.filter.mapToSource(self.tree.currentIndex())
        return self.model.node(index)

    def select_node(self, node: Node, scroll: bool = True) -> None:
        index = self.filter.mapFromSource(self.model.index_of(node))
        if not index.isValid():  # hidden by the review filter: show everything
            self.edit.filter_all()
            index = self.filter.mapFromSource(self.model.index_of(node))
        self.tree.setCurrentIndex(index)
        self.tree.scrollTo(index)
        if scroll:
            self.page_view.scroll_to_line(node.first)

    def select_item(self, number: str) -> bool:
        node = self.session and next(
            (i for i in self.session.doc.items() if i.number == number), None
        )
        if not node:
            return False
        self.select_node(node)
        return True

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        node = self.model.node(self.filter.mapToSource(current))
        doc = self.session.doc if self.session else None
        if node is None or doc is None:
            self.page_view.set_highlight([])
            self.panel.show_node(doc, None)
            return
        self.page_view.set_highlight(range(node.first, node.last + 1))
        self.page_view.scroll_to_line(node.first)
        self.panel.show_node(doc, node)
        self._read_ahead(node)

    def _read_ahead(self, node: Node) -> None:
        """Let the page view prepare the pages of the next and the previous item."""
        assert self.session is not None
        doc = self.session.doc
        items = list(doc.items())
        at = next((i for i, item in enumerate(items) if node.first in item), None)
        if at is None:
            return
        pages = []
        if at + 1 < len(items):  # the next item shows its first page and the one after
            first = doc.lines[items[at + 1].first].page
            pages += [first, first + 1]
        if at > 0:
            pages.append(doc.lines[items[at - 1].first].page)
        self.page_view.read_ahead(pages)

    def line_clicked(self, index: int) -> None:
        """A click on the page selects the deepest node containing that line."""
        self.line_cursor.move(index)
        node = self.session.doc.deepest(index) if self.session else None
        if node is not None and node.kind is not NodeKind.FRONT:
            self.select_node(node, scroll=False)

    def _page_changed(self, page: int) -> None:
        self.page_box.blockSignals(True)
        self.page_box.setValue(page)
        self.page_box.blockSignals(False)

    # -- context menus ------------------------------------------------------------------------
    def _page_menu(self, line: int, where) -> None:
        self.line_clicked(line)
        actions.context_menu(self, self.action_map, action_table.PAGE_MENU).exec(where)

    def _tree_menu(self, pos) -> None:
        where = self.tree.viewport().mapToGlobal(pos)
        actions.context_menu(self, self.action_map, action_table.TREE_MENU).exec(where)

    def close_meeting(self) -> None:
        """Show no meeting (it was deleted, or went away)."""
        self.panel.show_node(None, None)  # writes a note still being typed
        if self.session is not None:
            if self.stack is not None:
                self.undo_group.removeStack(self.stack)
            self.session.deleteLater()
        self.session, self.stack, self.current_line = None, None, None
        self.archive_commands.activate_stack()
        self.model.set_document(None)
        self.findings_dock.show_document(None)
        self.page_view.clear()
        self.page_total.setText("")
        self._update_progress()
        self.settings.remove("meeting/last")
        self.setWindowTitle("KKR Desk")
        self.meeting_list.setFocus()

    # -- import and export (ui/file_commands.py) ---------------------------------------------
    def import_paths(self, paths: list[Path]) -> list[int]:
        return self.files.import_paths(paths)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        self.files.drag_enter(event)

    def dropEvent(self, event: QDropEvent) -> None:
        self.files.drop(event)

    # -- settings ----------------------------------------------------------------------------------
    def restore_last_meeting(self) -> bool:
        last = self.settings.value("meeting/last")
        try:
            meeting = int(last) if last is not None else None
        except (TypeError, ValueError):
            meeting = None
        if meeting is not None and self.meetings.row_of(meeting) >= 0:
            self.open_meeting(meeting)
            self.view_commands.restore_place()  # the item and page the clerk was at
            return True
        return False

    def closeEvent(self, event: QCloseEvent) -> None:
        self.panel.show_node(None, None)  # writes a note still being typed
        if self.persist:
            self.view_commands.save_state()
        super().closeEvent(event)
