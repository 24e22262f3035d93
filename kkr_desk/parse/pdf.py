"""Read a PDF's text layer into visual lines, in reading order by position."""

from __future__ import annotations

import itertools
import re
import statistics
from collections.abc import Callable, Iterator
from typing import Any

import pymupdf

from kkr_desk.domain.cancel import CancelCheck, check
from kkr_desk.domain.document import Anomaly, Line
from kkr_desk.parse.errors import DamagedPdfError, EncryptedPdfError, ScannedPdfError
from kkr_desk.parse.txt import LIGATURES

# Ligatures are expanded by us (LIGATURES), whitespace kept for span joining.
_FLAGS = pymupdf.TEXT_PRESERVE_WHITESPACE | pymupdf.TEXT_MEDIABOX_CLIP
_BOLD_FLAG = 16
_BOLD_NAMES = ("bold", "black", "heavy", "semibold", "demi")


# Told each page read: (pages read, pages in the document).
PageProgress = Callable[[int, int], None]

# A span as a tuple, for speed: x0, y0, x1, y1, baseline, size, bold, text.
_Span = tuple[float, float, float, float, float, float, bool, str]
_LIGATURE = re.compile("[\ufb00-\ufb06]")


# MuPDF would print its complaints about damaged files on stdout; we read them instead.
pymupdf.TOOLS.mupdf_display_errors(False)
pymupdf.TOOLS.mupdf_display_warnings(False)
_DETAIL = 160  # characters of MuPDF's own words kept in a message
# The keys of a page dictionary (PDF 2.0, table 31). MuPDF says nothing when one is
# damaged: a page whose /Contents key lost a bit is silently blank.
_PAGE_KEY_NAMES = (
    "Type Parent LastModified Resources MediaBox CropBox BleedBox TrimBox ArtBox BoxColorInfo "
    "Contents Rotate Group Thumb B Dur Trans Annots AA Metadata PieceInfo StructParents ID PZ "
    "SeparationInfo Tabs TemplateInstantiated PresSteps UserUnit VP AF OutputIntents DPart"
)
_PAGE_KEYS = frozenset(_PAGE_KEY_NAMES.split())


def _said() -> str:
    """The first thing MuPDF complained about since the last call ("" if nothing)."""
    said = pymupdf.TOOLS.mupdf_warnings(reset=1).strip()
    first = said.splitlines()[0].strip() if said else ""
    return first if len(first) <= _DETAIL else first[: _DETAIL - 1] + "…"


def _damaged_key(doc: pymupdf.Document, xref: int) -> str:
    """A page dictionary key that looks like a damaged page key: not one of them, and
    not plain ASCII or one character away from one (producers' own keys are neither)."""
    for key in doc.xref_get_keys(xref):
        if key in _PAGE_KEYS:
            continue
        if not (key.isascii() and key.isprintable()) or any(
            len(key) == len(known) and sum(a != b for a, b in zip(key, known, strict=True)) == 1
            for known in _PAGE_KEYS
        ):
            return (
                f"the page dictionary has a damaged key /{key.encode('ascii', 'replace').decode()}"
            )
    return ""


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
        pymupdf.TOOLS.reset_mupdf_warnings()
        raise DamagedPdfError(name, [], str(exc) or type(exc).__name__) from None
    if pages == 0:
        doc.close()
        raise DamagedPdfError(name, [], "it has no pages")
    return doc


def read_pdf(
    data: bytes,
    name: str,
    *,
    accept_damaged: bool = False,
    progress: PageProgress | None = None,
    cancelled: CancelCheck | None = None,
) -> tuple[list[Line], dict[int, float], list[Anomaly]]:
    """Open and read a PDF: its lines, each page's height, and (with ``accept_damaged``)
    what MuPDF could not read cleanly. Without it any MuPDF error or warning, while
    opening or on any page, refuses the file (DamagedPdfError): a silently changed or
    shortened meeting is worse than none. ``progress`` is told each page read;
    ``cancelled`` is asked before each page (Cancelled is raised when it says so)."""
    with open_pdf(data, name) as doc:
        opened = _said()  # a repaired cross-reference table, a broken trailer …
        return read_lines(
            doc,
            name,
            accept_damaged=accept_damaged,
            opened=opened,
            progress=progress,
            cancelled=cancelled,
        )


def read_lines(
    doc: pymupdf.Document,
    name: str,
    *,
    accept_damaged: bool = False,
    opened: str = "",
    progress: PageProgress | None = None,
    cancelled: CancelCheck | None = None,
) -> tuple[list[Line], dict[int, float], list[Anomaly]]:
    """All visual lines of the document, each page's height by page number, and the
    damage accepted (``opened``: what MuPDF said while opening the file).

    Each page is read on its own: MuPDF's warnings and errors are collected per page. A
    page that raises is left out; a page with warnings is read as far as MuPDF goes.
    Unless ``accept_damaged``, any of it raises DamagedPdfError naming the pages.
    """
    lines: list[Line] = []
    heights: dict[int, float] = {}
    anomalies = [Anomaly(None, f"the PDF file is damaged ({opened})")] if opened else []
    damaged: dict[int, str] = {}
    images = 0
    for pno in range(doc.page_count):
        check(cancelled)
        if progress is not None:
            progress(pno, doc.page_count)
        pymupdf.TOOLS.reset_mupdf_warnings()
        page_lines: list[Line] = []
        try:
            page = doc.load_page(pno)
            heights[pno + 1] = page.rect.height
            odd_key = _damaged_key(doc, page.xref)
            page_dict = page.get_text("dict", flags=_FLAGS)
            images += sum(1 for b in page_dict["blocks"] if b.get("type") == 1)
            if not any(b.get("type") == 0 for b in page_dict["blocks"]):
                images += len(page.get_images(full=False))
            for spans in _cluster(_spans(page_dict)):
                line = _line(len(lines) + len(page_lines), pno + 1, spans)
                if line is not None:
                    page_lines.append(line)
        except Exception as exc:  # noqa: BLE001 - damaged content streams surface here
            failed = _said() or str(exc) or type(exc).__name__
            damaged[pno + 1] = failed
            heights.setdefault(pno + 1, heights.get(pno, 841.89))
            anomalies.append(Anomaly(pno + 1, f"the page cannot be read ({failed})"))
            continue
        if said := _said() or odd_key:
            damaged[pno + 1] = said
            anomalies.append(Anomaly(pno + 1, f"the PDF file is damaged ({said})"))
        lines.extend(page_lines)
    if anomalies and not accept_damaged:
        detail = next(iter(damaged.values()), opened)
        raise DamagedPdfError(name, sorted(damaged), detail)
    if not lines:
        if images:
            raise ScannedPdfError(
                f"{name} has no text layer (a scanned document): run it through OCR "
                "(for example ocrmypdf) and open the result."
            )
        raise ScannedPdfError(f"{name} contains no text.")
    return lines, heights, anomalies


def _spans(page_dict: dict[str, Any]) -> Iterator[_Span]:
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
    # (line, baseline-ish bottom, font size) of each content line
    lines = [
        (line, line.bbox[3], line.size or 0.0)
        for line in all_lines
        if not line.furniture and line.bbox is not None
    ]
    ratios = [
        (b_bottom - a_bottom) / b_size
        for (a, a_bottom, a_size), (b, b_bottom, b_size) in itertools.pairwise(lines)
        if a.page == b.page and a_size == b_size > 0 and b_bottom > a_bottom
    ]
    # The usual leading: the lower quartile, as gaps only ever widen the distance.
    leading = statistics.quantiles(ratios, n=4, method="inclusive")[0] if len(ratios) > 1 else 1.4
    for (a, a_bottom, a_size), (b, b_bottom, b_size) in itertools.pairwise(lines):
        if a.page == b.page:
            b.gap_before = b_bottom - a_bottom > 1.3 * leading * max(a_size, b_size)
