"""A fresh temporary archive per test, and documents to put in it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text

from kkr_desk.parse import parse_bytes
from kkr_desk.store.archive import Archive
from kkr_desk.store.db import Database
from kkr_desk.store.models import Base
from tests.helpers.kkrpdf import build_pdf, sample_pages

SAMPLE_PDF = build_pdf(sample_pages())


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = Database.open(f"sqlite:///{tmp_path / 'archive.sqlite3'}")
    yield database
    database.close()


@pytest.fixture
def archive(db: Database) -> Archive:
    return Archive(db, user="tester")


@pytest.fixture
def sample(archive: Archive) -> int:
    """The constructed five-page KKR Syddanmark referat, imported; its meeting id."""
    return archive.import_document(parse_bytes(SAMPLE_PDF, "sample.pdf"), SAMPLE_PDF)


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
