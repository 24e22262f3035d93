"""The database object: URL, default location, SQLite settings."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text

from kkr_desk.store import db as dbmod
from kkr_desk.store.db import Database, default_url, sqlite_path


def test_sqlite_file_runs_in_wal_mode_with_busy_timeout_and_foreign_keys(tmp_path: Path) -> None:
    database = Database.open(f"sqlite:///{tmp_path / 'a' / 'archive.sqlite3'}")
    try:
        with database.engine.connect() as conn:
            assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
            assert conn.execute(text("PRAGMA busy_timeout")).scalar() == dbmod.BUSY_TIMEOUT_MS
            assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
    finally:
        database.close()
    assert (tmp_path / "a" / "archive.sqlite3").is_file()


def test_default_url_from_environment_or_user_data(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("KKR_DESK_DB", "postgresql+psycopg://kkr@server/arkiv")
    assert default_url() == "postgresql+psycopg://kkr@server/arkiv"
    monkeypatch.delenv("KKR_DESK_DB")
    monkeypatch.setattr(dbmod, "user_data_dir", lambda: tmp_path)
    assert default_url() == f"sqlite:///{tmp_path / 'archive.sqlite3'}"


def test_sqlite_path() -> None:
    assert sqlite_path("sqlite:////x/a.sqlite3") == Path("/x/a.sqlite3")
    assert sqlite_path("sqlite://") is None
    assert sqlite_path("postgresql+psycopg://h/db") is None
