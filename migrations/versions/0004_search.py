"""Full-text search: an index entry per item (title, case number, note) and per part (its
derived text), backfilled from the meetings in the archive.

SQLite: an FTS5 table (rowid = node id; ``unicode61`` folding case but keeping æ, ø, å
as letters). PostgreSQL: a weighted ``tsvector`` (``danish`` and ``simple``; the case
number split into words) under a GIN index, cascading from its node. The archive keeps it
current in the transaction of every change (``kkr_desk/store/search_index.py``).

Revision ID: 0004
Revises: 0003
Create Date: 2027-01-12
"""

from __future__ import annotations

from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | tuple[str, ...] | None = None
depends_on: str | tuple[str, ...] | None = None

# As of this revision (the code's own expression, ``search_index.PG_DOCUMENT``, may change
# in later ones): each field stemmed (danish) and as it stands (simple), letters folded
# whatever the server's locale, the case number split into words.
FOLD = "translate({}, 'ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖØÙÚÛÜÝÞ', 'àáâãäåæçèéêëìíîïðñòóôõöøùúûüýþ')"


def _words(column: str, weight: str) -> str:
    value = FOLD.format(f"coalesce({column}, '')")
    return (
        f"setweight(to_tsvector('danish', {value}), '{weight}')"
        f" || setweight(to_tsvector('simple', {value}), '{weight}')"
    )


CASE = FOLD.format("coalesce(case_number, '')")
PG_DOCUMENT = " || ".join(
    [
        _words("title", "A"),
        f"setweight(to_tsvector('simple', regexp_replace({CASE},"
        " '[[:space:][:punct:]]+', ' ', 'g')), 'A')",
        _words("note", "B"),
        _words("text", "D"),
    ]
)
COLUMNS = "text, title, case_number, note"


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute(
            f"CREATE VIRTUAL TABLE search_entry USING fts5({COLUMNS},"
            " tokenize = 'unicode61 remove_diacritics 0')"
        )
        op.execute(
            f"INSERT INTO search_entry (rowid, {COLUMNS}) SELECT id, {COLUMNS} FROM node"
            " WHERE kind IN ('item', 'part')"
        )
        return
    op.execute(
        "CREATE TABLE search_entry (node_id INTEGER NOT NULL, document TSVECTOR NOT NULL,"
        " CONSTRAINT pk_search_entry PRIMARY KEY (node_id),"
        " CONSTRAINT fk_search_entry_node_id_node FOREIGN KEY (node_id)"
        " REFERENCES node (id) ON DELETE CASCADE)"
    )
    op.get_bind().exec_driver_sql(  # not text(): ":punct:" is no parameter
        f"INSERT INTO search_entry (node_id, document) SELECT id, {PG_DOCUMENT} FROM node"
        " WHERE kind IN ('item', 'part')"
    )
    op.execute("CREATE INDEX ix_search_entry_document ON search_entry USING gin (document)")


def downgrade() -> None:
    op.execute("DROP TABLE search_entry")
