"""The JSON export: corpus records written, read back equal, and valid against the schema."""

from __future__ import annotations

import copy
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from kkr_desk.domain.document import Anomaly, AnomalyKind
from kkr_desk.domain.findings import findings
from kkr_desk.domain.gold import to_gold
from kkr_desk.domain.records import anomaly_row, open_anomaly_records
from kkr_desk.export.json_export import FORMAT, write_json
from kkr_desk.export.schema import load_schema, schema_path
from kkr_desk.parse import parse_file
from tests.conftest import CORPUS_STEMS

REVIEW_STATUSES = ("unreviewed", "reviewed", "flagged")
SOURCE = {"name": "x.pdf", "size": 127649, "sha256": "ab" * 32, "mime": "application/pdf"}


def archive_record(
    gold: dict[str, Any], *, meeting_id: int = 1, source_name: str = "x.pdf"
) -> dict:
    """A gold record with the keys the archive adds: ids, source file, times, review
    status and note."""
    meeting = copy.deepcopy(gold)
    meeting["id"] = meeting_id
    meeting["source_name"] = source_name
    meeting["source"] = {**SOURCE, "name": source_name}
    meeting["created"] = "2024-03-01T09:15:00+00:00"
    meeting["modified"] = "2024-03-02T10:00:05+01:00"
    item_id = meeting_id * 1000
    for section_id, section in enumerate(meeting["sections"], start=meeting_id * 100):
        section["id"] = section_id
        for item in section["items"]:
            item_id += 1
            item["id"] = item_id
            item["review_status"] = REVIEW_STATUSES[item_id % 2]
            item["flagged"] = item_id % 3 == 0
            item["note"] = f"Note til {item['number']}: æøå" if item_id % 2 else None
    return meeting


def item_count(meeting: dict[str, Any]) -> int:
    return sum(len(section["items"]) for section in meeting["sections"])


@pytest.fixture(scope="module", params=CORPUS_STEMS)
def corpus_record(request: pytest.FixtureRequest, corpus_dir: Path) -> dict[str, Any]:
    path = corpus_dir / f"{request.param}.pdf"
    return archive_record(to_gold(parse_file(path)), meeting_id=7, source_name=path.name)


def validator() -> jsonschema.Draft202012Validator:
    return jsonschema.Draft202012Validator(
        load_schema(), format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
    )


def test_schema_is_a_valid_draft_2020_12_schema() -> None:
    assert schema_path().is_file()
    jsonschema.Draft202012Validator.check_schema(load_schema())


@pytest.mark.corpus
def test_corpus_records_round_trip_and_validate(
    corpus_record: dict[str, Any], tmp_path: Path
) -> None:
    second = archive_record(corpus_record, meeting_id=8)
    out = tmp_path / "arkiv.json"
    seen: list[int] = []
    count = write_json(iter([corpus_record, second]), out, progress=seen.append)

    assert count == 2 * item_count(corpus_record) > 0
    assert seen == [item_count(corpus_record), count]
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data == {"format": FORMAT, "meetings": [corpus_record, second]}
    validator().validate(data)


@pytest.mark.corpus
def test_text_is_utf8_not_escaped(corpus_record: dict[str, Any], tmp_path: Path) -> None:
    out = tmp_path / "arkiv.json"
    write_json([corpus_record], out)
    raw = out.read_bytes()
    assert "æøå".encode() in raw
    assert b"\\u00" not in raw


def test_empty_archive(tmp_path: Path) -> None:
    out = tmp_path / "tom.json"
    assert write_json([], out) == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data == {"format": FORMAT, "meetings": []}
    validator().validate(data)


def _minimal() -> dict[str, Any]:
    return {
        "id": 1,
        "source": dict(SOURCE),
        "created": "2024-03-01T09:15:00+00:00",
        "modified": "2024-03-01T09:15:00+00:00",
        "body": "KKR Nordjylland",
        "date": "2022-11-18",
        "kind": "referat",
        "pages": 3,
        "sections": [
            {
                "number": "1",
                "title": "Godkendelse af referat",
                "page": 2,
                "items": [
                    {
                        "id": 11,
                        "number": "1.1",
                        "title": "Godkendelse af referat",
                        "page": 2,
                        "last_page": 3,
                        "case_number": "SAG-2022-04420",
                        "case_handlers": ["hlth"],
                        "parts": [{"heading": None, "text": "Tekst."}],
                        "attachments": [],
                        "decision_tags": ["approved", "noted"],
                        "review_status": "reviewed",
                        "flagged": False,
                        "note": None,
                    }
                ],
            }
        ],
    }


def test_minimal_record_validates() -> None:
    validator().validate({"format": FORMAT, "meetings": [_minimal()]})
    whole_file = {**ANOMALY, "kind": "damaged", "page": None, "first_line": None}
    with_findings = _set(("anomalies",), [{**whole_file, "last_line": None}, ANOMALY])
    validator().validate({"format": FORMAT, "meetings": [with_findings]})


@pytest.mark.corpus
def test_the_findings_still_open_are_exported_by_place(corpus_dir: Path, tmp_path: Path) -> None:
    doc = parse_file(corpus_dir / f"{CORPUS_STEMS[0]}.pdf")
    [no_case] = findings(doc)  # the agenda's item 7.1 has no case line
    closed = Anomaly(3, "weak heading", AnomalyKind.WEAK_HEADING, 90, 90, "svag overskrift")
    damaged = Anomaly(5, "the page cannot be read", AnomalyKind.DAMAGED, danish="ulæselig")
    rows = [anomaly_row(no_case), anomaly_row(closed, still=False), anomaly_row(damaged)]
    rows.append({"page": 2, "message": "from an old archive"})  # no kind: a damaged page
    meeting = archive_record(to_gold(doc))
    meeting["anomalies"] = open_anomaly_records(rows)
    out = tmp_path / "arkiv.json"
    write_json([meeting], out)
    data = json.loads(out.read_text(encoding="utf-8"))
    validator().validate(data)
    assert data["meetings"][0]["anomalies"] == [
        {
            "kind": "damaged",
            "page": 2,
            "first_line": None,
            "last_line": None,
            "message": "from an old archive",
            "message_da": "",
        },
        {
            "kind": "damaged",
            "page": 5,
            "first_line": None,
            "last_line": None,
            "message": "the page cannot be read",
            "message_da": "ulæselig",
        },
        {
            "kind": "no_case",
            "page": 28,
            "first_line": no_case.first,
            "last_line": no_case.first,
            "message": "Item 7.1 has no case number",
            "message_da": "Punkt 7.1 mangler sagsnummer",
        },
    ]


def _set(path: tuple[str | int, ...], value: Any) -> dict[str, Any]:
    meeting = _minimal()
    target: Any = meeting
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    return meeting


ITEM = ("sections", 0, "items", 0)
ANOMALY = {
    "kind": "no_case",
    "page": 2,
    "first_line": 40,
    "last_line": 40,
    "message": "Item 1.1 has no case number",
    "message_da": "Punkt 1.1 mangler sagsnummer",
}
BAD = {
    "bad anomaly kind": _set(("anomalies",), [{**ANOMALY, "kind": "odd"}]),
    "anomaly without Danish": _set(
        ("anomalies",), [{k: v for k, v in ANOMALY.items() if k != "message_da"}]
    ),
    "anomaly with another key": _set(("anomalies",), [{**ANOMALY, "text": "x"}]),
    "anomaly on page zero": _set(("anomalies",), [{**ANOMALY, "page": 0}]),
    "bad tag": _set((*ITEM, "decision_tags"), ["approved", "vedtaget"]),
    "duplicate tag": _set((*ITEM, "decision_tags"), ["noted", "noted"]),
    "bad kind": _set(("kind",), "protokol"),
    "bad date": _set(("date",), "18.11.2022"),
    "bad case number": _set((*ITEM, "case_number"), "SAG-22-1"),
    "bad review status": _set((*ITEM, "review_status"), "done"),
    "flagged as a review status": _set((*ITEM, "review_status"), "flagged"),
    "flag not a boolean": _set((*ITEM, "flagged"), "ja"),
    "bad heading": _set((*ITEM, "parts"), [{"heading": "Bilag", "text": "x"}]),
    "page zero": _set((*ITEM, "page"), 0),
    "string id": _set((*ITEM, "id"), "11"),
    "source without size": _set(("source",), {k: v for k, v in SOURCE.items() if k != "size"}),
    "source with a short sha256": _set(("source", "sha256"), "ab12"),
    "source sha1 in capitals": _set(("source", "sha1"), "AB" * 20),
    "source of another type": _set(("source", "mime"), "image/png"),
    "source with another key": _set(("source", "path"), "/tmp/x.pdf"),
    "created not a string": _set(("created",), 20240301),
}


@pytest.mark.parametrize("meeting", list(BAD.values()), ids=list(BAD))
def test_schema_rejects(meeting: dict[str, Any]) -> None:
    with pytest.raises(jsonschema.ValidationError):
        validator().validate({"format": FORMAT, "meetings": [meeting]})


@pytest.mark.parametrize("key", ["id", "kind", "sections", "source", "created", "modified"])
def test_schema_rejects_a_missing_meeting_key(key: str) -> None:
    meeting = _minimal()
    del meeting[key]
    with pytest.raises(jsonschema.ValidationError):
        validator().validate({"format": FORMAT, "meetings": [meeting]})


def test_schema_rejects_another_format() -> None:
    with pytest.raises(jsonschema.ValidationError):
        validator().validate({"format": "kkr-desk/2", "meetings": []})


def test_failed_export_leaves_the_old_file(tmp_path: Path) -> None:
    out = tmp_path / "arkiv.json"
    out.write_text("gammel", encoding="utf-8")

    def meetings() -> Iterator[dict[str, Any]]:
        yield _minimal()
        raise RuntimeError("databasen forsvandt")

    with pytest.raises(RuntimeError):
        write_json(meetings(), out)
    assert out.read_text(encoding="utf-8") == "gammel"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["arkiv.json"]
