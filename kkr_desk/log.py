"""Logging: one logger per layer under ``kkr_desk`` and a rotating log file.

Every module logs through its layer's named logger (``kkr_desk.parse``,
``kkr_desk.store``, ``kkr_desk.export``, ``kkr_desk.ui``, ``kkr_desk.cli``); ``setup``
attaches one rotating file handler to the ``kkr_desk`` logger, so the whole tree lands in
``kkr-desk.log`` in the user data directory. No Qt here: the CLI logs the same way.
"""

from __future__ import annotations

import logging
from logging.handlers import RotatingFileHandler
from pathlib import Path

from kkr_desk.paths import user_data_dir

ROOT = "kkr_desk"
FILE_NAME = "kkr-desk.log"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 5
FORMAT = "%(asctime)s %(levelname)-8s %(name)s [%(threadName)s] %(message)s"

root = logging.getLogger(ROOT)
parse = logging.getLogger(f"{ROOT}.parse")
store = logging.getLogger(f"{ROOT}.store")
export = logging.getLogger(f"{ROOT}.export")
ui = logging.getLogger(f"{ROOT}.ui")
cli = logging.getLogger(f"{ROOT}.cli")

_handler: RotatingFileHandler | None = None


def default_folder() -> Path:
    return user_data_dir() / "logs"


def setup(
    level: int = logging.INFO, *, to_file: bool = True, folder: Path | None = None
) -> Path | None:
    """Configure the ``kkr_desk`` logger tree; returns the log file, or None without one.

    Idempotent: calling again replaces the settings rather than adding a second handler
    (the same file keeps its handler; another ``folder`` or ``to_file=False`` closes the
    old one). Records still propagate to the root logger (pytest's ``caplog`` sees them).
    """
    global _handler
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
