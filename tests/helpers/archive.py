"""Archive helpers for tests."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import select

from kkr_desk.store.db import Database
from kkr_desk.store.models import Base


def _plain(value: Any) -> Any:
    """A JSON column's value as canonical text: PostgreSQL gives lists and dicts (not
    orderable), SQLite gives the stored text."""
    if isinstance(value, list | dict):
        return json.dumps(value, sort_keys=True, ensure_ascii=False)
    return value


def dump(db: Database) -> dict[str, list[tuple]]:
    """Every row of every table but the audit trail, in a stable order; without the
    meeting's revision, which counts every change (an undo included)."""
    out = {}
    with db.engine.connect() as conn:
        for table in Base.metadata.sorted_tables:
            if table.name == "edit":
                continue
            columns = [c for c in table.columns if (table.name, c.name) != ("meeting", "revision")]
            rows = conn.execute(select(*columns)).all()
            out[table.name] = sorted(tuple(_plain(v) for v in r) for r in rows)
    return out
