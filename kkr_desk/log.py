"""Logging: one logger per layer under ``kkr_desk`` and a rotating log file.

Every module that logs does so through its layer's named logger (``kkr_desk.parse``,
``kkr_desk.store``, ``kkr_desk.app``, ``kkr_desk.export``, ``kkr_desk.ui``,
``kkr_desk.cli``: ``logging.getLogger("kkr_desk.<layer>")``, or the objects below);
``setup`` attaches one rotating file handler to the ``kkr_desk`` logger, so the whole tree
lands in ``kkr-desk.log`` in the user data directory. No Qt here: the window and the CLI
call the same ``setup``; ``kkr-desk -v`` also prints the records on stderr (``to_stderr``).
"""

from __future__ import annotations

import logging
import sys
from logging.handlers import RotatingFileHandler
from pathlib import Path
from typing import TextIO

from kkr_desk.paths import user_data_dir

ROOT = "kkr_desk"
FILE_NAME = "kkr-desk.log"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 5
FORMAT = "%(asctime)s %(levelname)-8s %(name)s [%(threadName)s] %(message)s"
STDERR_FORMAT = "kkr-desk: %(levelname)s %(name)s: %(message)s"
LAYERS = ("parse", "store", "app", "export", "ui", "cli")

root = logging.getLogger(ROOT)
parse = logging.getLogger(f"{ROOT}.parse")
store = logging.getLogger(f"{ROOT}.store")
app = logging.getLogger(f"{ROOT}.app")
export = logging.getLogger(f"{ROOT}.export")
ui = logging.getLogger(f"{ROOT}.ui")
cli = logging.getLogger(f"{ROOT}.cli")

_handler: RotatingFileHandler | None = None
_stderr: logging.StreamHandler[TextIO] | None = None


def default_folder() -> Path:
    return user_data_dir() / "logs"


def setup(
    level: int | None = None, *, to_file: bool = True, folder: Path | None = None
) -> Path | None:
    """Configure the ``kkr_desk`` logger tree; returns the log file, or None without one.

    ``level`` None keeps the level the tree has already been given (``kkr-desk -vv gui``
    sets DEBUG before the window calls this), or else INFO.

    Idempotent: calling again replaces the settings rather than adding a second handler
    (the same file keeps its handler; another ``folder`` or ``to_file=False`` closes the
    old one). Records still propagate to the root logger (pytest's ``caplog`` sees them).
    """
    global _handler
    if level is None:
        level = root.level if root.level != logging.NOTSET else logging.INFO
    root.setLevel(level)
    if not to_file:
        close()
        return None
    folder = Path(folder) if folder is not None else default_folder()
    path = (folder / FILE_NAME).resolve()
    if _handler is not None and Path(_handler.baseFilename) == path:
        _handler.setLevel(level)
        return path
    close()
    folder.mkdir(parents=True, exist_ok=True)
    handler = RotatingFileHandler(
        path, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter(FORMAT))
    handler.setLevel(level)
    root.addHandler(handler)
    _handler = handler
    root.info("logging to %s", path)
    return path


def log_path() -> Path | None:
    """The current log file, or None when ``setup`` has not attached one."""
    return Path(_handler.baseFilename) if _handler is not None else None


def flush() -> None:
    if _handler is not None:
        _handler.flush()


def close() -> None:
    """Detach and close the log file handler (tests; ``setup(to_file=False)``)."""
    global _handler
    if _handler is not None:
        root.removeHandler(_handler)
        _handler.close()
        _handler = None


def to_stderr(level: int | None) -> None:
    """Also print the tree's records at ``level`` and above on stderr (``kkr-desk -v``);
    ``None`` stops. Lowers the ``kkr_desk`` logger's level to ``level`` when needed.
    Idempotent, like ``setup``; the stream is ``sys.stderr`` as it is now."""
    global _stderr
    if _stderr is not None:
        root.removeHandler(_stderr)
        _stderr = None
    if level is None:
        return
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter(STDERR_FORMAT))
    handler.setLevel(level)
    root.addHandler(handler)
    if root.level == logging.NOTSET or root.level > level:
        root.setLevel(level)
    _stderr = handler
