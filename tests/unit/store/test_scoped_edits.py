"""An edit's scope (``domain.scope``) holds everything the edit changes: random operation
sequences, each applied twice — snapshotting, checking and giving ids to new nodes over the
whole document, and over the operation's scope only — must change the document alike and
report the same change (the patch the archive writes and audits), and refuse alike. The
inverse of every change goes both ways too."""

from __future__ import annotations

import copy
import itertools
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kkr_desk.domain.document import Document, InvariantError, Node, check_invariants
from kkr_desk.domain.edits import ChangeLevel, EditError, Merge, Operation, SetReview, Split
from kkr_desk.domain.scope import Scope, scope_of
from kkr_desk.domain.tree import with_parents
from kkr_desk.parse import parse_bytes, parse_file
from kkr_desk.store import states
from kkr_desk.store.archive import _diff
from kkr_desk.store.patch import Patch
from tests.unit.store.conftest import SAMPLE_PDF
from tests.unit.store.test_properties import operation

Outcome = tuple[str, Patch | None]


def _stored(doc: Document) -> Document:
    """The document as if stored: every node has an id."""
    for number, node in enumerate(doc.walk(), start=1):
        node.id = number
    return doc


SAMPLE = _stored(parse_bytes(SAMPLE_PDF, "sample.pdf"))


def _give_ids(pairs: list[tuple[Node, Node | None]], ids: itertools.count[int]) -> None:
    for node, _ in pairs:
        if node.id is None:
            node.id = next(ids)


def _apply(doc: Document, op: Operation, scoped: bool, first_id: int) -> Outcome:
    """Apply ``op`` as the archive does; the change it makes, or why it was refused."""
    scope: Scope | None = scope_of(op, doc) if scoped else None
    nodes_before, lines_before = states.snapshot(doc, scope)
    try:
        if isinstance(op, Patch) and not scoped:
            op.apply(doc, whole=True)  # rebuilding every top-level node, not ``tops``
        else:
            op.apply(doc)
        if scope is None:
            check_invariants(doc)
        else:
            scope.check(doc)
    except (EditError, InvariantError) as exc:
        return type(exc).__name__, None
    ids = itertools.count(first_id)
    _give_ids(with_parents(doc) if scope is None else list(scope.nodes(doc)), ids)
    nodes_after, lines_after = states.snapshot(doc, scope)
    return "ok", _diff(nodes_before, nodes_after, lines_before, lines_after)


def _both(doc: Document, op: Operation, first_id: int) -> tuple[Document, Outcome]:
    whole, scoped = copy.deepcopy(doc), copy.deepcopy(doc)
    expected = _apply(whole, op, False, first_id)
    got = _apply(scoped, op, True, first_id)
    assert got == expected, op
    if expected[0] == "ok":
        assert scoped == whole, op  # the same tree, the same ids, the same corrections
    return whole, expected


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.data())
def test_every_operation_changes_only_its_scope(data: st.DataObject) -> None:
    doc = copy.deepcopy(SAMPLE)
    first_id = 10_000
    for _ in range(data.draw(st.integers(1, 8))):
        op = data.draw(operation(doc))
        changed, (result, patch) = _both(doc, op, first_id)
        first_id += 100
        if result != "ok" or patch is None:
            continue
        doc = changed
        if data.draw(st.booleans()):  # its undo, both ways too
            doc, (undone, _) = _both(doc, patch.inverse(), first_id)
            assert undone == "ok"


def test_a_field_change_and_its_undo_stay_inside_the_item() -> None:
    """A review toggle's scope is its item alone; its undo is applied in place, keeping
    every node object (no rebuilt tree)."""
    doc = copy.deepcopy(SAMPLE)
    item = next(doc.items())
    assert item.id is not None
    assert item.review == "unreviewed"
    toggle = SetReview(item.id, "reviewed")
    scope = scope_of(toggle, doc)
    assert scope is not None
    assert [n.id for n, _ in scope.nodes(doc)] == [n.id for n in item.walk()]
    result, patch = _apply(doc, toggle, True, 1)
    assert result == "ok"
    assert patch is not None
    assert set(patch.nodes) == {item.id}
    objects = [id(n) for n in doc.walk()]
    undo = patch.inverse()
    assert undo.in_place()
    assert undo.scope(doc) is not None
    undo.apply(doc)
    assert item.review == "unreviewed"
    assert [id(n) for n in doc.walk()] == objects


def _structural(doc: Document) -> list[Operation]:
    """Edits that make, delete or move nodes, at every level: an item split and merged
    back, a section cut at an item and one joined to the section before, a part made an
    item."""
    sections = [s for s in doc.sections if len(s.children) >= 2]
    item = sections[1].children[1]
    part = next(i for i in doc.items() if len(i.children) >= 2).children[1]
    assert item.id is not None
    assert part.id is not None
    joining = doc.sections[2]
    assert joining.id is not None
    return [
        Split(item.id, item.first + 1),
        Merge(item.id),
        ChangeLevel(item.id, "section"),
        ChangeLevel(joining.id, "item"),
        ChangeLevel(part.id, "item"),
    ]


def test_the_undo_of_a_structural_edit_rebuilds_only_the_sections_it_touched(
    corpus_dir: Path,
) -> None:
    """Undoing a split, merge or change of level rebuilds the top-level nodes the undo
    touches (one or two), not the whole tree, and ends as the whole rebuild would; the
    other top-level nodes stay the same objects."""
    minutes = _stored(parse_file(corpus_dir / "kkr-nordjylland-2022-11-18-referat.pdf"))
    assert len(minutes.nodes) > 5
    for op in _structural(minutes):
        doc = copy.deepcopy(minutes)
        changed, (result, patch) = _both(doc, op, 10_000)
        assert result == "ok", op
        assert patch is not None
        undo = patch.inverse()
        assert not undo.in_place()
        undone, (result, _) = _both(changed, undo, 20_000)  # scoped as whole
        assert result == "ok", op
        assert undone == minutes, op  # the undo restores the document exactly
        scope = undo.scope(changed)
        assert scope is not None, op
        [window] = scope.windows
        assert window.parent is None
        assert window.stop - window.start <= 2, op
        outside = changed.nodes[: window.start] + changed.nodes[window.stop :]
        assert _apply(changed, undo, True, 20_000)[0] == "ok"
        assert all(any(n is top for top in changed.nodes) for n in outside), op
