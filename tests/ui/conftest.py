"""Every UI test runs with messages captured: a forgotten modal dialog cannot hang CI.
``archive`` (the corpus minutes in an archive file) and ``window`` (the real window on
it) serve the tests that need nothing else. ``language`` runs a test in Danish and in
English (the interface language installed, English again afterwards); a test asking for
it and for ``window`` gets the window built in that language. ``pdf_bytes`` and ``pdf_doc``
are the corpus minutes' PDF and its parse, once per test module."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from kkr_desk.domain.document import Document
from kkr_desk.parse import parse_file
from kkr_desk.store.archive import Archive
from kkr_desk.ui import i18n, msgbox
from kkr_desk.ui.main_window import MainWindow
from tests.ui.windows import archive_file, main_window


@pytest.fixture(autouse=True)
def _no_modal_messages(request: pytest.FixtureRequest) -> Iterator[None]:
    if request.node.get_closest_marker("real_messages") or msgbox.is_captured():
        yield  # the test deals with messages itself
        return
    with msgbox.captured():
        yield


REFERAT = "kkr-nordjylland-2022-11-18-referat"


@pytest.fixture(scope="module")
def pdf_bytes(corpus_dir: Path) -> bytes:
    return (corpus_dir / f"{REFERAT}.pdf").read_bytes()


@pytest.fixture(scope="module")
def pdf_doc(corpus_dir: Path) -> Document:
    return parse_file(corpus_dir / f"{REFERAT}.pdf")


@pytest.fixture
def archive(tmp_path: Path, corpus_dir: Path) -> Iterator[Archive]:
    with archive_file(tmp_path, corpus_dir) as archive:
        yield archive


@pytest.fixture(params=["da", "en"])
def language(request: pytest.FixtureRequest, qapp) -> Iterator[str]:
    """The interface language, Danish then English; English is installed again after."""
    i18n.install(qapp, request.param)
    try:
        yield request.param
    finally:
        i18n.install(qapp, "en")


@pytest.fixture
def window(
    request: pytest.FixtureRequest, qtbot, archive: Archive, tmp_path: Path
) -> Iterator[MainWindow]:
    if "language" in request.fixturenames:
        request.getfixturevalue("language")  # installed before the window is built
    with main_window(qtbot, archive, tmp_path) as win:
        yield win
