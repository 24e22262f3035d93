"""The Qt models, each checked with qtmodeltester, and their shape."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QModelIndex, Qt

from kkr_desk.parse import parse_bytes
from kkr_desk.store.archive import MeetingSummary
from kkr_desk.ui.tree_model import DocumentTreeModel, MeetingListModel, ReviewFilter
from tests.helpers.kkrpdf import build_pdf, sample_pages

pytestmark = pytest.mark.gui


@pytest.fixture
def doc():
    document = parse_bytes(build_pdf(sample_pages()), "sample.pdf")
    items = list(document.items())
    items[0].review, items[1].flagged = "reviewed", True
    return document


def test_tree_model_passes_qtmodeltester(qtmodeltester, doc) -> None:
    qtmodeltester.check(DocumentTreeModel(doc), force_py=True)


def test_empty_tree_model(qtmodeltester) -> None:
    model = DocumentTreeModel(None)
    qtmodeltester.check(model, force_py=True)
    assert model.rowCount() == 0


def test_tree_shape_follows_the_document(doc) -> None:
    model = DocumentTreeModel(doc)
    assert model.rowCount() == 2
    second = model.index(1, 0)
    assert model.data(model.index(1, 1)) == "Sager til beslutning"
    assert model.rowCount(second) == 2
    item = model.index(0, 0, second)
    assert model.data(item) == "2.1"
    assert model.data(model.index(0, 2, second)) == "flagged"
    parts = [model.data(model.index(r, 1, item)) for r in range(model.rowCount(item))]
    assert parts == ["Indstilling", "Sagsfremstilling", "Beslutning"]
    assert model.data(model.index(0, 0, item)) is None
    assert model.parent(model.index(0, 0, item)) == item
    assert model.parent(second) == QModelIndex()


@pytest.mark.parametrize("mode", ReviewFilter.MODES)
def test_review_filter_passes_qtmodeltester(qtmodeltester, doc, mode: str) -> None:
    source = DocumentTreeModel(doc)
    proxy = ReviewFilter()
    proxy.setSourceModel(source)
    proxy.set_mode(mode)
    qtmodeltester.check(proxy, force_py=True)


def test_review_filter_keeps_matching_items_with_their_parts(doc) -> None:
    source = DocumentTreeModel(doc)
    proxy = ReviewFilter()
    proxy.setSourceModel(source)
    proxy.set_mode("flagged")
    assert proxy.rowCount() == 1  # only section 2 holds a flagged item
    section = proxy.index(0, 0)
    assert [proxy.index(r, 0, section).data() for r in range(proxy.rowCount(section))] == ["2.1"]
    assert proxy.rowCount(proxy.index(0, 0, section)) == 3
    proxy.set_mode("unreviewed")  # the flagged 2.1 is unreviewed too
    section = proxy.index(0, 0)
    assert [proxy.index(r, 0, section).data() for r in range(proxy.rowCount(section))] == [
        "2.1",
        "2.2",
    ]
    with pytest.raises(ValueError, match="later"):
        proxy.set_mode("later")


def test_meeting_list_model(qtmodeltester) -> None:
    model = MeetingListModel()
    rows = [
        MeetingSummary(3, "KKR Syddanmark", dt.date(2024, 3, 5), "referat", "a.pdf", 3, 1),
        MeetingSummary(7, "KKR Midtjylland", None, "dagsorden", "b.txt", 9, 0),
    ]
    model.set_meetings(rows)
    qtmodeltester.check(model, force_py=True)
    assert model.rowCount() == 2
    assert model.data(model.index(0)) == "5 March 2024  minutes\nKKR Syddanmark · 1/3"
    assert model.data(model.index(1), Qt.ItemDataRole.UserRole) == 7
    assert model.row_of(7) == 1
    assert model.row_of(99) == -1
    model.update_counts(3, 4, 2)
    assert model.data(model.index(0)) == "5 March 2024  minutes\nKKR Syddanmark · 2/4"


def test_the_tree_shows_review_flag_and_tags_apart(doc) -> None:
    first, second, *_ = doc.items()
    first.flagged = True  # reviewed and flagged
    first.tags = {"noted": "confirmed", "approved": "confirmed"}
    second.tags = {"postponed": "suggested"}
    model = DocumentTreeModel(doc)
    assert model.columnCount() == 4
    assert model.headerData(3, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole) == "Tags"
    one = model.index_of(first)
    two = model.index_of(second)
    assert model.data(one.siblingAtColumn(2)) == "reviewed · flagged"
    assert model.data(two.siblingAtColumn(2)) == "flagged"
    second.flagged = False
    assert model.data(two.siblingAtColumn(2)) is None  # unreviewed, not flagged
    assert model.data(one.siblingAtColumn(3)) == "Approved, Noted"  # the vocabulary's order
    assert model.data(two.siblingAtColumn(3)) == "Postponed"
    assert model.data(two.siblingAtColumn(3), Qt.ItemDataRole.FontRole).italic()
    assert model.data(one.siblingAtColumn(3), Qt.ItemDataRole.FontRole) is None
    section = model.index(0, 3)
    assert model.data(section) is None


def test_the_unreviewed_filter_keeps_flagged_items_and_the_flagged_one_reviewed_ones(
    doc,
) -> None:
    items = list(doc.items())
    items[0].flagged = True  # reviewed and flagged: 1.x
    items[1].flagged = False
    items[-1].flagged = True  # unreviewed and flagged
    source = DocumentTreeModel(doc)
    proxy = ReviewFilter()
    proxy.setSourceModel(source)

    def shown() -> list[str]:
        out = []
        for s in range(proxy.rowCount()):
            section = proxy.index(s, 0)
            out += [proxy.index(r, 0, section).data() for r in range(proxy.rowCount(section))]
        return out

    every = [i.number for i in items]
    assert shown() == every
    proxy.set_mode("unreviewed")
    assert shown() == every[1:]  # the flagged unreviewed item stays in sight
    proxy.set_mode("flagged")
    assert shown() == [every[0], every[-1]]  # reviewed or not
