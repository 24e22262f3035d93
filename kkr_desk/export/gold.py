"""A document in the corpus gold format (``../shared/corpus/README.md``), extra keys allowed."""

from __future__ import annotations

from typing import Any

from kkr_desk.domain.derive import part_body, vocabulary
from kkr_desk.domain.document import Document, Node


def to_gold(doc: Document) -> dict[str, Any]:
    keep = vocabulary(doc)
    info = doc.meeting
    return {
        "body": info.body,
        "date": info.date.isoformat() if info.date else None,
        "kind": info.kind,
        "pages": info.pages,
        "participants": list(info.participants),
        "absent": list(info.absent),
        "sections": [
            {
                "number": section.number,
                "title": section.title,
                "page": doc.lines[section.first].page,
                "first_line": section.first,
                "last_line": section.last,
                "items": [_item(doc, item, keep) for item in section.children],
            }
            for section in doc.sections
        ],
    }


def _item(doc: Document, item: Node, keep: frozenset[str]) -> dict[str, Any]:
    parts = []
    attachments: list[str] = []
    for part in item.children:
        body = part_body(doc, part, keep)
        attachments.extend(body.attachments)
        parts.append({"heading": part.heading, "text": body.text})
    return {
        "number": item.number,
        "title": item.title,
        "page": doc.lines[item.first].page,
        "last_page": doc.lines[item.last].page,
        "first_line": item.first,
        "last_line": item.last,
        "case_number": item.case_number,
        "case_handlers": list(item.case_handlers),
        "parts": parts,
        "attachments": attachments,
        "decision_tags": list(item.suggested_tags),
    }
