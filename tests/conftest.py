"""Suite-wide settings: headless Qt, the shared corpus, isolated user directories, and
archives on both backends (SQLite, and a PostgreSQL server the suite starts itself)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.helpers.postgres import PostgresServer

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
CORPUS_STEMS = ("kkr-nordjylland-2020-06-19-dagsorden", "kkr-nordjylland-2022-11-18-referat")


@pytest.fixture(scope="session")
def corpus_dir() -> Path:
    """The shared corpus; a missing corpus fails the test rather than skipping it."""
    path = SHARED / "corpus"
    if not path.is_dir():
        pytest.fail(f"the shared corpus is missing: expected it at {path}")
    return path


@pytest.fixture(scope="session")
def score_script() -> Path:
    path = SHARED / "tools" / "score.py"
    if not path.is_file():
        pytest.fail(f"the shared scorer is missing: expected it at {path}")
    return path


@pytest.fixture(scope="session")
def postgres_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[PostgresServer]:
    """One PostgreSQL server for the whole run, started on first use, stopped at the end."""
    server = PostgresServer(tmp_path_factory.mktemp("postgres"))
    yield server
    server.stop()


@pytest.fixture
def pg_url(postgres_server: PostgresServer) -> Iterator[str]:
    """The URL of a fresh, empty PostgreSQL database, dropped after the test."""
    name = postgres_server.create_database()
    yield postgres_server.url(name)
    postgres_server.drop_database(name)


BACKENDS = ["sqlite", "postgresql"]


@pytest.fixture(params=BACKENDS, ids=BACKENDS)
def archive_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A fresh, empty archive URL on each backend: a SQLite file, a PostgreSQL database."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'archive.sqlite3'}"
    return request.getfixturevalue("pg_url")


@pytest.fixture(scope="session", autouse=True)
def _user_data_home(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """The user data folder (log file, default archive) is a temporary one for the whole
    run: ``kkr-desk`` run in-process writes its log there, never in the real home."""
    patch = pytest.MonkeyPatch()
    patch.setenv("XDG_DATA_HOME", str(tmp_path_factory.mktemp("xdg-data")))
    yield
    patch.undo()


@pytest.fixture(autouse=True)
def _logging_as_found() -> Iterator[None]:
    """The ``kkr_desk`` logger tree as the test found it: ``main()`` and the window attach
    a log file (and with ``-v`` a stderr handler) and set the level."""
    from kkr_desk import log

    level = log.root.level
    yield
    log.to_stderr(None)
    log.close()
    log.root.setLevel(level)
