"""The JSON Schema (draft 2020-12) of the JSON archive export.

The decision-tag enum follows the vocabulary (``kkr_desk.domain.tags.TAGS``): the
committed file lists the tags for readers of the file alone, and ``load_schema``
replaces that list with the vocabulary as it is, so a new tag is valid at once; the
findings' kind enum likewise follows ``AnomalyKind``."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from kkr_desk.domain import tags
from kkr_desk.domain.document import AnomalyKind
from kkr_desk.paths import resources_dir


def schema_path() -> Path:
    return resources_dir() / "export.schema.json"


def load_schema() -> dict[str, Any]:
    with schema_path().open(encoding="utf-8") as handle:
        schema: dict[str, Any] = json.load(handle)
    tag_items = schema["$defs"]["item"]["properties"]["decision_tags"]["items"]
    tag_items["enum"] = list(tags.TAGS)
    schema["$defs"]["anomaly"]["properties"]["kind"]["enum"] = [k.value for k in AnomalyKind]
    return schema
