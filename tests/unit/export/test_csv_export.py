"""The CSV export: Danish-Excel friendly, one row per item, formula injection neutralised,
English codes or Danish words, item numbers kept as text."""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path
from typing import Any

import pytest

from kkr_desk.domain.gold import to_gold
from kkr_desk.domain.labels import label
from kkr_desk.domain.records import (
    archive_item_record,
    meeting_record,
    section_record,
)
from kkr_desk.export.csv_export import COLUMNS, write_csv
from kkr_desk.parse import parse_file
from tests.conftest import CORPUS_STEMS
from tests.unit.export.test_json_export import archive_record, item_count

BOM = b"\xef\xbb\xbf"


def read_rows(path: Path, delimiter: str = ";") -> list[list[str]]:
    raw = path.read_bytes()
    assert raw.startswith(BOM)
    text = raw[len(BOM) :].decode("utf-8")
    return list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))


def as_dicts(rows: list[list[str]]) -> list[dict[str, str]]:
    assert tuple(rows[0]) == COLUMNS
    return [dict(zip(COLUMNS, row, strict=True)) for row in rows[1:]]


def with_confirmation(meeting: dict[str, Any]) -> dict[str, Any]:
    """``meeting`` with ``tags_confirmed`` set as the archive sets it: every third item's
    tags suggested, the others' confirmed."""
    for section in meeting["sections"]:
        for item in section["items"]:
            item["tags_confirmed"] = item["id"] % 3 != 1
    return meeting


@pytest.fixture(scope="module")
def referat(corpus_dir: Path) -> dict[str, Any]:
    path = corpus_dir / f"{CORPUS_STEMS[1]}.pdf"
    gold = to_gold(parse_file(path))
    return with_confirmation(archive_record(gold, meeting_id=3, source_name=path.name))


def test_columns_are_unique_and_documented_order() -> None:
    assert len(set(COLUMNS)) == len(COLUMNS) == 25
    assert COLUMNS[0] == "meeting_id"
    assert COLUMNS[-1] == "note"
    # the added columns follow what they qualify; the others keep their order
    assert COLUMNS[20:24] == (
        "decision_tags",
        "decision_tags_confirmed",
        "review_status",
        "flagged",
    )


@pytest.mark.corpus
def test_corpus_export(referat: dict[str, Any], tmp_path: Path) -> None:
    out = tmp_path / "arkiv.csv"
    seen: list[int] = []
    again = with_confirmation(archive_record(referat, meeting_id=4))
    count = write_csv([referat, again], out, progress=seen.append)

    raw = out.read_bytes()
    assert raw.startswith(BOM + ";".join(COLUMNS).encode() + b"\r\n")
    rows = as_dicts(read_rows(out))
    assert count == len(rows) == 2 * item_count(referat)
    assert seen == [item_count(referat), count]

    items = [(s, i) for s in referat["sections"] for i in s["items"]]
    for row, (section, item) in zip(rows, items, strict=False):
        assert row["meeting_id"] == "3"
        assert row["body"] == referat["body"]
        assert row["date"] == referat["date"]
        assert row["kind"] == "referat"
        assert row["section_number"] == section["number"]
        assert row["item_id"] == str(item["id"])
        assert row["item_number"] == item["number"]
        assert row["item_title"] == item["title"]
        assert row["case_number"] == (item["case_number"] or "")
        assert row["case_handlers"] == "/".join(item["case_handlers"])
        assert row["first_page"] == str(item["page"])
        assert row["last_page"] == str(item["last_page"])
        assert row["attachments"] == "\n".join(item["attachments"])
        assert row["decision_tags"] == ", ".join(item["decision_tags"])
        if item["decision_tags"]:
            assert row["decision_tags_confirmed"] == str(item["tags_confirmed"]).lower()
        else:
            assert row["decision_tags_confirmed"] == ""
        assert row["review_status"] == item["review_status"]
        assert row["flagged"] == str(item["flagged"]).lower()
        assert row["note"] == (item["note"] or "")
        for part in item["parts"]:
            column = (part["heading"] or "tekst").lower()
            assert part["text"] in row[column]


@pytest.mark.corpus
def test_multi_line_texts_round_trip(referat: dict[str, Any], tmp_path: Path) -> None:
    out = tmp_path / "arkiv.csv"
    write_csv([referat], out)
    rows = as_dicts(read_rows(out))
    items = [i for s in referat["sections"] for i in s["items"]]
    checked = 0
    for row, item in zip(rows, items, strict=True):
        headings = [part["heading"] for part in item["parts"]]
        for part in item["parts"]:
            unique = headings.count(part["heading"]) == 1
            if unique and "\n" in part["text"] and part["text"][0] not in "=+-@\t\r":
                assert row[(part["heading"] or "tekst").lower()] == part["text"]
                checked += 1
    assert checked > 0


def sample_meeting(**fields: Any) -> dict[str, Any]:
    """One meeting with one item; ``fields`` override the item's defaults."""
    item = archive_item_record(
        **{
            "number": "2.1",
            "title": "KKR",
            "page": 12,
            "last_page": 13,
            "case_number": None,
            "case_handlers": [],
            "parts": [("Baggrund", "– Normal tekst")],
            "attachments": [],
            "tags": {},
            "id": -5,
            "review_status": "unreviewed",
            "flagged": False,
            "note": None,
            "first_line": 0,
            "last_line": 3,
            **fields,
        }
    )
    section = section_record(number="2", title="Regionalpolitiske sager", page=12, items=[item])
    return meeting_record(
        id=-1,
        source_name="x.pdf",
        body="KKR Nordjylland",
        date=dt.date(2022, 11, 18),
        kind="referat",
        pages=20,
        participants=[],
        absent=[],
        sections=[section],
    )


def _only_row(
    meeting: dict[str, Any], tmp_path: Path, delimiter: str = ";", labels: str = "en"
) -> dict[str, str]:
    out = tmp_path / "arkiv.csv"
    assert write_csv([meeting], out, delimiter=delimiter, labels=labels) == 1
    rows = read_rows(out, delimiter)
    assert len(rows) == 2
    if labels == "da":
        assert rows[0] == [label("column", column, "da") for column in COLUMNS]
        rows[0] = list(COLUMNS)
    return as_dicts(rows)[0]


def test_comma_delimiter(tmp_path: Path) -> None:
    out = tmp_path / "arkiv.csv"
    write_csv([sample_meeting(title="Budget, status; og mere")], out, delimiter=",")
    assert out.read_bytes().startswith(BOM + ",".join(COLUMNS).encode() + b"\r\n")
    row = as_dicts(read_rows(out, ","))[0]
    assert row["item_title"] == "Budget, status; og mere"
    assert row["section_title"] == "Regionalpolitiske sager"


@pytest.mark.parametrize("start", ["=", "+", "-", "@", "\t", "\r"])
def test_formula_starts_are_neutralised(start: str, tmp_path: Path) -> None:
    danger = f'{start}HYPERLINK("http://x";"klik")'
    row = _only_row(
        sample_meeting(
            title=danger,
            note=danger,
            parts=[("Beslutning", danger), (None, danger)],
            attachments=[danger, "Bilag 2"],
            case_handlers=[danger],
        ),
        tmp_path,
    )
    for column in ("item_title", "note", "beslutning", "tekst", "case_handlers"):
        assert row[column] == "'" + danger
    assert row["attachments"] == "'" + danger + "\nBilag 2"


def test_ordinary_text_and_numbers_are_untouched(tmp_path: Path) -> None:
    row = _only_row(sample_meeting(note="KKR"), tmp_path)
    assert row["item_title"] == "KKR"
    assert row["note"] == "KKR"
    assert row["baggrund"] == "– Normal tekst"  # en dash, not a minus
    # numbers we write ourselves stay numbers, even negative ones
    assert row["meeting_id"] == "-1"
    assert row["item_id"] == "-5"
    assert row["first_page"] == "12"
    assert row["last_page"] == "13"
    assert row["date"] == "2022-11-18"


def test_same_heading_parts_are_joined_and_missing_values_empty(tmp_path: Path) -> None:
    row = _only_row(
        sample_meeting(
            parts=[
                ("Beslutning", "Første."),
                ("Indstilling", "Det indstilles."),
                ("Beslutning", "Anden.\n\n– punkt"),
            ],
            case_handlers=["hlth", "mbj"],
        ),
        tmp_path,
    )
    assert row["beslutning"] == "Første.\n\nAnden.\n\n– punkt"
    assert row["indstilling"] == "Det indstilles."
    assert row["baggrund"] == row["sagsfremstilling"] == row["program"] == row["tekst"] == ""
    assert row["case_handlers"] == "hlth/mbj"
    assert row["case_number"] == row["note"] == row["attachments"] == row["decision_tags"] == ""


def test_unknown_heading_fails_and_leaves_the_old_file(tmp_path: Path) -> None:
    out = tmp_path / "arkiv.csv"
    out.write_bytes(b"gammel")
    with pytest.raises(ValueError, match="Bilag"):
        write_csv([sample_meeting(parts=[("Bilag", "x")])], out)
    assert out.read_bytes() == b"gammel"
    assert [p.name for p in tmp_path.iterdir()] == ["arkiv.csv"]


@pytest.mark.parametrize("delimiter", [";", ",", "\t"])
def test_bytes_equal_what_csv_writer_would_write(tmp_path: Path, delimiter: str) -> None:
    tricky = 'Et "citat"; med, skilletegn\r\nog\tlinjer\n'
    meeting = sample_meeting(
        title=tricky,
        parts=[("Baggrund", tricky), (None, "enkel"), ("Beslutning", "")],
        attachments=["a;b", 'c"d'],
        note="=1+1",
    )
    out = tmp_path / "x.csv"
    write_csv([meeting], out, delimiter=delimiter)
    expected = io.StringIO(newline="")
    writer = csv.writer(expected, delimiter=delimiter, quoting=csv.QUOTE_MINIMAL)
    writer.writerow(COLUMNS)
    item = meeting["sections"][0]["items"][0]
    writer.writerow(
        [
            -1,
            "KKR Nordjylland",
            "2022-11-18",
            "referat",
            "2",
            "Regionalpolitiske sager",
            -5,
            "2.1",
            tricky,
            "",
            "",
            12,
            13,
            tricky,
            "",
            "",
            "",
            "",
            "enkel",
            'a;b\nc"d',
            "",
            "",
            "unreviewed",
            "false",
            "'=1+1",
        ]
    )
    assert item["title"] == tricky
    # the one difference from csv.writer: the item number is quoted although it needs not be
    quoted = expected.getvalue().replace(
        f"{delimiter}2.1{delimiter}", f'{delimiter}"2.1"{delimiter}'
    )
    assert quoted.count('"2.1"') == 1
    assert out.read_bytes() == b"\xef\xbb\xbf" + quoted.encode("utf-8")


def test_a_delimiter_that_cannot_work_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="delimiter"):
        write_csv([], tmp_path / "x.csv", delimiter='"')


@pytest.mark.parametrize(
    ("tags", "english", "danish"),
    [
        ({}, "", ""),
        ({"approved": "confirmed"}, "true", "ja"),
        ({"approved": "suggested"}, "false", "nej"),
        ({"approved": "confirmed", "noted": "suggested"}, "false", "nej"),
        ({"approved": "confirmed", "noted": "confirmed"}, "true", "ja"),
    ],
)
def test_confirmed_column_follows_tags_confirmed(
    tags: dict[str, str], english: str, danish: str, tmp_path: Path
) -> None:
    meeting = sample_meeting(tags=tags)
    item = meeting["sections"][0]["items"][0]
    assert item["tags_confirmed"] is all(origin == "confirmed" for origin in tags.values())
    assert _only_row(meeting, tmp_path)["decision_tags_confirmed"] == english
    assert _only_row(meeting, tmp_path, labels="da")["decision_tags_confirmed"] == danish


def test_danish_headers_and_values(tmp_path: Path) -> None:
    meeting = sample_meeting(
        tags={"rejected": "suggested", "approved": "suggested"},
        review_status="reviewed",
        flagged=True,
        note="=SUM(A1)",
    )
    english = _only_row(meeting, tmp_path)
    danish = _only_row(meeting, tmp_path, labels="da")
    assert (
        english["decision_tags"],
        english["decision_tags_confirmed"],
        english["review_status"],
        english["flagged"],
        english["kind"],
    ) == ("approved, rejected", "false", "reviewed", "true", "referat")
    assert (
        danish["decision_tags"],
        danish["decision_tags_confirmed"],
        danish["review_status"],
        danish["flagged"],
        danish["kind"],
    ) == ("Godkendt, Afvist", "nej", "gennemgået", "ja", "referat")
    # everything else is the same cell in both languages, neutralised alike
    words = {"decision_tags", "decision_tags_confirmed", "review_status", "flagged"}
    assert {c: v for c, v in danish.items() if c not in words} == {
        c: v for c, v in english.items() if c not in words
    }
    assert danish["note"] == "'=SUM(A1)"
    unflagged = _only_row(sample_meeting(), tmp_path, labels="da")
    assert (unflagged["review_status"], unflagged["flagged"]) == ("ikke gennemgået", "nej")


def test_danish_header_row(tmp_path: Path) -> None:
    out = tmp_path / "arkiv.csv"
    write_csv([sample_meeting()], out, labels="da")
    header = read_rows(out)[0]
    assert len(header) == len(COLUMNS)
    named = dict(zip(COLUMNS, header, strict=True))
    assert named["item_number"] == "Punkt nr."
    assert named["decision_tags"] == "Beslutningsmærker"
    assert named["decision_tags_confirmed"] == "Mærker bekræftet"
    assert named["review_status"] == "Gennemgang"
    assert named["flagged"] == "Markeret"
    assert named["beslutning"] == "Beslutning"


@pytest.mark.parametrize("labels", ["en", "da"])
def test_item_numbers_stay_text(labels: str, tmp_path: Path) -> None:
    numbers = ["1.1", "1.10", "2.1", "12", None, "=2+1"]
    meeting = sample_meeting()
    item = meeting["sections"][0]["items"][0]
    meeting["sections"][0]["items"] = [{**item, "number": n} for n in numbers]
    out = tmp_path / "arkiv.csv"
    assert write_csv([meeting], out, labels=labels) == len(numbers)
    rows = read_rows(out)
    at = COLUMNS.index("item_number")
    assert [row[at] for row in rows[1:]] == ["1.1", "1.10", "2.1", "12", "", "'=2+1"]
    text = out.read_bytes().decode("utf-8-sig")
    # quoted in the file, so that a spreadsheet keeping quoted fields as text keeps "1.10"
    for cell in ('"1.1"', '"1.10"', '"2.1"', '"12"', '"\'=2+1"'):
        assert f";{cell};" in text


def test_unknown_labels_are_refused(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="choose en or da"):
        write_csv([sample_meeting()], tmp_path / "x.csv", labels="de")
    assert list(tmp_path.iterdir()) == []
