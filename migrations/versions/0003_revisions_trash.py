"""Safe concurrent editing and a trash: meeting revision, accepted anomalies, deletion and
earlier versions; the audit trail no longer cascades from meetings.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | tuple[str, ...] | None = None
depends_on: str | tuple[str, ...] | None = None


# Batch mode recreates SQLite tables: keep ids never reused (the audit trail names them).
KEEP_IDS = {"sqlite_autoincrement": True}


def upgrade() -> None:
    with op.batch_alter_table("meeting", table_kwargs=KEEP_IDS) as batch:
        batch.add_column(sa.Column("revision", sa.Integer(), server_default="0", nullable=False))
        batch.add_column(sa.Column("anomalies", sa.JSON(), server_default="[]", nullable=False))
        batch.add_column(sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True))
        batch.add_column(sa.Column("deleted_by", sa.String(64), nullable=True))
        batch.add_column(sa.Column("replaced_by", sa.Integer(), nullable=True))
        batch.drop_constraint("uq_meeting_source_sha256", type_="unique")
        batch.create_index("ix_meeting_source_sha256", ["source_sha256"])
    with op.batch_alter_table("node", table_kwargs=KEEP_IDS) as batch:
        batch.create_index("ix_node_parent_id", ["parent_id"])
    with op.batch_alter_table("edit") as batch:
        batch.drop_constraint("fk_edit_meeting_id_meeting", type_="foreignkey")
        batch.add_column(sa.Column("revision", sa.Integer(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("edit") as batch:
        batch.drop_column("revision")
        batch.create_foreign_key(
            "fk_edit_meeting_id_meeting", "meeting", ["meeting_id"], ["id"], ondelete="CASCADE"
        )
    with op.batch_alter_table("node", table_kwargs=KEEP_IDS) as batch:
        batch.drop_index("ix_node_parent_id")
    with op.batch_alter_table("meeting", table_kwargs=KEEP_IDS) as batch:
        batch.drop_index("ix_meeting_source_sha256")
        batch.create_unique_constraint("uq_meeting_source_sha256", ["source_sha256"])
        for column in ("replaced_by", "deleted_by", "deleted_at", "anomalies", "revision"):
            batch.drop_column(column)
