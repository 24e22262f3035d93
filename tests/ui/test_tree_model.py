"""The tree model over a parsed document (checked with qtmodeltester) and the window."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt

from kkr_desk.parse import parse_bytes
from kkr_desk.ui.main_window import MainWindow
from kkr_desk.ui.tree_model import DocumentTreeModel
from tests.helpers.kkrpdf import build_pdf, sample_pages

pytestmark = pytest.mark.gui


@pytest.fixture(scope="module")
def doc():
    return parse_bytes(build_pdf(sample_pages()), "sample.pdf")


def test_model_passes_qtmodeltester(qtmodeltester, doc) -> None:
    qtmodeltester.check(DocumentTreeModel(doc), force_py=True)


def test_model_shape_follows_the_document(doc) -> None:
    model = DocumentTreeModel(doc)
    assert model.rowCount() == 2
    second = model.index(1, 0)
    assert model.data(model.index(1, 1)) == "Sager til beslutning"
    assert model.rowCount(second) == 2
    item = model.index(0, 0, second)
    assert model.data(item) == "2.1"
    parts = [model.data(model.index(r, 1, item)) for r in range(model.rowCount(item))]
    assert parts == ["Indstilling", "Sagsfremstilling", "Beslutning"]
    assert model.data(model.index(0, 0, item)) is None
    assert model.parent(model.index(0, 0, item)) == item
    assert model.parent(second) == QModelIndex()


def test_empty_model(qtmodeltester) -> None:
    model = DocumentTreeModel(None)
    qtmodeltester.check(model, force_py=True)
    assert model.rowCount() == 0


def test_selecting_an_item_shows_its_text(qtbot, doc) -> None:
    window = MainWindow(doc)
    qtbot.addWidget(window)
    model = window.model
    item = model.index(0, 0, model.index(1, 0))
    window.tree.selectionModel().select(
        item,
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    shown = window.text.toPlainText()
    assert shown.startswith("2.1 Fælles indkøb af fibernet i de syddanske kommuner")
    assert "KKR Syddanmark godkendte indkøbet." in shown
    assert model.data(item, Qt.ItemDataRole.ToolTipRole) == "2.1"
