"""Migration 0006 and what it is for, on both backends: every foreign key leads an index,
the meeting lookups find theirs, the revision goes down and up again; and an edit's UPDATE
names only the columns it changes (never the key or the parent it leaves alone)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from alembic import command
from sqlalchemy import Engine, create_engine, event, inspect

from kkr_desk.domain import edits
from kkr_desk.store import migrate
from kkr_desk.store.archive import Archive
from kkr_desk.store.db import Database
from kkr_desk.store.migrate import alembic_config, current_revision

MEETING_INDEXES = {
    "ix_meeting_deleted_at": ["deleted_at"],
    "ix_meeting_body_date_kind": ["body", "date", "kind", "deleted_at"],
}


@pytest.fixture
def engine(archive_url: str) -> Iterator[Engine]:
    """The archive at revision 0006 (whatever the program's ``HEAD``), on a plain engine."""
    db = Database.open(archive_url, upgrade=False)
    try:
        migrate._migrate(db.engine, "0006")
    finally:
        db.close()
    plain = create_engine(archive_url)
    yield plain
    plain.dispose()


def indexes(engine: Engine, table: str) -> dict[str, list[str | None]]:
    return {ix["name"] or "": list(ix["column_names"]) for ix in inspect(engine).get_indexes(table)}


def test_every_foreign_key_leads_an_index_or_the_primary_key(engine: Engine) -> None:
    """A cascade or a lookup by a referring column finds its rows without a scan."""
    found = inspect(engine)
    checked = []
    for table in found.get_table_names():
        keys = found.get_foreign_keys(table)
        if not keys:
            continue
        leads = [list(found.get_pk_constraint(table)["constrained_columns"])]
        leads += [list(ix["column_names"]) for ix in found.get_indexes(table)]
        for key in keys:
            columns = list(key["constrained_columns"])
            assert any(lead[: len(columns)] == columns for lead in leads), (table, columns)
            checked.append((table, *columns))
    assert {("node", "parent_id"), ("node", "meeting_id"), ("line", "meeting_id")} <= set(checked)
    assert {("attachment", "node_id"), ("decision_tag", "node_id")} <= set(checked)


def test_0006_creates_the_meeting_indexes_and_goes_down_and_up_again(engine: Engine) -> None:
    assert current_revision(engine) == "0006"
    assert MEETING_INDEXES.items() <= indexes(engine, "meeting").items()
    assert indexes(engine, "node")["ix_node_parent_id"] == ["parent_id"]

    with engine.begin() as connection:
        command.downgrade(alembic_config(connection), "0005")
    assert current_revision(engine) == "0005"
    assert not MEETING_INDEXES.keys() & indexes(engine, "meeting").keys()
    assert "ix_meeting_source_sha256" in indexes(engine, "meeting")  # the older ones stay

    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), "0006")
    assert current_revision(engine) == "0006"
    assert MEETING_INDEXES.items() <= indexes(engine, "meeting").items()


@pytest.mark.parametrize(
    ("query", "index"),
    [
        ("SELECT id FROM meeting WHERE deleted_at IS NULL ORDER BY id", "ix_meeting_deleted_at"),
        ("SELECT id FROM meeting WHERE deleted_at IS NOT NULL", "ix_meeting_deleted_at"),
        (
            "SELECT id FROM meeting WHERE deleted_at IS NULL AND body = 'KKR'"
            " AND date = '2022-11-18' AND kind = 'referat'",
            "ix_meeting_body_date_kind",
        ),
        ("DELETE FROM node WHERE parent_id = 7", "ix_node_parent_id"),
        ("UPDATE node SET meeting_id = 2 WHERE meeting_id = 1", "ix_node_meeting_first"),
    ],
)
def test_the_lookups_use_their_index(engine: Engine, query: str, index: str) -> None:
    """SQLite's plan searches the index; PostgreSQL, told not to scan (its tables are
    empty here), finds an index to use (which one, on empty tables, is its choice)."""
    with engine.begin() as connection:
        if connection.dialect.name == "sqlite":
            plan = connection.exec_driver_sql(f"EXPLAIN QUERY PLAN {query}").all()
            text = " ".join(str(row[-1]) for row in plan)
            assert f"USING INDEX {index}" in text or f"USING COVERING INDEX {index}" in text
            assert "SCAN" not in text, text
            return
        connection.exec_driver_sql("SET LOCAL enable_seqscan = off")
        text = " ".join(str(row[0]) for row in connection.exec_driver_sql(f"EXPLAIN {query}"))
    assert "Index" in text
    assert "Seq Scan" not in text, text


def node_updates(db: Database, work: Any) -> list[tuple[list[str], Any]]:
    """The columns each ``UPDATE node`` statement sets while ``work()`` runs, with its
    parameters."""
    seen: list[tuple[list[str], Any]] = []

    def capture(
        conn: Any, cursor: Any, statement: str, params: Any, context: Any, many: bool
    ) -> None:
        if statement.startswith("UPDATE node SET"):
            assignments = statement.removeprefix("UPDATE node SET").split(" WHERE ")[0]
            columns = [part.split("=")[0].strip() for part in assignments.split(",")]
            seen.append((columns, params))

    event.listen(db.engine, "before_cursor_execute", capture)
    try:
        work()
    finally:
        event.remove(db.engine, "before_cursor_execute", capture)
    return seen


def test_a_review_toggle_sets_only_the_review_status(
    archive: Archive, sample: int, db: Database
) -> None:
    item = next(archive.load(sample).items())
    assert item.review == "unreviewed"
    node = item.id
    assert node is not None
    toggled = node_updates(db, lambda: archive.apply(sample, edits.SetReview(node, "reviewed")))
    assert [columns for columns, _ in toggled] == [["review_status"]]
    assert "reviewed" in str(toggled[0][1])
    assert next(archive.load(sample).items()).review == "reviewed"


def test_a_merge_rewrites_no_key_and_moves_only_the_children(
    archive: Archive, sample: int, db: Database
) -> None:
    doc = archive.load(sample)
    first, second = doc.sections[1].children[:2]
    node = second.id
    assert node is not None
    assert second.children
    moved = {part.id for part in second.children}
    merged = node_updates(db, lambda: archive.apply(sample, edits.Merge(node)))

    assert merged, "the merge wrote no node"
    for columns, _ in merged:
        assert not {"id", "meeting_id", "kind"} & set(columns), columns
    parents = [params for columns, params in merged if columns == ["parent_id"]]
    assert len(parents) == len(moved)  # each part of the merged item, and nothing else
    after = archive.load(sample)
    assert {part.id for part in after.sections[1].children[0].children} >= moved
    assert after.sections[1].children[0].id == first.id


def test_the_meeting_list_counts_read_one_index(tmp_path: Any) -> None:
    """``Archive.meetings()`` counts items and reviewed items of every meeting from the
    index of migration 0009 alone (SQLite: a covering index, not the node table)."""
    db = Database.open(f"sqlite:///{tmp_path / 'a.sqlite3'}")
    try:
        archive = Archive(db)
        seen: list[str] = []

        def plan(conn: Any, cursor: Any, statement: str, params: Any, *_: Any) -> None:
            if "count(" in statement and "FROM node" in statement:
                rows = cursor.connection.execute(f"EXPLAIN QUERY PLAN {statement}", params)
                seen.append(" ".join(str(row[-1]) for row in rows))

        event.listen(db.engine, "before_cursor_execute", plan)
        assert archive.meetings() == []
        assert seen, "the counts were not asked"
        assert all("COVERING INDEX ix_node_meeting_kind_review" in text for text in seen), seen
    finally:
        db.close()
