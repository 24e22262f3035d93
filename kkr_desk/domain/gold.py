"""A parsed document in the corpus gold format (``../shared/corpus/README.md``), and the
fields of an item record as derived from the document."""

from __future__ import annotations

from typing import Any

from kkr_desk.domain.derive import part_body, vocabulary
from kkr_desk.domain.document import Document, Node
from kkr_desk.domain.records import item_record, meeting_record, section_record
from kkr_desk.domain.text import Body


def to_gold(doc: Document) -> dict[str, Any]:
    keep = vocabulary(doc)
    info = doc.meeting
    return meeting_record(
        body=info.body,
        date=info.date,
        kind=info.kind,
        pages=info.pages,
        participants=info.participants,
        absent=info.absent,
        sections=[
            section_record(
                number=section.number,
                title=section.title,
                page=doc.lines[section.first].page,
                items=[_item(doc, item, keep) for item in section.children],
                first_line=section.first,
                last_line=section.last,
            )
            for section in doc.sections
        ],
    )


def item_fields(
    doc: Document, item: Node, keep: frozenset[str]
) -> tuple[dict[str, Any], list[tuple[Node, Body]]]:
    """An item's record fields as derived from the document, and its parts' bodies.
    Both the parse output and the archive's stored records are built from these."""
    bodies = [(part, part_body(doc, part, keep)) for part in item.children]
    fields = {
        "number": item.number,
        "title": item.title,
        "page": doc.lines[item.first].page,
        "last_page": doc.lines[item.last].page,
        "case_number": item.case_number,
        "case_handlers": item.case_handlers,
        "parts": [(part.heading, body.text) for part, body in bodies],
        "attachments": [name for _, body in bodies for name in body.attachments],
        "tags": item.tags,
        "first_line": item.first,
        "last_line": item.last,
    }
    return fields, bodies


def _item(doc: Document, item: Node, keep: frozenset[str]) -> dict[str, Any]:
    return item_record(**item_fields(doc, item, keep)[0])
