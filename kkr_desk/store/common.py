"""What every part of the store shares: its one error for an archive that cannot be
used, and the execution option that marks a write transaction."""

from __future__ import annotations


class ArchiveError(Exception):
    """The archive cannot be opened or used by this KKR Desk."""


# Connections of a write transaction carry this execution option: on SQLite they begin
# with BEGIN IMMEDIATE (see ``db.Database.transaction``).
WRITE = "kkr_desk_write"
