"""What every part of the store shares: its one error for an archive that cannot be
used, and the execution option that marks a write transaction."""

from __future__ import annotations

from kkr_desk.domain.errors import Coded, Templates

# What an archive that cannot be used says (guard.py, migrate.py, db.py, app and CLI);
# the damaged and read-only archive (health.py) carry their own code and params.
TEMPLATES: Templates = {
    "busy": "the archive is busy: another KKR Desk has held it for too long; try again",
    "no_revisions": "KKR Desk has no schema revisions in {folder}",
    "not_archive": (
        "the database has tables ({tables}) but no schema revision; it is not a KKR Desk archive"
    ),
    "newer": "the archive was written by a newer KKR Desk (revision {revision}); update KKR Desk",
    "broken_references": "the upgrade left broken references; nothing was changed",
    "missing_read_only": "{where} does not exist, and it is read-only: {why}",
    "needs_upgrade_read_only": (
        "{where} is read-only ({why}) and needs an upgrade to this KKR Desk (schema revision "
        "{revision} → {head}); make it writable and open it again"
    ),
    "cannot_open": "the archive cannot be opened: {detail}",
    "no_meeting": "there is no meeting {meeting} in the archive",
    "export_failed": "the export could not be written: {detail}",
}


class ArchiveError(Coded, Exception):
    """The archive cannot be opened or used by this KKR Desk."""

    TEMPLATES = TEMPLATES


# Connections of a write transaction carry this execution option: on SQLite they begin
# with BEGIN IMMEDIATE (see ``db.Database.transaction``).
WRITE = "kkr_desk_write"
