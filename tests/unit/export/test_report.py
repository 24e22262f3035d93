"""The decision report's content: what it says about a meeting, in Danish and English.

``store_records`` also serves the PDF and Word tests: the two corpus meetings imported into
an archive, one item's tags confirmed by the clerk, read back as the export reads them.
"""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest

from kkr_desk.app.archive import open_archive
from kkr_desk.app.importing import ImportPolicy, import_files
from kkr_desk.domain import edits
from kkr_desk.domain.labels import label
from kkr_desk.export.report import (
    Words,
    clean,
    long_date,
    paragraphs,
    report_meeting,
    report_meetings,
)
from tests.conftest import CORPUS_STEMS

Records = tuple[list[dict[str, Any]], list[dict[str, Any]]]


def store_records(corpus_dir: Path, folder: Path) -> Records:
    """The corpus meetings through the archive: (records, the same records encoded). The
    first item with tags in the minutes gets its tags confirmed (the rest stay suggested)."""
    archive = open_archive(f"sqlite:///{folder / 'archive.sqlite3'}", user="tester")
    import_files(
        archive, [corpus_dir / f"{stem}.pdf" for stem in CORPUS_STEMS], ImportPolicy(as_new=True)
    )
    ids = archive.meeting_ids()
    minutes = next(r for r in archive.records(ids) if r["kind"] == "referat")
    tagged = next(i for s in minutes["sections"] for i in s["items"] if i["decision_tags"])
    archive.apply(minutes["id"], edits.SetTags(tagged["id"], tuple(tagged["decision_tags"])))
    return list(archive.records(ids)), list(archive.records(ids, encoded=True))


def items_of(meeting: dict[str, Any]) -> list[dict[str, Any]]:
    return [item for section in meeting["sections"] for item in section["items"]]


def decision_text(item: dict[str, Any]) -> str:
    return "\n\n".join(p["text"] for p in item["parts"] if p["heading"] == "Beslutning")


def minimal_meeting(**item: Any) -> dict[str, Any]:
    """A one-item meeting record; ``item`` overrides the item's fields."""
    fields = {
        "id": 11,
        "number": "1.1",
        "title": "Godkendelse af dagsorden",
        "page": 2,
        "last_page": 2,
        "case_number": "SAG-2022-04420",
        "case_handlers": [],
        "parts": [{"heading": "Beslutning", "text": "Dagsordenen blev godkendt."}],
        "attachments": [],
        "decision_tags": ["approved"],
        "tags_confirmed": True,
        "review_status": "reviewed",
        "flagged": False,
        "note": None,
    }
    fields.update(item)
    return {
        "id": 1,
        "body": "KKR Nordjylland",
        "date": "2022-11-18",
        "kind": "referat",
        "pages": 3,
        "participants": [],
        "absent": [],
        "sections": [{"number": "1", "title": "Godkendelser", "page": 2, "items": [fields]}],
    }


@pytest.fixture(scope="module")
def records(corpus_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Records:
    return store_records(corpus_dir, tmp_path_factory.mktemp("report"))


def test_long_dates() -> None:
    assert long_date("2022-11-18", "da") == "18. november 2022"
    assert long_date("2020-06-01", "da") == "1. juni 2020"
    assert long_date("2021-05-09", "en") == "9 May 2021"
    assert long_date(None, "da") is None


def test_words_come_in_both_languages_and_nothing_else() -> None:
    da, en = Words.of("da"), Words.of("en")
    assert (da.title, da.no_decision, da.decision) == (
        "Beslutningsprotokol",
        "Ingen beslutning",
        "Beslutning",
    )
    assert (en.title, en.no_decision) == ("Decision report", "No decision")
    assert da.page_of.format(page=3, pages=7) == "Side 3 af 7"
    assert en.page_of.format(page=3, pages=7) == "Page 3 of 7"
    assert da.case_number == label("column", "case_number", "da")
    with pytest.raises(ValueError, match="unknown label language"):
        Words.of("de")


def test_tags_as_words_suggested_until_confirmed() -> None:
    both = ["discussed", "approved"]
    confirmed = report_meeting(minimal_meeting(decision_tags=both), "da")
    [item] = confirmed.items
    assert item.tags == "Godkendt, Drøftet"  # the vocabulary's order
    suggested = report_meeting(minimal_meeting(decision_tags=both, tags_confirmed=False), "da")
    assert next(suggested.items).tags == "Godkendt, Drøftet (foreslået)"
    english = report_meeting(minimal_meeting(decision_tags=both, tags_confirmed=False), "en")
    assert next(english.items).tags == "Approved, Discussed (suggested)"
    assert next(report_meeting(minimal_meeting(decision_tags=[]), "da").items).tags is None


def test_decision_is_every_beslutning_part_as_paragraphs() -> None:
    parts = [
        {"heading": "Indstilling", "text": "Det indstilles, at KKR godkender."},
        {"heading": "Beslutning", "text": "Godkendt.\n\nMed bemærkninger:\n– én\n– to"},
        {"heading": None, "text": "Løs tekst."},
        {"heading": "Beslutning", "text": "Supplerende beslutning."},
    ]
    [item] = report_meeting(minimal_meeting(parts=parts), "da").items
    assert item.decision == (
        "Godkendt.",
        "Med bemærkninger:\n– én\n– to",
        "Supplerende beslutning.",
    )
    [none] = report_meeting(minimal_meeting(parts=parts[:1]), "da").items
    assert none.decision == ()


def test_meeting_facts_and_control_characters() -> None:
    meeting = minimal_meeting(title="Punkt\x0cmed\x00tegn")
    meeting.update(participants=["Anne Ø", "Bo Å"], absent=["Carl"], date=None)
    report = report_meeting(meeting, "da")
    assert (report.body, report.date, report.kind) == ("KKR Nordjylland", None, "referat")
    assert (report.participants, report.absent) == (("Anne Ø", "Bo Å"), ("Carl",))
    assert next(report.items).title == "Punktmedtegn"
    assert clean("a\tb\nc") == "a\tb\nc"
    assert paragraphs("\n\none\n \nto\nlinjer\n\n") == ("one", "to\nlinjer")


@pytest.mark.corpus
def test_corpus_reports_follow_the_records(records: Records) -> None:
    plain, encoded = records
    reports = list(report_meetings(plain, "da"))
    assert [report for report, _ in reports] == [
        report for report, _ in report_meetings(encoded, "da")
    ]
    for meeting, (report, count) in zip(plain, reports, strict=True):
        items = items_of(meeting)
        assert count == len(items) > 0
        assert report.date == long_date(meeting["date"], "da")
        for item, shown in zip(items, report.items, strict=True):
            assert (shown.number, shown.title) == (item["number"], item["title"])
            assert "\n\n".join(shown.decision) == decision_text(item).strip()
            if item["decision_tags"]:
                assert shown.tags is not None
                assert shown.tags.endswith("(foreslået)") != item["tags_confirmed"]
    confirmed = [
        i for m in plain for i in items_of(m) if i["decision_tags"] and i["tags_confirmed"]
    ]
    assert len(confirmed) == 1


def test_records_are_not_changed() -> None:
    meeting = minimal_meeting()
    before = copy.deepcopy(meeting)
    report_meeting(meeting, "en")
    assert meeting == before
