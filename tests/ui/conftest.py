"""Every UI test runs with messages captured: a forgotten modal dialog cannot hang CI.
``archive`` (the corpus minutes in an archive file) and ``window`` (the real window on
it) serve the tests that need nothing else."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from kkr_desk.store.archive import Archive
from kkr_desk.ui import msgbox
from kkr_desk.ui.main_window import MainWindow
from tests.ui.windows import archive_file, main_window


@pytest.fixture(autouse=True)
def _no_modal_messages(request: pytest.FixtureRequest) -> Iterator[None]:
    if request.node.get_closest_marker("real_messages") or msgbox.is_captured():
        yield  # the test deals with messages itself
        return
    with msgbox.captured():
        yield


@pytest.fixture
def archive(tmp_path: Path, corpus_dir: Path) -> Iterator[Archive]:
    with archive_file(tmp_path, corpus_dir) as archive:
        yield archive


@pytest.fixture
def window(qtbot, archive: Archive, tmp_path: Path) -> Iterator[MainWindow]:
    with main_window(qtbot, archive, tmp_path) as win:
        yield win
