"""Resources are found from the source tree (and, by the same helper, when frozen)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from kkr_desk import paths


def test_sample_meeting_is_bundled() -> None:
    sample = paths.sample_meeting()
    assert sample.is_file()
    assert sample.read_bytes().startswith(b"%PDF-")


def test_frozen_bundle_folder_wins(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "resources").mkdir()
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert paths.resources_dir() == tmp_path / "resources"


def test_user_data_dir_is_created(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(paths.platformdirs, "user_data_dir", lambda *a, **k: str(tmp_path / "u"))
    assert paths.user_data_dir().is_dir()
