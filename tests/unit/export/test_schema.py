"""The export schema's decision-tag enum follows the tag vocabulary, its findings' kind
enum the kinds of finding."""

from __future__ import annotations

import json

from kkr_desk.domain import tags
from kkr_desk.domain.document import AnomalyKind
from kkr_desk.export.schema import load_schema, schema_path


def _tag_enum(schema: dict) -> list[str]:
    return schema["$defs"]["item"]["properties"]["decision_tags"]["items"]["enum"]


def test_the_committed_file_lists_the_vocabulary() -> None:
    committed = json.loads(schema_path().read_text(encoding="utf-8"))
    assert _tag_enum(committed) == list(tags.TAGS)  # readers of the file alone see them


def test_the_loaded_schema_takes_the_enum_from_the_vocabulary(monkeypatch) -> None:
    monkeypatch.setattr(tags, "TAGS", (*tags.TAGS, "ratified"))
    assert _tag_enum(load_schema()) == [*tags.TAGS]
    assert _tag_enum(load_schema())[-1] == "ratified"


def _kind_enum(schema: dict) -> list[str]:
    return schema["$defs"]["anomaly"]["properties"]["kind"]["enum"]


def test_the_findings_kinds_are_the_anomaly_kinds() -> None:
    committed = json.loads(schema_path().read_text(encoding="utf-8"))
    assert _kind_enum(committed) == [kind.value for kind in AnomalyKind]
    assert _kind_enum(load_schema()) == _kind_enum(committed)
    assert committed["$defs"]["meeting"]["properties"]["anomalies"]["items"] == {
        "$ref": "#/$defs/anomaly"
    }
