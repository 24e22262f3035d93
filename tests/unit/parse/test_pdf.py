"""The PDF reader: reading order by position, spans merged, ligatures, gaps."""

from __future__ import annotations

import pymupdf

from kkr_desk.parse import pdf


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
