"""The archive's schema revisions: the Alembic environment in ``migrations/`` run in code,
bringing an archive to the newest revision when it is opened (a SQLite file is backed up
first)."""

from __future__ import annotations

import datetime as dt
import functools
import logging
import sqlite3
from contextlib import closing
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, inspect, text
from sqlalchemy.exc import DBAPIError

from kkr_desk.paths import migrations_dir
from kkr_desk.store.common import WRITE, ArchiveError

if TYPE_CHECKING:  # Alembic is imported only when an archive needs an upgrade
    from alembic.config import Config
    from alembic.script import ScriptDirectory

log = logging.getLogger("kkr_desk.store")

VERSION_TABLE = "alembic_version"
# The newest revision in migrations/versions. Opening an archive that is at HEAD reads one
# row and never imports Alembic (a fifth of a second at every start); a test checks that
# this constant is Alembic's head.
HEAD = "0009"


def alembic_config(connection: Connection | None = None) -> Config:
    """An Alembic configuration built in code (no alembic.ini); ``env.py`` migrates on
    ``connection`` when one is given."""
    from alembic.config import Config

    config = Config()
    # ConfigParser interpolates "%": escape it in the path
    config.set_main_option("script_location", str(migrations_dir()).replace("%", "%%"))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def _head(script: ScriptDirectory) -> str:
    head = script.get_current_head()  # raises when the history has branched
    if head is None:
        raise ArchiveError(f"KKR Desk has no schema revisions in {script.dir}")
    return head


@functools.cache
def script_directory() -> ScriptDirectory:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config())


def script_head() -> str:
    """The head revision as Alembic finds it in ``migrations/``."""
    return _head(script_directory())


def known_revisions() -> frozenset[str]:
    return frozenset(script.revision for script in script_directory().walk_revisions())


def current_revision(engine: Engine) -> str | None:
    """The archive's revision, None for an empty database."""
    with engine.connect() as connection:
        try:
            return connection.execute(text(f"SELECT version_num FROM {VERSION_TABLE}")).scalar()
        except DBAPIError:  # no version table: an empty database (or not an archive)
            return None


def upgrade(engine: Engine, sqlite_file: Path | None) -> Path | None:
    """Bring the archive to ``HEAD``; returns the backup made first, if any."""
    revision = current_revision(engine)
    if revision == HEAD:
        return None
    with engine.connect() as connection:
        tables = set(inspect(connection).get_table_names()) - {VERSION_TABLE}
    if revision is None and tables:
        raise ArchiveError(
            f"the database has tables ({', '.join(sorted(tables))}) but no schema revision;"
            " it is not a KKR Desk archive"
        )
    if revision is not None and revision not in known_revisions():
        raise ArchiveError(
            f"the archive was written by a newer KKR Desk (revision {revision}); update KKR Desk"
        )
    backup = None
    if revision is not None and sqlite_file is not None and sqlite_file.exists():
        backup = _backup(sqlite_file)
        log.info("archive backed up to %s", backup)
    log.info("upgrading the archive from revision %s to %s", revision or "(empty)", HEAD)
    _migrate(engine, HEAD)
    return backup


def _backup(sqlite_file: Path) -> Path:
    """A consistent copy (WAL included) beside the file, never overwriting one."""
    stamp = dt.datetime.now().strftime("%Y-%m-%dT%H%M%S")
    target = sqlite_file.with_name(f"{sqlite_file.name}.{stamp}.bak")
    n = 1
    while target.exists():
        target = sqlite_file.with_name(f"{sqlite_file.name}.{stamp}-{n}.bak")
        n += 1
    with (
        closing(sqlite3.connect(sqlite_file)) as source,
        closing(sqlite3.connect(target)) as copy,
    ):
        source.backup(copy)
        copy.execute("PRAGMA journal_mode=DELETE")  # a single self-contained file
    return target


def _migrate(engine: Engine, target: str) -> None:
    """Run the revisions up to ``target`` in one write transaction."""
    with engine.execution_options(**{WRITE: True}).connect() as connection:
        sqlite = connection.dialect.name == "sqlite"
        # Batch operations recreate SQLite tables: no ON DELETE CASCADE meanwhile. The
        # pragma works only outside a transaction, so it goes to the driver directly.
        raw = connection.connection.driver_connection if sqlite else None
        if raw is not None:
            raw.execute("PRAGMA foreign_keys=OFF")
        try:
            with connection.begin():  # BEGIN IMMEDIATE on SQLite (see db.py): DDL included
                from alembic import command

                command.upgrade(alembic_config(connection), target)
                if sqlite and connection.exec_driver_sql("PRAGMA foreign_key_check").first():
                    raise ArchiveError("the upgrade left broken references; nothing was changed")
        finally:
            if raw is not None:
                raw.execute("PRAGMA foreign_keys=ON")
