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


class EncryptedPdfError(ParseError):
    pass


class ScannedPdfError(ParseError):
    """A PDF with no text layer."""


class EncodingError(ParseError):
    """A text file that is not UTF-8."""


class NotKKRDocumentError(ParseError):
    """Readable, but not a KKR agenda or minutes."""
