"""The database object: one archive opened by SQLAlchemy URL (a SQLite file by default,
PostgreSQL for a shared archive, ``sqlite://`` in memory for tests)."""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import StaticPool

from kkr_desk.paths import user_data_dir

log = logging.getLogger("kkr_desk.store")

ENV_URL = "KKR_DESK_DB"
BUSY_TIMEOUT_MS = 5000


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
        return create_engine(url, pool_pre_ping=True)
    path = sqlite_path(url)
    if path is None:  # one shared in-memory database for the life of the engine
        engine = create_engine(url, connect_args={"check_same_thread": False}, poolclass=StaticPool)
    else:
        path.parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})

    @event.listens_for(engine, "connect")
    def _pragmas(dbapi_connection, _record) -> None:
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        if path is not None:
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.close()

    return engine


class Database:
    """An open archive: its engine and a session factory."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.engine = _create_engine(url)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    @classmethod
    def open(cls, url: str | None = None, *, upgrade: bool = True) -> Database:
        """Open the archive at ``url`` and bring its schema to the newest revision
        (backing up a SQLite file first)."""
        from kkr_desk.store import migrate

        db = cls(url or default_url())
        if upgrade:
            try:
                migrate.upgrade(db.engine, sqlite_path(db.url))
            except BaseException:
                db.close()
                raise
        return db

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """A session whose work is committed on success and rolled back on any error."""
        with self._sessions() as session, session.begin():
            yield session

    def session(self) -> Session:
        return self._sessions()

    def close(self) -> None:
        self.engine.dispose()
