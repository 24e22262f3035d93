"""Importing a damaged PDF from the window: told in Danish, naming the page; imported
only when the clerk says "Importér alligevel", and then with its damaged pages noted."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from kkr_desk.domain.document import Anomaly
from kkr_desk.store.archive import Archive
from kkr_desk.ui import i18n, msgbox
from kkr_desk.ui.main_window import MainWindow
from tests.helpers.archive import dump
from tests.helpers.damage import damaged_page_seven
from tests.ui.windows import REFERAT, main_window

pytestmark = pytest.mark.gui


@pytest.fixture
def danish(qapp) -> Iterator[None]:
    i18n.install(qapp, "da")
    yield
    i18n.install(qapp, "en")


@pytest.fixture
def window(qtbot, archive: Archive, tmp_path: Path, danish) -> Iterator[MainWindow]:
    with main_window(qtbot, archive, tmp_path) as win:
        yield win


@pytest.fixture
def damaged(tmp_path: Path, corpus_dir: Path) -> Path:
    path = tmp_path / "beskadiget.pdf"
    path.write_bytes(damaged_page_seven((corpus_dir / REFERAT).read_bytes()))
    return path


def test_a_damaged_pdf_is_refused_unless_the_clerk_imports_it_anyway(
    window: MainWindow, archive: Archive, damaged: Path
) -> None:
    before = dump(archive.db)
    with msgbox.captured(answer=False) as messages:
        assert window.import_paths([damaged]) == []
    assert dump(archive.db) == before
    (kind, title, text), (fail_kind, _, fail_text) = messages
    assert (kind, title) == ("question", "Beskadiget PDF")
    assert text.startswith("beskadiget.pdf: side 7 kan ikke læses: PDF-filen er beskadiget (")
    assert "Importér alligevel?" in text
    assert fail_kind == "error"
    assert "side 7 kan ikke læses" in fail_text

    with msgbox.captured(answer=True) as messages:  # anyway; and as the meeting's new version
        assert window.import_paths([damaged]) == [1]
    assert [m[1] for m in messages][:2] == ["Beskadiget PDF", "Import"]
    anomalies = archive.load(1).meeting.anomalies
    assert [a.page for a in anomalies] == [7]
    assert all(isinstance(a, Anomaly) and a.message for a in anomalies)
