"""Atomic file writes: an export either replaces its target completely or leaves it alone.

The text is written to a hidden temporary file beside the target, ``.NAME.PID@HOST.*.tmp``.
An export that was killed leaves its temporary file behind; the next export to the same
target removes those whose writer is gone (same host, process not running) or that are
older than ``STALE_AFTER`` seconds.
"""

from __future__ import annotations

import contextlib
import glob
import logging
import os
import re
import socket
import stat
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TextIO, cast

log = logging.getLogger("kkr_desk.export")

_NEW_FILE_MODE = 0o644  # the temp file is created 0600; an export should be readable as usual
STALE_AFTER = 3600  # seconds: no export takes an hour; older temporary files are leftovers
_ANY_WRITE = stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH


class ReadOnlyTargetError(PermissionError):
    """The export would replace a write-protected file."""


def _host() -> str:
    return re.sub(r"[^A-Za-z0-9-]", "", socket.gethostname())[:40] or "host"


def _temp_prefix(target: Path) -> str:
    return f".{target.name}.{os.getpid()}@{_host()}."


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError):  # someone else's process (or no way to tell)
        return True
    return True


def _is_stale(temp: Path, target: Path, now: float) -> bool:
    """A leftover of an earlier export of ``target``: its writer (on this host) is gone,
    or it is older than ``STALE_AFTER``."""
    try:
        age = now - temp.stat().st_mtime
    except OSError:
        return False
    if age > STALE_AFTER:
        return True
    rest = temp.name[len(f".{target.name}.") :]
    match = re.match(r"(\d+)@([A-Za-z0-9-]*)\.", rest)
    if match is None or match.group(2) != _host():  # another machine's export: age only
        return False
    pid = int(match.group(1))
    return pid != os.getpid() and not _alive(pid)


def remove_stale_temp_files(target: Path) -> list[Path]:
    """Remove the temporary files earlier, interrupted exports to ``target`` left behind;
    returns those removed."""
    removed = []
    now = time.time()
    for temp in target.parent.glob(f".{glob.escape(target.name)}.*.tmp"):
        if temp.is_file() and not temp.is_symlink() and _is_stale(temp, target, now):
            with contextlib.suppress(OSError):
                temp.unlink()
                removed.append(temp)
                log.info("removed %s, left by an interrupted export", temp)
    return removed


def refuse_read_only(target: Path) -> None:
    """Raise ``ReadOnlyTargetError`` when ``target`` exists and is write-protected: not
    writable for this user, or without any write permission bit (which root would
    otherwise ignore)."""
    try:
        mode = target.stat().st_mode
    except FileNotFoundError:
        return
    if not os.access(target, os.W_OK) or not mode & _ANY_WRITE:
        raise ReadOnlyTargetError(
            f"{target} is write-protected; it was left as it is (choose another file, or"
            " make it writable first)"
        )


def atomic_write(
    path: str | os.PathLike[str],
    write: Callable[[TextIO], None],
    *,
    encoding: str = "utf-8",
    newline: str | None = None,
) -> None:
    """Call ``write`` with a text file that becomes ``path`` only once ``write`` has returned.

    The text goes to a temporary file next to the target, is flushed and fsynced, and then
    moved over the target with :func:`os.replace`. On any exception, ``KeyboardInterrupt``
    included, the temporary file is removed and an existing target stays as it was. A
    write-protected target is refused (``ReadOnlyTargetError``) before anything is written.
    """
    target = Path(path)
    refuse_read_only(target)
    remove_stale_temp_files(target)
    handle = tempfile.NamedTemporaryFile(  # noqa: SIM115 - closed below, kept on success
        "w",
        encoding=encoding,
        newline=newline,
        delete=False,
        dir=target.parent,
        prefix=_temp_prefix(target),
        suffix=".tmp",
    )
    temp = Path(handle.name)
    try:
        with handle:
            write(cast(TextIO, handle))
            handle.flush()
            os.fsync(handle.fileno())
        try:
            mode = stat.S_IMODE(target.stat().st_mode)
        except FileNotFoundError:
            mode = _NEW_FILE_MODE
        os.chmod(temp, mode)
        os.replace(temp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise
