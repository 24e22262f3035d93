"""Property: random operation sequences, then their inverses in reverse order, give back
exactly the original archive; refused operations change nothing."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kkr_desk.domain import edits
from kkr_desk.domain.document import Document, NodeKind
from kkr_desk.domain.tags import TAGS
from kkr_desk.parse import parse_bytes
from kkr_desk.store import convert
from kkr_desk.store.archive import Archive
from kkr_desk.store.db import Database
from tests.unit.store.conftest import SAMPLE_PDF, dump

KINDS = [k.value for k in (NodeKind.SECTION, NodeKind.ITEM, NodeKind.PART)]


def operation(doc: Document) -> st.SearchStrategy[edits.Operation]:
    nodes = [n.id for n in doc.walk() if n.kind is not NodeKind.FRONT]
    items = [n.id for n in doc.items()] or nodes
    node = st.sampled_from(nodes)
    line = st.integers(0, len(doc.lines) - 1)
    return st.one_of(
        st.builds(edits.Split, node, line),
        st.builds(edits.Merge, node),
        st.builds(edits.MoveStart, node, line),
        st.builds(edits.MakeHeading, line, st.sampled_from(KINDS)),
        st.builds(edits.ChangeLevel, node, st.sampled_from(KINDS)),
        st.builds(
            edits.SetFields,
            node,
            st.fixed_dictionaries(
                {},
                optional={
                    "title": st.text(max_size=12),
                    "number": st.sampled_from(["1", "2.3", None]),
                },
            ),
        ),
        st.builds(edits.CorrectLine, line, st.one_of(st.none(), st.text(max_size=20))),
        st.builds(
            edits.SetTags,
            st.sampled_from(items),
            st.lists(st.sampled_from(TAGS), unique=True).map(tuple),
        ),
        st.builds(edits.ConfirmTags, st.sampled_from(items)),
        st.builds(
            edits.SetReview,
            st.sampled_from(items),
            st.sampled_from(["unreviewed", "reviewed", "flagged"]),
        ),
        st.builds(edits.SetNote, st.sampled_from(items), st.one_of(st.none(), st.text(max_size=9))),
    )


def assert_derived_is_fresh(db: Database, archive: Archive, meeting: int) -> None:
    """The stored part texts and attachments equal a derivation from scratch."""
    derived = convert.derive(archive.load(meeting))
    with db.session() as session:
        stored = convert.load(session, meeting)
    assert stored.texts == derived.texts
    assert stored.attachments == derived.attachments
    assert stored.records == derived.records


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_operations_then_inverses_restore_the_archive(data: st.DataObject) -> None:
    db = Database.open("sqlite://")
    try:
        archive = Archive(db, user="property")
        meeting = archive.import_document(parse_bytes(SAMPLE_PDF, "s.pdf"), SAMPLE_PDF)
        original = dump(db)
        undo: list[edits.Operation] = []
        for _ in range(data.draw(st.integers(1, 8), label="steps")):
            op = data.draw(operation(archive.load(meeting)), label="op")
            before = dump(db)
            try:
                undo.append(archive.apply(meeting, op))
            except edits.EditError:
                assert dump(db) == before
            assert_derived_is_fresh(db, archive, meeting)
        for inverse in reversed(undo):
            archive.apply(meeting, inverse)
        assert dump(db) == original
        assert len(archive.edits(meeting)) == 2 * len(undo)
    finally:
        db.close()
