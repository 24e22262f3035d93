"""Every registered format is written from the window's File → Export, in the window's
language where the format has words, read back with a real reader."""

from __future__ import annotations

import json
from pathlib import Path

import docx
import openpyxl
import pymupdf
import pytest

from kkr_desk.app import exporting
from kkr_desk.ui.main_window import MainWindow
from tests.helpers.oparl_validate import problems
from tests.ui.test_file_commands import export

pytestmark = pytest.mark.gui

HEADER = {"da": "Punkt nr.", "en": "Item no."}  # the Excel sheet's item-number column
TITLE = {"da": "Beslutningsprotokol", "en": "Decision report"}


def read_back(fmt: str, path: Path) -> str:
    """The words a reader finds in the file."""
    if fmt == "xlsx":
        book = openpyxl.load_workbook(path, read_only=True)  # read-only keeps the file open
        try:
            rows = book.worksheets[0].iter_rows(values_only=True)
            return " ".join(str(c) for row in rows for c in row)
        finally:
            book.close()
    if fmt == "report-pdf":
        with pymupdf.open(path) as pdf:
            return " ".join(page.get_text() for page in pdf)
    if fmt == "report-docx":
        return " ".join(p.text for p in docx.Document(str(path)).paragraphs)
    return path.read_text(encoding="utf-8-sig")


@pytest.mark.parametrize("fmt", list(exporting.FORMATS))
def test_every_format_from_the_window(
    language: str, window: MainWindow, tmp_path: Path, fmt: str
) -> None:
    out = tmp_path / f"punkter.{exporting.FORMATS[fmt].suffix}"
    export(window, out, "one", fmt)
    assert window.messages[-1][0] == "information", window.messages[-1]
    words = read_back(fmt, out)
    assert "Resultatkontrakt" in words  # an item title of the minutes
    if fmt == "xlsx":
        assert HEADER[language] in words
    if fmt.startswith("report-"):
        assert TITLE[language] in words
    if fmt == "oparl":
        assert problems(json.loads(words)) == []
    assert [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []  # none left
