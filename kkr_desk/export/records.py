"""The record shapes of the corpus gold format, shared by every producer of it: the parse
output (``kkr-desk parse``) and the archive exports (JSON and CSV)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from kkr_desk.domain.tags import TAGS


def ordered_tags(tags: dict[str, str] | list[str]) -> list[str]:
    """Decision tags in vocabulary order."""
    return [tag for tag in TAGS if tag in tags] if tags else []


def meeting_record(
    *,
    body: str | None,
    date: dt.date | None,
    kind: str,
    pages: int,
    participants: list[str],
    absent: list[str],
    sections: list[dict[str, Any]],
    **extra: Any,
) -> dict[str, Any]:
    return {
        **extra,
        "body": body,
        "date": date.isoformat() if date else None,
        "kind": kind,
        "pages": pages,
        "participants": list(participants),
        "absent": list(absent),
        "sections": sections,
    }


def section_record(
    *, number: str | None, title: str | None, page: int, items: list[dict[str, Any]], **extra: Any
) -> dict[str, Any]:
    return {"number": number, "title": title, "page": page, **extra, "items": items}


def item_record(
    *,
    number: str | None,
    title: str | None,
    page: int,
    last_page: int,
    case_number: str | None,
    case_handlers: list[str],
    parts: list[tuple[str | None, str]],
    attachments: list[str],
    tags: dict[str, str],
    **extra: Any,
) -> dict[str, Any]:
    return {
        "number": number,
        "title": title,
        "page": page,
        "last_page": last_page,
        **extra,
        "case_number": case_number,
        "case_handlers": list(case_handlers),
        "parts": [{"heading": heading, "text": text} for heading, text in parts],
        "attachments": list(attachments),
        "decision_tags": ordered_tags(tags),
    }
