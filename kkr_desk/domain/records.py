"""The record shapes of the corpus gold format, shared by every producer of it: the parse
output (``kkr-desk parse``, :mod:`kkr_desk.domain.gold`), the archive's stored item records
(``kkr_desk.store``) and the exports that write them (``kkr_desk.export``)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from kkr_desk.domain.document import Anomaly, AnomalyKind
from kkr_desk.domain.findings import place
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
    anomalies: list[dict[str, Any]] | None = None,
    **extra: Any,
) -> dict[str, Any]:
    """A meeting; ``anomalies`` (the archive's export: ``open_anomaly_records``) only
    when given, so the parse output keeps the corpus gold format."""
    record = {
        **extra,
        "body": body,
        "date": date.isoformat() if date else None,
        "kind": kind,
        "pages": pages,
        "participants": list(participants),
        "absent": list(absent),
    }
    if anomalies is not None:
        record["anomalies"] = anomalies
    record["sections"] = sections
    return record


def section_record(
    *,
    number: str | None,
    title: str | None,
    page: int,
    items: Sequence[dict[str, Any] | Encoded],
    **extra: Any,
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


def archive_item_record(
    *,
    id: int,
    review_status: str,
    flagged: bool,
    note: str | None,
    first_line: int,
    last_line: int,
    tags: dict[str, str],
    **fields: Any,
) -> dict[str, Any]:
    """An item as the archive exports it: the gold shape (``fields``, as ``item_record``
    takes them) plus id, review, flag and line range. The one builder for both the CSV records
    and the stored JSON fragments."""
    return item_record(
        tags=tags,
        id=id,
        review_status=review_status,
        flagged=flagged,
        note=note,
        tags_confirmed=all(origin == "confirmed" for origin in tags.values()),
        first_line=first_line,
        last_line=last_line,
        **fields,
    )


def anomaly_row(a: Anomaly, *, still: bool = True) -> dict[str, Any]:
    """A finding as the archive keeps it (the meeting's ``anomalies`` column); ``still``:
    whether it still holds."""
    return {
        "page": a.page,
        "message": a.message,
        "kind": a.kind.value,
        "first": a.first,
        "last": a.last,
        "danish": a.danish,
        "open": still,
    }


def anomaly_from(row: dict[str, Any]) -> Anomaly:
    """The finding from its ``anomaly_row``; rows written before findings had kinds (page
    and message only) are damaged pages."""
    try:
        kind = AnomalyKind(row.get("kind") or AnomalyKind.DAMAGED)
    except ValueError:  # a kind this version does not know: keep it in sight
        kind = AnomalyKind.DAMAGED
    return Anomaly(
        row.get("page"),
        row.get("message", ""),
        kind,
        row.get("first"),
        row.get("last"),
        row.get("danish") or "",
    )


def anomaly_record(a: Anomaly) -> dict[str, Any]:
    """A finding as the exports write it."""
    return {
        "kind": a.kind.value,
        "page": a.page,
        "first_line": a.first,
        "last_line": a.last,
        "message": a.message,
        "message_da": a.danish,
    }


def open_anomaly_records(rows: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    """The export's ``anomalies`` of a meeting from its stored rows: the findings that still
    hold (what the clerk still has to check), by place."""
    still = [anomaly_from(row) for row in rows if row.get("open", True)]
    return [anomaly_record(a) for a in sorted(still, key=place)]


class Encoded(str):
    """A record already encoded as JSON: the archive keeps each item's record encoded, and the
    JSON export splices it in as it is (the CSV export decodes it)."""

    __slots__ = ()
