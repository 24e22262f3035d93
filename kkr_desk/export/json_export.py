"""The JSON archive export: ``{"format": "kkr-desk/1", "meetings": [...]}``.

Each meeting is a gold-format meeting record (:mod:`kkr_desk.domain.records`) with the archive's
extra keys; ``resources/export.schema.json`` describes the file. The meetings are streamed one
per line, so memory stays flat however large the archive is.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, TextIO

from kkr_desk.domain.records import Encoded
from kkr_desk.export.files import atomic_write

FORMAT = "kkr-desk/1"

# Records are trees built fresh for the export: no cycles to watch for.
_ENCODER = json.JSONEncoder(
    ensure_ascii=False, separators=(",", ":"), allow_nan=False, check_circular=False
)


def encode_meeting(meeting: dict[str, Any]) -> str:
    """One meeting as JSON; ``Encoded`` items are spliced in as they are."""
    sections = []
    for section in meeting["sections"]:
        items = ",".join(
            i if isinstance(i, Encoded) else _ENCODER.encode(i) for i in section["items"]
        )
        head = _ENCODER.encode({k: v for k, v in section.items() if k != "items"})
        sections.append(f'{head[:-1]}{"," if len(head) > 2 else ""}"items":[{items}]}}')
    head = _ENCODER.encode({k: v for k, v in meeting.items() if k != "sections"})
    return f'{head[:-1]}{"," if len(head) > 2 else ""}"sections":[{",".join(sections)}]}}'


def write_json(
    meetings: Iterable[dict[str, Any]],
    path: Path,
    progress: Callable[[int], None] | None = None,
) -> int:
    """Write ``meetings`` to ``path`` (atomically); return the number of items written.

    ``progress`` is called after each meeting with the number of items written so far.
    """
    count = 0
    encode = _ENCODER.encode

    def write(out: TextIO) -> None:
        nonlocal count
        out.write(f'{{"format":{encode(FORMAT)},"meetings":[')
        separator = "\n"
        for meeting in meetings:
            out.write(separator)
            out.write(encode_meeting(meeting))
            separator = ",\n"
            count += sum(len(section["items"]) for section in meeting["sections"])
            if progress is not None:
                progress(count)
        out.write("\n]}\n")

    atomic_write(path, write, encoding="utf-8")
    return count
