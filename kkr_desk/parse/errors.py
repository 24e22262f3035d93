"""Typed parse errors. Each carries a one-line message a clerk can act on, and its
``code`` and ``params`` (``TEMPLATES``; see kkr_desk/domain/errors.py) for the window to
say it in Danish."""

from __future__ import annotations

from kkr_desk.domain.errors import Coded, Templates

# What reading a file says (parse/__init__.py, pdf.py, txt.py, the CLI).
TEMPLATES: Templates = {
    "not_a_file": "{name} is not a file ({kind}).",
    "unreadable": "{name} cannot be read: {reason}.",
    "too_large_over": "{name} is over {size} MB; KKR Desk reads files of at most {most} MB.",
    "too_large": "{name} is {size} MB; KKR Desk reads files of at most {most} MB.",
    "empty": "{name} is empty.",
    "not_pdf": "{name} is not a PDF (it does not start with %PDF).",
    "no_text": "{name} holds no text.",
    "field_too_long": "{name}: {what} may be at most {most} characters (it has {count}).",
    "field_nul": "{name}: {what} may not contain a NUL character.",
    "field_not_text": "{name}: {what} holds characters that are not text.",
    "huge_word": "{name} is not a KKR agenda or minutes: page {page} holds a 'word' of "
    "{count} characters without a space (KKR Desk reads words of up to {most}).",
    "not_kkr": "{name} is not a KKR agenda or minutes: {why}.",
    "encrypted": "{name} is password protected: save an unprotected copy first.",
    "scanned": "{name} has no text layer (a scanned document): run it through OCR "
    "(for example ocrmypdf) and open the result.",
    "no_text_pdf": "{name} contains no text.",
    "utf16": "{name} is UTF-16 text: save it again as UTF-8.",
    "binary": "{name} is neither a PDF nor a text extraction: it holds binary data "
    "(a NUL byte at byte {offset}).",
    "cp1252": "{name} is not UTF-8 (byte {offset} cannot be read); it looks like a Windows "
    "(cp1252) file: save it again as UTF-8.",
    "missing": "{name} does not exist",
    "damaged_pdf": "{name} cannot be read: the PDF file is damaged ({detail}).",
    "damaged_pages": "{name}: {pages} cannot be read: the PDF file is damaged ({detail}).",
}


class ParseError(Coded, Exception):
    """The input cannot be read as a KKR agenda or minutes."""

    TEMPLATES = TEMPLATES

    def __init__(self, message: str) -> None:
        super().__init__(" ".join(message.split()))

    @property
    def message(self) -> str:
        return str(self)


class EmptyFileError(ParseError):
    pass


class FileTooLargeError(ParseError):
    pass


class UnsupportedFileError(ParseError):
    """Neither a PDF nor a text extraction."""


class BrokenPdfError(ParseError):
    """A PDF that is damaged or truncated."""


class DamagedPdfError(BrokenPdfError):
    """MuPDF reported an error or a warning while opening the PDF or reading its pages.

    ``pages`` are the 1-based pages that cannot be read cleanly (empty: the file as a
    whole, when opening it failed or needed a repair); ``detail`` is what MuPDF said
    (first) — enough for a translated message ("side 7 kan ikke læses: PDF-filen er
    beskadiget").
    """

    def __init__(self, name: str, pages: list[int], detail: str) -> None:
        self.name = name
        self.pages = list(pages)
        self.detail = " ".join(detail.split())
        where = f"{name}: {page_list(self.pages)}" if self.pages else name
        because = f" ({self.detail})" if self.detail else ""
        super().__init__(f"{where} cannot be read: the PDF file is damaged{because}.")
        self.code = "damaged_pages" if self.pages else "damaged_pdf"
        # pages: the list of page numbers; detail: MuPDF's words (may be "")
        self.params = {"name": name, "pages": list(self.pages), "detail": self.detail}


def page_list(pages: list[int], most: int = 6) -> str:
    """``page 7``, ``pages 7 and 9``, ``pages 3, 4, 5, 6, 7, 8 and 20 more``."""
    if len(pages) == 1:
        return f"page {pages[0]}"
    shown = [str(p) for p in pages[:most]]
    if len(pages) > most:
        return f"pages {', '.join(shown)} and {len(pages) - most} more"
    return f"pages {', '.join(shown[:-1])} and {shown[-1]}"


class EncryptedPdfError(ParseError):
    pass


class ScannedPdfError(ParseError):
    """A PDF with no text layer."""


class EncodingError(ParseError):
    """A text file that is not UTF-8."""


class NotKKRDocumentError(ParseError):
    """Readable, but not a KKR agenda or minutes."""
