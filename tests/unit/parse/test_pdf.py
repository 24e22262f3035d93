"""The PDF reader: reading order by position, spans merged, ligatures, gaps."""

from __future__ import annotations

import gc

import pymupdf
import pytest

from kkr_desk.domain.document import Anomaly, AnomalyKind
from kkr_desk.parse import pdf
from kkr_desk.parse.errors import DamagedPdfError


def _read(data: bytes):
    lines, heights, anomalies = pdf.read_pdf(data, "t.pdf")
    assert anomalies == []
    pdf.mark_gaps(lines)
    return lines, len(heights)


def _write(page, x, y, text, font="helv", size=10, color=(0, 0, 0)):
    writer = pymupdf.TextWriter(page.rect)
    writer.append((x, y), text, font=pymupdf.Font(font), fontsize=size)
    writer.write_text(page, color=color)


def _pdf(draw) -> bytes:
    doc = pymupdf.open()
    draw(doc.new_page(width=595, height=842))
    return doc.tobytes()


def test_reading_order_is_by_position_not_content_stream() -> None:
    def draw(page):
        _write(page, 57, 300, "nederst", color=(0.5, 0.5, 0.5))  # drawn first
        _write(page, 57, 100, "øverst")
        _write(page, 57, 200, "midten")

    lines, pages = _read(_pdf(draw))
    assert pages == 1
    assert [x.text for x in lines] == ["øverst", "midten", "nederst"]


def test_spans_of_one_line_are_merged_with_spaces_by_position() -> None:
    def draw(page):
        _write(page, 200, 100, "Indstilling", font="hebo")
        _write(page, 57, 100, "./.")  # margin marker, drawn after the text
        _write(page, 57, 130, "2.10.", font="hebo", size=12)
        _write(page, 88, 130, "Henvendelse", font="hebo", size=12)

    lines, _ = _read(_pdf(draw))
    assert [x.text for x in lines] == ["./. Indstilling", "2.10. Henvendelse"]
    first, second = lines
    assert first.bold  # most of the line's characters are bold
    assert second.size == 12
    assert first.bbox is not None
    assert first.bbox[0] == 57
    assert first.bbox[2] > 200


def test_ligatures_are_expanded() -> None:
    lines, _ = _read(_pdf(lambda page: _write(page, 57, 100, "ﬁnansiering og eﬀekt")))
    assert lines[0].text == "finansiering og effekt"


def test_wide_leading_marks_a_paragraph_gap() -> None:
    def draw(page):
        for i, y in enumerate([100, 114, 128, 151, 165]):
            _write(page, 57, y, f"linje {i}")

    lines, _ = _read(_pdf(draw))
    assert [x.gap_before for x in lines] == [False, False, False, True, False]


def test_a_page_break_is_never_a_gap_and_furniture_is_skipped() -> None:
    doc = pymupdf.open()
    for page_no in range(2):
        page = doc.new_page(width=595, height=842)
        _write(page, 57, 40, "Sidehoved")  # running header, far above the text
        for i, y in enumerate([100, 114, 128]):
            _write(page, 57, y, f"side {page_no} linje {i}")
    lines, heights, _ = pdf.read_pdf(doc.tobytes(), "t.pdf")
    for line in lines:
        line.furniture = line.text == "Sidehoved"
    pdf.mark_gaps(lines)
    assert len(heights) == 2
    assert [(x.text, x.gap_before) for x in lines if not x.furniture] == [
        (f"side {p} linje {i}", False) for p in range(2) for i in range(3)
    ]


def test_blank_spans_make_no_line_and_ligatures_are_expanded_in_joined_lines() -> None:
    def draw(page):
        _write(page, 57, 100, "   ")  # a line of nothing but spaces
        _write(page, 57, 130, "Bilag:", font="hebo")
        _write(page, 120, 130, "ﬂere ﬁler")
        _write(page, 57, 160, "uden ligaturer")

    lines, _ = _read(_pdf(draw))
    assert [x.text for x in lines] == ["Bilag: flere filer", "uden ligaturer"]
    assert [x.index for x in lines] == [0, 1]
    assert lines[0].bold is False  # most of its characters are not bold


def _two_pages() -> bytes:
    doc = pymupdf.open()
    for text in ("første side", "anden side"):
        _write(doc.new_page(width=595, height=842), 57, 100, text)
    return doc.tobytes()


def test_damage_is_told_in_english_and_danish_with_mupdfs_own_words() -> None:
    data = _two_pages()
    with pymupdf.open(stream=data, filetype="pdf") as doc:
        xref = doc[1].xref
    at = data.index(b"/MediaBox", data.index(b"\n%d 0 obj" % xref)) + 1
    damaged = data[:at] + bytes([data[at] ^ 2]) + data[at + 1 :]  # /MediaBox -> /OediaBox

    lines, _, anomalies = pdf.read_pdf(damaged, "t.pdf", accept_damaged=True)
    assert [x.text for x in lines] == ["første side", "anden side"]
    said = "the page dictionary has a damaged key /OediaBox"
    assert anomalies == [
        Anomaly(2, f"the PDF file is damaged ({said})", danish=f"PDF-filen er beskadiget ({said})")
    ]


def test_damage_found_while_opening_names_no_page_in_either_language() -> None:
    data = _two_pages()
    at = data.rindex(b"startxref") + len(b"startxref\n")
    damaged = data[:at] + b"12" + data[at:].lstrip(b"0123456789")  # a wrong xref offset

    _, _, anomalies = pdf.read_pdf(damaged, "t.pdf", accept_damaged=True)
    assert len(anomalies) == 1
    (anomaly,) = anomalies
    assert anomaly.page is None
    assert anomaly.kind is AnomalyKind.DAMAGED
    prefix = "the PDF file is damaged ("
    assert anomaly.message.startswith(prefix)
    assert anomaly.message.endswith(")")
    said = anomaly.message[len(prefix) : -1]
    assert said  # MuPDF's own words
    assert anomaly.danish == f"PDF-filen er beskadiget ({said})"


def test_reading_leaves_the_garbage_collector_as_it_found_it() -> None:
    data = _two_pages()
    damaged = data.replace(b"/MediaBox", b"/OediaBox", 1)
    assert gc.isenabled()
    pdf.read_pdf(data, "t.pdf")
    assert gc.isenabled()
    with pytest.raises(DamagedPdfError):
        pdf.read_pdf(damaged, "t.pdf")
    assert gc.isenabled()  # also after a refusal
    gc.disable()
    try:
        pdf.read_pdf(data, "t.pdf")
        assert not gc.isenabled()  # off stays off
    finally:
        gc.enable()


def test_page_keys_are_the_keys_pymupdf_reads_for_the_page_object() -> None:
    data = _two_pages().replace(b"/MediaBox", b"/OediaBox", 1)
    with pymupdf.open(stream=data, filetype="pdf") as doc:
        for page in doc:
            keys = pdf._page_keys(page)
            assert keys == doc.xref_get_keys(page.xref)
            assert "Contents" in keys
        assert "OediaBox" in pdf._page_keys(doc[0])
