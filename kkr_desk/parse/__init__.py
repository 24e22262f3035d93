"""PDF or text extraction → Document (lines + ranges). No Qt, no database."""

from __future__ import annotations

import logging
import os
import stat
from pathlib import Path

from kkr_desk.domain import limits
from kkr_desk.domain.cancel import CancelCheck, check
from kkr_desk.domain.derive import has_decisions, suggest_tags, vocabulary
from kkr_desk.domain.document import Anomaly, Document, Line, Meeting, Node, NodeKind
from kkr_desk.parse import furniture, geometry, meeting, pdf, plaintext, txt
from kkr_desk.parse.errors import (
    BrokenPdfError,
    DamagedPdfError,
    EmptyFileError,
    FileTooLargeError,
    NotKKRDocumentError,
    ParseError,
    UnsupportedFileError,
)
from kkr_desk.parse.structure import Recogniser

__all__ = [
    "BrokenPdfError",
    "DamagedPdfError",
    "ParseError",
    "parse_bytes",
    "parse_file",
    "read_source",
    "recognise",
]

log = logging.getLogger("kkr_desk.parse")

MAX_BYTES = 200 * 1024 * 1024


def _mb(size: int) -> str:
    return f"{size / (1024 * 1024):.1f} MB"


def read_source(path: str | Path) -> bytes:
    """The bytes of the file at ``path``, read once, carefully.

    Only a regular file is read (checked on the file itself, through any symlink, before
    it is opened, and again on the open descriptor): a FIFO, a device or a directory is
    refused, never waited on. The size limit holds for the bytes actually read (at most
    MAX_BYTES + 1 are read), not for what ``stat`` says.
    """
    path = Path(path)
    name = path.name or str(path)
    try:
        if not stat.S_ISREG(os.stat(path).st_mode):
            raise UnsupportedFileError(f"{name} is not a file ({_kind(os.stat(path).st_mode)}).")
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
        with os.fdopen(fd, "rb") as handle:
            mode = os.fstat(handle.fileno()).st_mode
            if not stat.S_ISREG(mode):  # replaced between the check and the open
                raise UnsupportedFileError(f"{name} is not a file ({_kind(mode)}).")
            data = handle.read(MAX_BYTES + 1)
    except OSError as exc:
        raise UnsupportedFileError(f"{name} cannot be read: {exc.strerror or exc}.") from None
    _check_size(len(data), name)
    return data


def _kind(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a named pipe"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a regular file"


def _check_size(size: int, name: str) -> None:
    if size > MAX_BYTES:
        over = "over " if size == MAX_BYTES + 1 else ""
        raise FileTooLargeError(
            f"{name} is {over}{_mb(size)}; KKR Desk reads files of at most {_mb(MAX_BYTES)}."
        )


def parse_file(path: str | Path, *, accept_damaged: bool = False) -> Document:
    """Read the file once (read_source) and parse it. Callers that also store the
    bytes read them with read_source and call parse_bytes, so the stored file is the
    parsed one."""
    path = Path(path)
    return parse_bytes(read_source(path), path.name, accept_damaged=accept_damaged)


def parse_bytes(
    data: bytes,
    name: str,
    *,
    accept_damaged: bool = False,
    progress: pdf.PageProgress | None = None,
    cancelled: CancelCheck | None = None,
) -> Document:
    """Parse a PDF or a UTF-8 text extraction given as bytes.

    A PDF that MuPDF reports errors or warnings for is refused (DamagedPdfError naming
    the pages) unless ``accept_damaged``: then the damaged pages are read as far as MuPDF
    can and listed in ``doc.meeting.anomalies``. ``progress`` is told each PDF page
    read (pages read, pages); ``cancelled`` is asked between pages and steps, and
    ``kkr_desk.domain.cancel.Cancelled`` raised when it says so.
    """
    _check_size(len(data), name)
    check(cancelled)
    if not data.strip():
        raise EmptyFileError(f"{name} is empty.")
    anomalies: list[Anomaly] = []
    if b"%PDF-" in data[:1024]:
        lines, heights, anomalies = pdf.read_pdf(
            data, name, accept_damaged=accept_damaged, progress=progress, cancelled=cancelled
        )
        pages = len(heights)
        lines = geometry.join_numbers(lines)
        furniture.mark(lines, pages, heights)
        pdf.mark_gaps(lines)
    elif name.lower().endswith(".pdf"):
        raise UnsupportedFileError(f"{name} is not a PDF (it does not start with %PDF).")
    else:
        text = txt.decode(data, name)
        plain = plaintext.is_plain(text)
        lines, pages = (plaintext.read_lines if plain else txt.read_lines)(text)
        if not lines:
            raise EmptyFileError(f"{name} holds no text.")
        furniture.mark(lines, pages)
        if plain:  # margin markers and outline numbers that pdftotext set apart
            lines = plaintext.place_numbers(plaintext.place_markers(lines))
            plaintext.restore_hyphens(lines)
            furniture.mark(lines, pages)  # a running header may now repeat a heading
            plaintext.settle_gaps(lines)
    _check_words(lines, name)
    check(cancelled)
    doc = recognise(lines, pages, name)
    try:  # what the archive cannot hold is refused here, the same on SQLite and PostgreSQL
        limits.check_document(doc)
    except limits.LimitError as exc:
        raise ParseError(f"{name}: {exc}.") from None
    doc.meeting.anomalies = [*anomalies, *doc.meeting.anomalies]
    log.info("parsed %s: %d pages, %d lines", name, pages, len(lines))
    if anomalies:
        log.info("%s accepted with damage: %s", name, anomalies)
    return doc


# The longest "word" (characters between spaces) a meeting's text may hold. Danish words
# and URLs are far shorter; a longer one is a blob (base64, a garbled stream), and the
# text rules' cost grows with a word's length.
MAX_WORD = 10_000


def _check_words(lines: list[Line], name: str) -> None:
    for line in lines:
        if len(line.text) <= MAX_WORD:
            continue
        longest = max((len(w) for w in line.text.split()), default=0)
        if longest > MAX_WORD:
            raise NotKKRDocumentError(
                f"{name} is not a KKR agenda or minutes: page {line.page} holds a 'word' of "
                f"{longest:,} characters without a space (KKR Desk reads words of up to "
                f"{MAX_WORD:,})."
            )


def recognise(lines: list[Line], pages: int, name: str = "") -> Document:
    """Build the document tree over ``lines`` (furniture already marked).

    Raises NotKKRDocumentError when the lines hold no KKR meeting.
    """
    recogniser = Recogniser(lines)
    sections, start = recogniser.run()
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
    info.anomalies = recogniser.findings
    doc = Document(info, lines, nodes, source_name=name)
    info.kind = "referat" if has_decisions(doc) else "dagsorden"
    keep = vocabulary(doc)
    for item in doc.items():
        item.tags = dict.fromkeys(suggest_tags(doc, item, keep), "suggested")
    return doc
