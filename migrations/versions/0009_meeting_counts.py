"""An index the meeting list's counts read alone: ``node(meeting_id, kind, review_status)``.

``Archive.meetings()`` counts every meeting's items and reviewed items when the window
opens and after imports; without this index SQLite reads the node table itself (37 ms at
1,000 meetings), with it the smaller index only (8 ms).

Revision ID: 0009
Revises: 0008
Create Date: 2027-02-17
"""

from __future__ import annotations

from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | tuple[str, ...] | None = None
depends_on: str | tuple[str, ...] | None = None


def upgrade() -> None:
    op.create_index("ix_node_meeting_kind_review", "node", ["meeting_id", "kind", "review_status"])


def downgrade() -> None:
    op.drop_index("ix_node_meeting_kind_review", table_name="node")
