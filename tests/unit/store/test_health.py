"""A damaged or read-only SQLite archive: one typed error naming the newest backup, and
read-only archives that read but never write."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text

from kkr_desk.parse import parse_bytes
from kkr_desk.store import migrate
from kkr_desk.store.archive import Archive
from kkr_desk.store.common import ArchiveError
from kkr_desk.store.db import Database
from kkr_desk.store.health import (
    ArchiveDamagedError,
    ArchiveReadOnlyError,
    newest_backup,
    read_only_reason,
)
from tests.conftest import REPO
from tests.helpers.damage import overwrite_pages
from tests.unit.store.conftest import SAMPLE_PDF


def _sample(archive: Archive) -> int:
    return archive.import_document(parse_bytes(SAMPLE_PDF, "sample.pdf"), SAMPLE_PDF)


@pytest.fixture
def stored(tmp_path: Path) -> Path:
    """A closed archive file holding the sample meeting."""
    path = tmp_path / "archive.sqlite3"
    db = Database.open(f"sqlite:///{path}")
    _sample(Archive(db, user="tester"))
    db.close()
    return path


@pytest.fixture
def writable_again(tmp_path: Path) -> Iterator[None]:
    yield
    for path in (tmp_path, *tmp_path.iterdir()):
        path.chmod(0o755 if path.is_dir() else 0o644)


def _backup(path: Path, stamp: str, age: float) -> Path:
    backup = path.with_name(f"{path.name}.{stamp}.bak")
    backup.write_bytes(b"an older archive")
    then = time.time() - age
    os.utime(backup, (then, then))
    return backup


def _read_everything(archive: Archive, ids: list[int]) -> None:
    """What an export reads: each meeting, and its export records."""
    for meeting in ids:
        archive.load(meeting)
    list(archive.records(ids))


# -- damaged -----------------------------------------------------------------------------------


def test_newest_backup(tmp_path: Path) -> None:
    path = tmp_path / "archive.sqlite3"
    assert newest_backup(path) is None
    _backup(path, "2026-01-01T101010", age=7200)
    newest = _backup(path, "2026-02-01T101010", age=60)
    _backup(path, "2025-12-01T101010", age=3600)
    (tmp_path / "other.sqlite3.2027-01-01T101010.bak").write_bytes(b"not ours")
    assert newest_backup(path) == newest


@pytest.mark.parametrize("table", ["item_record", "node", "line"])
def test_a_malformed_file_is_told_at_query_time_naming_the_newest_backup(
    stored: Path, table: str
) -> None:
    overwrite_pages(stored, table)
    older = _backup(stored, "2026-01-01T101010", age=7200)
    newest = _backup(stored, "2026-03-01T101010", age=60)
    db = Database.open(f"sqlite:///{stored}")  # the header and the schema are whole
    try:
        archive = Archive(db, user="tester")
        ids = archive.meeting_ids()  # the meeting table is whole too
        assert ids
        with pytest.raises(ArchiveDamagedError) as caught:
            _read_everything(archive, ids)
    finally:
        db.close()
    error = caught.value
    assert isinstance(error, ArchiveError)
    assert error.path == stored
    assert error.backup == newest != older
    assert "malformed" in error.detail
    message = str(error)
    assert "\n" not in message
    assert message.startswith(f"the archive {stored} is damaged (database disk image is malformed)")
    assert f"the newest backup is {newest} — copy it over the archive" in message


def test_without_a_backup_it_says_so(stored: Path) -> None:
    overwrite_pages(stored, "node")
    db = Database.open(f"sqlite:///{stored}")
    try:
        with pytest.raises(ArchiveDamagedError, match=r"there is no backup$"):
            Archive(db, user="tester").meetings()
    finally:
        db.close()


def test_writes_to_a_damaged_archive_are_told_the_same_way(stored: Path) -> None:
    overwrite_pages(stored, "meeting")
    db = Database.open(f"sqlite:///{stored}")
    try:
        with pytest.raises(ArchiveDamagedError):
            _sample(Archive(db, user="tester"))
    finally:
        db.close()


def test_a_file_that_is_no_database_is_refused_at_open(tmp_path: Path) -> None:
    path = tmp_path / "archive.sqlite3"
    path.write_bytes(b"This is a text file, not an archive.\n" * 200)
    with pytest.raises(ArchiveDamagedError, match="is damaged \\(file is not a database\\)"):
        Database.open(f"sqlite:///{path}")


# -- read-only ---------------------------------------------------------------------------------


def test_a_read_only_open_reads_and_refuses_every_write(stored: Path) -> None:
    before = stored.read_bytes()
    db = Database.open(f"sqlite:///{stored}", read_only=True)
    try:
        assert db.read_only
        assert db.read_only_reason == "asked"
        archive = Archive(db, user="tester")
        (meeting,) = archive.meeting_ids()
        assert archive.meetings()[0].items > 0
        doc = archive.load(meeting)
        assert len(list(archive.records([meeting]))) == 1
        with pytest.raises(ArchiveReadOnlyError, match=r"is read-only: it was opened read-only"):
            _sample(archive)
        from kkr_desk.domain import edits

        item = next(doc.items())
        with pytest.raises(ArchiveReadOnlyError):
            archive.apply(meeting, edits.SetNote(item.id, "nej"))
        with db.session() as session, pytest.raises(ArchiveReadOnlyError):  # under the API
            session.execute(text("DELETE FROM meeting"))
    finally:
        db.close()
    assert stored.read_bytes() == before


@pytest.mark.usefixtures("writable_again")
@pytest.mark.parametrize(
    ("protect", "reason"), [("file", "file"), ("folder", "folder")], ids=["file", "folder"]
)
def test_a_write_protected_archive_opens_read_only(stored: Path, protect: str, reason: str) -> None:
    # as root os.access says yes to everything: the mode bits say read-only all the same
    (stored if protect == "file" else stored.parent).chmod(0o444 if protect == "file" else 0o555)
    assert read_only_reason(stored) == reason
    db = Database.open(f"sqlite:///{stored}")
    try:
        assert db.read_only_reason == reason
        archive = Archive(db, user="tester")
        assert archive.meeting_ids()
        with pytest.raises(ArchiveReadOnlyError, match="write-protected; nothing was changed"):
            _sample(archive)
    finally:
        db.close()


@pytest.mark.usefixtures("writable_again")
def test_a_read_only_archive_that_needs_an_upgrade_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "archive.sqlite3"
    db = Database(f"sqlite:///{path}")
    migrate._migrate(db.engine, "0001")  # an archive of the first KKR Desk
    db.close()
    path.chmod(0o444)
    before = path.read_bytes()
    with pytest.raises(ArchiveError, match=r"is read-only .* needs an upgrade") as caught:
        Database.open(f"sqlite:///{path}")
    assert "revision 0001" in str(caught.value)
    assert path.read_bytes() == before
    assert not list(tmp_path.glob("*.bak"))  # no backup, no upgrade


@pytest.mark.usefixtures("writable_again")
def test_a_missing_archive_in_a_read_only_folder_is_refused(tmp_path: Path) -> None:
    tmp_path.chmod(0o555)
    with pytest.raises(ArchiveError, match="does not exist, and it is read-only"):
        Database.open(f"sqlite:///{tmp_path / 'archive.sqlite3'}")


AS_NOBODY = ["setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups"]
CHECK_AS_USER = """
import sys
from kkr_desk.store.archive import Archive
from kkr_desk.store.db import Database
from kkr_desk.store.health import ArchiveReadOnlyError
db = Database.open(sys.argv[1])
archive = Archive(db, user="nobody")
print(db.read_only_reason, len(archive.meeting_ids()))
try:
    with db.transaction() as session:
        pass
except ArchiveReadOnlyError as exc:
    print("refused:", exc)
"""


@pytest.mark.skipif(
    not hasattr(os, "geteuid") or os.geteuid() != 0 or shutil.which("setpriv") is None,
    reason="drops root privileges with setpriv",
)
@pytest.mark.parametrize("protect", ["file", "folder"])
def test_real_permissions_of_another_user(stored: Path, protect: str) -> None:
    """As an ordinary user (nobody), whom the permissions really stop."""
    import tempfile

    folder = Path(tempfile.mkdtemp(prefix="kkr-ro-"))
    try:
        path = folder / "archive.sqlite3"
        shutil.copy(stored, path)
        subprocess.run(["chown", "-R", "nobody", str(folder)], check=True)
        folder.chmod(0o555 if protect == "folder" else 0o755)
        path.chmod(0o444 if protect == "file" else 0o644)
        before = path.read_bytes()
        result = subprocess.run(
            [*AS_NOBODY, sys.executable, "-c", CHECK_AS_USER, f"sqlite:///{path}"],
            cwd=REPO,
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
        assert result.returncode == 0, result.stderr
        reason, count = result.stdout.splitlines()[0].split()
        assert (reason, count) == (protect, "1")
        assert "refused: the archive" in result.stdout
        assert path.read_bytes() == before
    finally:
        folder.chmod(0o755)
        shutil.rmtree(folder)
