"""The logger tree and its rotating file (written to tmp_path, never the user's folder)."""

from __future__ import annotations

import logging
import re
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


def test_setup_without_level_keeps_the_level_given(tmp_path: Path) -> None:
    log.root.setLevel(logging.DEBUG)  # kkr-desk -vv gui: the window calls setup() later
    path = log.setup(folder=tmp_path)
    logging.getLogger("kkr_desk.ui").debug("kept at DEBUG")
    log.flush()
    assert "kept at DEBUG" in path.read_text(encoding="utf-8")


def test_setup_without_level_is_info_on_a_fresh_tree(tmp_path: Path) -> None:
    log.root.setLevel(logging.NOTSET)
    log.setup(folder=tmp_path)
    assert log.root.level == logging.INFO


def test_to_stderr_prints_records_and_stops(capsys: pytest.CaptureFixture[str]) -> None:
    log.root.setLevel(logging.WARNING)
    log.to_stderr(logging.INFO)
    log.to_stderr(logging.INFO)  # idempotent: one handler, one line per record
    log.store.info("gemt møde %d", 7)
    log.store.debug("not at INFO")
    log.to_stderr(None)
    log.store.warning("after stop")
    assert capsys.readouterr().err == "kkr-desk: INFO kkr_desk.store: gemt møde 7\n"


def _logger_names(path: Path) -> list[str]:
    text = path.read_text(encoding="utf-8")
    return re.findall(r"getLogger\((?:f?\"([^\"]*)\")?", text)


def test_every_module_logs_through_its_layers_logger() -> None:
    """``logging.getLogger("kkr_desk.<layer>")`` (or a child of it) in kkr_desk/<layer>/."""
    package = Path(log.__file__).parent
    found: dict[str, list[str]] = {}
    for path in sorted(package.rglob("*.py")):
        relative = path.relative_to(package)
        if relative == Path("log.py"):
            continue
        names = _logger_names(path)
        if not names:
            continue
        layer = relative.parts[0] if len(relative.parts) > 1 else ""
        assert layer in log.LAYERS, f"{relative} logs outside a layer: {names}"
        wrong = [
            name
            for name in names
            if name != f"kkr_desk.{layer}" and not name.startswith(f"kkr_desk.{layer}.")
        ]
        assert not wrong, f"{relative} logs as {wrong}, not kkr_desk.{layer}"
        found[layer] = names
    assert {"parse", "store", "ui", "cli"} <= found.keys()
