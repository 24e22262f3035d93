"""Open an archive by URL: the same for the command line and the window."""

from __future__ import annotations

import weakref

from kkr_desk.store.archive import Archive
from kkr_desk.store.common import ArchiveError
from kkr_desk.store.db import Database


def open_archive(url: str | None, user: str | None = None) -> Archive:
    """The archive at ``url`` (None: the default); its connections are closed when the
    caller lets go of it (a PostgreSQL server would otherwise keep them until the process
    ends). Any failure to open it is an ArchiveError with one clear line."""
    try:
        database = Database.open(url)
        archive = Archive(database, user=user)
        weakref.finalize(archive, database.close)
        return archive
    except ArchiveError:
        raise
    except Exception as exc:  # noqa: BLE001 - any driver or file-system error
        raise ArchiveError(f"the archive cannot be opened: {exc}") from None
