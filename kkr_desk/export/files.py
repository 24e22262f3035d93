"""Atomic file writes: an export either replaces its target completely or leaves it alone."""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TextIO, cast

_NEW_FILE_MODE = 0o644  # the temp file is created 0600; an export should be readable as usual


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
    included, the temporary file is removed and an existing target stays as it was.
    """
    target = Path(path)
    handle = tempfile.NamedTemporaryFile(  # noqa: SIM115 - closed below, kept on success
        "w",
        encoding=encoding,
        newline=newline,
        delete=False,
        dir=target.parent,
        prefix=f".{target.name}.",
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
