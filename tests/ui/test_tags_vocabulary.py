"""One tag vocabulary (kkr_desk.domain.tags) drives the tag buttons, their shortcuts, the
export schema's enum and the translation source: a tag added to it shows up in each."""

from __future__ import annotations

from pathlib import Path

import jsonschema
import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QKeySequence

from kkr_desk.domain import edits, tags
from kkr_desk.export.schema import load_schema
from kkr_desk.store.archive import Archive
from kkr_desk.ui import msgbox
from kkr_desk.ui.main_window import MainWindow

pytestmark = pytest.mark.gui
REFERAT = "kkr-nordjylland-2022-11-18-referat.pdf"
REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def ratified(monkeypatch: pytest.MonkeyPatch) -> str:
    """An eighth tag in a temporary copy of the vocabulary."""
    labels = {**tags.LABELS, "ratified": "Ratified"}
    monkeypatch.setattr(tags, "LABELS", labels)
    monkeypatch.setattr(tags, "TAGS", tuple(labels))
    return "ratified"


def _window(qtbot, archive: Archive, tmp_path: Path) -> MainWindow:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(archive, settings)
    qtbot.addWidget(window)
    return window


def test_the_shipped_vocabulary_gives_seven_buttons_and_keys(
    qtbot, archive: Archive, tmp_path: Path
) -> None:
    window = _window(qtbot, archive, tmp_path)
    assert list(window.panel.tag_buttons) == list(tags.TAGS)
    keys = [window.action_map[f"tag_{n}"].shortcut().toString() for n in range(1, 8)]
    assert keys == ["1", "2", "3", "4", "5", "6", "7"]
    assert "tag_8" not in window.action_map
    enum = load_schema()["$defs"]["item"]["properties"]["decision_tags"]["items"]["enum"]
    assert enum == list(tags.TAGS)


def test_a_new_tag_gets_a_button_a_shortcut_and_a_schema_value(
    qtbot, archive: Archive, tmp_path: Path, ratified: str
) -> None:
    with msgbox.captured():
        window = _window(qtbot, archive, tmp_path)
        window.open_meeting(archive.meeting_ids()[0])
        assert window.select_item("2.3")

        button = window.panel.tag_buttons[ratified]
        assert button.text() == "8 Ratified"
        assert button.isCheckable()
        action = window.action_map["tag_8"]
        assert action.shortcut() == QKeySequence("8")
        assert action.text() == "Tag: Ratified"
        decision_menu = next(
            a.menu() for a in window.menuBar().actions() if a.text() == "&Decision"
        )
        assert action in decision_menu.actions()

        emitted: list[edits.Operation] = []
        window.panel.operation.connect(lambda op, _text: emitted.append(op))
        action.trigger()  # the shortcut's action toggles the new tag on the item
        assert isinstance(emitted[-1], edits.SetTags)
        assert ratified in emitted[-1].tags

    tag_schema = load_schema()["$defs"]["item"]["properties"]["decision_tags"]
    assert tag_schema["items"]["enum"][-1] == ratified
    jsonschema.Draft202012Validator(tag_schema).validate(["approved", ratified])
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.Draft202012Validator(tag_schema).validate(["unheard-of"])


def test_the_tag_labels_are_in_the_translation_source() -> None:
    """lupdate reads the labels of domain/tags.py (QT_TRANSLATE_NOOP, context "tags")."""
    import xml.etree.ElementTree as ET

    root = ET.parse(REPO / "resources" / "i18n" / "kkr_desk_da.ts").getroot()
    context = next(c for c in root.iter("context") if c.findtext("name") == "tags")
    sources = {m.findtext("source") for m in context.iter("message")}
    assert set(tags.LABELS.values()) <= sources
