"""The table of the window's actions: text, shortcut, handler, menu; and the context
menus. ``kkr_desk.ui.actions`` builds them. A handler is a function of the window giving
the callable to run (``lambda w: w.edit.merge``)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from typing import Any

from kkr_desk.domain import tags
from kkr_desk.ui import deferred, navigation
from kkr_desk.ui.i18n import QT_TRANSLATE_NOOP

# A handler gets the window and names what to call on it; every handler is resolved when
# the window is built (a missing one fails then, and tests/ui/test_actions.py builds it).
Handler = Callable[[Any], Callable[[], object]]


@dataclass(frozen=True)
class Spec:
    name: str
    menu: str
    text: str  # English source; translated when the action is built
    shortcut: str = ""
    handler: Handler | None = None  # the window -> what to call
    checkable: bool = False


MENUS = (
    QT_TRANSLATE_NOOP("actions", "&File"),
    QT_TRANSLATE_NOOP("actions", "&Edit"),
    QT_TRANSLATE_NOOP("actions", "&Decision"),
    QT_TRANSLATE_NOOP("actions", "&Review"),
    QT_TRANSLATE_NOOP("actions", "&View"),
    QT_TRANSLATE_NOOP("actions", "&Help"),
)

SPECS = [
    Spec(
        "open",
        "&File",
        QT_TRANSLATE_NOOP("actions", "&Open PDF or text file…"),
        "Ctrl+O",
        lambda w: w.files.open_files,
    ),
    Spec(  # a submenu (file_commands.install_recent)
        "recent_files",
        "&File",
        QT_TRANSLATE_NOOP("actions", "&Recent files"),
        "",
        lambda w: w.files.show_recent,
    ),
    Spec(
        "export",
        "&File",
        QT_TRANSLATE_NOOP("actions", "&Export…"),
        "Ctrl+E",
        lambda w: w.files.export_dialog,
    ),
    # Del only in the meeting list (the window sets a widget shortcut context).
    Spec(
        "delete",
        "&File",
        QT_TRANSLATE_NOOP("actions", "&Delete meeting…"),
        "Del",
        lambda w: w.archive_commands.delete_meeting,
    ),
    Spec(
        "trash",
        "&File",
        QT_TRANSLATE_NOOP("actions", "&Trash…"),
        "",
        lambda w: w.archive_commands.show_trash,
    ),
    Spec("quit", "&File", QT_TRANSLATE_NOOP("actions", "&Quit"), "Ctrl+Q", lambda w: w.close),
    Spec(
        "undo",
        "&Edit",
        QT_TRANSLATE_NOOP("actions", "&Undo"),
        "Ctrl+Z",
        lambda w: w.undo_group.undo,
    ),
    Spec(
        "redo",
        "&Edit",
        QT_TRANSLATE_NOOP("actions", "&Redo"),
        "Ctrl+Shift+Z",
        lambda w: w.undo_group.redo,
    ),
    Spec(
        "split_part",
        "&Edit",
        QT_TRANSLATE_NOOP("actions", "Split the &part at the clicked line"),
        "Ctrl+T",
        lambda w: w.edit.split_part,
    ),
    Spec(
        "split_item",
        "&Edit",
        QT_TRANSLATE_NOOP("actions", "Split the &item at the clicked line"),
        "Ctrl+Shift+T",
        lambda w: w.edit.split_item,
    ),
    Spec(
        "merge",
        "&Edit",
        QT_TRANSLATE_NOOP("actions", "&Merge with the previous"),
        "Ctrl+M",
        lambda w: w.edit.merge,
    ),
    Spec(
        "demote_text",
        "&Edit",
        QT_TRANSLATE_NOOP("actions", "Make the heading &body text"),
        "Ctrl+Shift+M",
        lambda w: w.edit.merge,
    ),
    Spec(
        "move_up",
        "&Edit",
        QT_TRANSLATE_NOOP("actions", "Move the start one &line up"),  # U: Undo
        "Alt+Up",
        lambda w: w.edit.move_up,
    ),
    Spec(
        "move_down",
        "&Edit",
        QT_TRANSLATE_NOOP("actions", "Move the start one line &down"),
        "Alt+Down",
        lambda w: w.edit.move_down,
    ),
    Spec(
        "make_section",
        "&Edit",
        QT_TRANSLATE_NOOP("actions", "Make the line a &section heading"),
        "Ctrl+Alt+1",
        lambda w: w.edit.make_section,
    ),
    Spec(
        "make_item",
        "&Edit",
        QT_TRANSLATE_NOOP("actions", "Make the line an item &heading"),
        "Ctrl+Alt+2",
        lambda w: w.edit.make_item,
    ),
    Spec(
        "make_part",
        "&Edit",
        QT_TRANSLATE_NOOP("actions", "Make the line a part heading"),
        "Ctrl+Alt+3",
        lambda w: w.edit.make_part,
    ),
    Spec(
        "level_up",
        "&Edit",
        QT_TRANSLATE_NOOP("actions", "Pr&omote the heading one level"),  # M: Merge
        "Ctrl+Shift+Up",
        lambda w: w.edit.level_up,
    ),
    Spec(
        "level_down",
        "&Edit",
        QT_TRANSLATE_NOOP("actions", "D&emote the heading one level"),
        "Ctrl+Shift+Down",
        lambda w: w.edit.level_down,
    ),
    Spec(
        "correct_line",
        "&Edit",
        QT_TRANSLATE_NOOP("actions", "&Correct the text of the line…"),
        "Ctrl+L",
        lambda w: w.edit.correct_line,
    ),
    Spec(
        "edit_title",
        "&Edit",
        QT_TRANSLATE_NOOP("actions", "Edit the &title"),
        "F2",
        lambda w: w.edit.edit_title,
    ),
    # find in the meeting and search the archive (find_bar.py, search_panel.py)
    Spec(
        "find",
        "&Edit",
        QT_TRANSLATE_NOOP("actions", "&Find…"),
        "Ctrl+F",  # QKeySequence.StandardKey.Find on Linux and Windows
        lambda w: w.find_bar.open,
    ),
    Spec(
        "find_next",
        "&Edit",
        QT_TRANSLATE_NOOP("actions", "Find &next"),
        "F3",
        lambda w: w.find_bar.find_next,
    ),
    Spec(
        "find_previous",
        "&Edit",
        QT_TRANSLATE_NOOP("actions", "Find pre&vious"),
        "Shift+F3",
        lambda w: w.find_bar.find_previous,
    ),
    Spec(
        "search",
        "&Edit",
        QT_TRANSLATE_NOOP("actions", "Search the &archive…"),
        "Ctrl+Shift+F",
        lambda w: lambda: w.search_dock.open(),  # the dock is built after the first paint
    ),
    # the decision tags go here (tag_specs)
    Spec(
        "confirm_tags",
        "&Decision",
        QT_TRANSLATE_NOOP("actions", "&Confirm the suggested tags"),
        "Ctrl+Return",
        lambda w: w.panel.confirm_tags,
    ),
    Spec(
        "reviewed",
        "&Review",
        QT_TRANSLATE_NOOP("actions", "Mark as &reviewed"),
        "Space",
        lambda w: partial(navigation.mark_reviewed, w),
    ),
    Spec(
        "move_on",
        "&Review",
        QT_TRANSLATE_NOOP("actions", "&Move on after Reviewed"),
        "",
        lambda w: partial(navigation.set_move_on, w),
        checkable=True,
    ),
    Spec(
        "flagged",
        "&Review",
        QT_TRANSLATE_NOOP("actions", "&Flag for follow-up"),
        "F",
        lambda w: w.edit.mark_flagged,
    ),
    Spec(
        "next_unreviewed",
        "&Review",
        QT_TRANSLATE_NOOP("actions", "&Next unreviewed item"),
        "N",
        lambda w: w.edit.next_unreviewed,
    ),
    Spec(
        "next_item",
        "&Review",
        QT_TRANSLATE_NOOP("actions", "Next &item"),
        "Ctrl+Down",
        lambda w: partial(navigation.next_item, w),
    ),
    Spec(
        "previous_item",
        "&Review",
        QT_TRANSLATE_NOOP("actions", "&Previous item"),
        "Ctrl+Up",
        lambda w: partial(navigation.previous_item, w),
    ),
    Spec(
        "filter_all",
        "&Review",
        QT_TRANSLATE_NOOP("actions", "Show &all items"),
        "Ctrl+1",
        lambda w: w.edit.filter_all,
        checkable=True,
    ),
    Spec(
        "filter_unreviewed",
        "&Review",
        QT_TRANSLATE_NOOP("actions", "Show &unreviewed items only"),
        "Ctrl+2",
        lambda w: w.edit.filter_unreviewed,
        checkable=True,
    ),
    Spec(
        "filter_flagged",
        "&Review",
        QT_TRANSLATE_NOOP("actions", "Show f&lagged items only"),
        "Ctrl+3",
        lambda w: w.edit.filter_flagged,
        checkable=True,
    ),
    Spec(
        "zoom_in",
        "&View",
        QT_TRANSLATE_NOOP("actions", "Zoom &in"),
        "Ctrl++",
        lambda w: w.page_view.zoom_in,
    ),
    Spec(
        "zoom_out",
        "&View",
        QT_TRANSLATE_NOOP("actions", "Zoom &out"),
        "Ctrl+-",
        lambda w: w.page_view.zoom_out,
    ),
    Spec(
        "fit_width",
        "&View",
        QT_TRANSLATE_NOOP("actions", "&Fit width"),
        "Ctrl+0",
        lambda w: w.page_view.fit_width,
    ),
    Spec(
        "history",
        "&View",
        QT_TRANSLATE_NOOP("actions", "Undo &history"),
        "Ctrl+H",
        lambda w: w.view_commands.toggle_history,
        checkable=True,
    ),
    Spec(
        "findings",
        "&View",
        QT_TRANSLATE_NOOP("actions", "&Check these"),
        "Ctrl+K",
        lambda w: w.findings_dock.focus_list,
    ),
    Spec(
        "change_history",
        "&View",
        QT_TRANSLATE_NOOP("actions", "&Meeting history"),
        "Ctrl+Shift+H",
        lambda w: partial(deferred.show_history, w),
    ),
    Spec(  # also the Menu key (navigation.install)
        "context_menu",
        "&View",
        QT_TRANSLATE_NOOP("actions", "Conte&xt menu"),
        "Shift+F10",
        lambda w: partial(navigation.context_menu, w),
    ),
    Spec(
        "lang_da",
        "&View",
        QT_TRANSLATE_NOOP("actions", "Dansk"),
        "",
        lambda w: w.view_commands.use_danish,
        checkable=True,
    ),
    Spec(
        "lang_en",
        "&View",
        QT_TRANSLATE_NOOP("actions", "English"),
        "",
        lambda w: w.view_commands.use_english,
        checkable=True,
    ),
    Spec(  # no shortcut: F1 is the shortcut list's
        "guide",
        "&Help",
        QT_TRANSLATE_NOOP("actions", "&User guide"),
        "",
        lambda w: partial(deferred.show_guide, w),
    ),
    Spec(
        "shortcuts",
        "&Help",
        QT_TRANSLATE_NOOP("actions", "&Keyboard shortcuts"),
        "F1",
        lambda w: w.view_commands.show_shortcuts,
    ),
    Spec(
        "about",
        "&Help",
        QT_TRANSLATE_NOOP("actions", "&About KKR Desk"),
        "",
        lambda w: partial(deferred.show_about, w),  # licence and third-party notices
    ),
]

# The context menus: groups of action names, a separator between groups.
PAGE_MENU = (
    ("split_part", "split_item"),
    ("make_section", "make_item", "make_part"),
    ("correct_line",),
)
TREE_MENU = (
    ("merge", "demote_text", "move_up", "move_down", "level_up", "level_down"),
    ("reviewed", "flagged", "edit_title"),
)


def tag_specs() -> list[Spec]:
    """One action per tag of the vocabulary as it is now; keys 1–9 in vocabulary order."""

    def toggle(tag: str) -> Handler:
        return lambda w: partial(w.panel.toggle_tag, tag)

    return [
        Spec(f"tag_{n}", "&Decision", "", str(n) if n <= 9 else "", toggle(tag))
        for n, tag in enumerate(tags.TAGS, 1)
    ]
