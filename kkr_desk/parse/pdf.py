"""Read a PDF's text layer into visual lines, in reading order by position."""

from __future__ import annotations

import contextlib
import functools
import gc
import operator
import statistics
from collections.abc import Callable, Iterator
from typing import Any

import pymupdf
from pymupdf import mupdf

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
# The ligature characters (U+FB00 to U+FB06): a page holding none needs no expanding.
_LIGATURES = "".join(map(chr, range(0xFB00, 0xFB07)))


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


def _page_keys(page: pymupdf.Page) -> list[str]:
    """The keys of the page's dictionary: ``Document.xref_get_keys`` of its xref, through
    MuPDF's low-level calls on the loaded page (a third of the time: it is asked of every
    page)."""
    obj = mupdf.ll_pdf_page_from_fz_page(page.this.m_internal).obj
    get_key, to_name = mupdf.ll_pdf_dict_get_key, mupdf.ll_pdf_to_name
    return [to_name(get_key(obj, i)) for i in range(mupdf.ll_pdf_dict_len(obj))]


def _damaged_key(keys: list[str]) -> str:
    """A page dictionary key that looks like a damaged page key: not one of them, and
    not plain ASCII or one character away from one (producers' own keys are neither)."""
    for key in keys:
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


def _damaged(page: int | None, said: str) -> Anomaly:
    """Damage MuPDF reported (``said``: its own words) on ``page`` (None: the file)."""
    return Anomaly(
        page, f"the PDF file is damaged ({said})", danish=f"PDF-filen er beskadiget ({said})"
    )


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
    with _collection_paused():
        return _read_lines(doc, name, accept_damaged, opened, progress, cancelled)


@contextlib.contextmanager
def _collection_paused() -> Iterator[None]:
    """Python's cyclic garbage collector paused: reading makes tens of thousands of
    objects that live on (lines, their boxes), and the collector would walk the growing
    heap of them again and again (a tenth of the reading time). They hold no cycles;
    the collector is back on (if it was on) when the reading ends, whatever happens."""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def _read_lines(
    doc: pymupdf.Document,
    name: str,
    accept_damaged: bool,
    opened: str,
    progress: PageProgress | None,
    cancelled: CancelCheck | None,
) -> tuple[list[Line], dict[int, float], list[Anomaly]]:
    lines: list[Line] = []
    heights: dict[int, float] = {}
    anomalies = [_damaged(None, opened)] if opened else []
    damaged: dict[int, str] = {}
    images = 0
    sizes: dict[float, float] = {}
    for pno in range(doc.page_count):
        check(cancelled)
        if progress is not None:
            progress(pno, doc.page_count)
        pymupdf.TOOLS.reset_mupdf_warnings()
        try:
            page = doc.load_page(pno)
            heights[pno + 1] = page.rect.height
            odd_key = _damaged_key(_page_keys(page))
            # get_text("dict") without the crop box it looks up only to size the dict
            blocks = page.get_textpage(flags=_FLAGS).extractDICT()["blocks"]
            kinds = [b["type"] for b in blocks]
            images += kinds.count(1)
            if 0 not in kinds:
                images += len(page.get_images(full=False))
            page_lines = _page_lines(blocks, len(lines), pno + 1, sizes)
        except Exception as exc:  # noqa: BLE001 - damaged content streams surface here
            failed = _said() or str(exc) or type(exc).__name__
            damaged[pno + 1] = failed
            heights.setdefault(pno + 1, heights.get(pno, 841.89))
            anomalies.append(
                Anomaly(
                    pno + 1,
                    f"the page cannot be read ({failed})",
                    danish=f"Siden kan ikke læses ({failed})",
                )
            )
            continue
        if said := _said() or odd_key:
            damaged[pno + 1] = said
            anomalies.append(_damaged(pno + 1, said))
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


def _page_lines(
    blocks: list[dict[str, Any]], first: int, page: int, sizes: dict[float, float]
) -> list[Line]:
    """The visual lines of one page's text blocks, numbered from ``first``. ``sizes``
    remembers font sizes rounded (few sizes, many lines; round() is slow)."""
    spans = _spans(blocks)
    page_text = "".join([s[7] for s in spans])
    ligatures = any(c in page_text for c in _LIGATURES)  # (a regular expression: 2.5× slower)
    lines: list[Line] = []
    for row in _cluster(spans):
        if len(row) > 1:
            line = _line(first + len(lines), page, row, ligatures)
            if line is not None:
                lines.append(line)
            continue
        x0, y0, x1, y1, _, size, bold, raw = row[0]  # most lines: one span
        if raw.isspace():
            continue
        if ligatures:
            raw = raw.translate(LIGATURES)
        rounded = sizes.get(size)
        if rounded is None:
            rounded = sizes[size] = round(size, 1)
        lines.append(Line(first + len(lines), page, _folded(raw), (x0, y0, x1, y1), rounded, bold))
    return lines


def _folded(raw: str) -> str:
    """``" ".join(raw.split())``, without the copies where it would change nothing: a
    printable text holds no white space but the plain space (most lines)."""
    if raw.isprintable() and "  " not in raw and raw[:1] != " " and raw[-1:] != " ":
        return raw
    return " ".join(raw.split())


def _spans(blocks: list[dict[str, Any]]) -> list[_Span]:
    spans: list[_Span] = []
    append = spans.append
    for block in blocks:
        for line in block.get("lines", ()):
            for span in line["spans"]:
                text = span["text"]
                if text:
                    x0, y0, x1, y1 = span["bbox"]
                    bold = span["flags"] & _BOLD_FLAG != 0 or _bold_font(span["font"])
                    append((x0, y0, x1, y1, span["origin"][1], span["size"], bold, text))
    return spans


@functools.lru_cache(maxsize=512)
def _bold_font(font: str) -> bool:
    """A font whose name says it is bold (not every bold font sets the bold flag)."""
    font = font.lower()
    return any(word in font for word in _BOLD_NAMES)


_BY_BASELINE = operator.itemgetter(4, 0)


def _cluster(spans: list[_Span]) -> list[list[_Span]]:
    """Group spans sharing a baseline into visual lines, top to bottom, left to right."""
    rows: list[list[_Span]] = []
    base = size = 0.0
    row: list[_Span] = []
    for span in sorted(spans, key=_BY_BASELINE):
        if row and abs(span[4] - base) <= 0.3 * min(span[5], size):
            row.append(span)
            continue
        row = [span]
        rows.append(row)
        base, size = span[4], span[5]
    for row in rows:
        if len(row) > 1:
            row.sort()
    return rows


def _line(index: int, page: int, spans: list[_Span], ligatures: bool = True) -> Line | None:
    """The line of a row of spans (None if it is all white space); ``ligatures``: the
    page may hold some to expand."""
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
    if ligatures:
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
    lines = [x for x in all_lines if not x.furniture and x.bbox is not None]
    pages = [x.page for x in lines]
    bottoms = [x.bbox[3] for x in lines if x.bbox is not None]  # baseline-ish; all of them
    sizes = [x.size or 0.0 for x in lines]

    def pairs() -> zip[tuple[int, int, float, float, float, float]]:
        """(page, bottom, size) of each two consecutive content lines."""
        return zip(pages, pages[1:], bottoms, bottoms[1:], sizes, sizes[1:], strict=False)

    ratios = [
        (b_bottom - a_bottom) / b_size
        for a_page, b_page, a_bottom, b_bottom, a_size, b_size in pairs()
        if a_page == b_page and a_size == b_size > 0 and b_bottom > a_bottom
    ]
    # The usual leading: the lower quartile, as gaps only ever widen the distance.
    leading = statistics.quantiles(ratios, n=4, method="inclusive")[0] if len(ratios) > 1 else 1.4
    wide = 1.3 * leading
    for b, (a_page, b_page, a_bottom, b_bottom, a_size, b_size) in zip(
        lines[1:], pairs(), strict=False
    ):
        if a_page == b_page:
            b.gap_before = b_bottom - a_bottom > wide * (b_size if b_size > a_size else a_size)
