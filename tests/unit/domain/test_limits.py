"""The archive's length limits, checked in the domain: edits, parsed documents, file
names. (That the store's columns match the table: tests/unit/store/test_limits.py.)"""

from __future__ import annotations

import re

import pytest

from kkr_desk.domain import edits, limits
from kkr_desk.domain.document import Document
from kkr_desk.parse import parse_bytes
from tests.unit.domain.test_edits import PDF, item


@pytest.fixture
def doc() -> Document:
    document = parse_bytes(PDF, "sample.pdf")
    for number, node in enumerate(document.walk(), start=1):
        node.id = number
    return document


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"number": "2" * 17}, "the number may be at most 16 characters (it has 17)"),
        ({"case_number": "SAG-" + "9" * 29}, "the case number may be at most 32 characters"),
        ({"title": "ok", "number": " 1" * 9}, "the number may be at most 16 characters"),
    ],
)
def test_an_over_long_field_is_refused_and_the_node_left_as_it_was(
    doc: Document, fields: dict[str, str], message: str
) -> None:
    node = item(doc, "2.1")
    before = (node.number, node.title, node.case_number)
    with pytest.raises(edits.EditError, match=f"^{re.escape(message)}"):
        edits.SetFields(node.id, fields).apply(doc)
    assert (node.number, node.title, node.case_number) == before


def test_values_at_the_limit_are_accepted_and_counted_in_characters(doc: Document) -> None:
    node = item(doc, "2.1")
    fields = {"number": "æ" * 16, "case_number": "Ø" * 32}  # 2 bytes each in UTF-8
    edits.SetFields(node.id, fields).apply(doc)
    assert (node.number, node.case_number) == ("æ" * 16, "Ø" * 32)
    edits.SetFields(node.id, {"title": "x" * 10_000}).apply(doc)  # a title is unlimited


def test_a_parsed_document_with_an_over_long_value_is_refused(doc: Document) -> None:
    limits.check_document(doc)  # the sample fits
    item(doc, "2.1").number = "1" * 17
    with pytest.raises(limits.LimitError, match=r"^the number of the item may be at most 16"):
        limits.check_document(doc)
    doc.meeting.body = "KKR " + "x" * 61
    with pytest.raises(limits.LimitError, match=r"^the council may be at most 64 characters"):
        limits.check_document(doc)


@pytest.mark.parametrize(
    ("name", "kept"),
    [
        ("referat.pdf", "referat.pdf"),
        ("a" * 255, "a" * 255),
        ("b" * 296 + ".pdf", "b" * 250 + "….pdf"),
        ("møde " * 60 + ".txt", ("møde " * 60)[:250] + "….txt"),
        ("c" * 280 + "." + "d" * 19, "c" * 254 + "…"),  # not an extension: no suffix kept
    ],
)
def test_a_long_file_name_is_shortened_keeping_its_extension(name: str, kept: str) -> None:
    fitted = limits.fit_source_name(name)
    assert fitted == kept
    assert len(fitted) <= limits.limit("meeting", "source_name")
