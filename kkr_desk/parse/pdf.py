"""Read a PDF's text layer into visual lines, in reading order by position."""

from __future__ import annotations

import itertools
import statistics
from collections.abc import Iterator
from dataclasses import dataclass

import pymupdf

from kkr_desk.domain.document import Line
from kkr_desk.parse.errors import BrokenPdfError, EncryptedPdfError, ScannedPdfError
from kkr_desk.parse.txt import LIGATURES

# Ligatures are expanded by us (LIGATURES), whitespace kept for span joining.
_FLAGS = pymupdf.TEXT_PRESERVE_WHITESPACE | pymupdf.TEXT_MEDIABOX_CLIP
_BOLD_FLAG = 16
_BOLD_NAMES = ("bold", "black", "heavy", "semibold", "demi")


@dataclass(slots=True)
class _Span:
    x0: float
    y0: float
    x1: float
    y1: float
    base: float
    size: float
    bold: bool
    text: str


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


def read_lines(doc: pymupdf.Document, name: str) -> tuple[list[Line], int]:
    """All visual lines of the document and its page count."""
    lines: list[Line] = []
    images = 0
    try:
        for pno in range(doc.page_count):
            page = doc.load_page(pno)
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
    return lines, doc.page_count


def _spans(page_dict: dict) -> Iterator[_Span]:
    for block in page_dict["blocks"]:
        for line in block.get("lines", ()):
            for s in line["spans"]:
                text = s["text"]
                if not text:
                    continue
                x0, y0, x1, y1 = s["bbox"]
                font = s["font"].lower()
                bold = bool(s["flags"] & _BOLD_FLAG) or any(w in font for w in _BOLD_NAMES)
                yield _Span(x0, y0, x1, y1, s["origin"][1], s["size"], bold, text)


def _cluster(spans: Iterator[_Span]) -> list[list[_Span]]:
    """Group spans sharing a baseline into visual lines, top to bottom."""
    rows: list[list[_Span]] = []
    for span in sorted(spans, key=lambda s: (s.base, s.x0)):
        if rows:
            last = rows[-1][0]
            if abs(span.base - last.base) <= 0.3 * min(span.size, last.size):
                rows[-1].append(span)
                continue
        rows.append([span])
    for row in rows:
        row.sort(key=lambda s: s.x0)
    return rows


def _line(index: int, page: int, spans: list[_Span]) -> Line | None:
    spans = [s for s in spans if s.text.strip()] and spans
    if not spans:
        return None
    parts: list[str] = []
    prev: _Span | None = None
    for span in spans:
        text = span.text
        if prev is not None and parts:
            gap = span.x0 - prev.x1
            if gap > 0.15 * span.size and not parts[-1].endswith(" ") and text[0] != " ":
                parts.append(" ")  # spans set apart by position, not by a space character
        parts.append(text)
        prev = span
    text = " ".join("".join(parts).translate(LIGATURES).split())
    if not text:
        return None
    weights = [len(s.text.strip()) for s in spans]
    main = max(range(len(spans)), key=weights.__getitem__)
    bold_chars = sum(w for s, w in zip(spans, weights, strict=True) if s.bold)
    inked = [s for s, w in zip(spans, weights, strict=True) if w]
    return Line(
        index=index,
        page=page,
        text=text,
        bbox=(
            round(min(s.x0 for s in inked), 2),
            round(min(s.y0 for s in inked), 2),
            round(max(s.x1 for s in inked), 2),
            round(max(s.y1 for s in inked), 2),
        ),
        size=round(spans[main].size, 1),
        bold=bold_chars * 2 >= sum(weights),
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
