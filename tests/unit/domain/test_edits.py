"""The edit operations as pure transforms of a document tree."""

from __future__ import annotations

import pytest

from kkr_desk.domain import edits
from kkr_desk.domain.document import Document, NodeKind, check_invariants
from kkr_desk.domain.flag import SetFlag
from kkr_desk.parse import parse_bytes
from tests.helpers.kkrpdf import build_pdf, sample_pages

PDF = build_pdf(sample_pages())


@pytest.fixture
def doc() -> Document:
    """The sample referat with ids 1, 2, … in tree order (as the archive would give)."""
    document = parse_bytes(PDF, "sample.pdf")
    for number, node in enumerate(document.walk(), start=1):
        node.id = number
    return document


def item(doc: Document, number: str):
    return next(i for i in doc.items() if i.number == number)


def line_index(doc: Document, text: str) -> int:
    return next(x.index for x in doc.lines if x.text == text)


def shape(doc: Document) -> list:
    return [
        (s.number, [(i.number, [p.heading for p in i.children]) for i in s.children])
        for s in doc.sections
    ]


def apply(doc: Document, op: edits.Operation) -> None:
    op.apply(doc)
    check_invariants(doc)


def test_split_item_at_a_body_line_makes_a_new_item(doc: Document) -> None:
    at = line_index(doc, "Projektet har følgende spor:")
    apply(doc, edits.Split(item(doc, "2.1").id, at))
    assert shape(doc)[1] == (
        "2",
        [
            ("2.1", ["Indstilling", "Sagsfremstilling"]),
            (None, [None, "Beslutning"]),
            ("2.2", ["Indstilling", "Beslutning"]),
        ],
    )
    new = doc.sections[1].children[1]
    assert new.first == at
    assert new.title == "Projektet har følgende spor:"
    assert new.children[0].first == at + 1  # the split line is the new item's heading
    assert new.id is None


def test_split_part_at_a_heading_line_takes_the_heading(doc: Document) -> None:
    part = item(doc, "2.1").children[1]  # Sagsfremstilling
    at = line_index(doc, "2. Udbud i 2024.")
    apply(doc, edits.Split(part.id, at))
    assert [p.heading for p in item(doc, "2.1").children] == [
        "Indstilling",
        "Sagsfremstilling",
        None,
        "Beslutning",
    ]


def test_split_outside_or_at_the_first_line_is_refused(doc: Document) -> None:
    target = item(doc, "2.1")
    with pytest.raises(edits.EditError, match="not inside"):
        edits.Split(target.id, target.first).apply(doc)
    with pytest.raises(edits.EditError, match="not inside"):
        edits.Split(target.id, target.last + 1).apply(doc)


def test_merge_joins_the_previous_sibling(doc: Document) -> None:
    second = item(doc, "2.2")
    heading_line = second.first
    apply(doc, edits.Merge(second.id))
    first = item(doc, "2.1")
    assert [i.number for i in doc.sections[1].children] == ["2.1"]
    assert [p.heading for p in first.children] == [
        "Indstilling",
        "Sagsfremstilling",
        "Beslutning",
        "Indstilling",
        "Beslutning",
    ]
    assert heading_line in first.children[2]  # the old heading is text of the last part


def test_merge_of_a_first_child_is_refused(doc: Document) -> None:
    with pytest.raises(edits.EditError, match="nothing before"):
        edits.Merge(item(doc, "2.1").id).apply(doc)


def test_move_start_up_and_down(doc: Document) -> None:
    second = item(doc, "2.2")
    old = second.first
    apply(doc, edits.MoveStart(second.id, old - 1))
    assert second.first == old - 1
    assert item(doc, "2.1").last == old - 2
    apply(doc, edits.MoveStart(second.id, old + 1))  # give the heading line back, and more
    assert second.first == old + 1
    assert item(doc, "2.1").last == old


def test_move_start_never_empties_a_node(doc: Document) -> None:
    decision = item(doc, "2.1").children[-1]
    second = item(doc, "2.2")
    with pytest.raises(edits.EditError, match="without lines"):
        edits.MoveStart(second.id, decision.first).apply(doc)


def test_make_heading_of_a_body_line(doc: Document) -> None:
    at = line_index(doc, "Projektet har følgende spor:")
    apply(doc, edits.MakeHeading(at, "part"))
    parts = item(doc, "2.1").children
    assert [p.heading for p in parts] == ["Indstilling", "Sagsfremstilling", None, "Beslutning"]
    with pytest.raises(edits.EditError, match="already opens"):
        edits.MakeHeading(at, "part").apply(doc)


def test_part_becomes_item_and_item_becomes_part(doc: Document) -> None:
    decision = item(doc, "2.1").children[-1]
    apply(doc, edits.ChangeLevel(decision.id, "item"))
    # The heading line heads the new item; the decision text is its untitled part.
    assert shape(doc)[1][1][:2] == [("2.1", ["Indstilling", "Sagsfremstilling"]), (None, [None])]
    promoted = doc.sections[1].children[1]
    assert promoted.title == "Beslutning"
    promoted.id = 999
    apply(doc, edits.ChangeLevel(999, "part"))
    assert shape(doc)[1][1][0] == ("2.1", ["Indstilling", "Sagsfremstilling", "Beslutning"])


def test_item_becomes_section_and_back(doc: Document) -> None:
    apply(doc, edits.ChangeLevel(item(doc, "2.2").id, "section"))
    assert [(s.number, s.title) for s in doc.sections] == [
        ("1", "Godkendelse"),
        ("2", "Sager til beslutning"),
        ("2.2", "Orientering om trafik"),
    ]
    assert doc.sections[2].children == []
    new_section = doc.sections[2]
    new_section.id = 500
    apply(doc, edits.ChangeLevel(500, "item"))
    assert [i.title for i in doc.sections[1].children] == [
        "Fælles indkøb af fibernet i de syddanske kommuner",
        "Orientering om trafik",
    ]


def test_impossible_level_change_is_refused(doc: Document) -> None:
    with pytest.raises(edits.EditError, match="cannot become"):
        edits.ChangeLevel(doc.sections[0].id, "part").apply(doc)


def test_fields_tags_review_note_and_line_corrections(doc: Document) -> None:
    target = item(doc, "2.2")
    apply(doc, edits.SetFields(target.id, {"title": "  Trafik  ", "case_handlers": ["a", " "]}))
    assert (target.title, target.case_handlers) == ("Trafik", ["a"])
    with pytest.raises(edits.EditError, match="no field heading"):
        edits.SetFields(target.id, {"heading": "Baggrund"}).apply(doc)
    assert target.tags == {"postponed": "suggested"}
    apply(doc, edits.ConfirmTags(target.id))
    assert target.tags == {"postponed": "confirmed"}
    apply(doc, edits.SetTags(target.id, ("rejected", "approved")))
    assert list(target.tags) == ["approved", "rejected"]
    with pytest.raises(edits.EditError, match="unknown decision tag"):
        edits.SetTags(target.id, ("maybe",)).apply(doc)
    apply(doc, edits.SetReview(target.id, "reviewed"))
    apply(doc, edits.SetNote(target.id, " tjek "))
    assert (target.review, target.note) == ("reviewed", "tjek")
    with pytest.raises(edits.EditError, match="is not an item"):
        edits.SetReview(doc.sections[0].id, "reviewed").apply(doc)
    line = doc.lines[target.first]
    apply(doc, edits.CorrectLine(line.index, "2.2. Trafik"))
    assert (line.text, line.content) == ("2.2. Orientering om trafik", "2.2. Trafik")
    apply(doc, edits.CorrectLine(line.index, line.text))
    assert line.corrected is None


def test_operations_describe_themselves() -> None:
    assert edits.Split(3, 40).describe() == {"op": "split", "node": 3, "line": 40}
    assert edits.SetTags(3, ("noted",)).describe() == {
        "op": "set_tags",
        "node": 3,
        "tags": ("noted",),
    }
    assert NodeKind.ITEM.value == "item"


def test_flag_and_review_status_are_independent(doc: Document) -> None:
    target = item(doc, "2.2")
    apply(doc, SetFlag(target.id, True))
    assert (target.review, target.flagged) == ("unreviewed", True)
    apply(doc, edits.SetReview(target.id, "reviewed"))
    assert (target.review, target.flagged) == ("reviewed", True)  # reviewing keeps the flag
    apply(doc, SetFlag(target.id, False))
    assert (target.review, target.flagged) == ("reviewed", False)  # unflagging keeps the review
    assert SetFlag(target.id, True).describe() == {
        "op": "set_flag",
        "node": target.id,
        "flagged": True,
    }
    with pytest.raises(edits.EditError, match="unknown review status 'flagged'"):
        edits.SetReview(target.id, "flagged").apply(doc)
    with pytest.raises(edits.EditError, match="is not an item"):
        SetFlag(doc.sections[0].id, True).apply(doc)
