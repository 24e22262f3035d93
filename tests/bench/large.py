"""Large meetings with real structure, for the benchmarks at scale (issue 13).

``build(source, copies)`` takes a meeting PDF (the corpus minutes), keeps its front matter
once and appends its body pages ``copies`` times, rewriting the numbers of the section and
item headings so that they run on: copy ``c`` of section ``s`` becomes section
``s + c × S`` (``S`` sections in the source), its item ``s.m`` becomes ``(s + c × S).m``.
The parser then finds every generated item, in order, with the source's titles. Section
numbers stop at 99 (the parser reads two digits): beyond that, only every g-th section
heading is kept and the items of the others run on in it (see ``build``); at ~1,000 pages
from the 33-page minutes that is 75 sections holding 608 items.

Where the headings stand is learnt from the parser itself (the source's section and item
heading lines: page, bounding box, number), so nothing here names a word of the document.
A heading line is rewritten by redacting its text (only that line's band) and writing it
again at the same baseline and size, in PyMuPDF's built-in Helvetica (bold for bold
spans): the source's embedded fonts are subsets without a Unicode map. When the new number
is wider, the rest of the line moves right by the difference, so number and title stay
apart as they were.

``python -m tests.bench.large OUT.pdf [--pages 1000]`` writes one to a file.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import pymupdf

from kkr_desk.domain.document import Document, Node, NodeKind
from kkr_desk.parse import parse_bytes

REPO = Path(__file__).resolve().parents[2]
CORPUS = REPO.parent / "shared" / "corpus"
MAX_SECTION = 99  # the highest section number the parser reads (two digits)
FONTS = {False: "helv", True: "hebo"}  # PyMuPDF's built-in Helvetica, regular and bold


@lru_cache(maxsize=2)
def _font(bold: bool) -> pymupdf.Font:
    return pymupdf.Font(FONTS[bold])


@dataclass(frozen=True, slots=True)
class Heading:
    """A source heading: its 0-based page, the bboxes of its own lines, its number."""

    page: int
    boxes: tuple[tuple[float, float, float, float], ...]  # first line first
    number: str  # "2" for a section, "2.10" for an item


@dataclass(frozen=True, slots=True)
class Section:
    heading: Heading
    items: tuple[tuple[Heading, str | None], ...]  # each item's heading and title


@dataclass(frozen=True, slots=True)
class Large:
    """A generated meeting: the PDF and what the parser must find in it."""

    data: bytes
    pages: int
    copies: int
    sections: list[str]  # every section number, in order
    items: list[tuple[str, str | None]]  # every item's (number, title), in order


def minutes() -> Path:
    """The corpus minutes (the meeting the large ones are made of)."""
    return next(p for p in sorted(CORPUS.glob("*.pdf")) if "referat" in p.name)


def _heading(doc: Document, node: Node) -> Heading:
    lines = doc.lines[node.first : node.own_last + 1]
    if node.number is None or any(line.bbox is None for line in lines):
        raise ValueError(f"heading without a number or position: line {node.first}")
    boxes = tuple(line.bbox for line in lines if line.bbox is not None)
    return Heading(lines[0].page - 1, boxes, node.number)


def _sections(doc: Document) -> list[Section]:
    """The numbered sections of a parsed source with their items' headings."""
    sections = [n for n in doc.nodes if n.kind is NodeKind.SECTION]
    if [s.number for s in sections] != [str(k) for k in range(1, len(sections) + 1)]:
        raise ValueError("the source's sections do not run 1, 2, 3 …")
    return [
        Section(
            _heading(doc, s),
            tuple((_heading(doc, i), i.title) for i in s.children if i.kind is NodeKind.ITEM),
        )
        for s in sections
    ]


def _line_spans(page: pymupdf.Page, bbox: tuple[float, float, float, float]) -> list[dict]:
    """The spans on one line (crossing the middle of its bbox), left to right."""
    x0, y0, x1, y1 = bbox
    middle = (y0 + y1) / 2
    clip = pymupdf.Rect(x0 - 1, y0 - 1, x1 + 1, y1 + 1)
    spans = [
        span
        for block in page.get_text("dict", clip=clip)["blocks"]
        for line in block.get("lines", ())
        for span in line["spans"]
        if span["text"] and span["bbox"][1] <= middle <= span["bbox"][3]
    ]
    return sorted(spans, key=lambda s: s["bbox"][0])


def _is_bold(span: dict) -> bool:
    return bool(span["flags"] & pymupdf.TEXT_FONT_BOLD) or "bold" in span["font"].lower()


def _band(spans: list[dict]) -> pymupdf.Rect:
    """The middle half of a line's height across its spans: redacting it leaves the
    lines above and below whole."""
    y0 = min(s["bbox"][1] for s in spans)
    y1 = max(s["bbox"][3] for s in spans)
    quarter = (y1 - y0) / 4
    x0 = min(s["bbox"][0] for s in spans)
    x1 = max(s["bbox"][2] for s in spans)
    return pymupdf.Rect(x0, y0 + quarter, x1, y1 - quarter)


def _renumbered(spans: list[dict], old: str, new: str) -> list[tuple[float, float, str, dict]]:
    """The line's spans as (x, y, text, span) with ``new`` in place of the leading ``old``;
    spans after the number move right when the new number is wider."""
    first = spans[0]
    rest = first["text"].lstrip()
    lead = first["text"][: len(first["text"]) - len(rest)]
    if not rest.startswith(old):
        text = "".join(s["text"] for s in spans)
        raise ValueError(f"'{text}' does not start with its number {old} in one span")
    text = lead + new + rest[len(old) :]
    width = _font(_is_bold(first)).text_length(text, fontsize=first["size"])
    shift = max(0.0, first["bbox"][0] + width - first["bbox"][2])
    out = [(first["origin"][0], first["origin"][1], text, first)]
    out.extend((s["origin"][0] + shift, s["origin"][1], s["text"], s) for s in spans[1:])
    return out


def _edit_page(
    page: pymupdf.Page, renumber: list[tuple[Heading, str]], drop: list[Heading]
) -> None:
    """Renumber headings (``(heading, new number)``) and remove others, in one redaction."""
    writes: list[tuple[float, float, str, dict]] = []
    bands = []
    for heading, number in renumber:
        spans = _line_spans(page, heading.boxes[0])
        writes.extend(_renumbered(spans, heading.number, number))
        bands.append(_band(spans))
    for heading in drop:
        bands.extend(_band(_line_spans(page, box)) for box in heading.boxes)
    for band in bands:
        page.add_redact_annot(band)
    page.apply_redactions(
        images=pymupdf.PDF_REDACT_IMAGE_NONE,
        graphics=pymupdf.PDF_REDACT_LINE_ART_NONE,
        text=pymupdf.PDF_REDACT_TEXT_REMOVE,
    )
    for x, y, text, span in writes:  # one writer per span: a span keeps its colour
        writer = pymupdf.TextWriter(page.rect)
        writer.append((x, y), text, _font(_is_bold(span)), span["size"])
        writer.write_text(page, color=pymupdf.sRGB_to_pdf(span["color"]))


def build(
    source: bytes, copies: int, name: str = "source.pdf", *, max_section: int = MAX_SECTION
) -> Large:
    """The source's front matter, then its body ``copies`` times with numbers running on.

    Section numbers have at most two digits (the parser reads ``1.`` … ``99.``): when the
    copies hold more than ``max_section`` sections, only every ``g``-th section heading is kept
    (``g`` the smallest group that fits) and the items of the sections whose heading is
    removed run on in the kept one (``9.14``, ``9.15`` …).
    """
    if copies < 1:
        raise ValueError("at least one copy")
    sections = _sections(parse_bytes(source, name))
    group = -(-len(sections) * copies // max_section)  # ceil
    body = sections[0].heading.page  # the front matter stands before section 1
    edits: dict[int, tuple[list[tuple[Heading, str]], list[Heading]]] = {}
    expected_sections: list[str] = []
    expected_items: list[tuple[str, str | None]] = []
    with pymupdf.open(stream=source, filetype="pdf") as src, pymupdf.open() as out:
        last = src.page_count - 1
        span = last - body + 1  # pages per copy of the body
        count, number = 0, ""
        for copy in range(copies):
            for k, section in enumerate(sections):
                offset = copy * span
                if (copy * len(sections) + k) % group == 0:
                    expected_sections.append(str(len(expected_sections) + 1))
                    number = expected_sections[-1]
                    count = 0
                    _plan(edits, section.heading, offset, number)
                else:
                    _plan(edits, section.heading, offset, None)
                for heading, title in section.items:
                    count += 1
                    expected_items.append((f"{number}.{count}", title))
                    _plan(edits, heading, offset, expected_items[-1][0])
        out.insert_pdf(src, from_page=0, to_page=last)
        for _ in range(1, copies):
            out.insert_pdf(src, from_page=body, to_page=last)
        for index, (renumber, drop) in sorted(edits.items()):
            _edit_page(out[index], renumber, drop)
        data = out.tobytes(garbage=3, deflate=True)
        pages = out.page_count
    return Large(data, pages, copies, expected_sections, expected_items)


def _plan(edits: dict, heading: Heading, offset: int, number: str | None) -> None:
    """Note a heading to renumber (``number``) or remove (None) on its page in the copy."""
    if number == heading.number:
        return
    renumber, drop = edits.setdefault(heading.page + offset, ([], []))
    if number is None:
        drop.append(heading)
    else:
        renumber.append((heading, number))


def copies_for(source: bytes, pages: int) -> int:
    """How many copies of the body make about ``pages`` pages."""
    front = _sections(parse_bytes(source, "source.pdf"))[0].heading.page
    with pymupdf.open(stream=source, filetype="pdf") as src:
        total = src.page_count
    return max(1, round((pages - front) / (total - front)))


@lru_cache(maxsize=4)
def large_minutes(pages: int) -> Large:
    """About ``pages`` pages made of the corpus minutes (built once per process)."""
    source = minutes().read_bytes()
    return build(source, copies_for(source, pages), minutes().name)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="write a large meeting PDF for benchmarks")
    parser.add_argument("out", type=Path, help="the PDF to write")
    parser.add_argument("--pages", type=int, default=1000, help="about this many pages")
    args = parser.parse_args(argv)
    large = large_minutes(args.pages)
    args.out.write_bytes(large.data)
    print(
        f"{args.out}: {large.pages} pages, {len(large.sections)} sections, "
        f"{len(large.items)} items ({large.copies} copies)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
