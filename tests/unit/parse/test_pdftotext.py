"""Plain text as poppler's pdftotext writes it: read by content, scored against the gold."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from kkr_desk.parse import parse_bytes, plaintext
from tests.conftest import CORPUS_STEMS
from tests.helpers.scoring import score

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "pdftotext"
SCORE = re.compile(
    r"sections (\d+)/(\d+), items exact (\d+)/(\d+), extra (\d+), "
    r"parts text exact (\d+)/(\d+), word recall ([\d.]+), tags (\d+)/(\d+)"
)


def _score(stem: str, mode: str, corpus_dir: Path, score_script: Path, tmp_path: Path) -> str:
    source = FIXTURES / f"{stem}.{mode}.txt"
    return score(source, corpus_dir / f"{stem}.gold.json", score_script, tmp_path)


@pytest.mark.corpus
@pytest.mark.parametrize("stem", CORPUS_STEMS)
def test_layout_mode_scores_perfectly(
    stem: str, corpus_dir: Path, score_script: Path, tmp_path: Path
) -> None:
    line = _score(stem, "layout", corpus_dir, score_script, tmp_path)
    match = SCORE.search(line)
    assert match, line
    s = [float(x) for x in match.groups()]
    # sections, items, no extra, parts text, tags all found; every word
    assert (s[0], s[2], s[4], s[5], s[8], s[7]) == (s[1], s[3], 0, s[6], s[9], 1.0), line


# Default mode loses what cannot come back by shape: poppler moves the `./.` margin
# markers into a column of their own (so the attachments of three agenda items become
# text) and joins line-end hyphens away, real ones too (`KKR-`/`formandskaberne`).
DEFAULT_FLOOR = {
    "kkr-nordjylland-2020-06-19-dagsorden": (11, 33),
    "kkr-nordjylland-2022-11-18-referat": (19, 63),
}


@pytest.mark.corpus
@pytest.mark.parametrize("stem", CORPUS_STEMS)
def test_default_mode_finds_every_section_and_most_items(
    stem: str, corpus_dir: Path, score_script: Path, tmp_path: Path
) -> None:
    line = _score(stem, "default", corpus_dir, score_script, tmp_path)
    match = SCORE.search(line)
    assert match, line
    s = [float(x) for x in match.groups()]
    items, texts = DEFAULT_FLOOR[stem]
    assert (s[0], s[4], s[8]) == (s[1], 0, s[9]), line  # every section and tag, no extra
    assert s[2] >= items, line
    assert s[5] >= texts, line
    assert s[7] >= 0.999, line


def test_chooses_reader_by_content_not_name(corpus_dir: Path) -> None:
    for stem in CORPUS_STEMS:
        assert not plaintext.is_plain((corpus_dir / f"{stem}.txt").read_text(encoding="utf-8"))
        for mode in ("default", "layout"):
            text = (FIXTURES / f"{stem}.{mode}.txt").read_text(encoding="utf-8")
            assert plaintext.is_plain(text)
            assert plaintext.is_plain(text.replace("\f", "\n"))  # no form feed at all


def test_form_feeds_blank_lines_and_layout_indent() -> None:
    text = "\fA first\n   line  here\n\n    next   para\n\fpage two\n\f"
    lines, pages = plaintext.read_lines(text)
    assert pages == 2
    assert [(x.page, x.text, x.gap_before) for x in lines] == [
        (1, "A first", False),
        (1, "line here", False),
        (1, "next para", True),
        (2, "page two", False),
    ]


def test_lone_outline_number_joins_its_title() -> None:
    lines, _ = plaintext.read_lines("intro\n\n2.1.\nTitle of item\n3.\n4. Next\n2.\n\nBody\n")
    assert [(x.text, x.gap_before) for x in lines] == [
        ("intro", False),
        ("2.1. Title of item", True),
        ("3.", False),  # a number follows: not a title
        ("4. Next", False),
        ("2.", False),  # a blank line follows: nothing to join
        ("Body", True),
    ]


def test_pdftotext_text_parses_like_the_corpus_text(corpus_dir: Path) -> None:
    stem = CORPUS_STEMS[1]
    plain = parse_bytes((FIXTURES / f"{stem}.layout.txt").read_bytes(), "x.txt")
    upstream = parse_bytes((corpus_dir / f"{stem}.txt").read_bytes(), "x.txt")
    assert [n.number for n in plain.items()] == [n.number for n in upstream.items()]
    assert plain.meeting.pages == upstream.meeting.pages
