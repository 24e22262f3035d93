"""An import's rows: node ids as the database would give them one by one, and derived
values (part texts, records, attachments) equal to what an edit derives from the stored
meeting (they are derived once, before the nodes go in)."""

from __future__ import annotations

from sqlalchemy import select

from kkr_desk.domain.document import NodeKind
from kkr_desk.domain.tree import with_parents
from kkr_desk.parse import parse_bytes
from kkr_desk.store import convert, lifecycle
from kkr_desk.store.archive import Archive
from kkr_desk.store.models import AttachmentRow, ItemRecordRow, NodeRow
from tests.unit.store.conftest import SAMPLE_PDF


def _import(archive: Archive, copy: int) -> int:
    data = SAMPLE_PDF + f"\n%copy {copy}\n".encode()
    return archive.import_document(parse_bytes(data, "sample.pdf"), data, as_new=True)


def _node_ids(archive: Archive, meeting_id: int) -> list[int]:
    with archive.db.session() as session:
        return list(
            session.scalars(
                select(NodeRow.id).where(NodeRow.meeting_id == meeting_id).order_by(NodeRow.id)
            )
        )


def test_ids_run_on_parents_first_and_are_never_reused(archive: Archive) -> None:
    first = _import(archive, 1)
    ids = _node_ids(archive, first)
    doc = archive.load(first)
    # one run of ids, a tree level at a time: every parent before its children
    assert [n.id for n, _ in with_parents(doc)] == ids == list(range(ids[0], ids[0] + len(ids)))
    # the ids of a meeting purged for good are not given again (SQLite: AUTOINCREMENT)
    lifecycle.delete_meeting(archive, first)
    assert lifecycle.empty_trash(archive) == 1
    assert _node_ids(archive, first) == []
    second = _import(archive, 2)
    again = _node_ids(archive, second)
    assert again[0] > ids[-1]
    assert again == list(range(again[0], again[0] + len(ids)))
    third = _import(archive, 3)
    assert _node_ids(archive, third)[0] == again[-1] + 1


def test_what_an_import_stores_is_what_an_edit_would_derive(archive: Archive) -> None:
    meeting_id = _import(archive, 1)
    stored = archive.load(meeting_id)
    derived = convert.derive(stored)
    with archive.db.session() as session:
        texts = dict(
            session.execute(
                select(NodeRow.id, NodeRow.text).where(NodeRow.meeting_id == meeting_id)
            ).all()
        )
        records = dict(session.execute(select(ItemRecordRow.node_id, ItemRecordRow.json)).all())
        rows = dict(session.execute(select(ItemRecordRow.node_id, ItemRecordRow.csv)).all())
        attachments = session.execute(
            select(AttachmentRow.node_id, AttachmentRow.name).order_by(
                AttachmentRow.node_id, AttachmentRow.position
            )
        ).all()
    parts = {n.id for n in stored.walk() if n.kind is NodeKind.PART}
    assert parts
    assert set(derived.texts) == parts
    assert {k: v for k, v in texts.items() if v is not None} == derived.texts
    assert records == derived.records
    assert rows == derived.rows
    assert [tuple(r) for r in attachments] == [
        (k, name) for k, names in derived.attachments.items() for name in names
    ]
    assert any(derived.attachments.values())  # the sample names attachments
