"""Damage a SQLite archive file the way a failing disk or a bad copy does."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pymupdf

GARBAGE = bytes(range(256)) * 16  # one 4 KiB page of it


def pages_of(path: Path, table: str) -> list[int]:
    """The pages (1-based) holding ``table``'s rows, as SQLite's dbstat tells."""
    with closing(sqlite3.connect(path)) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # everything in the file
        rows = connection.execute("SELECT pageno FROM dbstat WHERE name = ?", (table,))
        return sorted(row[0] for row in rows)


def overwrite_pages(path: Path, table: str) -> None:
    """Overwrite the pages of ``table`` and of its indexes in the middle of the (closed)
    archive file with garbage; the header page and the schema stay whole, so the archive
    still opens and only a query that reads ``table`` (or an index of it) finds the
    damage."""
    with closing(sqlite3.connect(path)) as connection:
        indexes = [
            row[0]
            for row in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = ?", (table,)
            )
        ]
    pages = sorted({page for name in (table, *indexes) for page in pages_of(path, name)})
    with closing(sqlite3.connect(path)) as connection:
        size = connection.execute("PRAGMA page_size").fetchone()[0]
    assert pages, f"{table} has no pages"
    assert 1 not in pages
    with path.open("r+b") as file:
        for page in pages:
            file.seek((page - 1) * size)
            file.write((GARBAGE * (size // len(GARBAGE) + 1))[:size])


def damaged_page_seven(clean: bytes) -> bytes:
    """The minutes with bytes inside page 7's main content stream garbled."""
    with pymupdf.open(stream=clean, filetype="pdf") as doc:
        xref = max(doc[6].get_contents(), key=lambda x: int(doc.xref_get_key(x, "Length")[1]))
    start = clean.index(b"stream\n", clean.index(b"\n%d 0 obj" % xref)) + len(b"stream\n")
    out = bytearray(clean)
    for offset in range(start + 100, start + 120):
        out[offset] ^= 0x55
    return bytes(out)
