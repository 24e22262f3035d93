"""Schema migrations on both backends (a SQLite file and a real PostgreSQL database): an
empty database brought to head, the models against the migrations, an archive of the
first revision with data upgraded intact, downgrade, and the refusals.

The SQLite-only behaviour (the backup file, the write-ahead log, ``:memory:``) is in
``test_migrate.py``."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Engine, MetaData, create_engine, inspect, select

from kkr_desk.domain import edits
from kkr_desk.parse import parse_bytes
from kkr_desk.store import migrate
from kkr_desk.store.archive import Archive
from kkr_desk.store.db import Database, sqlite_path
from kkr_desk.store.migrate import HEAD, ArchiveError, alembic_config, current_revision
from kkr_desk.store.models import Base, EditRow, MeetingRow, NodeRow, SourceRow, outside_models
from tests.unit.store.conftest import SAMPLE_PDF
from tests.unit.store.test_migrate import TABLES, without_search

AT = dt.datetime(2026, 11, 20, 9, 30, tzinfo=dt.UTC)
# fmt: off
ROWS: dict[str, list[dict[str, object]]] = {  # an archive at revision 0001, typed values
    "meeting": [dict(
        id=1, body="KKR Nordjylland", date=dt.date(2022, 11, 18), kind="referat",
        source_name="referat.pdf", source_sha256="ab" * 32, source_bytes=b"%PDF-1.7 \x00\xff",
        pages=3, participants=["Anna", "Bo"], absent=[], imported_at=AT,
        page_starts=[[1, 0], [2, 2]],
    )],
    "line": [
        dict(meeting_id=1, seq=0, page=1, x0=10.0, y0=20.0, x1=300.0, y1=32.0, size=12.0,
             bold=True, gap_before=False, joined=False, furniture=False,
             text="1. Godkendelse", corrected=None),
        dict(meeting_id=1, seq=1, page=2, x0=None, y0=None, x1=None, y1=None, size=None,
             bold=None, gap_before=True, joined=False, furniture=False,
             text="Tiltrådt.", corrected="Tiltrådt"),
    ],
    "node": [
        dict(id=1, meeting_id=1, kind="section", parent_id=None, first_line=0, last_line=1,
             number=None, title="Beslutningssager", heading=None, case_number=None,
             case_handlers=[], review_status="unreviewed", note=None, text=None),
        dict(id=2, meeting_id=1, kind="item", parent_id=1, first_line=0, last_line=1,
             number="1", title="Godkendelse", heading=None, case_number="22/123",
             case_handlers=["Carl"], review_status="reviewed", note="tjek bilag", text=None),
    ],
    "decision_tag": [dict(node_id=2, tag="approved", origin="confirmed")],
    "attachment": [dict(node_id=2, position=0, name="Bilag 1: Budget.pdf")],
}
# fmt: on


@pytest.fixture
def engine(archive_url: str) -> Iterator[Engine]:
    """A plain engine on the empty archive, for what the test does behind KKR Desk."""
    plain = create_engine(archive_url)
    yield plain
    plain.dispose()


def open_db(url: str, opened: list[Database]) -> Database:
    db = Database.open(url)
    opened.append(db)
    return db


@pytest.fixture
def opened() -> Iterator[list[Database]]:
    databases: list[Database] = []
    yield databases
    for db in databases:
        db.close()


def create_at_first_revision(engine: Engine) -> None:
    """An archive as the first release left it, with one meeting in it."""
    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), "0001")
        tables = MetaData()
        tables.reflect(connection)
        for name, rows in ROWS.items():
            connection.execute(tables.tables[name].insert(), rows)
        if connection.dialect.name == "postgresql":  # explicit ids leave the sequences behind
            for name in ("meeting", "node"):
                connection.exec_driver_sql(
                    f"SELECT setval(pg_get_serial_sequence('{name}', 'id'), max(id)) FROM {name}"
                )


def snapshot(engine: Engine) -> dict[str, list[tuple[object, ...]]]:
    """The rows of ``ROWS``' tables and columns, as the database gives them back."""
    tables = MetaData()
    tables.reflect(engine, only=list(ROWS))
    out = {}
    with engine.connect() as connection:
        for name, rows in ROWS.items():
            table = tables.tables[name]
            # the source file left the meeting row in 0008: checked after the upgrade
            columns = [table.c[column] for column in rows[0] if column != "source_bytes"]
            query = select(*columns).order_by(*table.primary_key.columns)
            out[name] = [tuple(row) for row in connection.execute(query)]
    return out


def table_names(engine: Engine) -> set[str]:
    return set(inspect(engine).get_table_names())


def test_an_empty_database_is_brought_to_head(
    archive_url: str, engine: Engine, opened: list[Database]
) -> None:
    db = open_db(archive_url, opened)
    assert current_revision(db.engine) == HEAD
    assert without_search(table_names(engine)) == TABLES | {"alembic_version"}
    assert migrate.upgrade(db.engine, sqlite_path(archive_url)) is None  # at head: nothing to do


def test_the_models_and_the_migrations_agree(archive_url: str, opened: list[Database]) -> None:
    db = open_db(archive_url, opened)
    with db.engine.connect() as connection:
        context = MigrationContext.configure(
            connection, opts={"compare_type": True, "include_name": outside_models}
        )
        assert compare_metadata(context, Base.metadata) == []


def test_an_archive_at_the_first_revision_upgrades_with_its_data_intact_and_stays_usable(
    archive_url: str, engine: Engine, opened: list[Database]
) -> None:
    create_at_first_revision(engine)
    before = snapshot(engine)
    assert [row[:3] for row in before["node"]] == [(1, 1, "section"), (2, 1, "item")]

    db = open_db(archive_url, opened)
    assert current_revision(db.engine) == HEAD
    assert snapshot(engine) == before
    with db.session() as session:
        meeting = session.scalars(select(MeetingRow)).one()
        assert (meeting.participants, meeting.absent) == (["Anna", "Bo"], [])
        source = session.get(SourceRow, meeting.id)  # out of the meeting row since 0008
        assert source is not None
        assert source.data == b"%PDF-1.7 \x00\xff"
        assert meeting.imported_at.replace(tzinfo=dt.UTC) == AT  # SQLite keeps no zone
        item = session.get(NodeRow, 2)
        assert item is not None
        assert (item.case_handlers, item.review_status, item.note) == (
            ["Carl"],
            "reviewed",
            "tjek bilag",
        )

    archive = Archive(db, user="kkr")  # a new meeting and an edit go in beside the old one
    new = archive.import_document(parse_bytes(SAMPLE_PDF, "sample.pdf"), SAMPLE_PDF)
    assert new != 1
    item_id = next(iter(archive.load(new).items())).id
    archive.apply(new, edits.SetNote(item_id, "efter opgradering"))
    with db.session() as session:
        assert session.scalars(select(EditRow.user)).all() == ["kkr"]
    after = snapshot(engine)
    for name, rows in before.items():
        assert [row for row in after[name] if row in rows] == rows, name


def test_downgrade_to_base_and_upgrade_again(
    archive_url: str, engine: Engine, opened: list[Database]
) -> None:
    db = open_db(archive_url, opened)
    with db.engine.begin() as connection:
        command.downgrade(alembic_config(connection), "base")
    assert current_revision(db.engine) is None
    assert table_names(engine) == {"alembic_version"}

    assert migrate.upgrade(db.engine, sqlite_path(archive_url)) is None  # nothing to back up
    assert current_revision(db.engine) == HEAD
    assert without_search(table_names(engine)) == TABLES | {"alembic_version"}


def test_a_revision_unknown_to_the_program_is_refused_and_nothing_changed(
    archive_url: str, engine: Engine, opened: list[Database]
) -> None:
    open_db(archive_url, opened).close()
    with engine.begin() as connection:
        connection.exec_driver_sql("UPDATE alembic_version SET version_num = '9999'")

    with pytest.raises(ArchiveError, match=r"newer KKR Desk \(revision 9999\)"):
        Database.open(archive_url)

    assert current_revision(engine) == "9999"
    assert without_search(table_names(engine)) == TABLES | {"alembic_version"}


def test_tables_without_a_revision_are_refused(archive_url: str, engine: Engine) -> None:
    with engine.begin() as connection:
        connection.exec_driver_sql("CREATE TABLE meeting (id INTEGER PRIMARY KEY)")
    with pytest.raises(ArchiveError, match="no schema revision"):
        Database.open(archive_url)
    assert table_names(engine) == {"meeting"}


def test_a_failed_upgrade_changes_nothing(
    archive_url: str, engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    create_at_first_revision(engine)
    before = snapshot(engine)
    real_upgrade = command.upgrade

    def upgrade_then_fail(*args: object, **kwargs: object) -> None:
        real_upgrade(*args, **kwargs)  # type: ignore[arg-type]
        raise RuntimeError("power cut")

    monkeypatch.setattr(command, "upgrade", upgrade_then_fail)
    with pytest.raises(RuntimeError, match="power cut"):
        Database.open(archive_url)
    monkeypatch.undo()

    assert current_revision(engine) == "0001"
    assert "edit" not in table_names(engine)
    assert snapshot(engine) == before


def test_a_flagged_item_of_revision_0004_comes_out_unreviewed_and_flagged(
    archive_url: str, engine: Engine, opened: list[Database]
) -> None:
    create_at_first_revision(engine)
    old = Database.open(archive_url, upgrade=False)
    try:
        migrate._migrate(old.engine, "0004")  # as the previous release left it
    finally:
        old.close()
    with engine.begin() as connection:
        connection.exec_driver_sql("UPDATE node SET review_status = 'flagged' WHERE id = 2")

    db = open_db(archive_url, opened)
    assert current_revision(db.engine) == HEAD
    with db.session() as session:
        item = session.get(NodeRow, 2)
        assert item is not None
        assert (item.review_status, item.flagged) == ("unreviewed", True)
        section = session.get(NodeRow, 1)
        assert section is not None
        assert (section.review_status, section.flagged) == ("unreviewed", False)
