"""The tree model follows an edit row by row (``DocumentTreeModel.sync``): after random
operations on the document it shows, its rows are those of a model built afresh, every
node whose cells changed was announced, and qtmodeltester sees every signal go by."""

from __future__ import annotations

import copy
import itertools
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QModelIndex, QPersistentModelIndex

from kkr_desk.domain.document import Document, InvariantError, check_invariants
from kkr_desk.domain.edits import EditError, SetReview
from kkr_desk.domain.tree import with_parents
from kkr_desk.ui.tree_model import NODE_ROLE, DocumentTreeModel, ReviewFilter
from tests.unit.store.test_properties import operation
from tests.unit.store.test_scoped_edits import SAMPLE

pytestmark = pytest.mark.gui


def _rows(model: DocumentTreeModel, parent: QModelIndex | None = None) -> list[Any]:
    """Every row as (node object, its four cells, its rows)."""
    parent = parent or QModelIndex()
    out = []
    for row in range(model.rowCount(parent)):
        index = model.index(row, 0, parent)
        cells = tuple(model.data(model.index(row, c, parent)) for c in range(4))
        out.append((id(model.data(index, NODE_ROLE)), cells, _rows(model, index)))
    return out


def _cells(model: DocumentTreeModel, doc: Document) -> dict[int, tuple[Any, ...]]:
    out = {}
    for node in doc.walk():
        index = model.index_of(node)
        if index.isValid():
            out[id(node)] = tuple(model.data(index.siblingAtColumn(c)) for c in range(4))
    return out


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.data())
def test_sync_follows_every_edit(qtmodeltester, data: st.DataObject) -> None:
    doc = copy.deepcopy(SAMPLE)
    model = DocumentTreeModel(doc)
    proxy = ReviewFilter()
    proxy.setSourceModel(model)
    proxy.set_mode(data.draw(st.sampled_from(ReviewFilter.MODES)))
    qtmodeltester.check(model, force_py=True)
    announced: set[int] = set()
    model.dataChanged.connect(lambda top, _bottom: announced.add(id(model.node(top))))
    ids = itertools.count(10_000)
    for _ in range(data.draw(st.integers(1, 6))):
        op = data.draw(operation(doc))
        before = copy.deepcopy(doc)
        cells = _cells(model, doc)  # as shown before the edit
        try:
            op.apply(doc)
            check_invariants(doc)
        except (EditError, InvariantError):
            doc = before  # as the archive does: a refused edit leaves nothing behind
            model.set_document(doc)
            continue
        for node, _ in with_parents(doc):
            if node.id is None:
                node.id = next(ids)
        announced.clear()
        model.sync(doc, {n.id for n in doc.walk() if n.id is not None})
        assert _rows(model) == _rows(DocumentTreeModel(doc)), op
        now = _cells(model, doc)
        changed = {k for k, v in now.items() if k in cells and cells[k] != v}
        assert changed <= announced, op


def test_an_untouched_row_keeps_its_persistent_index(doc_with_ids: Document) -> None:
    """A review toggle changes one cell: the rows stay, a persistent index on another
    item still points to its item."""
    doc = doc_with_ids
    model = DocumentTreeModel(doc)
    items = list(doc.items())
    other = QPersistentModelIndex(model.index_of(items[-1]))
    moved: list[Any] = []
    model.rowsRemoved.connect(lambda *a: moved.append(a))
    model.rowsInserted.connect(lambda *a: moved.append(a))
    assert items[0].id is not None
    SetReview(items[0].id, "reviewed").apply(doc)
    model.sync(doc, {items[0].id})
    assert moved == []
    assert model.node(QModelIndex(other)) is items[-1]
    assert model.data(model.index_of(items[0], 2)) == "reviewed"


@pytest.fixture
def doc_with_ids() -> Document:
    return copy.deepcopy(SAMPLE)
