"""Sections, items and parts on small constructed documents, as PDF and as text."""

from __future__ import annotations

import datetime as dt

import pytest

from kkr_desk.domain.document import NodeKind, check_invariants
from kkr_desk.domain.gold import to_gold
from kkr_desk.parse import parse_bytes
from kkr_desk.parse.errors import NotKKRDocumentError
from tests.helpers.kkrpdf import Layout, Page, build_pdf, build_txt, kl_header, sample_pages

FORMS = ["pdf", "pdf-plain", "txt"]


def parse(pages: list[Page], form: str, header: str = "KKR Syddanmark | 05-03-2024"):
    if form == "txt":
        return parse_bytes(build_txt(pages, header=header).encode(), "t.txt")
    layout = Layout(header=lambda *_: header)
    if form == "pdf-plain":  # one font size, no bold: context alone must decide
        layout = Layout(
            header=lambda *_: header, bold_headings=False, item_size=10, section_size=10
        )
    return parse_bytes(build_pdf(pages, layout), "t.pdf")


def outline(doc) -> list[tuple]:
    return [
        (s.number, s.title, [(i.number, i.title, i.case_number) for i in s.children])
        for s in doc.sections
    ]


@pytest.mark.parametrize("form", FORMS)
def test_sample_referat(form: str) -> None:
    doc = parse(sample_pages(), form)
    check_invariants(doc)
    assert outline(doc) == [
        ("1", "Godkendelse", [("1.1", "Godkendelse af dagsorden", "SAG-2024-00101")]),
        (
            "2",
            "Sager til beslutning",
            [
                ("2.1", "Fælles indkøb af fibernet i de syddanske kommuner", "SAG-2024-00102"),
                ("2.2", "Orientering om trafik", "SAG-2024-00103"),
            ],
        ),
    ]
    info = doc.meeting
    assert (info.body, info.date, info.kind, info.pages) == (
        "KKR Syddanmark",
        dt.date(2024, 3, 5),
        "referat",
        5,
    )
    assert info.participants == ["Anna Hansen (A) Odense Kommune", "Bo Jensen (V) Vejle Kommune"]
    assert info.absent == ["Carl Nielsen (C) Kolding Kommune"]
    gold = to_gold(doc)
    item = gold["sections"][1]["items"][0]
    assert item["case_handlers"] == ["abc", "def"]
    assert [p["heading"] for p in item["parts"]] == [
        "Indstilling",
        "Sagsfremstilling",
        "Beslutning",
    ]
    assert item["parts"][1]["text"] == (
        "Projektet har følgende spor:\n1. Afklaring af behov hos kommunerne og regionen\n"
        "2. Udbud i 2024."
    )
    assert item["attachments"] == ["Projektbeskrivelse"]
    assert item["decision_tags"] == ["approved"]
    assert gold["sections"][1]["items"][1]["decision_tags"] == ["postponed"]
    front = doc.nodes[0]
    assert front.kind is NodeKind.FRONT
    assert [x.page for x in doc.node_lines(front) if not x.furniture][-1] == 3


def _body(rows: Page) -> list[Page]:
    """A cover, then the given body page."""
    return [[("title", "KKR Midtjylland"), ("body", "Dagsorden 12. januar 2025")], rows]


@pytest.mark.parametrize("form", FORMS)
def test_toc_without_page_numbers_never_becomes_items(form: str) -> None:
    toc = [
        ("body", "1. Godkendelse"),
        ("body", "1.1. Godkendelse af dagsorden"),
        ("body", "2. Orientering"),
        ("body", "2.1. Siden sidst"),
    ]
    body = [
        ("section", "1. Godkendelse"),
        ("item", "1.1. Godkendelse af dagsorden"),
        ("case", "SAG-2025-00001 abc"),
        ("part", "Indstilling"),
        ("body", "Det indstilles, at dagsordenen godkendes."),
    ]
    doc = parse([[("title", "KKR Midtjylland")], toc, body], form)
    assert outline(doc) == [
        ("1", "Godkendelse", [("1.1", "Godkendelse af dagsorden", "SAG-2025-00001")])
    ]
    assert doc.lines[doc.sections[0].first].page == 3
    assert doc.meeting.kind == "dagsorden"


@pytest.mark.parametrize("form", FORMS)
def test_numbered_lists_never_become_sections_or_items(form: str) -> None:
    rows = [
        ("section", "1. Sager"),
        ("item", "1.1. Klimaindsats"),
        ("case", "SAG-2025-00002 abc"),
        ("part", "Sagsfremstilling"),
        ("body", "Indsatsen falder i seks kategorier:"),
        ("gap", ""),
        *[("body", f"{n}. Kategori nummer {n}: herunder tiltag") for n in range(1, 7)],
        ("gap", ""),
        ("body", "8.  Styrket regional strategi"),
        ("body", "9.  Styrket samarbejde"),
        ("body", "Mødet holdes den 18. november"),
        ("body", "2022."),
        ("gap", ""),
        ("section", "2. Eventuelt"),
    ]
    doc = parse(_body(rows), form)
    assert outline(doc) == [
        ("1", "Sager", [("1.1", "Klimaindsats", "SAG-2025-00002")]),
        ("2", "Eventuelt", []),
    ]
    text = to_gold(doc)["sections"][0]["items"][0]["parts"][0]["text"]
    assert "\n2. Kategori nummer 2: herunder tiltag\n" in text
    assert text.endswith(
        "8. Styrket regional strategi\n9. Styrket samarbejde Mødet holdes den 18. november 2022."
    )


@pytest.mark.parametrize("form", FORMS)
def test_sections_mid_page_at_page_top_and_without_items(form: str) -> None:
    pages = _body(
        [
            ("section", "1. Godkendelse"),
            ("item", "1.1. Godkendelse af referat"),
            ("part", "Baggrund"),
            ("body", "Referatet er udsendt."),
            ("gap", ""),
            ("section", "2. Udpegninger"),
            ("gap", ""),
            ("section", "3. KKR"),
        ]
    )
    pages.append([("section", "4. Eventuelt"), ("item", "4.1. Eventuelt")])
    doc = parse(pages, form)
    check_invariants(doc)
    assert outline(doc) == [
        ("1", "Godkendelse", [("1.1", "Godkendelse af referat", None)]),
        ("2", "Udpegninger", []),
        ("3", "KKR", []),
        ("4", "Eventuelt", [("4.1", "Eventuelt", None)]),
    ]
    assert [doc.lines[s.first].page for s in doc.sections] == [2, 2, 2, 3]
    assert to_gold(doc)["sections"][3]["items"][0]["parts"] == []


@pytest.mark.parametrize("form", FORMS)
def test_text_before_the_first_part_heading_is_a_null_part(form: str) -> None:
    rows = [
        ("section", "1. Orientering"),
        ("item", "1.1. Siden sidst"),
        ("case", "SAG-2025-00003 xy"),
        ("gap", ""),
        ("body", "Formanden orienterer kort."),
        ("part", "Beslutning"),
        ("body", "KKR tog orienteringen til efterretning."),
    ]
    gold = to_gold(parse(_body(rows), form))
    item = gold["sections"][0]["items"][0]
    assert item["parts"] == [
        {"heading": None, "text": "Formanden orienterer kort."},
        {"heading": "Beslutning", "text": "KKR tog orienteringen til efterretning."},
    ]
    assert gold["kind"] == "referat"
    assert item["decision_tags"] == ["noted"]


@pytest.mark.parametrize(
    "region", ["Hovedstaden", "Sjælland", "Syddanmark", "Midtjylland", "Nordjylland"]
)
def test_every_kkr_body(region: str) -> None:
    pages = [
        [("title", f"KKR {region.upper()}"), ("body", "Referat af mødet den 3. maj 2024")],
        [
            ("section", "1. Godkendelse"),
            ("item", "1.1. Dagsorden"),
            ("part", "Beslutning"),
            ("body", "Godkendt."),
        ],
    ]
    doc = parse_bytes(
        build_pdf(pages, Layout(header=kl_header(f"KKR {region}", "03-05-2024"))), "t.pdf"
    )
    assert doc.meeting.body == f"KKR {region}"
    assert doc.meeting.date == dt.date(2024, 5, 3)


def test_letter_spaced_cover_title_names_the_body() -> None:
    pages = [
        [("title", "K K R   S J Æ L L A N D"), ("body", "Mødedato: 01.02.2024")],
        [("section", "1. Godkendelse"), ("item", "1.1. Dagsorden"), ("body", "Tekst.")],
    ]
    doc = parse_bytes(build_pdf(pages), "t.pdf")
    assert (doc.meeting.body, doc.meeting.date) == ("KKR Sjælland", dt.date(2024, 2, 1))


def test_numbered_document_of_another_body_is_not_kkr() -> None:
    pages = [[("section", "1. Indledning"), ("item", "1.1. Formål"), ("body", "Tekst.")]]
    with pytest.raises(NotKKRDocumentError, match="no KKR council"):
        parse_bytes(build_pdf(pages), "brev.pdf")


@pytest.mark.parametrize("form", FORMS)
def test_program_part_and_agenda_kind(form: str) -> None:
    rows = [
        ("section", "1. Indledning"),
        ("item", "1.1. Program for dagen"),
        ("case", "SAG-2025-00004 ab"),
        ("part", "Program"),
        ("body", "Kl. 9.00 Ankomst"),
        ("body", "Kl. 9.30 Møde"),
    ]
    gold = to_gold(parse(_body(rows), form))
    item = gold["sections"][0]["items"][0]
    assert item["parts"] == [{"heading": "Program", "text": "Kl. 9.00 Ankomst Kl. 9.30 Møde"}]
    assert (gold["kind"], item["decision_tags"]) == ("dagsorden", [])


def test_the_cover_names_the_council_even_when_the_text_names_another_more() -> None:
    pages = [
        [("title", "KKR HOVEDSTADEN"), ("body", "Mødedato: 01.02.2024")],
        [
            ("section", "1. Samarbejde"),
            ("item", "1.1. Fælles plan med KKR Sjælland"),
            ("body", "KKR Sjælland og KKR Sjælland har foreslået en plan."),
        ],
    ]
    assert parse_bytes(build_pdf(pages), "t.pdf").meeting.body == "KKR Hovedstaden"
