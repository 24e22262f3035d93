"""A format registered in the one export registry appears in the window's choice too."""

from __future__ import annotations

import pytest

from kkr_desk.app import exporting
from kkr_desk.export.json_export import write_json
from kkr_desk.ui.transfer import ExportChoice

pytestmark = pytest.mark.gui


def test_a_registered_format_is_offered_in_the_window(qtbot, monkeypatch) -> None:
    lines = exporting.Exporter("lines", "txt", "Lines", write_json, encoded=True)
    monkeypatch.setitem(exporting.FORMATS, "lines", lines)
    dialog = ExportChoice(has_meeting=True)
    qtbot.addWidget(dialog)
    offered = [dialog.format.itemData(i) for i in range(dialog.format.count())]
    assert offered == [*exporting.FORMATS]
    assert offered[-1] == "lines"
    assert dialog.format.itemText(len(offered) - 1) == "Lines"
