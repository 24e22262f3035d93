"""The Excel workbook export, read back with openpyxl: typed cells, words in English and
Danish, frozen header, filter, widths, text that stays text, the meetings sheet, the corpus
against the JSON export, and whole-file-or-nothing writes."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from kkr_desk.domain.cancel import Cancelled
from kkr_desk.domain.labels import label, tag_labels
from kkr_desk.domain.records import Encoded, archive_item_record, meeting_record, section_record
from kkr_desk.export.csv_export import COLUMNS as CSV_COLUMNS
from kkr_desk.export.files import ReadOnlyTargetError
from kkr_desk.export.xlsx_export import (
    COLUMNS,
    CUT_MARK,
    DATE_FORMAT,
    MAX_TEXT,
    MEETING_COLUMNS,
    SHEETS,
    write_xlsx,
)

PART_COLUMNS = {
    "Baggrund": "baggrund",
    "Indstilling": "indstilling",
    "Sagsfremstilling": "sagsfremstilling",
    "Beslutning": "beslutning",
    "Program": "program",
    None: "tekst",
}


def item(**fields: Any) -> dict[str, Any]:
    """An item record as the archive builds it; ``fields`` override the defaults."""
    values: dict[str, Any] = {
        "id": 41,
        "number": "1.10",
        "title": "Godkendelse af dagsorden",
        "page": 12,
        "last_page": 13,
        "first_line": 100,
        "last_line": 140,
        "case_number": "SAG-2022-04420",
        "case_handlers": ["hast", "mlj"],
        "parts": [("Baggrund", "Første linje\nanden linje"), ("Beslutning", "Godkendt.")],
        "attachments": ["Bilag 1.pdf", "Bilag 2.pdf"],
        "tags": {},
        "review_status": "unreviewed",
        "flagged": False,
        "note": None,
    }
    return archive_item_record(**{**values, **fields})


def meeting(*items: dict[str, Any], id: int = 7, date: dt.date | None = None) -> dict[str, Any]:
    section = section_record(number="1", title="Godkendelser", page=12, items=list(items))
    return meeting_record(
        id=id,
        source_name="kkr-2022-11-18.pdf",
        body="KKR Nordjylland",
        date=date or dt.date(2022, 11, 18),
        kind="referat",
        pages=33,
        participants=["Anna (A) Aalborg", "Bo (V) Brønderslev"],
        absent=["Carl (C) Hjørring"],
        sections=[section],
    )


def read(path: Path) -> tuple[Worksheet, Worksheet]:
    items, meetings = openpyxl.load_workbook(path).worksheets
    return items, meetings


def rows(sheet: Worksheet, columns: tuple[str, ...]) -> list[dict[str, Any]]:
    """The data rows as column code -> cell."""
    return [dict(zip(columns, row, strict=True)) for row in sheet.iter_rows(min_row=2)]


def test_columns_are_the_csv_columns_with_confirmed_tags_and_flag() -> None:
    added = ("decision_tags_confirmed", "flagged")
    assert [c for c in COLUMNS if c not in added] == [c for c in CSV_COLUMNS if c not in added]
    assert len(set(COLUMNS)) == len(COLUMNS) == len({*CSV_COLUMNS, *added})
    assert COLUMNS[COLUMNS.index("decision_tags") + 1] == "decision_tags_confirmed"
    assert COLUMNS[COLUMNS.index("review_status") + 1] == "flagged"


def test_cells_are_typed(tmp_path: Path) -> None:
    out = tmp_path / "a.xlsx"
    assert write_xlsx([meeting(item(), item(id=42, number="1.1"))], out) == 2
    sheet, _ = read(out)
    first, second = rows(sheet, COLUMNS)
    for column in ("item_number", "case_number", "section_number", "case_handlers"):
        assert first[column].data_type == "s"
    assert (first["item_number"].value, second["item_number"].value) == ("1.10", "1.1")
    assert first["case_number"].value == "SAG-2022-04420"
    assert first["case_handlers"].value == "hast/mlj"
    assert first["date"].is_date
    assert first["date"].value == dt.datetime(2022, 11, 18)
    assert first["date"].number_format == DATE_FORMAT
    for column, value in (("meeting_id", 7), ("item_id", 41), ("first_page", 12)):
        assert first[column].data_type == "n"
        assert first[column].value == value
    assert first["last_page"].value == 13
    assert first["attachments"].value == "Bilag 1.pdf\nBilag 2.pdf"
    assert first["baggrund"].value == "Første linje\nanden linje"
    assert first["beslutning"].value == "Godkendt."
    assert first["indstilling"].value is None
    assert second["beslutning"].value == "Godkendt."


def test_two_parts_with_one_heading_share_a_cell_a_blank_line_apart(tmp_path: Path) -> None:
    out = tmp_path / "a.xlsx"
    parts = [("Baggrund", "Et"), (None, "Fri tekst"), ("Baggrund", "To\nlinjer")]
    write_xlsx([meeting(item(parts=parts))], out)
    (row,) = rows(read(out)[0], COLUMNS)
    assert row["baggrund"].value == "Et\n\nTo\nlinjer"
    assert row["tekst"].value == "Fri tekst"
    with pytest.raises(ValueError, match="unknown part heading 'Bilag'"):
        write_xlsx([meeting(item(parts=[("Bilag", "x")]))], tmp_path / "b.xlsx")
    assert not (tmp_path / "b.xlsx").exists()


@pytest.mark.parametrize("language", ["en", "da"])
def test_headers_sheets_and_codes_in_the_language(tmp_path: Path, language: str) -> None:
    out = tmp_path / "a.xlsx"
    tags = {"noted": "suggested", "approved": "suggested"}
    write_xlsx([meeting(item(tags=tags, review_status="reviewed", flagged=True))], out,
               labels=language)  # fmt: skip
    sheet, meetings = read(out)
    assert [sheet.title, meetings.title] == list(SHEETS[language])
    assert [c.value for c in sheet[1]] == [label("column", c, language) for c in COLUMNS]
    assert [c.value for c in meetings[1]] == [label("column", c, language) for c in MEETING_COLUMNS]
    (row,) = rows(sheet, COLUMNS)
    assert row["decision_tags"].value == ", ".join(tag_labels(["approved", "noted"], language))
    assert row["review_status"].value == label("review", "reviewed", language)
    assert row["flagged"].value == label("flag", "true", language)
    assert row["kind"].value == label("kind", "referat", language)
    if language == "da":  # the Danish words are Danish, not the codes
        assert row["decision_tags"].value == "Godkendt, Taget til efterretning"
        assert sheet["H1"].value == "Punkt nr."


def test_unknown_language_is_refused_and_writes_nothing(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="choose en or da"):
        write_xlsx([meeting(item())], tmp_path / "a.xlsx", labels="de")
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("language", ["en", "da"])
def test_tags_confirmed_or_suggested(tmp_path: Path, language: str) -> None:
    records = [
        item(id=1, tags={}),
        item(id=2, tags={"approved": "suggested"}),
        item(id=3, tags={"approved": "confirmed", "noted": "confirmed"}),
        item(id=4, tags={"approved": "confirmed", "noted": "suggested"}),
    ]
    out = tmp_path / "a.xlsx"
    write_xlsx([meeting(*records)], out, labels=language)
    got = [r["decision_tags_confirmed"].value for r in rows(read(out)[0], COLUMNS)]
    expected = [
        None if not r["decision_tags"] else
        label("tags_state", "confirmed" if r["tags_confirmed"] else "suggested", language)
        for r in records
    ]  # fmt: skip
    assert got == expected
    assert got[0] is None
    assert got[1] == got[3] != got[2]  # one tag suggested: suggested


def test_frozen_header_filter_and_widths(tmp_path: Path) -> None:
    out = tmp_path / "a.xlsx"
    write_xlsx([meeting(item(id=1), item(id=2)), meeting(item(id=3), id=8)], out)
    sheet, meetings = read(out)
    assert sheet.freeze_panes == meetings.freeze_panes == "A2"
    assert sheet.auto_filter.ref == f"A1:{get_column_letter(len(COLUMNS))}4"
    assert meetings.auto_filter.ref == f"A1:{get_column_letter(len(MEETING_COLUMNS))}3"
    for ws, columns in ((sheet, COLUMNS), (meetings, MEETING_COLUMNS)):
        widths = {c: ws.column_dimensions[get_column_letter(n)].width for n, c in
                  enumerate(columns, start=1)}  # fmt: skip
        assert all(ws.column_dimensions[get_column_letter(n)].customWidth
                   for n in range(1, len(columns) + 1))  # fmt: skip
        assert widths["meeting_id"] < widths["body"]
    assert widths["pages"] < widths["participants"]
    texts = {c: sheet.column_dimensions[get_column_letter(n)].width for n, c in
             enumerate(COLUMNS, start=1)}  # fmt: skip
    assert max(texts["item_id"], texts["first_page"]) < min(texts[c] for c in PART_COLUMNS.values())


def test_long_texts_wrap_and_one_line_cells_do_not(tmp_path: Path) -> None:
    out = tmp_path / "a.xlsx"
    write_xlsx([meeting(item(note="Ring\ntil Bo"))], out)
    (row,) = rows(read(out)[0], COLUMNS)
    for column in ("baggrund", "beslutning", "attachments", "note", "item_title"):
        assert row[column].alignment.wrap_text, column
    for column in ("item_number", "case_number", "meeting_id"):
        assert not row[column].alignment.wrap_text, column
    assert row["baggrund"].alignment.vertical == row["item_id"].alignment.vertical == "top"


@pytest.mark.parametrize("text", ["=SUM(A1)", "+45 12 34 56 78", "-", "@x", "=1+1", "1.10"])
def test_formula_like_text_stays_text(tmp_path: Path, text: str) -> None:
    out = tmp_path / "a.xlsx"
    fields = {"title": text, "case_number": text, "note": text, "number": text}
    write_xlsx([meeting(item(parts=[(None, text)], **fields))], out)
    (row,) = rows(read(out)[0], COLUMNS)
    for column in ("item_title", "case_number", "note", "item_number", "tekst"):
        assert row[column].data_type == "s", column
        assert row[column].value == text


def test_a_text_too_long_for_a_cell_is_cut_visibly(tmp_path: Path) -> None:
    out = tmp_path / "a.xlsx"
    long = "å" * (MAX_TEXT + 10)
    write_xlsx([meeting(item(parts=[("Sagsfremstilling", long)]))], out)
    (row,) = rows(read(out)[0], COLUMNS)
    value = row["sagsfremstilling"].value
    assert len(value) == MAX_TEXT
    assert value.endswith(CUT_MARK)
    assert long.startswith(value[: -len(CUT_MARK)])


def test_meetings_sheet(tmp_path: Path) -> None:
    out = tmp_path / "a.xlsx"
    first = meeting(item(id=1), item(id=2), id=7)
    second = meeting(id=8)
    second.update(body=None, date=None, participants=[], absent=[], kind="dagsorden")
    write_xlsx([first, second], out, labels="da")
    sheet, meetings = read(out)
    one, two = rows(meetings, MEETING_COLUMNS)
    assert one["meeting_id"].value == 7
    assert one["meeting_id"].data_type == "n"
    assert one["body"].value == "KKR Nordjylland"
    assert one["date"].is_date
    assert one["date"].value == dt.datetime(2022, 11, 18)
    assert one["kind"].value == label("kind", "referat", "da")
    assert (one["pages"].value, one["items"].value) == (33, 2)
    assert one["source_name"].value == "kkr-2022-11-18.pdf"
    assert one["participants"].value == "Anna (A) Aalborg\nBo (V) Brønderslev"
    assert one["participants"].alignment.wrap_text
    assert one["absent"].value == "Carl (C) Hjørring"
    assert [two[c].value for c in ("meeting_id", "body", "date", "items", "absent")] == [
        8, None, None, 0, None
    ]  # fmt: skip
    assert two["kind"].value == label("kind", "dagsorden", "da")
    assert sheet.max_row == 3  # a meeting without items has no item rows


def test_no_meetings_is_a_header_only_workbook(tmp_path: Path) -> None:
    out = tmp_path / "a.xlsx"
    assert write_xlsx([], out) == 0
    sheet, meetings = read(out)
    assert sheet.max_row == meetings.max_row == 1
    assert sheet.auto_filter.ref == f"A1:{get_column_letter(len(COLUMNS))}1"


def test_encoded_items_give_the_same_workbook(tmp_path: Path) -> None:
    records = [item(id=1), item(id=2, tags={"approved": "confirmed"}, note="x")]
    write_xlsx([meeting(*records)], tmp_path / "a.xlsx")
    write_xlsx([meeting(*(Encoded(json.dumps(r)) for r in records))], tmp_path / "b.xlsx")
    one, two = (read(tmp_path / name)[0] for name in ("a.xlsx", "b.xlsx"))
    assert [[c.value for c in r] for r in one.iter_rows()] == [
        [c.value for c in r] for r in two.iter_rows()
    ]


def scratch_folders() -> set[Path]:
    return set(Path(tempfile.gettempdir()).glob("kkr-xlsx-*"))


def test_cancel_leaves_no_file(tmp_path: Path) -> None:
    target = tmp_path / "a.xlsx"
    target.write_bytes(b"the earlier export")
    before = scratch_folders()

    def cancel(items: int) -> None:
        raise Cancelled

    with pytest.raises(Cancelled):
        write_xlsx([meeting(item()), meeting(item(), id=8)], target, progress=cancel)
    assert list(tmp_path.iterdir()) == [target]  # nor a temporary file
    assert target.read_bytes() == b"the earlier export"
    assert scratch_folders() == before


def test_an_unwritable_target_leaves_no_file(tmp_path: Path) -> None:
    with pytest.raises(OSError):  # noqa: PT011 - the OS's own error, whichever it is
        write_xlsx([meeting(item())], tmp_path / "missing" / "a.xlsx")
    (tmp_path / "folder.xlsx").mkdir()
    with pytest.raises(OSError):  # noqa: PT011
        write_xlsx([meeting(item())], tmp_path / "folder.xlsx")
    locked = tmp_path / "locked.xlsx"
    locked.write_bytes(b"kept")
    locked.chmod(0o444)
    with pytest.raises(ReadOnlyTargetError):
        write_xlsx([meeting(item())], locked)
    assert locked.read_bytes() == b"kept"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["folder.xlsx", "locked.xlsx"]
    assert list((tmp_path / "folder.xlsx").iterdir()) == []


FULL_DISK = """
import errno, resource, signal, sys
from pathlib import Path
from tests.unit.export.test_xlsx_export import item, meeting
from kkr_desk.export.xlsx_export import write_xlsx
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails with EFBIG
resource.setrlimit(resource.RLIMIT_FSIZE, (20_000, 20_000))
try:
    write_xlsx([meeting(item(note="x" * 30_000))], Path(sys.argv[1]))
except OSError as error:
    print(type(error).__name__, errno.errorcode[error.errno])
"""


def test_a_write_error_is_an_os_error_and_leaves_no_file(tmp_path: Path) -> None:
    """Files may not grow past 20 kB (as on a full disk): the error is the OSError."""
    done = subprocess.run(
        [sys.executable, "-c", FULL_DISK, str(tmp_path / "a.xlsx")],
        capture_output=True, text=True, check=True, cwd=Path(__file__).parents[3],
    )  # fmt: skip
    assert done.stdout.split() == ["OSError", "EFBIG"], done.stderr
    assert list(tmp_path.iterdir()) == []
