"""Read a PDF's text layer into visual lines, in reading order by position."""

from __future__ import annotations

import itertools
import re
import statistics
from collections.abc import Iterator

import pymupdf

from kkr_desk.domain.document import Line
from kkr_desk.parse.errors import BrokenPdfError, EncryptedPdfError, ScannedPdfError
from kkr_desk.parse.txt import LIGATURES

# Ligatures are expanded by us (LIGATURES), whitespace kept for span joining.
_FLAGS = pymupdf.TEXT_PRESERVE_WHITESPACE | pymupdf.TEXT_MEDIABOX_CLIP
_BOLD_FLAG = 16
_BOLD_NAMES = ("bold", "black", "heavy", "semibold", "demi")


# A span as a tuple, for speed: x0, y0, x1, y1, baseline, size, bold, text.
_Span = tuple[float, float, float, float, float, float, bool, str]
_LIGATURE = re.compile("[\ufb00-\ufb06]")


# MuPDF would print its complaints about damaged files on stdout; we read them instead.
pymupdf.TOOLS.mupdf_display_errors(False)
pymupdf.TOOLS.mupdf_display_warnings(False)
# What MuPDF says when a repaired file has lost content (rather than just its xref table).
_LOST_CONTENT = ("content stream", "not a stream", "page tree", "non-page object")


def open_pdf(data: bytes, name: str) -> pymupdf.Document:
    pymupdf.TOOLS.reset_mupdf_warnings()
    try:
        doc = pymupdf.open(stream=data, filetype="pdf")
        if doc.needs_pass:
            raise EncryptedPdfError(
                f"{name} is password protected: save an unprotected copy first."
            )
        pages = doc.page_count
    except EncryptedPdfError:
        raise
    except Exception as exc:  # noqa: BLE001 - MuPDF raises several types for bad files
        raise BrokenPdfError(f"{name} is a damaged PDF and cannot be opened ({exc}).") from None
    if pages == 0:
        raise BrokenPdfError(f"{name} is a damaged PDF: it has no pages.")
    return doc


def _check_damage(doc: pymupdf.Document, name: str) -> None:
    """A file MuPDF had to repair and that lost content on the way is refused whole:
    a silently shortened meeting is worse than none."""
    if not doc.is_repaired:
        return
    said = pymupdf.TOOLS.mupdf_warnings()
    if any(words in said for words in _LOST_CONTENT):
        raise BrokenPdfError(
            f"{name} is a damaged or truncated PDF: parts of its pages cannot be read. "
            "Get a complete copy of the file."
        )


def read_lines(doc: pymupdf.Document, name: str) -> tuple[list[Line], dict[int, float]]:
    """All visual lines of the document, and each page's height by page number."""
    lines: list[Line] = []
    heights: dict[int, float] = {}
    images = 0
    try:
        for pno in range(doc.page_count):
            page = doc.load_page(pno)
            heights[pno + 1] = page.rect.height
            page_dict = page.get_text("dict", flags=_FLAGS)
            images += sum(1 for b in page_dict["blocks"] if b.get("type") == 1)
            if not any(b.get("type") == 0 for b in page_dict["blocks"]):
                images += len(page.get_images(full=False))
            for spans in _cluster(_spans(page_dict)):
                line = _line(len(lines), pno + 1, spans)
                if line is not None:
                    lines.append(line)
    except Exception as exc:  # noqa: BLE001 - damaged content streams surface here
        raise BrokenPdfError(
            f"{name} is a damaged PDF: page {pno + 1} cannot be read ({exc})."
        ) from None
    _check_damage(doc, name)
    if not lines:
        if images:
            raise ScannedPdfError(
                f"{name} has no text layer (a scanned document): run it through OCR "
                "(for example ocrmypdf) and open the result."
            )
        raise ScannedPdfError(f"{name} contains no text.")
    return lines, heights


def _spans(page_dict: dict) -> Iterator[_Span]:
    for block in page_dict["blocks"]:
        for line in block.get("lines", ()):
            for span in line["spans"]:
                text = span["text"]
                if not text:
                    continue
                x0, y0, x1, y1 = span["bbox"]
                bold = bool(span["flags"] & _BOLD_FLAG)
                if not bold:
                    font = span["font"].lower()
                    bold = any(word in font for word in _BOLD_NAMES)
                yield (x0, y0, x1, y1, span["origin"][1], span["size"], bold, text)


def _cluster(spans: Iterator[_Span]) -> list[list[_Span]]:
    """Group spans sharing a baseline into visual lines, top to bottom, left to right."""
    rows: list[list[_Span]] = []
    base = size = 0.0
    for span in sorted(spans, key=lambda s: (s[4], s[0])):
        if rows and abs(span[4] - base) <= 0.3 * min(span[5], size):
            rows[-1].append(span)
            continue
        rows.append([span])
        base, size = span[4], span[5]
    for row in rows:
        if len(row) > 1:
            row.sort()
    return rows


def _line(index: int, page: int, spans: list[_Span]) -> Line | None:
    inked = [s for s in spans if not s[7].isspace()]
    if not inked:
        return None
    pieces: list[str] = []
    right = 0.0
    for x0, _, x1, _, _, size, _, text in spans:
        if pieces and x0 - right > 0.15 * size and pieces[-1][-1] != " " and text[0] != " ":
            pieces.append(" ")  # spans set apart by position, not by a space character
        pieces.append(text)
        right = x1
    raw = "".join(pieces)
    if _LIGATURE.search(raw):
        raw = raw.translate(LIGATURES)
    weights = [len(s[7]) for s in inked]
    main = inked[weights.index(max(weights))]
    bold = sum(w for s, w in zip(inked, weights, strict=True) if s[6])
    return Line(
        index=index,
        page=page,
        text=" ".join(raw.split()),
        bbox=(
            inked[0][0],
            min(s[1] for s in inked),
            max(s[2] for s in inked),
            max(s[3] for s in inked),
        ),
        size=round(main[5], 1),
        bold=bold * 2 >= sum(weights),
    )


def mark_gaps(all_lines: list[Line]) -> None:
    """A line whose distance from the previous content line is well beyond the usual
    leading for its size follows a paragraph gap. Page breaks never make gaps; call
    this after furniture is marked, which it skips."""
    lines = [line for line in all_lines if not line.furniture]
    ratios = [
        (b.bbox[3] - a.bbox[3]) / b.size
        for a, b in itertools.pairwise(lines)
        if a.page == b.page and a.size == b.size and b.bbox[3] > a.bbox[3]
    ]
    # The usual leading: the lower quartile, as gaps only ever widen the distance.
    leading = statistics.quantiles(ratios, n=4, method="inclusive")[0] if len(ratios) > 1 else 1.4
    for a, b in itertools.pairwise(lines):
        if a.page == b.page:
            pitch = b.bbox[3] - a.bbox[3]
            b.gap_before = pitch > 1.3 * leading * max(a.size or 0, b.size or 0)
