"""SQLAlchemy 2 typed models of the meeting archive.

A meeting keeps its source file's bytes (in ``meeting_source``), its line stream and its
node ranges. Node text
(``node.text`` of parts) and ``attachment`` rows are derived from the lines — corrections
included — and refreshed in the same transaction as every edit, so exports read them
directly instead of assembling text from a million lines.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    false,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class MeetingRow(Base):
    __tablename__ = "meeting"
    __table_args__ = (
        # Live or in the trash, and the same meeting on import (migration 0006): without
        # them SQLite reads every stored file, which lies before ``deleted_at`` in the row.
        Index("ix_meeting_deleted_at", "deleted_at"),
        Index("ix_meeting_body_date_kind", "body", "date", "kind", "deleted_at"),
        {"sqlite_autoincrement": True},  # ids never reused: edits name them
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    body: Mapped[str] = mapped_column(String(64))
    date: Mapped[dt.date | None] = mapped_column(Date)
    kind: Mapped[str] = mapped_column(String(16))
    source_name: Mapped[str] = mapped_column(String(255))
    # Not unique: an earlier version of a meeting (kept after a re-import) may have the
    # same file; "already imported" is checked among the live meetings.
    source_sha256: Mapped[str] = mapped_column(String(64), index=True)
    pages: Mapped[int] = mapped_column(Integer)
    participants: Mapped[list[str]] = mapped_column(JSON, default=list)
    absent: Mapped[list[str]] = mapped_column(JSON, default=list)
    imported_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    # [page, first line] for every page with lines: lines never change, so neither does
    # this; exports find a line's page here instead of joining the line table.
    page_starts: Mapped[list[list[int]]] = mapped_column(JSON)
    # Counts the changes of the meeting's content: every audited edit adds one. Writers
    # lock the row first, so an edit always sees (and bumps) the newest revision.
    revision: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    # Damage the clerk accepted on import: [{"page": n | null, "message": "..."}].
    anomalies: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list, server_default="[]")
    # In the trash since (None: a live meeting), and by whom.
    deleted_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))
    deleted_by: Mapped[str | None] = mapped_column(String(64))
    # An earlier version of meeting ``replaced_by``, kept when it was re-imported (in the
    # trash, so emptying the trash removes it).
    replaced_by: Mapped[int | None] = mapped_column(Integer)


class LineRow(Base):
    __tablename__ = "line"
    # One B-tree keyed by (meeting, seq), the order lines are written and read in.
    __table_args__ = ({"sqlite_with_rowid": False},)

    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("meeting.id", ondelete="CASCADE"), primary_key=True
    )
    seq: Mapped[int] = mapped_column(Integer, primary_key=True)
    page: Mapped[int] = mapped_column(Integer)
    x0: Mapped[float | None] = mapped_column(Float)
    y0: Mapped[float | None] = mapped_column(Float)
    x1: Mapped[float | None] = mapped_column(Float)
    y1: Mapped[float | None] = mapped_column(Float)
    size: Mapped[float | None] = mapped_column(Float)
    bold: Mapped[bool | None] = mapped_column(Boolean)
    gap_before: Mapped[bool] = mapped_column(Boolean, default=False)
    joined: Mapped[bool] = mapped_column(Boolean, default=False)
    furniture: Mapped[bool] = mapped_column(Boolean, default=False)
    text: Mapped[str] = mapped_column(Text)
    corrected: Mapped[str | None] = mapped_column(Text)


class NodeRow(Base):
    __tablename__ = "node"
    __table_args__ = (
        Index("ix_node_meeting_first", "meeting_id", "first_line"),
        Index("ix_node_parent_id", "parent_id"),  # cascades and updates look children up
        # The meeting list's item and review counts read this index alone (migration 0009)
        Index("ix_node_meeting_kind_review", "meeting_id", "kind", "review_status"),
        {"sqlite_autoincrement": True},
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(8))  # front | section | item | part
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("node.id", ondelete="CASCADE"))
    first_line: Mapped[int] = mapped_column(Integer)
    last_line: Mapped[int] = mapped_column(Integer)
    number: Mapped[str | None] = mapped_column(String(16))
    title: Mapped[str | None] = mapped_column(Text)
    heading: Mapped[str | None] = mapped_column(String(64))
    case_number: Mapped[str | None] = mapped_column(String(32))
    case_handlers: Mapped[list[str]] = mapped_column(JSON, default=list)
    review_status: Mapped[str] = mapped_column(String(10), default="unreviewed")
    # For follow-up, whatever the review status (migration 0005: the table's last column).
    flagged: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    note: Mapped[str | None] = mapped_column(Text)
    text: Mapped[str | None] = mapped_column(Text)  # derived: a part's text


class AttachmentRow(Base):
    """Derived from the ``./.`` lines of an item's parts; refreshed with every edit."""

    __tablename__ = "attachment"

    node_id: Mapped[int] = mapped_column(
        ForeignKey("node.id", ondelete="CASCADE"), primary_key=True
    )
    position: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(Text)


class SourceRow(Base):
    """A meeting's source file (migration 0008: out of the ``meeting`` row, which every
    edit updates; SQLite writes a row whole, so an edit of a 1,000-page meeting rewrote
    its 3 MB file, and a read of a column after it walked the file's pages)."""

    __tablename__ = "meeting_source"

    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("meeting.id", ondelete="CASCADE"), primary_key=True
    )
    data: Mapped[bytes] = mapped_column(LargeBinary)


class ItemRecordRow(Base):
    """Derived: an item's export record encoded as JSON, which the JSON export splices in
    as it is; refreshed with every edit. Its own table keeps ``node`` compact for reads."""

    __tablename__ = "item_record"

    node_id: Mapped[int] = mapped_column(
        ForeignKey("node.id", ondelete="CASCADE"), primary_key=True
    )
    json: Mapped[str] = mapped_column(Text)
    # The item's CSV cells with the export's default options (kkr_desk.domain.csv_row) as
    # UTF-8, which the CSV export writes as they are; None: it reads the JSON record (0007).
    csv: Mapped[bytes | None] = mapped_column(LargeBinary)


class DecisionTagRow(Base):
    __tablename__ = "decision_tag"

    node_id: Mapped[int] = mapped_column(
        ForeignKey("node.id", ondelete="CASCADE"), primary_key=True
    )
    tag: Mapped[str] = mapped_column(String(16), primary_key=True)
    origin: Mapped[str] = mapped_column(String(10))  # suggested | confirmed


class EditRow(Base):
    """The audit trail: one row per change of a meeting.

    ``meeting_id`` has no foreign key on purpose: nothing, not even emptying the trash,
    deletes a meeting's history with it (meeting ids are never reused)."""

    __tablename__ = "edit"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    meeting_id: Mapped[int] = mapped_column(Integer, index=True)
    # The meeting's revision this edit made (None for edits that change no content).
    revision: Mapped[int | None] = mapped_column(Integer)
    at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    user: Mapped[str] = mapped_column(String(64))
    operation: Mapped[dict[str, Any]] = mapped_column(JSON)
    before: Mapped[dict[str, Any]] = mapped_column(JSON)
    after: Mapped[dict[str, Any]] = mapped_column(JSON)


def outside_models(name: str | None, type_: str, parent_names: object) -> bool:
    """Alembic's ``include_name``: the search index (``search_entry*``, migration 0004)
    is made by hand, not by these models, and autogenerate leaves it alone."""
    return not (type_ == "table" and (name or "").startswith("search_entry"))
