"""A parsed document in the gold format, and the item fields the archive stores from."""

from __future__ import annotations

import inspect

import pytest

from kkr_desk.domain.derive import vocabulary
from kkr_desk.domain.document import Document
from kkr_desk.domain.gold import item_fields, to_gold
from kkr_desk.domain.records import archive_item_record, item_record
from kkr_desk.parse import parse_bytes
from tests.helpers.kkrpdf import build_txt, sample_pages


@pytest.fixture(scope="module")
def doc() -> Document:
    return parse_bytes(
        build_txt(sample_pages(), header="KKR Syddanmark | 05-03-2024").encode(), "s.txt"
    )


def test_to_gold_outline_and_meeting(doc: Document) -> None:
    gold = to_gold(doc)
    assert [k for k in gold] == [
        "body",
        "date",
        "kind",
        "pages",
        "participants",
        "absent",
        "sections",
    ]
    assert (gold["body"], gold["date"], gold["kind"]) == ("KKR Syddanmark", "2024-03-05", "referat")
    assert [(s["number"], [i["number"] for i in s["items"]]) for s in gold["sections"]] == [
        ("1", ["1.1"]),
        ("2", ["2.1", "2.2"]),
    ]
    for section, node in zip(gold["sections"], doc.sections, strict=True):
        assert (section["first_line"], section["last_line"]) == (node.first, node.last)
        assert section["page"] == doc.lines[node.first].page


def test_item_fields_are_what_the_record_builders_take(doc: Document) -> None:
    keep = vocabulary(doc)
    takes = set(inspect.signature(item_record).parameters) - {"extra"}
    gold_items = [i for s in to_gold(doc)["sections"] for i in s["items"]]
    for node, gold in zip(doc.items(), gold_items, strict=True):
        fields, bodies = item_fields(doc, node, keep)
        assert set(fields) == takes | {"first_line", "last_line"}
        assert [part for part, _ in bodies] == node.children
        assert fields["parts"] == [(part.heading, body.text) for part, body in bodies]
        assert fields["attachments"] == [n for _, body in bodies for n in body.attachments]
        assert item_record(**fields) == gold
        stored = archive_item_record(
            id=1, review_status="unreviewed", flagged=False, note=None, **fields
        )
        assert {k: v for k, v in stored.items() if k in gold} == gold


def test_gold_text_and_tags_of_an_item(doc: Document) -> None:
    item = to_gold(doc)["sections"][1]["items"][0]
    assert [p["heading"] for p in item["parts"]] == [
        "Indstilling",
        "Sagsfremstilling",
        "Beslutning",
    ]
    assert item["attachments"] == ["Projektbeskrivelse"]
    assert item["decision_tags"] == ["approved"]
