"""The decision report as Word .docx, read back with python-docx."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from docx.enum.section import WD_SECTION
from docx.oxml.ns import qn
from docx.section import Section

from kkr_desk.app.exporting import write_records
from kkr_desk.domain.cancel import Cancelled
from kkr_desk.export.report import long_date
from kkr_desk.export.report_docx import write_report_docx
from tests.unit.export.test_report import (
    Records,
    decision_text,
    items_of,
    minimal_meeting,
    store_records,
)


@pytest.fixture(scope="module")
def records(corpus_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Records:
    return store_records(corpus_dir, tmp_path_factory.mktemp("report-docx"))


def field_codes(section: Section) -> list[str]:
    instructions = section.footer._element.iter(qn("w:instrText"))
    return [(element.text or "").strip() for element in instructions]


def body_paragraphs(path: Path) -> list[tuple[str, str]]:
    """(style, text) of every paragraph of the body, in order."""
    document = docx.Document(str(path))
    return [(p.style.name if p.style else "", p.text) for p in document.paragraphs]


@pytest.mark.corpus
def test_every_item_reads_back_in_order(records: Records, tmp_path: Path) -> None:
    plain, encoded = records
    out = tmp_path / "protokol.docx"
    seen: list[int] = []
    count = write_report_docx(encoded, out, progress=seen.append)

    sizes = [len(items_of(m)) for m in plain]
    assert count == sum(sizes)
    assert seen == [sizes[0], count]
    paragraphs = body_paragraphs(out)
    expected: list[tuple[str, str]] = []
    for meeting in plain:
        expected += [
            ("Heading 1", "Beslutningsprotokol"),
            ("Normal", f"Råd: {meeting['body']}"),
            ("Normal", f"Dato: {long_date(meeting['date'], 'da')}"),
            ("Normal", f"Dokument: {meeting['kind']}"),
        ]
        for item in items_of(meeting):
            expected.append(("Heading 3", f"{item['number']} {item['title']}"))
            text = decision_text(item).strip()
            if text:
                expected.append(("Normal", "Beslutning"))
                expected += [("Normal", paragraph) for paragraph in text.split("\n\n")]
            else:
                expected.append(("Normal", "Ingen beslutning"))
    at = 0
    for wanted in expected:  # each in order; other paragraphs may come between them
        at = paragraphs.index(wanted, at) + 1
    headings = [text for style, text in paragraphs if style == "Heading 3"]
    assert headings == [f"{i['number']} {i['title']}" for m in plain for i in items_of(m)]
    assert any("æ" in text and "ø" in text for _, text in paragraphs)

    document = docx.Document(str(out))
    assert len(document.sections) == len(plain)
    assert [s.start_type for s in document.sections[1:]] == [WD_SECTION.NEW_PAGE] * (len(plain) - 1)
    for section, meeting in zip(document.sections, plain, strict=True):
        assert section.page_width is not None
        assert section.page_height is not None
        assert (round(section.page_width.mm), round(section.page_height.mm)) == (210, 297)  # A4
        assert not section.footer.is_linked_to_previous
        assert field_codes(section) == ["PAGE", "NUMPAGES"]
        footer = section.footer.paragraphs[0].text
        date = long_date(meeting["date"], "da")
        assert footer == f"Beslutningsprotokol · {meeting['body']} · {date}\tSide 1 af 1"


@pytest.mark.corpus
def test_participants_listed_when_the_record_has_them(records: Records, tmp_path: Path) -> None:
    plain, encoded = records
    write_report_docx(encoded, tmp_path / "p.docx")
    paragraphs = body_paragraphs(tmp_path / "p.docx")
    listed = [text for style, text in paragraphs if style == "List Bullet"]
    people = [p for m in plain for p in (*m["participants"], *m["absent"])]
    assert listed == people
    assert listed  # the minutes name those present
    for heading, key in (("Deltagere", "participants"), ("Afbud", "absent")):
        shown = sum(p == ("Normal", heading) for p in paragraphs)
        assert shown == sum(bool(m[key]) for m in plain)  # the heading only over a list


def test_text_is_literal_and_english_words(tmp_path: Path) -> None:
    title = 'Punkt <b>&amp; "æøå"'
    decision = "<i>x</i> & ÆØÅ\nanden linje"
    meeting = minimal_meeting(
        title=title,
        parts=[{"heading": "Beslutning", "text": decision}],
        decision_tags=["noted"],
        tags_confirmed=False,
    )
    meeting["absent"] = ["Bo <Å>"]
    out = tmp_path / "r.docx"
    write_report_docx([meeting], out, labels="en")
    assert body_paragraphs(out) == [
        ("Heading 1", "Decision report"),
        ("Normal", "Council: KKR Nordjylland"),
        ("Normal", "Date: 18 November 2022"),
        ("Normal", "Document: minutes"),
        ("Normal", "Absent"),
        ("List Bullet", "Bo <Å>"),
        ("Heading 2", "1 Godkendelser"),
        ("Heading 3", f"1.1 {title}"),
        ("Normal", "Case number: SAG-2022-04420"),
        ("Normal", "Decision tags: Noted (suggested)"),
        ("Normal", "Decision"),
        ("Normal", decision),
    ]
    footer = docx.Document(str(out)).sections[0].footer.paragraphs[0].text
    assert footer.endswith("\tPage 1 of 1")


def test_an_item_without_decision_is_marked(tmp_path: Path) -> None:
    meeting = minimal_meeting(parts=[], decision_tags=[], case_number=None)
    write_report_docx([meeting], tmp_path / "r.docx")
    paragraphs = body_paragraphs(tmp_path / "r.docx")
    assert paragraphs[-2:] == [
        ("Heading 3", "1.1 Godkendelse af dagsorden"),
        ("Normal", "Ingen beslutning"),
    ]
    assert docx.Document(str(tmp_path / "r.docx")).paragraphs[-1].runs[0].italic


def test_no_meetings(tmp_path: Path) -> None:
    assert write_report_docx([], tmp_path / "r.docx") == 0
    assert body_paragraphs(tmp_path / "r.docx") == [
        ("Heading 1", "Beslutningsprotokol"),
        ("Normal", "Ingen møder"),
    ]


def test_registered_and_cancel_leaves_nothing(tmp_path: Path) -> None:
    out = tmp_path / "r.docx"
    assert write_records([minimal_meeting()], "report-docx", out) == 1
    assert body_paragraphs(out)[0] == ("Heading 1", "Beslutningsprotokol")
    before = out.read_bytes()
    with pytest.raises(Cancelled):
        write_records([minimal_meeting()] * 2, "report-docx", out, cancelled=lambda: True)
    assert out.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["r.docx"]
