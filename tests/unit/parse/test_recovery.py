"""Headings found on sequence and context alone: text with no gap or page marks, a
missed heading that costs one item only, and the candidates the parser turned down."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from kkr_desk.domain.document import AnomalyKind, check_invariants
from kkr_desk.parse import parse_bytes
from tests.helpers.kkrpdf import build_pdf, build_txt, sample_pages
from tests.helpers.scoring import score

CORPUS = Path(__file__).resolve().parents[4] / "shared" / "corpus"
SCORE = CORPUS.parent / "tools" / "score.py"
DOCS = ["kkr-nordjylland-2020-06-19-dagsorden", "kkr-nordjylland-2022-11-18-referat"]
PERFECT = ("--min-items", "1", "--min-text", "1", "--min-tags", "1", "--min-words", "1")


def flatten(text: str) -> str:
    """The extraction format with no gap marks (lines of spaces) and no page marks (the
    leading space of a page's first line): one page, nothing but lines."""
    rows = text.replace("\r\n", "\n").split("\n")
    return "\n".join(row.strip() for row in rows if row == "" or row.strip())


@pytest.mark.parametrize("name", DOCS)
def test_text_without_gap_or_page_marks_parses_to_the_gold(name: str, tmp_path: Path) -> None:
    flat = tmp_path / f"{name}.txt"
    flat.write_text(flatten((CORPUS / f"{name}.txt").read_text(encoding="utf-8")), "utf-8")
    doc = parse_bytes(flat.read_bytes(), flat.name)
    assert doc.meeting.pages == 1
    assert not any(x.gap_before for x in doc.lines)
    score(flat, CORPUS / f"{name}.gold.json", SCORE, tmp_path, *PERFECT)


def _without(text: str, heading: str) -> str:
    """``text`` with the line holding ``heading`` (at a line start) left out."""
    out, hits = re.subn(rf"(?m)^ ?{re.escape(heading)}[^\n]*\n", "", text, count=1)
    assert hits == 1
    return out


def test_a_missed_item_heading_costs_that_item_only(tmp_path: Path) -> None:
    name = DOCS[1]
    source = tmp_path / "missing.txt"
    source.write_text(
        _without((CORPUS / f"{name}.txt").read_text(encoding="utf-8"), "2.2. "), "utf-8"
    )
    doc = parse_bytes(source.read_bytes(), source.name)
    check_invariants(doc)
    numbers = [item.number for item in doc.items()]
    # 2.3 … 2.13 are still found: the item before the gap takes the lost one's text.
    assert numbers[:3] == ["1.1", "1.2", "1.3"]
    assert "2.2" not in numbers
    assert [n for n in numbers if n.startswith("2.")] == ["2.1", *(f"2.{k}" for k in range(3, 14))]
    assert len(numbers) == 18
    report = score(source, CORPUS / f"{name}.gold.json", SCORE, tmp_path)
    assert "items exact 17/19" in report  # 2.1 (holding 2.2's text) and 2.2


def test_a_missed_section_heading_keeps_the_sections_after_it(tmp_path: Path) -> None:
    name = DOCS[1]
    source = tmp_path / "missing.txt"
    source.write_text(
        _without((CORPUS / f"{name}.txt").read_text(encoding="utf-8"), "3. Siden sidst"), "utf-8"
    )
    doc = parse_bytes(source.read_bytes(), source.name)
    check_invariants(doc)
    assert [s.number for s in doc.sections] == ["1", "2", "4", "5", "6", "7"]
    assert [i.number for i in doc.sections[2].children] == ["4.1"]


def _renumbered(number: str, case: bool) -> list:
    """The sample referat with its item 2.2 numbered ``number`` (with or without its case
    line)."""
    pages = [list(page) for page in sample_pages()]
    last = pages[-1]
    at = last.index(("item", "2.2. Orientering om trafik"))
    last[at] = ("item", f"{number}. Orientering om trafik")
    if not case:
        del last[at + 1]
    return pages


@pytest.mark.parametrize("form", ["pdf", "txt"])
def test_a_skipped_item_is_taken_with_its_case_line_only(form: str) -> None:
    def parse(pages: list):
        if form == "pdf":
            return parse_bytes(build_pdf(pages), "t.pdf")
        return parse_bytes(build_txt(pages).encode(), "t.txt")

    assert [i.number for i in parse(_renumbered("2.3", True)).items()] == ["1.1", "2.1", "2.3"]
    assert [i.number for i in parse(_renumbered("2.5", True)).items()] == ["1.1", "2.1"]
    weak = parse(_renumbered("2.3", False))
    assert [i.number for i in weak.items()] == ["1.1", "2.1"]


def test_a_candidate_heading_turned_down_at_a_block_start_is_a_finding() -> None:
    """``2.2`` opens a block but is neither in heading type nor followed by a case line
    (plain body type in a PDF): it stays text, and the parser says so."""
    pages = [list(page) for page in sample_pages()]
    last = pages[-1]
    at = last.index(("item", "2.2. Orientering om trafik"))
    last[at] = ("body", "2.2. Orientering om trafik")
    del last[at + 1]
    doc = parse_bytes(build_pdf(pages), "t.pdf")
    assert [i.number for i in doc.items()] == ["1.1", "2.1"]
    found = [a for a in doc.meeting.anomalies if a.kind is AnomalyKind.REJECTED_HEADING]
    assert len(found) == 1
    line = doc.lines[found[0].first]
    assert line.text == "2.2. Orientering om trafik"
    assert found[0].page == line.page
    assert "2.2" in found[0].message
    assert "2.2" in found[0].danish


@pytest.mark.parametrize("name", DOCS)
def test_the_corpus_parses_have_no_parser_findings(name: str) -> None:
    for suffix in (".pdf", ".txt"):
        doc = parse_bytes((CORPUS / f"{name}{suffix}").read_bytes(), name + suffix)
        assert doc.meeting.anomalies == []


def test_an_item_taken_on_weak_evidence_is_a_finding(tmp_path: Path) -> None:
    """Text with no gap marks: the minutes' item 3.1 without its case line still opens
    its item (a part heading follows it), and the parser says it was unsure."""
    name = DOCS[1]
    text = _without(
        flatten((CORPUS / f"{name}.txt").read_text(encoding="utf-8")), "SAG-2022-04420 hast"
    )
    doc = parse_bytes(text.encode(), "flat.txt")
    weak = [a for a in doc.meeting.anomalies if a.kind is AnomalyKind.WEAK_HEADING]
    numbers = [i.number for i in doc.items()]
    assert len(numbers) == 19
    assert len(weak) == 1
    item = next(i for i in doc.items() if i.first == weak[0].first)
    assert item.case_number is None
    assert item.number in weak[0].message
    assert item.number in weak[0].danish


def test_a_text_section_without_items_is_taken_on_weak_evidence() -> None:
    """A section with text of its own and no items, in text with no gap after its title."""
    pages = [list(page) for page in sample_pages()]
    pages[-1] += [("section", "3. Eventuelt"), ("body", "Der var ingen bemærkninger.")]
    text = build_txt(pages).replace("\n \n", "\n")  # no gap marks inside pages
    doc = parse_bytes(text.encode(), "t.txt")
    assert [s.number for s in doc.sections] == ["1", "2", "3"]
    assert doc.sections[2].title == "Eventuelt"
    assert [a.kind for a in doc.meeting.anomalies] == [AnomalyKind.WEAK_HEADING]
