"""Starting the window: a clear hint instead of a Qt error when there is no display."""

from __future__ import annotations

from pathlib import Path

import pytest

from kkr_desk.ui import app

pytestmark = pytest.mark.gui


def test_no_display_gives_a_hint(monkeypatch: pytest.MonkeyPatch, capsys) -> None:
    monkeypatch.setattr(app.sys, "platform", "linux")
    for name in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"):
        monkeypatch.delenv(name, raising=False)
    assert app.run(Path("never-opened.pdf")) == 2
    err = capsys.readouterr().err
    assert "no display" in err
    assert "QT_QPA_PLATFORM=offscreen" in err


def test_offscreen_counts_as_a_display(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(app.sys, "platform", "linux")
    monkeypatch.delenv("DISPLAY", raising=False)
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    assert app.has_display()
