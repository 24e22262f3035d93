"""Build small KKR-like PDFs and text extractions for tests, in varied layouts.

A document is a list of pages; a page is a list of ``(kind, text)`` rows. Kinds:
``section``, ``item``, ``case``, ``part``, ``body``, ``gap`` (a paragraph gap), ``title``
(cover), ``margin`` (a ``./.`` marker line: the marker in the margin, text in the body).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import pymupdf

Row = tuple[str, str]
Page = list[Row]


@dataclass
class Layout:
    font: str = "helv"
    bold_font: str = "hebo"
    body_size: float = 10
    item_size: float = 12
    section_size: float = 15
    bold_headings: bool = True
    leading: float = 1.4
    left: float = 57
    indent: float = 113
    top: float = 105
    header: Callable[[int, int], str] | None = None  # (page, pages) -> text, top margin
    footer: Callable[[int, int], str] | None = None  # bottom margin
    grey_first: bool = True  # draw grey case lines before everything else, like KL's PDFs
    split_spans: bool = False  # draw each word of body lines as its own text operation


def kl_header(body: str, date: str) -> Callable[[int, int], str]:
    return lambda page, pages: f"{body}  |  {date}"


def build_pdf(pages: list[Page], layout: Layout | None = None) -> bytes:
    layout = layout or Layout()
    doc = pymupdf.open()
    for number, rows in enumerate(pages, start=1):
        page = doc.new_page(width=595.28, height=841.89)
        _furniture(page, number, len(pages), layout)
        grey, black = _place(rows, layout)
        for spec in (grey + black) if layout.grey_first else sorted(black + grey):
            _draw(page, spec, layout)
    data = doc.tobytes()
    doc.close()
    return data


GREY = (0.45, 0.45, 0.45)


def _write(
    page: pymupdf.Page, x: float, y: float, text: str, font: str, size: float, color
) -> None:
    """Embedded fonts (TextWriter) so ligature glyphs such as ﬁ survive into the PDF."""
    writer = pymupdf.TextWriter(page.rect)
    writer.append((x, y), text, font=pymupdf.Font(font), fontsize=size)
    writer.write_text(page, color=color)


def _furniture(page: pymupdf.Page, number: int, pages: int, layout: Layout) -> None:
    if layout.header and number > 1:
        _write(page, layout.left, 45, layout.header(number, pages), layout.font, 8, GREY)
    if layout.footer and number > 1:
        _write(page, 480, 810, layout.footer(number, pages), layout.font, 8, GREY)


def _place(rows: Page, layout: Layout) -> tuple[list[tuple], list[tuple]]:
    y = layout.top
    grey: list[tuple] = []
    black: list[tuple] = []
    for kind, text in rows:
        size = {"section": layout.section_size, "item": layout.item_size, "title": 24}.get(
            kind, 8 if kind == "case" else layout.body_size
        )
        if kind == "gap":
            y += layout.body_size * 0.9
            continue
        y += size * layout.leading
        bold = layout.bold_headings and kind in ("section", "item", "part", "title")
        x = layout.left if kind in ("section", "item", "case") else layout.indent
        if kind == "case":
            grey.append((y, x, text, size, False, GREY))
        elif kind == "margin":
            black.append((y, layout.left, "./.", size, False, (0, 0, 0)))
            black.append((y, layout.indent, text, size, False, (0, 0, 0)))
        else:
            black.append((y, x, text, size, bold, (0, 0, 0)))
    return grey, black


def _draw(page: pymupdf.Page, spec: tuple, layout: Layout) -> None:
    y, x, text, size, bold, color = spec
    font = layout.bold_font if bold else layout.font
    if layout.split_spans and not bold:
        measure = pymupdf.Font(font)
        for word in text.split(" "):
            _write(page, x, y, word, font, size, color)
            x += measure.text_length(word + " ", fontsize=size)
        return
    _write(page, x, y, text, font, size, color)


def build_txt(pages: list[Page], header: str | None = None) -> str:
    """The same document in the upstream text-extraction format."""
    out: list[str] = []
    for number, rows in enumerate(pages, start=1):
        first = True
        for kind, text in rows:
            if kind == "gap":
                out.append(" ")
                continue
            if kind == "margin":
                text = f"./. {text}"
            out.append(f" {text} " if first and number > 1 else f"{text} ")
            out.append("")
            first = False
        if header and number > 1:
            out.extend([header, ""])
    return "\n".join(["", *out])


def sample_pages(body: str = "KKR Syddanmark", date: str = "05.03.2024") -> list[Page]:
    """A small, valid referat: cover, table of contents, participants, two sections."""
    return [
        [("title", body.upper()), ("title", "Referat"), ("body", f"Mødedato: {date}")],
        [
            ("part", "Indholdsfortegnelse"),
            ("body", "1. Godkendelse ......................... 4"),
            ("body", "1.1. Godkendelse af dagsorden ............ 4"),
            ("body", "2. Sager til beslutning ................... 4"),
            ("body", "2.1. Fælles indkøb af ﬁbernet ............. 4"),
            ("body", "2.2. Orientering om trafik ................ 5"),
        ],
        [
            ("part", "Deltagere"),
            ("body", "Anna Hansen (A) Odense Kommune"),
            ("body", "Bo Jensen (V) Vejle Kommune"),
            ("gap", ""),
            ("part", "Afbud"),
            ("body", "Carl Nielsen (C) Kolding Kommune"),
        ],
        [
            ("section", "1. Godkendelse"),
            ("item", "1.1. Godkendelse af dagsorden"),
            ("case", "SAG-2024-00101 abc"),
            ("part", "Beslutning"),
            ("body", "Dagsordenen blev godkendt."),
            ("gap", ""),
            ("section", "2. Sager til beslutning"),
            ("item", "2.1. Fælles indkøb af ﬁbernet i de syddanske"),
            ("item", "kommuner"),
            ("case", "SAG-2024-00102 abc/def"),
            ("part", "Indstilling"),
            ("body", f"Det indstilles, at {body} godkender det fælles"),
            ("body", "indkøb af ﬁbernet."),
            ("part", "Sagsfremstilling"),
            ("body", "Projektet har følgende spor:"),
            ("body", "1. Afklaring af behov hos kommu-"),
            ("body", "nerne og regionen"),
            ("body", "2. Udbud i 2024."),
            ("gap", ""),
            ("margin", "Bilag: Projektbeskrivelse"),
        ],
        [
            ("part", "Beslutning"),
            ("body", f"{body} godkendte indkøbet."),
            ("gap", ""),
            ("item", "2.2. Orientering om trafik"),
            ("case", "SAG-2024-00103 ghi"),
            ("part", "Indstilling"),
            ("body", "Det indstilles, at KKR tager orienteringen til efterretning."),
            ("part", "Beslutning"),
            ("body", "Punktet blev udsat til næste møde."),
        ],
    ]
