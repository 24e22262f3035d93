"""The JSON export carries each meeting's findings as they are after the clerk's edits."""

from __future__ import annotations

import json
from pathlib import Path

from kkr_desk.app.exporting import write_records as export
from kkr_desk.domain import edits
from kkr_desk.parse import parse_bytes
from kkr_desk.store.archive import Archive
from tests.unit.store.conftest import SAMPLE_PDF
from tests.unit.store.test_records import validate


def _exported(archive: Archive, meeting: int, out: Path) -> list[dict]:
    export(archive.records([meeting], encoded=True), "json", out)
    document = json.loads(out.read_text(encoding="utf-8"))
    validate(document)
    return document["meetings"][0]["anomalies"]


def test_the_export_follows_the_edits(archive: Archive, tmp_path: Path) -> None:
    meeting = archive.import_document(parse_bytes(SAMPLE_PDF, "sample.pdf"), SAMPLE_PDF)
    out = tmp_path / "export.json"
    assert _exported(archive, meeting, out) == []
    item = next(i for i in archive.load(meeting).items() if i.number == "2.2")
    archive.apply(meeting, edits.SetFields(item.id, {"number": "2.4"}))  # type: ignore[arg-type]
    assert _exported(archive, meeting, out) == [
        {
            "kind": "numbering",
            "page": 5,
            "first_line": item.first,
            "last_line": item.first,
            "message": "Numbering jumps from 2.1 to 2.4",
            "message_da": "Nummereringen springer fra 2.1 til 2.4",
        }
    ]
    archive.apply(meeting, edits.SetFields(item.id, {"number": "2.2"}))  # type: ignore[arg-type]
    assert _exported(archive, meeting, out) == []
