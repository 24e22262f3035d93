"""Indexes for the lookups that scanned the meeting table: whether a meeting is live or in
the trash (``deleted_at``: the meeting list, the trash, "already imported"), and the same
council, date and kind on import. On SQLite a scan of ``meeting`` reads every stored
source file, which lies before ``deleted_at`` in the row.

Every foreign key is the leading part of an index already (``node.parent_id`` since 0003,
``node.meeting_id`` by ``ix_node_meeting_first``, the others by their primary keys).

Revision ID: 0006
Revises: 0005
Create Date: 2027-02-03
"""

from __future__ import annotations

from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | tuple[str, ...] | None = None
depends_on: str | tuple[str, ...] | None = None


def upgrade() -> None:
    # CREATE INDEX needs no batch mode on SQLite: the tables stay as they are.
    op.create_index("ix_meeting_deleted_at", "meeting", ["deleted_at"])
    op.create_index("ix_meeting_body_date_kind", "meeting", ["body", "date", "kind", "deleted_at"])


def downgrade() -> None:
    op.drop_index("ix_meeting_body_date_kind", table_name="meeting")
    op.drop_index("ix_meeting_deleted_at", table_name="meeting")
