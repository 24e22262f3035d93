"""Each item's CSV cells next to its JSON record: ``item_record.csv`` (UTF-8 bytes), filled
from the stored JSON records, which the CSV export with its default options splices in.

The cells are made by the program's own ``kkr_desk.domain.csv_row.stored_row``, the one
the archive writes them with after every edit. A later change of those cells needs a
revision that fills them again or sets them NULL: an item without cells is exported from
its JSON record.

Revision ID: 0007
Revises: 0006
Create Date: 2027-02-10
"""

from __future__ import annotations

import json

import sqlalchemy as sa
from alembic import op

from kkr_desk.domain.csv_row import stored_row

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | tuple[str, ...] | None = None
depends_on: str | tuple[str, ...] | None = None

CHUNK = 2000  # records read and written at a time: memory stays flat on a large archive

item_record = sa.table(
    "item_record",
    sa.column("node_id", sa.Integer),
    sa.column("json", sa.Text),
    sa.column("csv", sa.LargeBinary),
)


def _cells(encoded: str) -> bytes | None:
    """The cells of a stored record; None (exported from the record) for one that is not
    a whole export record."""
    try:
        return stored_row(json.loads(encoded))
    except (KeyError, TypeError, ValueError):
        return None


def upgrade() -> None:
    # A column at the end, no constraint: SQLite adds it in place, without batch mode.
    op.add_column("item_record", sa.Column("csv", sa.LargeBinary(), nullable=True))
    bind = op.get_bind()
    after = -1  # node ids are positive
    while True:
        records = bind.execute(
            sa.select(item_record.c.node_id, item_record.c.json)
            .where(item_record.c.node_id > after)
            .order_by(item_record.c.node_id)
            .limit(CHUNK)
        ).all()
        if not records:
            return
        bind.execute(
            item_record.update()
            .where(item_record.c.node_id == sa.bindparam("key"))
            .values(csv=sa.bindparam("cells")),
            [{"key": key, "cells": _cells(encoded)} for key, encoded in records],
        )
        after = records[-1][0]


def downgrade() -> None:
    # Not in batch mode: recreating the table is not needed to drop a column (SQLite 3.35+).
    op.drop_column("item_record", "csv")
