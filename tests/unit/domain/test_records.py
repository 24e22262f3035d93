"""The record shapes of the gold format: key order, tag order, the archive's extra keys."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import pytest

from kkr_desk.domain.records import (
    Encoded,
    archive_item_record,
    item_record,
    meeting_record,
    ordered_tags,
    section_record,
)
from kkr_desk.domain.tags import TAGS


def _fields(**override: Any) -> dict[str, Any]:
    return {
        "number": "2.1",
        "title": "Fibernet",
        "page": 4,
        "last_page": 5,
        "case_number": "SAG-2024-00102",
        "case_handlers": ["abc", "def"],
        "parts": [("Indstilling", "Det indstilles."), (None, "Tekst.")],
        "attachments": ["Bilag 1"],
        "tags": {},
        **override,
    }


def test_ordered_tags_follow_the_vocabulary_not_the_input() -> None:
    assert ordered_tags(list(reversed(TAGS))) == list(TAGS)
    assert ordered_tags({"postponed": "suggested", "approved": "confirmed"}) == [
        "approved",
        "postponed",
    ]
    assert ordered_tags({}) == ordered_tags([]) == []
    assert ordered_tags(["vedtaget"]) == []


def test_item_record_key_order_parts_and_tags() -> None:
    handlers = ["abc"]
    record = item_record(
        **_fields(case_handlers=handlers, tags={"noted": "s", "approved": "c"}),
        first_line=10,
        last_line=20,
    )
    assert list(record) == [
        "number",
        "title",
        "page",
        "last_page",
        "first_line",
        "last_line",
        "case_number",
        "case_handlers",
        "parts",
        "attachments",
        "decision_tags",
    ]
    assert record["parts"] == [
        {"heading": "Indstilling", "text": "Det indstilles."},
        {"heading": None, "text": "Tekst."},
    ]
    assert record["decision_tags"] == ["approved", "noted"]
    assert record["case_handlers"] == handlers
    assert record["case_handlers"] is not handlers  # a copy: the record owns its lists


def test_section_and_meeting_records() -> None:
    section = section_record(number="2", title="Sager", page=4, items=[], first_line=3)
    assert list(section) == ["number", "title", "page", "first_line", "items"]
    people = ["Anna Hansen"]
    meeting = meeting_record(
        id=7,
        body="KKR Syddanmark",
        date=dt.date(2024, 3, 5),
        kind="referat",
        pages=5,
        participants=people,
        absent=[],
        sections=[section],
    )
    assert list(meeting) == [
        "id",
        "body",
        "date",
        "kind",
        "pages",
        "participants",
        "absent",
        "sections",
    ]
    assert meeting["date"] == "2024-03-05"
    assert meeting["participants"] == people
    assert meeting["participants"] is not people
    undated = meeting_record(
        body=None, date=None, kind="dagsorden", pages=1, participants=[], absent=[], sections=[]
    )
    assert undated["date"] is None


@pytest.mark.parametrize(
    ("tags", "confirmed"),
    [
        ({}, True),
        ({"approved": "confirmed"}, True),
        ({"approved": "confirmed", "noted": "suggested"}, False),
        ({"noted": "suggested"}, False),
    ],
)
def test_archive_item_record_adds_id_review_and_lines(
    tags: dict[str, str], confirmed: bool
) -> None:
    record = archive_item_record(
        id=11,
        review_status="unreviewed",
        flagged=True,
        note="Tjek",
        first_line=10,
        last_line=20,
        **_fields(tags=tags),
    )
    assert record["tags_confirmed"] is confirmed
    assert (record["id"], record["review_status"], record["note"]) == (11, "unreviewed", "Tjek")
    assert record["flagged"] is True
    assert (record["first_line"], record["last_line"]) == (10, 20)
    assert record["decision_tags"] == ordered_tags(tags)
    gold = item_record(**_fields(tags=tags))
    assert {k: v for k, v in record.items() if k in gold} == gold
    assert list(record)[-1] == "decision_tags"


def test_encoded_is_the_json_text_and_tells_itself_apart() -> None:
    record = archive_item_record(
        id=1,
        review_status="reviewed",
        flagged=False,
        note=None,
        first_line=0,
        last_line=1,
        **_fields(),
    )
    text = json.dumps(record, ensure_ascii=False)
    encoded = Encoded(text)
    assert isinstance(encoded, str)
    assert encoded == text
    assert isinstance(encoded, Encoded)
    assert not isinstance(text, Encoded)
    assert json.loads(encoded) == record
    assert not hasattr(encoded, "__dict__")  # as light as the string it wraps
