"""PDF or text extraction → Document (lines + ranges). No Qt, no database."""

from __future__ import annotations

import logging
from pathlib import Path

from kkr_desk.domain.derive import has_decisions, suggest_tags, vocabulary
from kkr_desk.domain.document import Document, Line, Meeting, Node, NodeKind
from kkr_desk.parse import furniture, meeting, pdf, txt
from kkr_desk.parse.errors import (
    EmptyFileError,
    FileTooLargeError,
    NotKKRDocumentError,
    ParseError,
    UnsupportedFileError,
)
from kkr_desk.parse.structure import Recogniser

__all__ = ["ParseError", "parse_bytes", "parse_file", "recognise"]

log = logging.getLogger("kkr_desk.parse")

MAX_BYTES = 200 * 1024 * 1024


def _mb(size: int) -> str:
    return f"{size / (1024 * 1024):.1f} MB"


def parse_file(path: str | Path) -> Document:
    path = Path(path)
    name = path.name
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise FileTooLargeError(
                f"{name} is {_mb(size)}; KKR Desk reads files of at most {_mb(MAX_BYTES)}."
            )
        data = path.read_bytes()
    except OSError as exc:
        raise UnsupportedFileError(f"{name} cannot be read: {exc.strerror or exc}.") from None
    return parse_bytes(data, name)


def parse_bytes(data: bytes, name: str) -> Document:
    """Parse a PDF or a UTF-8 text extraction given as bytes."""
    if not data.strip():
        raise EmptyFileError(f"{name} is empty.")
    if len(data) > MAX_BYTES:
        raise FileTooLargeError(
            f"{name} is {_mb(len(data))}; KKR Desk reads files of at most {_mb(MAX_BYTES)}."
        )
    if b"%PDF-" in data[:1024]:
        with pdf.open_pdf(data, name) as handle:
            lines, heights = pdf.read_lines(handle, name)
        pages = len(heights)
        furniture.mark(lines, pages, heights)
        pdf.mark_gaps(lines)
    elif name.lower().endswith(".pdf"):
        raise UnsupportedFileError(f"{name} is not a PDF (it does not start with %PDF).")
    else:
        lines, pages = txt.read_lines(txt.decode(data, name))
        if not lines:
            raise EmptyFileError(f"{name} holds no text.")
        furniture.mark(lines, pages)
    doc = recognise(lines, pages, name)
    log.info("parsed %s: %d pages, %d lines", name, pages, len(lines))
    return doc


def recognise(lines: list[Line], pages: int, name: str = "") -> Document:
    """Build the document tree over ``lines`` (furniture already marked).

    Raises NotKKRDocumentError when the lines hold no KKR meeting.
    """
    sections, start = Recogniser(lines).run()
    # The cover, front matter and running header say whose meeting it is; the text may
    # name other councils more often.
    heads = [x for x in lines if x.furniture or start is None or x.index < start]
    body = meeting.find_body(heads) or meeting.find_body(lines)
    if start is None or body is None:
        what = "it has no numbered sections" if start is None else "it names no KKR council"
        raise NotKKRDocumentError(f"{name or 'the input'} is not a KKR agenda or minutes: {what}.")
    nodes: list[Node] = list(sections)
    if start > 0:
        nodes.insert(0, Node(NodeKind.FRONT, 0, start - 1))
    front = [x for x in lines[:start] if not x.furniture]
    present, absent = meeting.find_participants(front)
    info = Meeting(
        body=body,
        date=meeting.find_date(
            front, [x for x in lines if x.furniture], [x for x in lines[start:] if not x.furniture]
        ),
        pages=pages,
        participants=present,
        absent=absent,
    )
    doc = Document(info, lines, nodes, source_name=name)
    info.kind = "referat" if has_decisions(doc) else "dagsorden"
    keep = vocabulary(doc)
    for item in doc.items():
        item.tags = dict.fromkeys(suggest_tags(doc, item, keep), "suggested")
    return doc
