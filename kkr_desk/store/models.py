"""SQLAlchemy 2 typed models of the meeting archive.

A meeting keeps its source file's bytes (in ``meeting_source``), its line stream and its
node ranges. Node text
(``node.text`` of parts) and ``attachment`` rows are derived from the lines — corrections
included — and refreshed in the same transaction as every edit, so exports read them
directly instead of assembling text from a million lines.

The tables are declared in Core (``Table``) and each model maps its table; the models'
annotations are for the type checker only (issue 13: start-up). Declared with
``mapped_column`` and ``Mapped[...]`` at run time, SQLAlchemy evaluated every annotation
and copied every column on import: this module took half as long again. A column is
NOT NULL unless it says ``nullable=True`` (as an annotation's ``| None`` said before).
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any, ClassVar

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    false,
)
from sqlalchemy.orm import DeclarativeBase
from sqlalchemy.sql import FromClause

if TYPE_CHECKING:
    from sqlalchemy.orm import Mapped

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


def _column(name: str, *args: Any, nullable: bool = False, **kwargs: Any) -> Column[Any]:
    return Column(name, *args, nullable=nullable, **kwargs)


def _cascade(target: str) -> ForeignKey:
    return ForeignKey(target, ondelete="CASCADE")


MEETING = Table(
    "meeting",
    Base.metadata,
    _column("id", Integer, primary_key=True),
    _column("body", String(64)),
    _column("date", Date, nullable=True),
    _column("kind", String(16)),
    _column("source_name", String(255)),
    # Not unique: an earlier version of a meeting (kept after a re-import) may have the
    # same file; "already imported" is checked among the live meetings.
    _column("source_sha256", String(64), index=True),
    _column("pages", Integer),
    _column("participants", JSON, default=list),
    _column("absent", JSON, default=list),
    _column("imported_at", DateTime(timezone=True)),
    # [page, first line] for every page with lines: lines never change, so neither does
    # this; exports find a line's page here instead of joining the line table.
    _column("page_starts", JSON),
    # Counts the changes of the meeting's content: every audited edit adds one. Writers
    # lock the row first, so an edit always sees (and bumps) the newest revision.
    _column("revision", Integer, default=0, server_default="0"),
    # Damage the clerk accepted on import: [{"page": n | null, "message": "..."}].
    _column("anomalies", JSON, default=list, server_default="[]"),
    # In the trash since (None: a live meeting), and by whom.
    _column("deleted_at", DateTime(timezone=True), nullable=True),
    _column("deleted_by", String(64), nullable=True),
    # An earlier version of meeting ``replaced_by``, kept when it was re-imported (in the
    # trash, so emptying the trash removes it).
    _column("replaced_by", Integer, nullable=True),
    # Live or in the trash, and the same meeting on import (migration 0006): without
    # them SQLite reads every stored file, which lies before ``deleted_at`` in the row.
    Index("ix_meeting_deleted_at", "deleted_at"),
    Index("ix_meeting_body_date_kind", "body", "date", "kind", "deleted_at"),
    sqlite_autoincrement=True,  # ids never reused: edits name them
)

LINE = Table(
    "line",
    Base.metadata,
    _column("meeting_id", Integer, _cascade("meeting.id"), primary_key=True),
    _column("seq", Integer, primary_key=True),
    _column("page", Integer),
    _column("x0", Float, nullable=True),
    _column("y0", Float, nullable=True),
    _column("x1", Float, nullable=True),
    _column("y1", Float, nullable=True),
    _column("size", Float, nullable=True),
    _column("bold", Boolean, nullable=True),
    _column("gap_before", Boolean, default=False),
    _column("joined", Boolean, default=False),
    _column("furniture", Boolean, default=False),
    _column("text", Text),
    _column("corrected", Text, nullable=True),
    # One B-tree keyed by (meeting, seq), the order lines are written and read in.
    sqlite_with_rowid=False,
)

NODE = Table(
    "node",
    Base.metadata,
    _column("id", Integer, primary_key=True),
    _column("meeting_id", Integer, _cascade("meeting.id")),
    _column("kind", String(8)),  # front | section | item | part
    _column("parent_id", Integer, _cascade("node.id"), nullable=True),
    _column("first_line", Integer),
    _column("last_line", Integer),
    _column("number", String(16), nullable=True),
    _column("title", Text, nullable=True),
    _column("heading", String(64), nullable=True),
    _column("case_number", String(32), nullable=True),
    _column("case_handlers", JSON, default=list),
    _column("review_status", String(10), default="unreviewed"),
    # For follow-up, whatever the review status (migration 0005: the table's last column).
    _column("flagged", Boolean, default=False, server_default=false()),
    _column("note", Text, nullable=True),
    _column("text", Text, nullable=True),  # derived: a part's text
    Index("ix_node_meeting_first", "meeting_id", "first_line"),
    Index("ix_node_parent_id", "parent_id"),  # cascades and updates look children up
    # The meeting list's item and review counts read this index alone (migration 0009)
    Index("ix_node_meeting_kind_review", "meeting_id", "kind", "review_status"),
    sqlite_autoincrement=True,
)

# Derived from the ``./.`` lines of an item's parts; refreshed with every edit.
ATTACHMENT = Table(
    "attachment",
    Base.metadata,
    _column("node_id", Integer, _cascade("node.id"), primary_key=True),
    _column("position", Integer, primary_key=True),
    _column("name", Text),
)

# A meeting's source file (migration 0008: out of the ``meeting`` row, which every edit
# updates; SQLite writes a row whole, so an edit of a 1,000-page meeting rewrote its 3 MB
# file, and a read of a column after it walked the file's pages).
SOURCE = Table(
    "meeting_source",
    Base.metadata,
    _column("meeting_id", Integer, _cascade("meeting.id"), primary_key=True),
    _column("data", LargeBinary),
)

# Derived: an item's export record encoded as JSON, which the JSON export splices in as
# it is; refreshed with every edit. Its own table keeps ``node`` compact for reads.
ITEM_RECORD = Table(
    "item_record",
    Base.metadata,
    _column("node_id", Integer, _cascade("node.id"), primary_key=True),
    _column("json", Text),
    # The item's CSV cells with the export's default options (kkr_desk.domain.csv_row) as
    # UTF-8, which the CSV export writes as they are; None: it reads the JSON record (0007).
    _column("csv", LargeBinary, nullable=True),
)

DECISION_TAG = Table(
    "decision_tag",
    Base.metadata,
    _column("node_id", Integer, _cascade("node.id"), primary_key=True),
    _column("tag", String(16), primary_key=True),
    _column("origin", String(10)),  # suggested | confirmed
)

# The audit trail: one row per change of a meeting. ``meeting_id`` has no foreign key on
# purpose: nothing, not even emptying the trash, deletes a meeting's history with it
# (meeting ids are never reused).
EDIT = Table(
    "edit",
    Base.metadata,
    _column("id", Integer, primary_key=True),
    _column("meeting_id", Integer, index=True),
    # The meeting's revision this edit made (None for edits that change no content).
    _column("revision", Integer, nullable=True),
    _column("at", DateTime(timezone=True)),
    _column("user", String(64)),
    _column("operation", JSON),
    _column("before", JSON),
    _column("after", JSON),
)


class MeetingRow(Base):
    __table__: ClassVar[FromClause] = MEETING
    if TYPE_CHECKING:
        id: Mapped[int]
        body: Mapped[str]
        date: Mapped[dt.date | None]
        kind: Mapped[str]
        source_name: Mapped[str]
        source_sha256: Mapped[str]
        pages: Mapped[int]
        participants: Mapped[list[str]]
        absent: Mapped[list[str]]
        imported_at: Mapped[dt.datetime]
        page_starts: Mapped[list[list[int]]]
        revision: Mapped[int]
        anomalies: Mapped[list[dict[str, Any]]]
        deleted_at: Mapped[dt.datetime | None]
        deleted_by: Mapped[str | None]
        replaced_by: Mapped[int | None]


class LineRow(Base):
    __table__: ClassVar[FromClause] = LINE
    if TYPE_CHECKING:
        meeting_id: Mapped[int]
        seq: Mapped[int]
        page: Mapped[int]
        x0: Mapped[float | None]
        y0: Mapped[float | None]
        x1: Mapped[float | None]
        y1: Mapped[float | None]
        size: Mapped[float | None]
        bold: Mapped[bool | None]
        gap_before: Mapped[bool]
        joined: Mapped[bool]
        furniture: Mapped[bool]
        text: Mapped[str]
        corrected: Mapped[str | None]


class NodeRow(Base):
    __table__: ClassVar[FromClause] = NODE
    if TYPE_CHECKING:
        id: Mapped[int]
        meeting_id: Mapped[int]
        kind: Mapped[str]
        parent_id: Mapped[int | None]
        first_line: Mapped[int]
        last_line: Mapped[int]
        number: Mapped[str | None]
        title: Mapped[str | None]
        heading: Mapped[str | None]
        case_number: Mapped[str | None]
        case_handlers: Mapped[list[str]]
        review_status: Mapped[str]
        flagged: Mapped[bool]
        note: Mapped[str | None]
        text: Mapped[str | None]


class AttachmentRow(Base):
    __table__: ClassVar[FromClause] = ATTACHMENT
    if TYPE_CHECKING:
        node_id: Mapped[int]
        position: Mapped[int]
        name: Mapped[str]


class SourceRow(Base):
    __table__: ClassVar[FromClause] = SOURCE
    if TYPE_CHECKING:
        meeting_id: Mapped[int]
        data: Mapped[bytes]


class ItemRecordRow(Base):
    __table__: ClassVar[FromClause] = ITEM_RECORD
    if TYPE_CHECKING:
        node_id: Mapped[int]
        json: Mapped[str]
        csv: Mapped[bytes | None]


class DecisionTagRow(Base):
    __table__: ClassVar[FromClause] = DECISION_TAG
    if TYPE_CHECKING:
        node_id: Mapped[int]
        tag: Mapped[str]
        origin: Mapped[str]


class EditRow(Base):
    __table__: ClassVar[FromClause] = EDIT
    if TYPE_CHECKING:
        id: Mapped[int]
        meeting_id: Mapped[int]
        revision: Mapped[int | None]
        at: Mapped[dt.datetime]
        user: Mapped[str]
        operation: Mapped[dict[str, Any]]
        before: Mapped[dict[str, Any]]
        after: Mapped[dict[str, Any]]


def outside_models(name: str | None, type_: str, parent_names: object) -> bool:
    """Alembic's ``include_name``: the search index (``search_entry*``, migration 0004)
    is made by hand, not by these models, and autogenerate leaves it alone."""
    return not (type_ == "table" and (name or "").startswith("search_entry"))
