"""Archive helpers for tests."""

from __future__ import annotations

from sqlalchemy import text

from kkr_desk.store.db import Database
from kkr_desk.store.models import Base


def dump(db: Database) -> dict[str, list[tuple]]:
    """Every row of every table but the audit trail, in a stable order."""
    out = {}
    with db.engine.connect() as conn:
        for table in Base.metadata.sorted_tables:
            if table.name == "edit":
                continue
            rows = conn.execute(text(f"SELECT * FROM {table.name}")).all()
            out[table.name] = sorted(tuple(r) for r in rows)
    return out
