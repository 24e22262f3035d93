"""A meeting's source file in its own table, ``meeting_source``, out of the ``meeting`` row.

Every edit updates the meeting row (its revision, its findings). SQLite writes a row
whole, overflow pages and all, so an edit of a 1,000-page meeting rewrote its 3 MB source
file (21 ms of a 25 ms edit), and reading the revision walked the file's pages. The bytes
are copied over, then the column is dropped in place (``ALTER TABLE … DROP COLUMN``:
SQLite ≥ 3.35 rewrites the table without dropping it, so no cascade runs).

Revision ID: 0008
Revises: 0007
Create Date: 2027-02-17
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | tuple[str, ...] | None = None
depends_on: str | tuple[str, ...] | None = None


def upgrade() -> None:
    op.create_table(
        "meeting_source",
        sa.Column(
            "meeting_id",
            sa.Integer(),
            sa.ForeignKey(
                "meeting.id",
                ondelete="CASCADE",
                name="fk_meeting_source_meeting_id_meeting",
            ),
            nullable=False,
        ),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.PrimaryKeyConstraint("meeting_id", name="pk_meeting_source"),
    )
    op.execute("INSERT INTO meeting_source (meeting_id, data) SELECT id, source_bytes FROM meeting")
    op.drop_column("meeting", "source_bytes")


def downgrade() -> None:
    op.add_column(
        "meeting", sa.Column("source_bytes", sa.LargeBinary(), nullable=False, server_default="")
    )
    op.execute(
        "UPDATE meeting SET source_bytes = "
        "(SELECT data FROM meeting_source WHERE meeting_source.meeting_id = meeting.id)"
    )
    op.drop_table("meeting_source")
