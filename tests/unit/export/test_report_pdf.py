"""The decision report as PDF, read back with PyMuPDF's text extraction."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pymupdf
import pytest

from kkr_desk.app.exporting import write_records
from kkr_desk.domain.cancel import Cancelled
from kkr_desk.export.report import long_date
from kkr_desk.export.report_pdf import BODY, write_report_pdf
from tests.unit.export.test_report import (
    Records,
    decision_text,
    items_of,
    minimal_meeting,
    store_records,
)


@pytest.fixture(scope="module")
def records(corpus_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Records:
    return store_records(corpus_dir, tmp_path_factory.mktemp("report-pdf"))


def squeeze(text: str) -> str:
    """Text without whitespace: line wrapping is the layout's, not the content's."""
    return "".join(text.split())


def read_pdf(path: Path) -> tuple[list[str], list[str]]:
    """Per page: the text of the body, the text of the footer (below the body)."""
    with pymupdf.open(path) as doc:
        bodies = [page.get_text(clip=BODY) for page in doc]
        footers = [page.get_text(clip=(0, BODY.y1, page.rect.x1, page.rect.y1)) for page in doc]
    return bodies, footers


def find_in_order(text: str, wanted: list[str]) -> None:
    """Each of ``wanted`` occurs in ``text`` after the one before it."""
    at = 0
    for piece in wanted:
        found = text.find(squeeze(piece), at)
        assert found >= 0, f"{piece[:60]!r} not found after position {at}"
        at = found + len(squeeze(piece))


def expected_sequence(meeting: dict[str, Any], no_decision: str) -> list[str]:
    sequence = [meeting["body"], long_date(meeting["date"], "da") or ""]
    for item in items_of(meeting):
        sequence.append(f"{item['number']} {item['title']}")
        if item["case_number"]:
            sequence.append(item["case_number"])
        sequence.append(decision_text(item) or no_decision)
    return sequence


@pytest.mark.corpus
def test_every_item_extracts_back_in_order(records: Records, tmp_path: Path) -> None:
    plain, encoded = records
    out = tmp_path / "protokol.pdf"
    seen: list[int] = []
    count = write_report_pdf(encoded, out, progress=seen.append)

    sizes = [len(items_of(m)) for m in plain]
    assert count == sum(sizes)
    assert seen == [sizes[0], count]
    bodies, footers = read_pdf(out)
    starts = [n for n, body in enumerate(bodies) if body.startswith("Beslutningsprotokol\n")]
    assert len(starts) == len(plain)  # each meeting starts a page of its own
    assert starts[0] == 0
    for meeting, first, end in zip(plain, starts, [*starts[1:], len(bodies)], strict=True):
        text = squeeze("".join(bodies[first:end]))
        find_in_order(text, expected_sequence(meeting, "Ingen beslutning"))
        decided = [i for i in items_of(meeting) if decision_text(i)]
        assert text.count(squeeze("Ingen beslutning")) == len(items_of(meeting)) - len(decided)
        heading = f"Beslutningsprotokol · {meeting['body']} · {long_date(meeting['date'], 'da')}"
        for page in range(first, end):
            assert footers[page] == f"{heading}\nSide {page + 1} af {len(bodies)}\n"
    letters = set("".join(bodies))
    assert set("æøå") <= letters  # and every title and decision matched above, letter for letter
    assert not letters & set("ﬀﬁﬂﬃﬄ")  # no ligature glyphs: "fi" extracts as f, i


@pytest.mark.corpus
def test_suggested_and_confirmed_tags(records: Records, tmp_path: Path) -> None:
    plain, encoded = records
    write_report_pdf(encoded, tmp_path / "p.pdf")
    text = squeeze("".join(read_pdf(tmp_path / "p.pdf")[0]))
    tagged = [i for m in plain for i in items_of(m) if i["decision_tags"]]
    assert text.count(squeeze("(foreslået)")) == sum(not i["tags_confirmed"] for i in tagged)
    assert text.count("Beslutningsmærker:") == len(tagged)


def test_text_is_escaped_and_english_words(tmp_path: Path) -> None:
    title = 'Punkt <b>&amp; "æøå" </p>'
    meeting = minimal_meeting(
        title=title, parts=[{"heading": "Beslutning", "text": "<i>x</i> & <br> ÆØÅ"}]
    )
    meeting["participants"] = ["Anne <Ø>"]
    out = tmp_path / "report.pdf"
    write_report_pdf([meeting], out, labels="en")
    [body], [footer] = read_pdf(out)
    assert body.startswith("Decision report\nCouncil: KKR Nordjylland\nDate: 18 November 2022\n")
    assert f"1.1 {title}\n" in body
    assert "\nParticipants\n•  Anne <Ø>\n1 Godkendelser\n" in body
    assert "Decision\n<i>x</i> & <br> ÆØÅ\n" in body
    assert footer.endswith("Page 1 of 1\n")


def test_an_item_without_decision_is_marked(tmp_path: Path) -> None:
    meeting = minimal_meeting(parts=[{"heading": "Indstilling", "text": "Det indstilles."}])
    write_report_pdf([meeting], tmp_path / "r.pdf")
    [body], _ = read_pdf(tmp_path / "r.pdf")
    assert body.endswith(
        "1.1 Godkendelse af dagsorden\nSagsnummer: SAG-2022-04420\n"
        "Beslutningsmærker: Godkendt\nIngen beslutning\n"
    )
    assert "Det indstilles" not in body


def test_no_meetings_is_a_page_saying_so(tmp_path: Path) -> None:
    assert write_report_pdf([], tmp_path / "r.pdf") == 0
    bodies, footers = read_pdf(tmp_path / "r.pdf")
    assert bodies == ["Beslutningsprotokol\nIngen møder\n"]
    assert footers == ["Beslutningsprotokol\nSide 1 af 1\n"]


def test_registered_and_cancel_leaves_nothing(tmp_path: Path) -> None:
    out = tmp_path / "r.pdf"
    assert write_records([minimal_meeting()], "report-pdf", out) == 1
    assert read_pdf(out)[0][0].startswith("Beslutningsprotokol\n")
    before = out.read_bytes()
    with pytest.raises(Cancelled):
        write_records([minimal_meeting()] * 2, "report-pdf", out, cancelled=lambda: True)
    assert out.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["r.pdf"]


def test_long_words_are_broken_inside_the_page(tmp_path: Path) -> None:
    url = "https://example.invalid/" + "sti/" * 40 + "bilag.pdf"
    word = "x" * 200_000  # MuPDF alone takes minutes over a word this long
    meeting = minimal_meeting(parts=[{"heading": "Beslutning", "text": f"Se {url}\n{word}"}])
    out = tmp_path / "r.pdf"
    write_report_pdf([meeting], out)
    with pymupdf.open(out) as doc:
        text = "".join(page.get_text(clip=BODY) for page in doc)
        right = max(block[2] for page in doc for block in page.get_text("blocks"))
        title = doc.metadata["title"] if doc.metadata else ""
    assert squeeze(f"Se {url}{word}") in squeeze(text)
    assert right <= BODY.x1 + 1
    assert title == "Beslutningsprotokol · KKR Nordjylland · 18. november 2022"
