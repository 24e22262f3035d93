"""A damaged or read-only archive: the typed errors, the newest backup to go back to, and
the engine hook that turns SQLite's "database disk image is malformed" into
``ArchiveDamagedError`` wherever a query runs (opening, listing, loading, exporting,
importing, editing)."""

from __future__ import annotations

import logging
import os
import sqlite3
import stat
from pathlib import Path
from typing import Literal

from sqlalchemy import Engine, event
from sqlalchemy.engine import ExceptionContext

from kkr_desk.store.common import ArchiveError

log = logging.getLogger("kkr_desk.store")

# Why an archive is open read-only: its file or its folder cannot be written, or the
# caller asked for it.
ReadOnlyReason = Literal["file", "folder", "asked"]
READ_ONLY_REASONS: dict[ReadOnlyReason, str] = {
    "file": "the file is write-protected",
    "folder": "its folder is write-protected",
    "asked": "it was opened read-only",
}
# SQLite's words for a file that is not (or no longer) a database.
_DAMAGE_NAMES = ("SQLITE_CORRUPT", "SQLITE_NOTADB")
_DAMAGE_WORDS = ("malformed", "not a database")


class ArchiveDamagedError(ArchiveError):
    """The archive file is damaged; ``backup`` is the newest backup beside it, if any."""

    def __init__(self, path: Path | None, detail: str, backup: Path | None) -> None:
        self.path, self.detail, self.backup = path, detail, backup
        where = f"the archive {path}" if path is not None else "the archive"
        if backup is None:
            advice = "there is no backup"
        else:
            advice = f"the newest backup is {backup} — copy it over the archive to go back to it"
            if path is not None:  # a WAL file left beside it would be replayed onto the copy
                advice += f" (with KKR Desk closed; delete {path.name}-wal if it is there)"
        super().__init__(f"{where} is damaged ({detail}); {advice}")
        self.code, self.params = "damaged", {"path": path, "detail": detail, "backup": backup}


class ArchiveReadOnlyError(ArchiveError):
    """A write to an archive that is open read-only."""

    def __init__(self, path: Path | None, reason: ReadOnlyReason) -> None:
        self.path, self.reason = path, reason
        where = f"the archive {path}" if path is not None else "the archive"
        super().__init__(f"{where} is read-only: {READ_ONLY_REASONS[reason]}; nothing was changed")
        self.code, self.params = "read_only", {"path": path, "reason": reason}


def newest_backup(path: Path) -> Path | None:
    """The newest ``NAME.<timestamp>.bak`` that ``upgrade`` left beside the archive."""
    backups = [p for p in path.parent.glob(f"{path.name}.*.bak") if p.is_file()]
    if not backups:
        return None
    return max(backups, key=lambda p: (p.stat().st_mtime, p.name))


def _write_protected(path: Path) -> bool:
    """Not writable for this user, or (so that root is told too) no write bit at all."""
    try:
        mode = path.stat().st_mode
    except OSError:
        return False
    return not os.access(path, os.W_OK) or not mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH)


def read_only_reason(path: Path) -> ReadOnlyReason | None:
    """Why the SQLite archive ``path`` cannot be written (None: it can). SQLite writes its
    journal files beside the archive, so a write-protected folder protects it too."""
    if path.exists() and _write_protected(path):
        return "file"
    folder = path.parent
    while not folder.exists() and folder != folder.parent:  # a new archive's folder
        folder = folder.parent
    if _write_protected(folder):
        return "folder"
    return None


def is_damage(exc: BaseException) -> bool:
    """SQLite says the file is malformed or not a database."""
    if not isinstance(exc, sqlite3.DatabaseError):
        return False
    if getattr(exc, "sqlite_errorname", "").startswith(_DAMAGE_NAMES):
        return True
    return any(word in str(exc) for word in _DAMAGE_WORDS)


def _is_read_only_write(exc: BaseException) -> bool:
    return isinstance(exc, sqlite3.OperationalError) and (
        getattr(exc, "sqlite_errorname", "").startswith("SQLITE_READONLY")
        or "readonly database" in str(exc)
    )


def watch(engine: Engine, path: Path | None, read_only: ReadOnlyReason | None = None) -> None:
    """Raise the typed errors instead of the driver's, for every statement on ``engine``
    (connecting included): ``ArchiveDamagedError`` for a malformed file, naming the
    newest backup, and ``ArchiveReadOnlyError`` for a write to a read-only archive."""

    @event.listens_for(engine, "handle_error")
    def _translate(context: ExceptionContext) -> None:
        original = context.original_exception
        if is_damage(original):
            log.info("the archive %s is damaged: %s", path or engine.url, original)
            backup = newest_backup(path) if path is not None else None
            raise ArchiveDamagedError(path, str(original), backup) from original
        if _is_read_only_write(original):  # the file became read-only while open, too
            raise ArchiveReadOnlyError(path, read_only or "file") from original
