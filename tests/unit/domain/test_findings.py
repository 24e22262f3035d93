"""Findings: each kind fires on a constructed input, clears as the structure is fixed,
and stays silent on the corpus except where the corpus really is irregular."""

from __future__ import annotations

import itertools
import json
import time
from pathlib import Path

import pytest

from kkr_desk.domain import edits
from kkr_desk.domain.document import (
    Anomaly,
    AnomalyKind,
    Document,
    Line,
    Meeting,
    Node,
    NodeKind,
    check_invariants,
)
from kkr_desk.domain.findings import (
    LONG_ITEM_LINES,
    LONG_ITEM_PAGES,
    USUAL_PART_ORDER,
    findings,
)
from kkr_desk.domain.flag import SetFlag
from kkr_desk.parse import parse_bytes, parse_file
from tests.conftest import CORPUS_STEMS
from tests.helpers.kkrpdf import build_pdf, sample_pages

PDF = build_pdf(sample_pages())
K = AnomalyKind


@pytest.fixture
def doc() -> Document:
    """The sample referat (sections 1, 2; items 1.1, 2.1, 2.2) with ids in tree order."""
    document = parse_bytes(PDF, "sample.pdf")
    for number, node in enumerate(document.walk(), start=1):
        node.id = number
    return document


def node(doc: Document, number: str) -> Node:
    return next(n for n in doc.walk() if n.number == number and n.kind is not NodeKind.PART)


def part(doc: Document, number: str, heading: str) -> Node:
    return next(p for p in node(doc, number).children if p.heading == heading)


def apply(doc: Document, op: edits.Operation) -> None:
    op.apply(doc)
    check_invariants(doc)


def summary(doc: Document) -> list[tuple[str, int | None, int | None, str]]:
    return [(a.kind.value, a.first, a.last, a.danish) for a in findings(doc)]


# -- the corpus and the sample -----------------------------------------------------------


def test_the_sample_has_nothing_to_check(doc: Document) -> None:
    assert findings(doc) == []


@pytest.mark.parametrize("suffix", ["pdf", "txt"])
def test_the_corpus_minutes_have_nothing_to_check(corpus_dir: Path, suffix: str) -> None:
    doc = parse_file(corpus_dir / f"{CORPUS_STEMS[1]}.{suffix}")
    assert findings(doc) == []


@pytest.mark.parametrize("suffix", ["pdf", "txt"])
def test_the_corpus_agenda_has_one_item_without_a_case_line(corpus_dir: Path, suffix: str) -> None:
    # The agenda really is irregular there: its last item ("Eventuelt") has no case line
    # in the source, and the gold has case_number null for it.
    doc = parse_file(corpus_dir / f"{CORPUS_STEMS[0]}.{suffix}")
    gold = json.loads((corpus_dir / f"{CORPUS_STEMS[0]}.gold.json").read_text("utf-8"))
    no_case = [i["number"] for s in gold["sections"] for i in s["items"] if not i["case_number"]]
    assert no_case == ["7.1"]
    last = node(doc, "7.1")
    assert [(a.kind, a.page, a.first, a.last) for a in findings(doc)] == [
        (K.NO_CASE, 28, last.first, last.first)
    ]
    assert findings(doc)[0].message == "Item 7.1 has no case number"
    assert findings(doc)[0].danish == "Punkt 7.1 mangler sagsnummer"


def test_the_usual_part_order_is_the_order_of_every_gold_item(corpus_dir: Path) -> None:
    rank = {heading: i for i, heading in enumerate(USUAL_PART_ORDER)}  # the strict order
    seen = set()
    for gold_file in sorted(corpus_dir.glob("*.gold.json")):
        gold = json.loads(gold_file.read_text("utf-8"))
        for item in (i for s in gold["sections"] for i in s["items"]):
            ranked = [rank[p["heading"]] for p in item["parts"] if p["heading"] in rank]
            assert ranked == sorted(set(ranked)), item["number"]
            seen.update(p["heading"] for p in item["parts"])
    assert set(USUAL_PART_ORDER) <= seen


# -- numbering ----------------------------------------------------------------------------


def test_an_item_number_gap_fires_and_clears_when_fixed(doc: Document) -> None:
    item = node(doc, "2.2")
    apply(doc, edits.SetFields(item.id, {"number": "2.3"}))
    found = findings(doc)
    assert summary(doc) == [
        ("numbering", item.first, item.first, "Nummereringen springer fra 2.1 til 2.3")
    ]
    assert found[0].message == "Numbering jumps from 2.1 to 2.3"
    assert found[0].page == doc.lines[item.first].page == 5
    apply(doc, edits.SetFields(item.id, {"number": "2.2"}))
    assert findings(doc) == []


def test_a_repeated_item_number_fires(doc: Document) -> None:
    item = node(doc, "2.2")
    apply(doc, edits.SetFields(item.id, {"number": "2.1"}))
    assert summary(doc) == [("numbering", item.first, item.first, "Punktnummer 2.1 gentages")]


def test_an_item_numbered_for_another_section_fires(doc: Document) -> None:
    item = node(doc, "2.2")
    apply(doc, edits.SetFields(item.id, {"number": "3.2"}))
    assert [a.kind for a in findings(doc)] == [K.NUMBERING]
    assert findings(doc)[0].danish == "Punkt '3.2' er ikke nummereret 2.n i afsnit 2"


def test_a_first_item_not_numbered_one_fires(doc: Document) -> None:
    item = node(doc, "1.1")
    apply(doc, edits.SetFields(item.id, {"number": "1.2"}))
    assert summary(doc) == [
        ("numbering", item.first, item.first, "Nummereringen springer fra 1 til 1.2")
    ]


def test_a_section_number_gap_and_repeat_fire(doc: Document) -> None:
    section = node(doc, "2")
    apply(doc, edits.SetFields(section.id, {"number": "3"}))
    numbering = [a for a in findings(doc) if a.first == section.first]
    assert [(a.kind, a.danish) for a in numbering] == [
        (K.NUMBERING, "Nummereringen springer fra 1 til 3")
    ]
    apply(doc, edits.SetFields(section.id, {"number": "1"}))
    assert [a.danish for a in findings(doc) if a.first == section.first] == [
        "Afsnit nummer 1 gentages"
    ]


# -- case lines, part order, decisions, length ------------------------------------------


def test_an_item_without_a_case_number_fires_and_clears(doc: Document) -> None:
    item = node(doc, "2.1")
    apply(doc, edits.SetFields(item.id, {"case_number": None}))
    assert summary(doc) == [("no_case", item.first, item.first, "Punkt 2.1 mangler sagsnummer")]
    apply(doc, edits.SetFields(item.id, {"case_number": "SAG-2024-00102"}))
    assert findings(doc) == []


def test_a_part_out_of_the_usual_order_fires(doc: Document) -> None:
    moved = part(doc, "2.1", "Sagsfremstilling")
    apply(doc, edits.SetFields(moved.id, {"heading": "Baggrund"}))
    assert summary(doc) == [
        ("part_order", moved.first, moved.first, "Punkt 2.1: Baggrund står efter Indstilling")
    ]
    apply(doc, edits.SetFields(moved.id, {"heading": "Sagsfremstilling"}))
    assert findings(doc) == []


def test_a_repeated_part_heading_fires(doc: Document) -> None:
    again = part(doc, "2.1", "Sagsfremstilling")
    apply(doc, edits.SetFields(again.id, {"heading": "Indstilling"}))
    assert summary(doc) == [
        ("part_order", again.first, again.first, "Punkt 2.1 har overskriften Indstilling to gange")
    ]


def test_text_before_the_first_heading_is_in_order(doc: Document) -> None:
    first = part(doc, "2.1", "Indstilling")
    apply(doc, edits.SetFields(first.id, {"heading": None}))
    assert [p.heading for p in node(doc, "2.1").children] == [
        None,
        "Sagsfremstilling",
        "Beslutning",
    ]
    assert findings(doc) == []


def test_a_decision_without_a_decision_phrase_fires_in_minutes_only(doc: Document) -> None:
    decision = part(doc, "1.1", "Beslutning")
    body = decision.first + 1
    apply(doc, edits.CorrectLine(body, "Ingen bemærkninger."))
    assert summary(doc) == [
        (
            "no_decision",
            decision.first,
            decision.last,
            "Punkt 1.1: ingen genkendelig beslutning under Beslutning",
        )
    ]
    doc.meeting.kind = "dagsorden"
    assert findings(doc) == []
    doc.meeting.kind = "referat"
    apply(doc, edits.CorrectLine(body, None))
    assert findings(doc) == []


def _long_document(pages: int, lines_per_page: int) -> Document:
    """One section with one item (heading, case line, Beslutning) over ``pages`` pages."""
    texts = ["1. Sager", "1.1. Et punkt", "SAG-2024-00001 abc", "Beslutning", "Godkendt."]
    count = pages * lines_per_page
    texts += ["Teksten fortsætter."] * (count - len(texts))
    lines = [Line(i, 1 + i // lines_per_page, text) for i, text in enumerate(texts)]
    last = count - 1
    decision = Node(NodeKind.PART, 3, last, heading="Beslutning")
    item = Node(NodeKind.ITEM, 1, last, number="1.1", case_number="SAG-2024-00001")
    item.children = [decision]
    section = Node(NodeKind.SECTION, 0, last, number="1", children=[item])
    doc = Document(Meeting(kind="referat", pages=pages), lines, [section])
    check_invariants(doc)
    return doc


def test_a_very_long_item_fires_by_pages_and_by_lines() -> None:
    assert findings(_long_document(LONG_ITEM_PAGES, 40)) == []
    by_pages = _long_document(LONG_ITEM_PAGES + 1, 40)
    assert summary(by_pages) == [
        (
            "long_item",
            1,
            len(by_pages.lines) - 1,
            f"Punkt 1.1 er meget langt ({LONG_ITEM_PAGES + 1} sider)",
        )
    ]
    by_lines = _long_document(2, LONG_ITEM_LINES // 2 + 1)
    assert [a.kind for a in findings(by_lines)] == [K.LONG_ITEM]


# -- stored findings and their clear rules -----------------------------------------------


def _stored(doc: Document, kind: AnomalyKind, first: int) -> Anomaly:
    found = Anomaly(doc.lines[first].page, "stored", kind, first, first, "gemt")
    doc.meeting.anomalies.append(found)
    return found


def test_a_weak_heading_holds_until_the_item_is_reviewed(doc: Document) -> None:
    item = node(doc, "2.2")
    weak = _stored(doc, K.WEAK_HEADING, item.first)
    assert findings(doc) == [weak]
    apply(doc, edits.SetReview(item.id, "reviewed"))
    assert findings(doc) == []
    apply(doc, edits.SetReview(item.id, "unreviewed"))
    assert findings(doc) == [weak]
    apply(doc, SetFlag(item.id, True))  # flagged: the clerk has looked at it
    assert findings(doc) == []


def test_a_weak_heading_clears_when_no_item_starts_there(doc: Document) -> None:
    item = node(doc, "2.2")
    weak = _stored(doc, K.WEAK_HEADING, item.first)
    apply(doc, edits.Merge(item.id))
    assert weak not in findings(doc)


def test_a_weak_section_heading_clears_when_its_items_are_reviewed(doc: Document) -> None:
    section = node(doc, "2")
    weak = _stored(doc, K.WEAK_HEADING, section.first)
    apply(doc, edits.SetReview(node(doc, "2.1").id, "reviewed"))
    assert findings(doc) == [weak]
    apply(doc, edits.SetReview(node(doc, "2.2").id, "reviewed"))
    assert findings(doc) == []


def test_a_rejected_heading_holds_until_made_a_heading_or_reviewed(doc: Document) -> None:
    item = node(doc, "2.1")
    at = next(x.index for x in doc.lines if x.text == "Projektet har følgende spor:")
    rejected = _stored(doc, K.REJECTED_HEADING, at)
    assert findings(doc) == [rejected]
    apply(doc, edits.SetReview(item.id, "reviewed"))
    assert findings(doc) == []
    apply(doc, edits.SetReview(item.id, "unreviewed"))
    apply(doc, edits.Split(item.id, at))  # the clerk makes it a heading after all
    assert rejected not in findings(doc)


def test_a_damaged_page_is_always_kept_and_everything_is_sorted_by_place(
    doc: Document,
) -> None:
    whole = Anomaly(None, "the PDF file is damaged", K.DAMAGED)
    page = Anomaly(5, "the page cannot be read", K.DAMAGED)
    doc.meeting.anomalies.extend([page, whole])
    item = node(doc, "1.1")
    apply(doc, edits.SetFields(item.id, {"case_number": None}))
    for each in doc.items():
        each.review = "reviewed"
    assert findings(doc) == [whole, findings(doc)[1], page]
    assert (findings(doc)[1].kind, findings(doc)[1].page) == (K.NO_CASE, 4)


def test_a_long_document_takes_a_few_milliseconds(corpus_dir: Path) -> None:
    one = parse_file(corpus_dir / f"{CORPUS_STEMS[1]}.pdf")
    sections: list[Node] = []
    lines: list[Line] = []
    for copy in range(10):  # 330 pages: the minutes ten times, numbered on
        offset, page_offset = len(lines), copy * one.meeting.pages
        lines += [Line(offset + x.index, page_offset + x.page, x.text) for x in one.lines]
        for section in one.sections:
            moved = _shifted(section, offset)
            sections.append(moved)
    for number, section in enumerate(sections, start=1):
        section.number = str(number)
        for i, item in enumerate(section.children, start=1):
            item.number = f"{number}.{i}"
    front = Node(NodeKind.FRONT, 0, sections[0].first - 1)
    for before, after in itertools.pairwise(sections):
        before.last = after.first - 1  # the front of each copy joins the section before
        if before.children:
            before.children[-1].last = before.last
            if before.children[-1].children:
                before.children[-1].children[-1].last = before.last
    doc = Document(Meeting(kind="referat", pages=330), lines, [front, *sections])
    check_invariants(doc)
    findings(doc)  # the first call learns the document's vocabulary
    start = time.perf_counter()
    found = findings(doc)
    elapsed = time.perf_counter() - start
    assert found == []
    assert elapsed < 0.05, f"{elapsed * 1000:.1f} ms"


def _shifted(node: Node, offset: int) -> Node:
    return Node(
        node.kind,
        node.first + offset,
        node.last + offset,
        number=node.number,
        title=node.title,
        heading=node.heading,
        case_number=node.case_number,
        children=[_shifted(child, offset) for child in node.children],
    )


def test_indstilling_and_sagsfremstilling_come_in_either_order(corpus_dir: Path) -> None:
    doc = parse_bytes((corpus_dir / "kkr-nordjylland-2022-11-18-referat.txt").read_bytes(), "m.txt")
    item = next(
        i
        for i in doc.items()
        if [p.heading for p in i.children][1:3]
        == [
            "Indstilling",
            "Sagsfremstilling",
        ]
    )
    item.children[1].heading, item.children[2].heading = "Sagsfremstilling", "Indstilling"
    assert not [a for a in findings(doc) if a.kind is AnomalyKind.PART_ORDER]
    item.children[3].heading = "Baggrund"  # after them: out of order
    assert [a.first for a in findings(doc) if a.kind is AnomalyKind.PART_ORDER] == [
        item.children[3].first
    ]
