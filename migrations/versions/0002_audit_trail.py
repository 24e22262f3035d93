"""The audit trail: one ``edit`` row per change of a meeting.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | tuple[str, ...] | None = None
depends_on: str | tuple[str, ...] | None = None


def upgrade() -> None:
    op.create_table(
        "edit",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("user", sa.String(64), nullable=False),
        sa.Column("operation", sa.JSON(), nullable=False),
        sa.Column("before", sa.JSON(), nullable=False),
        sa.Column("after", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_edit"),
        sa.ForeignKeyConstraint(
            ["meeting_id"], ["meeting.id"],
            name="fk_edit_meeting_id_meeting", ondelete="CASCADE",
        ),
    )
    op.create_index("ix_edit_meeting_id", "edit", ["meeting_id"])


def downgrade() -> None:
    op.drop_index("ix_edit_meeting_id", table_name="edit")
    op.drop_table("edit")
