"""Property: random operation sequences, then their inverses in reverse order, give back
exactly the original archive; refused operations change nothing."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kkr_desk.domain import edits
from kkr_desk.domain.document import Document, NodeKind
from kkr_desk.domain.flag import SetFlag
from kkr_desk.domain.tags import TAGS
from kkr_desk.parse import parse_bytes
from kkr_desk.store import convert
from kkr_desk.store.archive import Archive
from kkr_desk.store.db import Database
from tests.conftest import BACKENDS
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
            st.sampled_from(["unreviewed", "reviewed"]),
        ),
        st.builds(SetFlag, st.sampled_from(items), st.booleans()),
        st.builds(edits.SetNote, st.sampled_from(items), st.one_of(st.none(), st.text(max_size=9))),
    )


def assert_derived_is_fresh(db: Database, archive: Archive, meeting: int) -> None:
    """The stored part texts, attachments, records and findings equal a derivation from
    scratch."""
    derived = convert.derive(archive.load(meeting))
    with db.session() as session:
        stored = convert.load(session, meeting)
    assert stored.texts == derived.texts
    assert stored.attachments == derived.attachments
    assert stored.records == derived.records
    # the findings the edits kept up section by section (``FindingsMemo``) are what
    # finding them all afresh gives
    fresh = stored.doc
    fresh.findings_memo = None
    assert stored.findings == convert.findings_column(fresh)


# Every example gets a fresh archive; on PostgreSQL that is a new database (a tenth of a
# second) and each step a few round trips, so it runs fewer examples of the same property.
EXAMPLES = {"sqlite": 40, "postgresql": 15}


@contextmanager
def fresh_url(backend: str, request: pytest.FixtureRequest) -> Iterator[str]:
    """A fresh empty archive: SQLite in memory, or a new database on the suite's
    PostgreSQL server, dropped afterwards."""
    if backend == "sqlite":
        yield "sqlite://"
        return
    server = request.getfixturevalue("postgres_server")
    name = server.create_database()
    try:
        yield server.url(name)
    finally:
        server.drop_database(name)


@pytest.mark.parametrize("backend", BACKENDS)
def test_operations_then_inverses_restore_the_archive(
    backend: str, request: pytest.FixtureRequest
) -> None:
    @settings(
        max_examples=EXAMPLES[backend],
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow],
    )
    @given(st.data())
    def run(data: st.DataObject) -> None:
        with fresh_url(backend, request) as url:
            check_operations_then_inverses(url, data)

    run()


def check_operations_then_inverses(url: str, data: st.DataObject) -> None:
    db = Database.open(url)
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
