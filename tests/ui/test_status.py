"""Reviewed and flagged apart (issue 11): the Flag action toggles the flag and keeps the
review status, the review filter's three modes, the tree's status and tags columns."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from kkr_desk.ui.main_window import MainWindow
from kkr_desk.ui.tree_model import NODE_ROLE
from tests.ui.windows import item

pytestmark = pytest.mark.gui


# What the panel and the tree say, in each language.
SAYS = {
    "en": {
        "both": "Reviewed ✓ · Flagged for follow-up",
        "reviewed · flagged": "reviewed · flagged",
        "flagged": "flagged",
        "approved": "Approved",
        "tags": "Tags",
    },
    "da": {
        "both": "Gennemgået ✓ · Markeret til opfølgning",
        "reviewed · flagged": "gennemgået · markeret",
        "flagged": "markeret",
        "approved": "Godkendt",
        "tags": "Mærker",
    },
}


def stored(window: MainWindow, number: str):
    doc = window.archive.load(window.session.meeting_id)
    return next(i for i in doc.items() if i.number == number)


def shown(window: MainWindow) -> list[str]:
    out = []
    for s in range(window.filter.rowCount()):
        section = window.filter.index(s, 0)
        out += [
            window.filter.index(r, 0, section).data()
            for r in range(window.filter.rowCount(section))
        ]
    return out


def status_cell(window: MainWindow, number: str, column: int = 2) -> str | None:
    model = window.filter.sourceModel()
    index = model.find(lambda n: n.number == number and n.kind.value == "item")
    assert model.data(index, NODE_ROLE).number == number
    return model.data(index.siblingAtColumn(column))


def test_flag_toggles_without_touching_the_review(language: str, window: MainWindow) -> None:
    says = SAYS[language]
    window.action_map["move_on"].setChecked(False)
    window.select_item("1.2")
    window.action_map["reviewed"].trigger()
    window.action_map["flagged"].trigger()
    one = stored(window, "1.2")
    assert (one.review, one.flagged) == ("reviewed", True)
    assert window.panel.flagged.isChecked()
    assert window.panel.review.text() == says["both"]
    assert status_cell(window, "1.2") == says["reviewed · flagged"]

    window.action_map["reviewed"].trigger()  # taking the review back keeps the flag
    assert (stored(window, "1.2").review, stored(window, "1.2").flagged) == ("unreviewed", True)
    assert status_cell(window, "1.2") == says["flagged"]
    window.action_map["flagged"].trigger()
    assert (stored(window, "1.2").review, stored(window, "1.2").flagged) == ("unreviewed", False)
    assert not window.panel.flagged.isChecked()
    assert status_cell(window, "1.2") is None
    window.action_map["undo"].trigger()  # the flag comes back, the review stays
    assert (item(window, "1.2").review, item(window, "1.2").flagged) == ("unreviewed", True)


def test_the_review_filter_modes(language: str, window: MainWindow) -> None:
    window.action_map["move_on"].setChecked(False)
    every = shown(window)
    window.select_item("1.1")
    window.action_map["reviewed"].trigger()
    window.action_map["flagged"].trigger()  # 1.1 reviewed and flagged
    window.select_item("1.2")
    window.action_map["flagged"].trigger()  # 1.2 flagged only
    window.select_item("1.3")
    window.action_map["reviewed"].trigger()  # 1.3 reviewed only

    window.action_map["filter_unreviewed"].trigger()
    assert shown(window) == [n for n in every if n not in ("1.1", "1.3")]  # 1.2 stays
    window.action_map["filter_flagged"].trigger()
    assert shown(window) == ["1.1", "1.2"]
    assert [
        window.action_map[f"filter_{m}"].isChecked() for m in ("all", "unreviewed", "flagged")
    ] == [
        False,
        False,
        True,
    ]
    window.action_map["filter_all"].trigger()
    assert shown(window) == every


def test_the_tree_shows_the_items_tags(language: str, window: MainWindow) -> None:
    window.select_item("1.1")
    window.action_map["tag_1"].trigger()  # approved, as the clerk's choice
    tags = {t for t in stored(window, "1.1").tags}
    assert "approved" in tags
    assert SAYS[language]["approved"] in (status_cell(window, "1.1", 3) or "").split(", ")
    header = window.filter.sourceModel().headerData(3, Qt.Orientation.Horizontal)
    assert header == SAYS[language]["tags"]
