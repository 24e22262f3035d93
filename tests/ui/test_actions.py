"""The action table: every handler is a callable that exists, resolved when the window is
built; the window's and its controllers' attributes shadow no Qt method; no import
circle between the window and its controllers."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, QSettings, SignalInstance
from PySide6.QtWidgets import QMainWindow

from kkr_desk.store.archive import Archive
from kkr_desk.store.db import Database
from kkr_desk.ui import actions
from kkr_desk.ui.main_window import MainWindow

pytestmark = pytest.mark.gui


@pytest.fixture
def window(qtbot, tmp_path: Path) -> Iterator[MainWindow]:
    db = Database.open(f"sqlite:///{tmp_path / 'archive.sqlite3'}")
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    win = MainWindow(Archive(db, user="clerk"), settings)
    qtbot.addWidget(win)
    yield win
    db.close()


def test_every_action_has_a_handler_that_exists(window: MainWindow) -> None:
    specs = actions.specs()
    assert [s.name for s in specs] == list(window.action_map)
    for spec in specs:
        assert spec.handler is not None, spec.name
        assert callable(spec.handler(window)), spec.name


def test_a_missing_handler_fails_when_the_actions_are_built(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    broken = actions.Spec("broken", "&Edit", "Broken", "", lambda w: w.edit.no_such_command)
    monkeypatch.setattr(actions, "SPECS", [*actions.SPECS, broken])
    with pytest.raises(AttributeError, match="no_such_command"):
        actions.build(window)


def test_no_attribute_shadows_a_qt_method(window: MainWindow) -> None:
    # Qt's QWidget.actions() still answers: the window's actions, the menus' shortcuts
    assert set(window.action_map.values()) <= set(window.actions())
    for owner, base in (
        (window, QMainWindow),
        (window.edit, QObject),
        (window.archive_commands, QObject),
        (window.view_commands, QObject),
    ):
        for name, value in vars(owner).items():
            if isinstance(value, SignalInstance):
                continue  # PySide caches Qt's own signals in the instance
            assert not hasattr(base, name), (type(owner).__name__, name)
        if owner is not window:
            assert owner.parent() is window


@pytest.mark.parametrize(
    "module", ["kkr_desk.ui.editing", "kkr_desk.ui.archive_commands", "kkr_desk.ui.actions"]
)
def test_controllers_do_not_import_the_window(module: str) -> None:
    code = f"import sys, {module}; print('kkr_desk.ui.main_window' in sys.modules)"
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    )
    assert out.stdout.strip() == "False"
