"""The CSV export of items that come as the archive keeps them: stored CSV rows (spliced
after the meeting's and section's cells) and pre-encoded JSON records, each written
byte for byte as the same items built in memory (kkr_desk.domain.csv_row)."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from kkr_desk.domain.csv_row import CsvRow, stored_row
from kkr_desk.domain.records import Encoded
from kkr_desk.export.csv_export import write_csv
from tests.unit.export.test_csv_export import as_dicts, read_rows, sample_meeting


def _as(meeting: dict[str, Any], form: Callable[[dict[str, Any]], Any]) -> dict[str, Any]:
    """``meeting`` with each item in another ``form`` (a stored row, an encoded record)."""
    sections = [{**s, "items": [form(i) for i in s["items"]]} for s in meeting["sections"]]
    return {**meeting, "sections": sections}


def _stored(item: dict[str, Any]) -> CsvRow:
    row = stored_row(item)
    assert row is not None
    return CsvRow(row)


def _tricky() -> dict[str, Any]:
    meeting = sample_meeting(
        title='Budget; "2025"\nnæste',
        parts=[("Baggrund", "=1+1"), ("Beslutning", "Godkendt; æ ø å"), (None, "x")],
        attachments=["Bilag 1; a", 'Bilag "2"'],
        case_handlers=["Åse", "Bo"],
        tags={"approved": "confirmed", "noted": "suggested"},
        review_status="reviewed",
        flagged=True,
        note="@note",
    )
    item = meeting["sections"][0]["items"][0]
    meeting["sections"][0]["items"] = [item, {**item, "id": 7, "number": "2.10", "note": None}]
    meeting["sections"].append({**meeting["sections"][0], "number": "3", "title": "=Andre"})
    return meeting


def test_stored_rows_are_written_after_the_meeting_and_section_cells(tmp_path: Path) -> None:
    meeting = _tricky()
    built, spliced = tmp_path / "built.csv", tmp_path / "spliced.csv"
    assert write_csv([meeting], built) == 4
    assert write_csv([_as(meeting, _stored)], spliced) == 4
    assert spliced.read_bytes() == built.read_bytes()
    rows = as_dicts(read_rows(spliced))
    assert [(r["meeting_id"], r["section_title"], r["item_id"]) for r in rows] == [
        ("-1", "Regionalpolitiske sager", "-5"),
        ("-1", "Regionalpolitiske sager", "7"),
        ("-1", "'=Andre", "-5"),
        ("-1", "'=Andre", "7"),
    ]
    first = rows[0]
    assert (first["item_title"], first["beslutning"], first["baggrund"]) == (
        'Budget; "2025"\nnæste',
        "Godkendt; æ ø å",
        "'=1+1",
    )
    assert (first["attachments"], first["case_handlers"]) == ('Bilag 1; a\nBilag "2"', "Åse/Bo")
    assert (first["decision_tags"], first["decision_tags_confirmed"]) == (
        "approved, noted",
        "false",
    )
    assert (first["review_status"], first["flagged"], first["note"]) == (
        "reviewed",
        "true",
        "'@note",
    )
    assert (rows[1]["item_number"], rows[1]["note"]) == ("2.10", "")


def test_encoded_records_are_written_as_built_ones_with_any_options(tmp_path: Path) -> None:
    meeting = _tricky()
    encoded = _as(meeting, lambda item: Encoded(json.dumps(item, ensure_ascii=False)))
    for options in ({}, {"labels": "da"}, {"delimiter": ","}):
        built, decoded = tmp_path / "built.csv", tmp_path / "decoded.csv"
        assert write_csv([meeting], built, **options) == 4
        assert write_csv([encoded], decoded, **options) == 4
        assert decoded.read_bytes() == built.read_bytes()


@pytest.mark.parametrize("options", [{"labels": "da"}, {"delimiter": ","}])
def test_stored_rows_are_refused_with_other_options(
    options: dict[str, str], tmp_path: Path
) -> None:
    out = tmp_path / "arkiv.csv"
    out.write_bytes(b"before")
    with pytest.raises(ValueError, match="stored CSV rows are written with ';' and en"):
        write_csv([_as(_tricky(), _stored)], out, **options)
    assert out.read_bytes() == b"before"


def test_a_record_the_csv_has_no_column_for_has_no_stored_row() -> None:
    item = sample_meeting()["sections"][0]["items"][0]
    assert stored_row(item) is not None
    assert stored_row({**item, "parts": [{"heading": "Ukendt", "text": "x"}]}) is None
