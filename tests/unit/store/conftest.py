"""A fresh temporary archive per test, on SQLite and on PostgreSQL, and documents to put
in it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from kkr_desk.parse import parse_bytes
from kkr_desk.store.archive import Archive
from kkr_desk.store.db import Database
from tests.helpers.archive import dump
from tests.helpers.kkrpdf import build_pdf, sample_pages

__all__ = ["SAMPLE_PDF", "dump"]

SAMPLE_PDF = build_pdf(sample_pages())


@pytest.fixture
def db(archive_url: str) -> Iterator[Database]:
    database = Database.open(archive_url)
    yield database
    database.close()


@pytest.fixture
def archive(db: Database) -> Archive:
    return Archive(db, user="tester")


@pytest.fixture
def sample(archive: Archive) -> int:
    """The constructed five-page KKR Syddanmark referat, imported; its meeting id."""
    return archive.import_document(parse_bytes(SAMPLE_PDF, "sample.pdf"), SAMPLE_PDF)
