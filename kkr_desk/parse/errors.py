"""Typed parse errors. Each carries a one-line message a clerk can act on."""

from __future__ import annotations


class ParseError(Exception):
    """The input cannot be read as a KKR agenda or minutes."""

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
