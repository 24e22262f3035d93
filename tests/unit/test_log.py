"""The logger tree and its rotating file (written to tmp_path, never the user's folder)."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from logging.handlers import RotatingFileHandler
from pathlib import Path

import pytest

from kkr_desk import log


@pytest.fixture(autouse=True)
def _restore_logging() -> Iterator[None]:
    level = log.root.level
    yield
    log.close()
    log.root.setLevel(level)


def _file_handlers() -> list[RotatingFileHandler]:
    return [h for h in log.root.handlers if isinstance(h, RotatingFileHandler)]


def test_setup_writes_the_layers_to_the_file(tmp_path: Path) -> None:
    path = log.setup(folder=tmp_path)
    assert path == (tmp_path / "kkr-desk.log").resolve()
    assert log.log_path() == path
    logging.getLogger("kkr_desk.store").info("gemt møde %d", 7)
    logging.getLogger("kkr_desk.parse").debug("not at INFO")
    log.flush()
    text = path.read_text(encoding="utf-8")
    assert "INFO     kkr_desk.store [MainThread] gemt møde 7" in text
    assert "not at INFO" not in text


def test_level_is_applied(tmp_path: Path) -> None:
    path = log.setup(logging.DEBUG, folder=tmp_path)
    logging.getLogger("kkr_desk.ui").debug("details")
    log.flush()
    assert "details" in path.read_text(encoding="utf-8")


def test_rotation_is_configured(tmp_path: Path) -> None:
    log.setup(folder=tmp_path)
    (handler,) = _file_handlers()
    assert handler.maxBytes == 1_000_000
    assert handler.backupCount == 5
    assert handler.encoding == "utf-8"


def test_the_file_rotates(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(log, "MAX_BYTES", 300)
    log.setup(folder=tmp_path)
    for number in range(40):
        log.store.info("line %d of a long enough message", number)
    log.close()
    assert (tmp_path / "kkr-desk.log.1").is_file()
    assert not (tmp_path / "kkr-desk.log.6").exists()


def test_setup_twice_adds_one_handler(tmp_path: Path) -> None:
    first = log.setup(folder=tmp_path)
    second = log.setup(folder=tmp_path)
    assert first == second
    assert len(_file_handlers()) == 1


def test_another_folder_replaces_the_handler(tmp_path: Path) -> None:
    log.setup(folder=tmp_path / "a")
    path = log.setup(folder=tmp_path / "b")
    (handler,) = _file_handlers()
    assert Path(handler.baseFilename) == path == (tmp_path / "b" / "kkr-desk.log").resolve()


def test_without_file(tmp_path: Path) -> None:
    log.setup(folder=tmp_path)
    assert log.setup(to_file=False) is None
    assert log.log_path() is None
    assert _file_handlers() == []


def test_default_folder_is_in_the_user_data_dir(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(log, "user_data_dir", lambda: tmp_path)
    assert log.setup() == (tmp_path / "logs" / "kkr-desk.log").resolve()


def test_records_still_reach_caplog(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    log.setup(folder=tmp_path)
    with caplog.at_level(logging.INFO, logger="kkr_desk"):
        log.ui.warning("seen by pytest")
    assert "seen by pytest" in caplog.text
