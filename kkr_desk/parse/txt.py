"""Read the upstream text-extraction format into lines.

Each visual line is followed by an empty line; a line of spaces only is a paragraph gap;
a line that starts with one space followed by text opens a new page; lines that follow
each other with no empty line between them (a wrapped heading) are marked ``joined``.
"""

from __future__ import annotations

from kkr_desk.domain.document import Line
from kkr_desk.parse.errors import EncodingError, UnsupportedFileError

LIGATURES = str.maketrans({"ﬀ": "ff", "ﬁ": "fi", "ﬂ": "fl", "ﬃ": "ffi", "ﬄ": "ffl", "ﬅ": "st"})


def decode(data: bytes, name: str) -> str:
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        raise EncodingError(f"{name} is UTF-16 text: save it again as UTF-8.")
    if (nul := data.find(b"\x00")) >= 0:  # anywhere: no text holds one, no database takes it
        raise UnsupportedFileError(
            f"{name} is neither a PDF nor a text extraction: it holds binary data "
            f"(a NUL byte at byte {nul})."
        )
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise EncodingError(
            f"{name} is not UTF-8 (byte {exc.start} cannot be read); "
            "it looks like a Windows (cp1252) file: save it again as UTF-8."
        ) from None
    return text


def read_lines(text: str) -> tuple[list[Line], int]:
    """Lines and page count of a text extraction."""
    lines: list[Line] = []
    page = 1
    gap = False
    separated = True  # an empty line stood since the last text line
    seen_any = False
    for raw in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        if raw == "":
            separated = True
            continue
        stripped = raw.strip()
        if not stripped:
            gap = True
            seen_any = True
            separated = True
            continue
        opens_page = raw[0] == " " and raw[1] != " "
        if opens_page and seen_any:
            page += 1
        seen_any = True
        lines.append(
            Line(
                index=len(lines),
                page=page,
                text=stripped.translate(LIGATURES),
                gap_before=gap,
                joined=not separated and not opens_page and bool(lines),
            )
        )
        gap = False
        separated = False
    return lines, page
