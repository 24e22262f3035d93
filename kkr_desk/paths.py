"""Where things are: bundled resources and migrations (source tree, wheel or frozen
PyInstaller bundle alike) and the user's data directory."""

from __future__ import annotations

import sys
from pathlib import Path

import platformdirs

APP = "kkr-desk"
_PACKAGE = Path(__file__).resolve().parent


def _bundled(name: str) -> Path:
    """A top-level folder of the project: ``resources`` or ``migrations``."""
    frozen = getattr(sys, "_MEIPASS", None)
    candidates = [
        Path(frozen) / name if frozen else None,  # PyInstaller one-folder bundle
        _PACKAGE / f"_{name}",  # installed wheel (hatch force-include)
        _PACKAGE.parent / name,  # source tree / editable install
    ]
    for path in candidates:
        if path is not None and path.is_dir():
            return path
    raise FileNotFoundError(f"KKR Desk cannot find its {name} folder (looked in {candidates})")


def resources_dir() -> Path:
    return _bundled("resources")


def migrations_dir() -> Path:
    return _bundled("migrations")


def sample_meeting() -> Path:
    return resources_dir() / "sample" / "sample-referat.pdf"


def user_data_dir() -> Path:
    path = Path(platformdirs.user_data_dir(APP, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path
