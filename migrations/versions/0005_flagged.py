"""Flagged for follow-up apart from the review status: ``node.flagged``. Items that were
"flagged" (then one of the review statuses) become unreviewed and flagged; every item's
stored export record gets its ``flagged`` field. The audit trail is left as written (its
"flagged" review status still reads as such).

Revision ID: 0005
Revises: 0004
Create Date: 2027-01-20
"""

from __future__ import annotations

import json

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | tuple[str, ...] | None = None
depends_on: str | tuple[str, ...] | None = None

# Batch mode recreates SQLite tables: keep ids never reused (the audit trail names them).
KEEP_IDS = {"sqlite_autoincrement": True}

# As the archive encodes an item's record (``kkr_desk/store/convert.py`` at this revision).
_ENCODE = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode

node = sa.table(
    "node",
    sa.column("id", sa.Integer),
    sa.column("review_status", sa.String),
    sa.column("flagged", sa.Boolean),
)
item_record = sa.table("item_record", sa.column("node_id", sa.Integer), sa.column("json", sa.Text))


def _with_flag(encoded: str, flagged: bool) -> str:
    """The record with ``flagged`` after its review status (which loses "flagged")."""
    record = json.loads(encoded)
    out = {}
    for key, value in record.items():
        if key == "flagged":
            continue
        if key == "review_status":
            out[key] = "unreviewed" if value == "flagged" else value
            out["flagged"] = flagged
        else:
            out[key] = value
    return _ENCODE(out)


def upgrade() -> None:
    with op.batch_alter_table("node", table_kwargs=KEEP_IDS) as batch:
        batch.add_column(
            sa.Column("flagged", sa.Boolean(), server_default=sa.false(), nullable=False)
        )
    bind = op.get_bind()
    flagged = {
        node_id
        for (node_id,) in bind.execute(
            sa.select(node.c.id).where(node.c.review_status == "flagged")
        )
    }
    bind.execute(
        node.update()
        .where(node.c.review_status == "flagged")
        .values(review_status="unreviewed", flagged=sa.true())
    )
    records = bind.execute(sa.select(item_record.c.node_id, item_record.c.json)).all()
    for node_id, encoded in records:
        bind.execute(
            item_record.update()
            .where(item_record.c.node_id == node_id)
            .values(json=_with_flag(encoded, node_id in flagged))
        )


def downgrade() -> None:
    bind = op.get_bind()
    bind.execute(
        node.update()
        .where(node.c.flagged == sa.true(), node.c.review_status == "unreviewed")
        .values(review_status="flagged")
    )
    for node_id, encoded in bind.execute(
        sa.select(item_record.c.node_id, item_record.c.json)
    ).all():
        record = json.loads(encoded)
        if record.pop("flagged", False) and record.get("review_status") == "unreviewed":
            record["review_status"] = "flagged"
        bind.execute(
            item_record.update()
            .where(item_record.c.node_id == node_id)
            .values(json=_ENCODE(record))
        )
    # Not in batch mode: recreating ``node`` would cascade to its rows elsewhere when the
    # caller left foreign keys on (SQLite drops a column itself since 3.35).
    op.drop_column("node", "flagged")
