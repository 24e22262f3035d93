"""Schema migrations: fresh archives, upgrades with a backup, unknown revisions."""

from __future__ import annotations

import datetime as dt
import re
import sqlite3
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import Engine, inspect, select

from kkr_desk.store import migrate
from kkr_desk.store.db import Database
from kkr_desk.store.migrate import HEAD, ArchiveError, alembic_config, current_revision
from kkr_desk.store.models import EditRow, MeetingRow, SourceRow

TABLES = {
    "meeting",
    "meeting_source",
    "line",
    "node",
    "attachment",
    "item_record",
    "decision_tag",
    "edit",
}
# The search index (migration 0004): one table on PostgreSQL, FTS5's shadow tables too on
# SQLite.
SEARCH = {
    "search_entry",
    "search_entry_data",
    "search_entry_idx",
    "search_entry_content",
    "search_entry_docsize",
    "search_entry_config",
}


def without_search(names: set[str]) -> set[str]:
    assert "search_entry" in names
    return names - SEARCH


# fmt: off
DATA = {  # table: (its rows as inserted at revision 0001, ORDER BY)
    "meeting": (
        [
            (1, "KKR Nordjylland", "2022-11-18", "referat", "referat.pdf", "ab" * 32,
             b"%PDF-1.7 \x00\xff", 3, '["Anna", "Bo"]', "[]", "2026-11-20 09:30:00.000000",
             "[[1, 0], [2, 2]]"),
        ],
        "id",
    ),
    "line": (
        [
            (1, 0, 1, 10.0, 20.0, 300.0, 32.0, 12.0, 1, 0, 0, 0, "1. Godkendelse", None),
            (1, 1, 1, 10.0, 40.0, 300.0, 52.0, 10.0, 0, 1, 0, 0, "Sagsfremstilling", None),
            (1, 2, 2, None, None, None, None, None, None, 0, 1, 0, "Tiltrådt.", "Tiltrådt"),
        ],
        "meeting_id, seq",
    ),
    "node": (
        [
            (1, 1, "section", None, 0, 2, None, "Beslutningssager", None, None, "[]",
             "unreviewed", None, None),
            (2, 1, "item", 1, 0, 2, "1", "Godkendelse", None, "22/123", '["Carl"]',
             "reviewed", "tjek bilag", None),
            (3, 1, "part", 2, 2, 2, None, None, "Beslutning", None, "[]", "unreviewed",
             None, "Tiltrådt"),
        ],
        "id",
    ),
    "decision_tag": ([(2, "tiltrådt", "confirmed")], "node_id, tag"),
    "attachment": ([(2, 0, "Bilag 1: Budget.pdf")], "node_id, position"),
}
# fmt: on


@pytest.fixture
def archive_file(tmp_path: Path) -> Path:
    return tmp_path / "archive.sqlite3"


def url(path: Path) -> str:
    return f"sqlite:///{path}"


@pytest.fixture
def opened() -> Iterator[list[Database]]:
    """Databases a test opened, closed at its end."""
    databases: list[Database] = []
    yield databases
    for db in databases:
        db.close()


def backups(path: Path) -> list[Path]:
    return sorted(path.parent.glob(f"{path.name}.*.bak"))


def rows(engine: Engine, table: str) -> list[tuple[object, ...]]:
    with engine.connect() as connection:
        result = connection.exec_driver_sql(f"SELECT * FROM {table} ORDER BY {DATA[table][1]}")
        return [tuple(row) for row in result]


def create_at_first_revision(path: Path) -> None:
    """An archive as the first release left it, with one meeting in it."""
    db = Database.open(url(path), upgrade=False)
    try:
        with db.engine.begin() as connection:
            command.upgrade(alembic_config(connection), "0001")
            for table, (values, _) in DATA.items():
                marks = ", ".join("?" * len(values[0]))
                for row in values:
                    connection.exec_driver_sql(f"INSERT INTO {table} VALUES ({marks})", row)
    finally:
        db.close()


def test_a_fresh_file_gets_every_table_at_head(archive_file: Path, opened: list[Database]) -> None:
    db = Database.open(url(archive_file))
    opened.append(db)
    assert current_revision(db.engine) == HEAD
    assert without_search(set(inspect(db.engine).get_table_names())) == TABLES | {"alembic_version"}
    assert backups(archive_file) == []


def test_an_archive_created_at_the_first_revision_with_data_upgrades_to_head_with_the_data_intact(
    archive_file: Path, opened: list[Database]
) -> None:
    # A reader held open keeps the data in the write-ahead log, not yet in the file:
    # the backup must take it from there.
    with closing(sqlite3.connect(archive_file)) as reader:
        reader.execute("PRAGMA journal_mode=WAL")
        reader.execute("SELECT * FROM sqlite_master").fetchall()
        create_at_first_revision(archive_file)
        assert Path(f"{archive_file}-wal").stat().st_size > 0
        db = Database.open(url(archive_file))
        opened.append(db)
        reader.execute("SELECT 1")

    assert current_revision(db.engine) == HEAD
    for table, (values, _) in DATA.items():  # later revisions add columns at the end
        if table == "meeting":  # and 0008 moved the source file to its own table
            values = [row[:6] + row[7:] for row in values]
        assert [row[: len(values[0])] for row in rows(db.engine, table)] == values, table
    with db.transaction() as session:
        meeting = session.scalars(select(MeetingRow)).one()
        assert (meeting.revision, meeting.anomalies, meeting.deleted_at) == (0, [], None)
        assert meeting.participants == ["Anna", "Bo"]
        source = session.get(SourceRow, meeting.id)  # out of the meeting row since 0008
        assert source is not None
        assert source.data == b"%PDF-1.7 \x00\xff"
        at = dt.datetime(2026, 11, 23, 11, 5, 1, tzinfo=dt.UTC)
        session.add(
            EditRow(meeting_id=1, at=at, user="kkr", operation={"op": "x"}, before={}, after={})
        )
    with db.session() as session:
        assert session.scalars(select(EditRow.user)).all() == ["kkr"]
    # Batch migrations recreate tables: ids must still never be reused.
    with closing(sqlite3.connect(archive_file)) as connection:
        schema = dict(connection.execute("SELECT name, sql FROM sqlite_master"))
    assert "AUTOINCREMENT" in schema["meeting"]
    assert "AUTOINCREMENT" in schema["node"]

    [backup] = backups(archive_file)
    assert re.fullmatch(r"archive\.sqlite3\.\d{4}-\d\d-\d\dT\d{6}\.bak", backup.name)
    with closing(sqlite3.connect(backup)) as copy:
        assert copy.execute("SELECT version_num FROM alembic_version").fetchall() == [("0001",)]
        assert copy.execute("SELECT body FROM meeting").fetchall() == [("KKR Nordjylland",)]
        tables = {name for (name,) in copy.execute("SELECT name FROM sqlite_master")}
        assert "edit" not in tables


def test_opening_an_archive_at_head_makes_no_second_backup(
    archive_file: Path, opened: list[Database]
) -> None:
    create_at_first_revision(archive_file)
    Database.open(url(archive_file)).close()
    assert len(backups(archive_file)) == 1
    db = Database.open(url(archive_file))
    opened.append(db)
    assert migrate.upgrade(db.engine, archive_file) is None
    assert len(backups(archive_file)) == 1


def test_a_revision_unknown_to_the_program_is_refused_and_the_file_left_untouched(
    archive_file: Path,
) -> None:
    db = Database.open(url(archive_file))
    with db.engine.begin() as connection:
        connection.exec_driver_sql("UPDATE alembic_version SET version_num = '9999'")
    db.close()
    before = archive_file.read_bytes()

    message = "the archive was written by a newer KKR Desk (revision 9999); update KKR Desk"
    with pytest.raises(ArchiveError, match=f"^{re.escape(message)}$"):
        Database.open(url(archive_file))

    assert archive_file.read_bytes() == before
    assert backups(archive_file) == []


def test_a_failed_upgrade_changes_nothing_and_keeps_the_backup(
    archive_file: Path, opened: list[Database], monkeypatch: pytest.MonkeyPatch
) -> None:
    create_at_first_revision(archive_file)
    real_upgrade = command.upgrade

    def upgrade_then_fail(*args: object, **kwargs: object) -> None:
        real_upgrade(*args, **kwargs)  # type: ignore[arg-type]
        raise RuntimeError("power cut")

    monkeypatch.setattr(command, "upgrade", upgrade_then_fail)
    with pytest.raises(RuntimeError, match="power cut"):
        Database.open(url(archive_file))
    monkeypatch.undo()

    db = Database.open(url(archive_file), upgrade=False)
    opened.append(db)
    assert current_revision(db.engine) == "0001"
    assert "edit" not in inspect(db.engine).get_table_names()
    assert rows(db.engine, "meeting") == DATA["meeting"][0]
    assert len(backups(archive_file)) == 1


def test_an_empty_in_memory_database_is_upgraded(opened: list[Database]) -> None:
    db = Database.open("sqlite://")
    opened.append(db)
    assert current_revision(db.engine) == HEAD
    assert without_search(set(inspect(db.engine).get_table_names())) == TABLES | {"alembic_version"}
    with db.engine.connect() as connection:  # the one shared connection keeps its pragma
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


def test_head_constant_is_alembics_head() -> None:
    from kkr_desk.store.migrate import known_revisions, script_head

    assert script_head() == HEAD
    assert HEAD in known_revisions()


def test_opening_a_current_archive_does_not_import_alembic(tmp_path: Path) -> None:
    import subprocess
    import sys

    url = f"sqlite:///{tmp_path / 'a.sqlite3'}"
    Database.open(url).close()
    code = (
        "import sys\nfrom kkr_desk.store.db import Database\n"
        f"Database.open({url!r}).close()\n"
        "print('alembic' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_a_flagged_item_at_revision_0004_becomes_unreviewed_and_flagged(
    archive_file: Path, opened: list[Database]
) -> None:
    create_at_first_revision(archive_file)
    old = '{"id":2,"title":"Godkendelse","review_status":"flagged","note":"æ"}'
    kept = '{"id":3,"review_status":"reviewed","note":null}'
    db = Database.open(url(archive_file), upgrade=False)
    try:
        migrate._migrate(db.engine, "0004")  # as an earlier release left it
        with db.engine.begin() as connection:
            connection.exec_driver_sql("UPDATE node SET review_status = 'flagged' WHERE id = 2")
            connection.exec_driver_sql(
                "INSERT INTO item_record VALUES (?, ?), (?, ?)", (2, old, 3, kept)
            )
    finally:
        db.close()

    db = Database.open(url(archive_file))
    opened.append(db)
    assert current_revision(db.engine) == HEAD
    with db.engine.connect() as connection:
        nodes = connection.exec_driver_sql(
            "SELECT id, review_status, flagged FROM node ORDER BY id"
        ).all()
        records = dict(connection.exec_driver_sql("SELECT node_id, json FROM item_record").all())
    assert [tuple(row) for row in nodes] == [
        (1, "unreviewed", 0),
        (2, "unreviewed", 1),
        (3, "unreviewed", 0),
    ]
    assert records == {
        2: '{"id":2,"title":"Godkendelse","review_status":"unreviewed","flagged":true,"note":"æ"}',
        3: '{"id":3,"review_status":"reviewed","flagged":false,"note":null}',
    }
