"""The JSON Schema (draft 2020-12) of the JSON archive export."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from kkr_desk.paths import resources_dir


def schema_path() -> Path:
    return resources_dir() / "export.schema.json"


def load_schema() -> dict[str, Any]:
    with schema_path().open(encoding="utf-8") as handle:
        schema: dict[str, Any] = json.load(handle)
    return schema
