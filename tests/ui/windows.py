"""The real review window on a real archive file, for the UI tests; and a second clerk."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QSettings
from sqlalchemy import select

from kkr_desk.parse import parse_file
from kkr_desk.store.archive import Archive
from kkr_desk.store.db import Database
from kkr_desk.store.models import Base
from kkr_desk.ui import msgbox
from kkr_desk.ui.main_window import MainWindow
from tests.helpers.archive import _plain

REFERAT = "kkr-nordjylland-2022-11-18-referat.pdf"


@contextmanager
def archive_file(tmp_path: Path, corpus_dir: Path, user: str = "clerk") -> Iterator[Archive]:
    """An archive file holding the corpus minutes."""
    db = Database.open(f"sqlite:///{tmp_path / 'archive.sqlite3'}")
    archive = Archive(db, user=user)
    path = corpus_dir / REFERAT
    archive.import_document(parse_file(path), path.read_bytes())
    try:
        yield archive
    finally:
        db.close()


@contextmanager
def other_clerk(archive: Archive, user: str = "anna") -> Iterator[Archive]:
    """Another clerk: another Database (its own connections) on the same archive file."""
    db = Database.open(archive.db.url)
    try:
        yield Archive(db, user=user)
    finally:
        db.close()


@contextmanager
def main_window(qtbot, archive: Archive, tmp_path: Path) -> Iterator[MainWindow]:
    """The window, shown, on the first meeting; ``win.messages`` collects its messages
    (questions are answered Yes)."""
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    with msgbox.captured() as messages:
        win = MainWindow(archive, settings)
        win.messages = messages  # type: ignore[attr-defined]
        qtbot.addWidget(win)
        win.resize(1400, 900)
        win.show()
        qtbot.waitExposed(win)
        win.open_meeting(archive.meeting_ids()[0])
        yield win


def item(win: MainWindow, number: str):
    return next(i for i in win.session.doc.items() if i.number == number)


def dump_meeting(db: Database, meeting_id: int) -> dict[str, list[tuple]]:
    """Every row that belongs to one meeting (its row, lines, nodes and what hangs on
    them), without its revision: what a re-import and its undo must give back."""
    out: dict[str, list[tuple]] = {}
    with db.engine.connect() as conn:
        nodes = {
            r[0]
            for r in conn.execute(
                select(Base.metadata.tables["node"].c.id).where(
                    Base.metadata.tables["node"].c.meeting_id == meeting_id
                )
            )
        }
        for table in Base.metadata.sorted_tables:
            if table.name == "edit":
                continue
            columns = [c for c in table.columns if (table.name, c.name) != ("meeting", "revision")]
            if table.name == "meeting":
                rows = conn.execute(select(*columns).where(table.c.id == meeting_id))
            elif "meeting_id" in table.c:
                rows = conn.execute(select(*columns).where(table.c.meeting_id == meeting_id))
            elif "node_id" in table.c:
                rows = conn.execute(select(*columns).where(table.c.node_id.in_(nodes)))
            else:
                continue
            out[table.name] = sorted(tuple(_plain(v) for v in r) for r in rows)
    return out
