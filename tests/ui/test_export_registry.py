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


@pytest.mark.parametrize("language", ["da", "en"])
def test_a_format_with_words_gets_the_windows_language(qapp, monkeypatch, language) -> None:
    from kkr_desk.ui import i18n, transfer

    worded = exporting.Exporter("worded", "txt", "Worded", write_json, {"labels": "en"})
    plain = exporting.Exporter("plain", "txt", "Plain", write_json)
    monkeypatch.setitem(exporting.FORMATS, "worded", worded)
    monkeypatch.setitem(exporting.FORMATS, "plain", plain)
    i18n.install(qapp, language)
    try:
        assert transfer.language_options("worded") == {"labels": language}
        assert transfer.language_options("plain") == {}
    finally:
        i18n.install(qapp, "en")


def test_every_format_label_has_its_danish(qapp) -> None:
    from kkr_desk.ui import i18n

    i18n.install(qapp, "da")
    try:
        dialog = ExportChoice(has_meeting=True)
        texts = [dialog.format.itemText(i) for i in range(dialog.format.count())]
        english = [e.label for e in exporting.FORMATS.values()]
        same_in_danish = {"JSON", "OParl 1.1 (JSON)"}  # names, not words
        assert [
            e for e, t in zip(english, texts, strict=True) if e == t and e not in same_in_danish
        ] == []
    finally:
        i18n.install(qapp, "en")
