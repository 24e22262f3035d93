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


# Default mode loses what cannot come back by shape: poppler joins line-end hyphens away,
# real ones too. After an acronym they come back (`KKR`+`formandskaberne`); after a small
# word (`el -`/`og gaskunder` → `el og`) or between letters and digits (`DK-`/`2020` →
# `DK2020`, while `DK2020` is also written so) they cannot: two parts of the minutes.
# The `./.` markers, set apart in a column of their own, are put back on their lines.
DEFAULT_FLOOR = {
    "kkr-nordjylland-2020-06-19-dagsorden": (14, 38),
    "kkr-nordjylland-2022-11-18-referat": (19, 67),
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


def test_markers_set_apart_go_back_to_the_lines_they_mark() -> None:
    text = "Tekst før.\n./.\n./.\n\nFørste bilag\nAndet bilag\n\nMere tekst.\n"
    lines, _pages = plaintext.read_lines(text)
    placed = plaintext.place_markers(lines)
    assert [x.text for x in placed] == [
        "Tekst før.",
        "./. Første bilag",
        "./. Andet bilag",
        "Mere tekst.",
    ]
    assert [x.index for x in placed] == [0, 1, 2, 3]


@pytest.mark.parametrize(
    "block",
    [
        "Første bilag\n",  # one line for two markers
        "Første bilag\nAndet bilag\nTredje linje\n",  # three lines for two markers
        "Sagsfremstilling\nAndet bilag\n",  # a part heading is never marked
        "2.3. Et punkt\nSAG-2024-00001 abc\n",  # nor a heading or a case line
    ],
)
def test_markers_stay_where_the_count_or_the_lines_do_not_fit(block: str) -> None:
    lines, _ = plaintext.read_lines(f"Tekst.\n./.\n./.\n\n{block}")
    assert [x.text for x in plaintext.place_markers(lines)][:3] == ["Tekst.", "./.", "./."]


@pytest.mark.parametrize(
    ("joined", "restored"),
    [
        ("EUmidler", "EU-midler"),
        ("KKRformandskaberne", "KKR-formandskaberne"),
        ("CO2reduktion", "CO2-reduktion"),
        ("DK-2020klimasekretariater", "DK-2020-klimasekretariater"),
        ("SOSUassistent", "SOSU-assistent"),
        ("KLs", "KLs"),  # a genitive: two small letters
        ("2020erne", "2020erne"),  # no capital
        ("Kommunerne", "Kommunerne"),  # one capital
    ],
)
def test_a_hyphen_joined_away_after_an_acronym_comes_back(joined: str, restored: str) -> None:
    lines, _ = plaintext.read_lines(f"Om {joined} her.\n")
    assert lines[0].text == f"Om {restored} her."
