"""The exports' words: the Danish tag labels are the window's (its translation file),
every code of the vocabulary and every export column has a word in both languages."""

from __future__ import annotations

import runpy
from pathlib import Path

import pytest

from kkr_desk.domain import labels, tags
from kkr_desk.domain.edits import REVIEW_STATUSES
from kkr_desk.export.csv_export import COLUMNS

ROOT = Path(__file__).resolve().parents[3]


def test_the_danish_tag_labels_are_the_windows() -> None:
    window_da = runpy.run_path(str(ROOT / "packaging" / "translations_da.py"))["DA"]
    for tag in tags.TAGS:
        assert labels.label("tag", tag, "da") == window_da[tags.LABELS[tag]], tag
        assert labels.label("tag", tag, "en") == tags.LABELS[tag]


@pytest.mark.parametrize("language", labels.LANGUAGES)
def test_every_code_has_a_word(language: str) -> None:
    for status in REVIEW_STATUSES:
        assert labels.label("review", status, language)
    for column in COLUMNS:
        word = labels.label("column", column, language)
        assert word
        assert word != column  # a header, not the code


def test_tags_come_in_the_vocabularys_order_and_unknown_codes_stay() -> None:
    assert labels.tag_labels(["rejected", "approved"], "da") == ["Godkendt", "Afvist"]
    assert labels.label("column", "no_such_column", "da") == "no_such_column"
    with pytest.raises(ValueError, match="choose en or da"):
        labels.label("tag", "approved", "de")


def test_yes_no_cells() -> None:
    assert [labels.label("bool", b, "da") for b in ("true", "false")] == ["ja", "nej"]
    assert [labels.label("bool", b, "en") for b in ("true", "false")] == ["yes", "no"]
