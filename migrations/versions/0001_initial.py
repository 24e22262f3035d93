"""The archive as first shipped: meetings, lines, nodes, attachments, decision tags.

Revision ID: 0001
Revises:
Create Date: 2026-11-23
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | tuple[str, ...] | None = None
depends_on: str | tuple[str, ...] | None = None


def upgrade() -> None:
    op.create_table(
        "meeting",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("body", sa.String(64), nullable=False),
        sa.Column("date", sa.Date(), nullable=True),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("source_name", sa.String(255), nullable=False),
        sa.Column("source_sha256", sa.String(64), nullable=False),
        sa.Column("source_bytes", sa.LargeBinary(), nullable=False),
        sa.Column("pages", sa.Integer(), nullable=False),
        sa.Column("participants", sa.JSON(), nullable=False),
        sa.Column("absent", sa.JSON(), nullable=False),
        sa.Column("imported_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("page_starts", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_meeting"),
        sa.UniqueConstraint("source_sha256", name="uq_meeting_source_sha256"),
        sqlite_autoincrement=True,  # ids are never reused: the audit trail names them
    )
    op.create_table(
        "line",
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("page", sa.Integer(), nullable=False),
        sa.Column("x0", sa.Float(), nullable=True),
        sa.Column("y0", sa.Float(), nullable=True),
        sa.Column("x1", sa.Float(), nullable=True),
        sa.Column("y1", sa.Float(), nullable=True),
        sa.Column("size", sa.Float(), nullable=True),
        sa.Column("bold", sa.Boolean(), nullable=True),
        sa.Column("gap_before", sa.Boolean(), nullable=False),
        sa.Column("joined", sa.Boolean(), nullable=False),
        sa.Column("furniture", sa.Boolean(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("corrected", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("meeting_id", "seq", name="pk_line"),
        sa.ForeignKeyConstraint(
            ["meeting_id"], ["meeting.id"],
            name="fk_line_meeting_id_meeting", ondelete="CASCADE",
        ),
        sqlite_with_rowid=False,  # one B-tree keyed by (meeting, seq)
    )
    op.create_table(
        "node",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(8), nullable=False),
        sa.Column("parent_id", sa.Integer(), nullable=True),
        sa.Column("first_line", sa.Integer(), nullable=False),
        sa.Column("last_line", sa.Integer(), nullable=False),
        sa.Column("number", sa.String(16), nullable=True),
        sa.Column("title", sa.Text(), nullable=True),
        sa.Column("heading", sa.String(64), nullable=True),
        sa.Column("case_number", sa.String(32), nullable=True),
        sa.Column("case_handlers", sa.JSON(), nullable=False),
        sa.Column("review_status", sa.String(10), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("text", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_node"),
        sa.ForeignKeyConstraint(
            ["meeting_id"], ["meeting.id"],
            name="fk_node_meeting_id_meeting", ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["parent_id"], ["node.id"],
            name="fk_node_parent_id_node", ondelete="CASCADE",
        ),
        sqlite_autoincrement=True,
    )
    op.create_index("ix_node_meeting_first", "node", ["meeting_id", "first_line"])
    op.create_table(
        "attachment",
        sa.Column("node_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("node_id", "position", name="pk_attachment"),
        sa.ForeignKeyConstraint(
            ["node_id"], ["node.id"],
            name="fk_attachment_node_id_node", ondelete="CASCADE",
        ),
    )
    op.create_table(
        "item_record",
        sa.Column("node_id", sa.Integer(), nullable=False),
        sa.Column("json", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("node_id", name="pk_item_record"),
        sa.ForeignKeyConstraint(
            ["node_id"], ["node.id"],
            name="fk_item_record_node_id_node", ondelete="CASCADE",
        ),
    )
    op.create_table(
        "decision_tag",
        sa.Column("node_id", sa.Integer(), nullable=False),
        sa.Column("tag", sa.String(16), nullable=False),
        sa.Column("origin", sa.String(10), nullable=False),
        sa.PrimaryKeyConstraint("node_id", "tag", name="pk_decision_tag"),
        sa.ForeignKeyConstraint(
            ["node_id"], ["node.id"],
            name="fk_decision_tag_node_id_node", ondelete="CASCADE",
        ),
    )


def downgrade() -> None:
    op.drop_table("decision_tag")
    op.drop_table("item_record")
    op.drop_table("attachment")
    op.drop_index("ix_node_meeting_first", table_name="node")
    op.drop_table("node")
    op.drop_table("line")
    op.drop_table("meeting")
