"""The database object: one archive opened by SQLAlchemy URL (a SQLite file by default,
PostgreSQL for a shared archive, ``sqlite://`` in memory for tests)."""

from __future__ import annotations

import logging
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from urllib.parse import quote

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import QueuePool, StaticPool

from kkr_desk.paths import user_data_dir
from kkr_desk.store import health
from kkr_desk.store.common import WRITE, ArchiveError
from kkr_desk.store.health import ArchiveReadOnlyError, ReadOnlyReason

log = logging.getLogger("kkr_desk.store")

ENV_URL = "KKR_DESK_DB"
# How long a write waits for another clerk's transaction before it gives up (SQLite's busy
# handler; PostgreSQL's lock_timeout). Edits take milliseconds: this is only reached when
# something holds the archive far longer.
BUSY_TIMEOUT_MS = 30000


def default_url() -> str:
    """``KKR_DESK_DB`` when set, else ``archive.sqlite3`` in the user data directory."""
    return os.environ.get(ENV_URL) or f"sqlite:///{user_data_dir() / 'archive.sqlite3'}"


def sqlite_path(url: str) -> Path | None:
    """The file behind a SQLite URL, None for other databases and for ``:memory:``."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or parsed.database in (None, "", ":memory:"):
        return None
    return Path(parsed.database)


def _create_engine(url: str) -> Engine:
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite":
        engine = create_engine(url, pool_pre_ping=True)
        if parsed.get_backend_name() == "postgresql":

            @event.listens_for(engine, "connect")
            def _timeouts(dbapi_connection: Any, _record: Any) -> None:
                cursor = dbapi_connection.cursor()
                cursor.execute(f"SET lock_timeout = {BUSY_TIMEOUT_MS}")
                cursor.close()
                dbapi_connection.commit()

        return engine
    path = sqlite_path(url)
    if path is None:  # one shared in-memory database for the life of the engine
        engine = create_engine(url, connect_args={"check_same_thread": False}, poolclass=StaticPool)
    else:
        path.parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})

    @event.listens_for(engine, "connect")
    def _pragmas(dbapi_connection: Any, _record: Any) -> None:
        # pysqlite would open a transaction only at the first INSERT/UPDATE, so what a
        # transaction read first could be stale by the time it writes. We begin every
        # transaction ourselves (below) instead.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        if path is not None:
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _begin(connection: Connection) -> None:
        # A write transaction takes the write lock before its first read (waiting for it
        # up to the busy timeout), so it reads the state it will change; reads take none.
        immediate = connection.get_execution_options().get(WRITE)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    return engine


def _create_read_only_engine(path: Path, reason: ReadOnlyReason) -> Engine:
    """A SQLite file opened read-only (``mode=ro``): no journal mode is set, nothing is
    written. In a write-protected folder SQLite cannot create the shared-memory file a
    WAL archive needs to be read: with none there, the file is read as it stands
    (``immutable``), which is what it is when no one has it open."""
    options = "mode=ro"
    if reason == "folder" and not Path(f"{path}-shm").exists():
        options += "&immutable=1"
    uri = f"file:{quote(str(path))}?{options}"

    def connect() -> sqlite3.Connection:
        return sqlite3.connect(
            uri, uri=True, timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False
        )

    engine = create_engine("sqlite://", creator=connect, poolclass=QueuePool)

    @event.listens_for(engine, "connect")
    def _pragmas(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None  # transactions begin below
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA query_only=ON")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _begin(connection: Connection) -> None:
        connection.exec_driver_sql("BEGIN")

    return engine


class Database:
    """An open archive: its engine and a session factory. ``read_only``: why it is open
    read-only (``health.READ_ONLY_REASONS``), None when it can be written."""

    def __init__(self, url: str, *, read_only: ReadOnlyReason | None = None) -> None:
        self.url = url
        self.read_only_reason = read_only
        path = sqlite_path(url)
        if read_only is not None and path is not None:
            self.engine = _create_read_only_engine(path, read_only)
        else:
            self.engine = _create_engine(url)
        health.watch(self.engine, path, read_only)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        self._writes = sessionmaker(
            self.engine.execution_options(**{WRITE: True}), expire_on_commit=False
        )

    @property
    def read_only(self) -> bool:
        return self.read_only_reason is not None

    @classmethod
    def open(
        cls, url: str | None = None, *, upgrade: bool = True, read_only: bool | None = None
    ) -> Database:
        """Open the archive at ``url`` and bring its schema to the newest revision
        (backing up a SQLite file first).

        A SQLite file that this user cannot write (or in a folder they cannot write), or
        any archive with ``read_only=True``, opens read-only: never upgraded, and every
        write transaction raises ``ArchiveReadOnlyError``."""
        from kkr_desk.store import migrate

        url = url or default_url()
        path = sqlite_path(url)
        reason: ReadOnlyReason | None = "asked" if read_only else None
        if read_only is None and path is not None:
            reason = health.read_only_reason(path)
        if reason is not None:
            return cls._open_read_only(url, path, reason)
        db = cls(url)
        if upgrade:
            try:
                migrate.upgrade(db.engine, sqlite_path(db.url))
            except BaseException:
                db.close()
                raise
        return db

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """A write transaction, committed on success and rolled back on any error.

        On SQLite it begins with ``BEGIN IMMEDIATE``: it holds the write lock from its
        first statement, so nothing it reads can change before it commits. On PostgreSQL
        the caller locks the rows it will change (``SELECT … FOR UPDATE``, see
        ``Archive.apply``). A read-only archive raises ``ArchiveReadOnlyError``."""
        if self.read_only_reason is not None:
            raise ArchiveReadOnlyError(sqlite_path(self.url), self.read_only_reason)
        with self._writes() as session, session.begin():
            yield session

    def session(self) -> Session:
        return self._sessions()

    @classmethod
    def _open_read_only(cls, url: str, path: Path | None, reason: ReadOnlyReason) -> Database:
        """Open without upgrading; an archive that needs an upgrade is refused."""
        from kkr_desk.store import migrate

        where = f"the archive {path}" if path is not None else "the archive"
        why = health.READ_ONLY_REASONS[reason]
        if path is not None and not path.is_file():
            raise ArchiveError(f"{where} does not exist, and it is read-only: {why}")
        db = cls(url, read_only=reason)
        try:
            revision = migrate.current_revision(db.engine)
            if revision != migrate.HEAD:
                raise ArchiveError(
                    f"{where} is read-only ({why}) and needs an upgrade to this KKR Desk"
                    f" (schema revision {revision or 'none'} → {migrate.HEAD}); make it"
                    " writable and open it again"
                )
        except BaseException:
            db.close()
            raise
        log.info("%s is open read-only: %s", where, why)
        return db

    def close(self) -> None:
        self.engine.dispose()
