"""Start the window: logging, crash handler, language, archive, then the meeting to show.

``kkr-desk gui FILE...`` (a file manager's "Open with", the desktop entry's ``%F``) imports
each file and opens the last one; a file that fails is told in the import's message box,
the others go in. A command line the window cannot start with is told in a message box
too when no terminal is attached (``tell_usage_error``)."""

from __future__ import annotations

import gc
import logging
import os
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QMessageLogContext,
    QSettings,
    QtMsgType,
    qInstallMessageHandler,
)
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from kkr_desk.paths import resources_dir
from kkr_desk.store.common import ArchiveError

if TYPE_CHECKING:  # the window's modules are imported by window_modules()
    from kkr_desk.store.archive import Archive
    from kkr_desk.ui.main_window import MainWindow

log = logging.getLogger("kkr_desk.ui")

HEADLESS_HINT = (
    "kkr-desk: no display found. The window needs a desktop session; on a headless "
    "machine use 'kkr-desk parse FILE', or set QT_QPA_PLATFORM=offscreen (with "
    "--screenshot PNG to render the window to a file)."
)
SCREENSHOT_SIZE = (1400, 900)


@dataclass
class Options:
    files: list[Path] = field(default_factory=list)  # import each, open the last
    meeting: int | None = None
    db: str | None = None
    select: str | None = None
    screenshot: Path | None = None
    size: tuple[int, int] | None = None  # the window's size (a screenshot's: 1400×900)
    search: str | None = None  # open the archive search with this query, its best hit
    history: bool = False  # open the meeting's history panel
    settings: QSettings | None = None  # tests pass their own


def has_display() -> bool:
    if sys.platform != "linux" or os.environ.get("QT_QPA_PLATFORM"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def window_modules() -> None:
    """Import the window's modules (the archive and its SQLAlchemy models, PyMuPDF, every
    widget) for the first window. Start-up (issue 13): they are imported with the cycle
    collector paused, and all that the imports made is frozen after. It lives as long as
    the process; frozen, the collector no longer walks it, so building the window sets off
    no full collection over it (50-120 ms). Once imported, this does nothing."""
    if "kkr_desk.ui.main_window" in sys.modules:
        return
    gc.disable()
    try:
        import kkr_desk.ui.archive_state
        import kkr_desk.ui.main_window  # noqa: F401
    finally:
        gc.freeze()
        gc.enable()


def application() -> QApplication:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName("KKR Desk")
    app.setOrganizationName("KKR Desk")
    app.setDesktopFileName("kkr-desk")
    app.setWindowIcon(QIcon(str(resources_dir() / "icons" / "kkr-desk.png")))
    return app


def build(options: Options) -> MainWindow:
    """The window, with the meeting chosen by the options opened."""
    window_modules()
    from kkr_desk.store.archive import Archive
    from kkr_desk.store.db import Database
    from kkr_desk.ui.main_window import MainWindow

    settings = options.settings or QSettings()
    archive = Archive(Database.open(options.db))
    window = MainWindow(archive, settings)
    if options.files:
        open_files(window, archive, options.files)
    elif options.meeting is not None:
        window.open_meeting(options.meeting)
    else:
        window.restore_last_meeting()
    if options.select is not None and not window.select_item(options.select):
        log.warning("no item %s in this meeting", options.select)
    return window


def open_files(window: MainWindow, archive: Archive, files: list[Path]) -> None:
    """Import each of ``files`` but those in the archive already (found by content: their
    meetings are not imported again), then open the meeting of the last file that is in
    the archive. The files that fail are told together in the import's message box."""
    new = [file for file in files if _archived(archive, file) is None]
    if new:
        window.import_paths(new)
    for file in reversed(files):
        meeting = _archived(archive, file)
        if meeting is not None:
            if window.session is None or window.session.meeting_id != meeting:
                window.open_meeting(meeting)
            return


def _archived(archive: Archive, path: Path) -> int | None:
    """The live meeting imported from exactly this file, if any (a file that cannot be
    read is left to the import, which says why)."""
    from kkr_desk.parse import ParseError, read_source

    try:
        return archive.find_source(read_source(path))
    except (ParseError, OSError):
        return None


def _unattended(kind: str, title: str, text: str) -> bool:
    """Rendering a screenshot, no one can answer a dialog: the message goes to the log
    (and stderr), a question gets the cautious answer, No."""
    print(f"kkr-desk: {title}: {text}", file=sys.stderr)
    return False


def build_or_tell(options: Options) -> MainWindow:
    """``build``; an archive that cannot be used (damaged, or read-only and in need of an
    upgrade) is told in one message, then raised on (the command line says it and exits
    with 2)."""
    try:
        return build(options)
    except ArchiveError as exc:
        if options.screenshot is None:  # rendering a screenshot: no one to read a dialog
            from kkr_desk.ui import archive_state

            archive_state.tell(None, exc)
        raise


def tell_usage_error(command: str, error: str) -> None:
    """A command line the window cannot start with (``error``: argparse's line), in a
    message box: started from a file manager, no one reads stderr. Without a display
    there is nothing to show it on."""
    if not has_display():
        return
    from kkr_desk.ui import i18n, msgbox

    app = application()
    i18n.install(app, i18n.choose_language(QSettings().value("ui/language")))
    msgbox.error(
        None,
        QCoreApplication.translate("startup", "KKR Desk cannot start"),
        QCoreApplication.translate(
            "startup", "KKR Desk was started with a command line it does not understand:"
        )
        + f"\n\n{command}\n\n{error}",
        plain_text=True,
    )


def screenshot(window: MainWindow, path: Path, size: tuple[int, int] = SCREENSHOT_SIZE) -> None:
    """Lay the window out at ``size``, paint it, and save it as PNG."""
    window.persist = False
    window.resize(*size)
    window.show()
    app = application()
    for _ in range(3):  # layout, then the page view's first paint
        app.processEvents()
    node = window.selected_node()
    if node is not None:
        window.page_view.scroll_to_line(node.first)
        app.processEvents()
    window.page_view.finish_rendering()  # the pages in sight, not blank paper
    path.parent.mkdir(parents=True, exist_ok=True)
    if not window.grab().save(str(path), "PNG"):
        raise OSError(f"cannot write {path}")


def open_panels(window: MainWindow, options: Options) -> None:
    """The panels asked for on the command line: the archive search with its query run
    and its best hit opened, the meeting's history."""
    if options.search:
        dock = window.search_dock
        dock.query.setText(options.search)
        dock.open()
        if dock.model.rowCount():
            dock.jump(dock.model.index(0))
    if options.history:
        from kkr_desk.ui import history_panel  # brings the parser: only when asked

        history_panel.show_history(window)


def _qt_message(kind: QtMsgType, _context: QMessageLogContext, message: str) -> None:
    """Qt's own messages go to our log, not to the clerk's terminal."""
    level = {
        QtMsgType.QtDebugMsg: logging.DEBUG,
        QtMsgType.QtInfoMsg: logging.INFO,
        QtMsgType.QtWarningMsg: logging.WARNING,
    }.get(kind, logging.ERROR)
    logging.getLogger("kkr_desk.ui.qt").log(level, "%s", message)
    if level >= logging.ERROR:  # e.g. no usable display plugin: the clerk must see why
        print(f"kkr-desk: {message}", file=sys.stderr)


def run(options: Options) -> int:
    """Open the window; returns the process exit code."""
    if not has_display():
        print(HEADLESS_HINT, file=sys.stderr)
        return 2
    window_modules()
    from kkr_desk import log as logsetup
    from kkr_desk.ui import archive_state, crash, i18n

    log_file = logsetup.setup()
    qInstallMessageHandler(_qt_message)
    app = application()
    settings = options.settings or QSettings()
    i18n.install(app, i18n.choose_language(settings.value("ui/language")))
    crash.install("KKR Desk")
    log.info("starting; log at %s", log_file)
    options.settings = settings
    archive_state.install_hook()  # an archive error in a slot: a message, not a crash
    if options.screenshot is not None:
        from kkr_desk.ui import msgbox

        msgbox.set_handler(_unattended)
    window = build_or_tell(options)
    if options.size is not None:
        window.resize(*options.size)
    open_panels(window, options)
    if options.screenshot is not None:
        screenshot(window, options.screenshot, options.size or SCREENSHOT_SIZE)
        window.close()
        return 0
    window.show()
    return app.exec()  # an empty archive shows the welcome page (ui/welcome.py)
