"""Bad input: each kind of unreadable file raises its own ParseError with one clear line."""

from __future__ import annotations

import io
import random
import zipfile
from pathlib import Path

import pymupdf
import pytest

import kkr_desk.parse
from kkr_desk.parse import parse_bytes, parse_file
from kkr_desk.parse.errors import (
    BrokenPdfError,
    EmptyFileError,
    EncodingError,
    EncryptedPdfError,
    FileTooLargeError,
    NotKKRDocumentError,
    ParseError,
    ScannedPdfError,
    UnsupportedFileError,
)
from tests.helpers.kkrpdf import build_pdf, build_txt, sample_pages


def _write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def _assert_message(exc: ParseError, name: str) -> str:
    """The message is one non-empty line that names the file; returned for further checks."""
    message = str(exc)
    assert message
    assert "\n" not in message
    assert "\r" not in message
    assert message == message.strip()
    assert name in message
    return message


def _valid_pdf() -> bytes:
    return build_pdf(sample_pages())


def _encrypted_pdf(path: Path) -> None:
    doc = pymupdf.open(stream=_valid_pdf(), filetype="pdf")
    doc.save(path, encryption=pymupdf.PDF_ENCRYPT_AES_256, user_pw="x", owner_pw="y")
    doc.close()


def _image_only_pdf() -> bytes:
    """One page holding nothing but a grey picture: a scan without OCR."""
    doc = pymupdf.open()
    page = doc.new_page(width=595.28, height=841.89)
    pix = pymupdf.Pixmap(pymupdf.csRGB, pymupdf.IRect(0, 0, 50, 50), False)
    pix.clear_with(200)
    page.insert_image(pymupdf.Rect(57, 57, 538, 785), pixmap=pix)
    data = doc.tobytes()
    doc.close()
    return data


def _letter_pdf() -> bytes:
    """An ordinary letter: text, but no numbered sections and no KKR council."""
    doc = pymupdf.open()
    page = doc.new_page(width=595.28, height=841.89)
    y = 100
    for text in (
        "Odense Kommune",
        "Kære Anna Hansen",
        "Tak for dit brev af 3. marts 2024 om vejarbejdet på Kongensgade.",
        "Vi vender tilbage, så snart sagen er behandlet.",
        "Med venlig hilsen",
        "Bo Jensen",
    ):
        page.insert_text((72, y), text, fontsize=11)
        y += 22
    data = doc.tobytes()
    doc.close()
    return data


def _numbered_pages():
    """Numbered sections and items like an agenda, but no KKR council named anywhere."""
    return [
        [
            ("section", "1. Indledning"),
            ("item", "1.1. Baggrund"),
            ("part", "Sagsfremstilling"),
            ("body", "Kommunen har modtaget en ansøgning om tilskud."),
            ("item", "1.2. Økonomi"),
            ("body", "Udgiften er 2 mio. kr."),
            ("section", "2. Beslutning"),
            ("item", "2.1. Godkendelse"),
            ("part", "Beslutning"),
            ("body", "Godkendt."),
        ]
    ]


# --- positive controls: without these, a parser that always raised would pass ----------


def test_valid_pdf_parses(tmp_path: Path) -> None:
    doc = parse_file(_write(tmp_path, "referat.pdf", _valid_pdf()))
    assert doc.meeting.body == "KKR Syddanmark"
    assert doc.meeting.pages == 5
    assert [s.number for s in doc.sections] == ["1", "2"]


def test_valid_txt_parses(tmp_path: Path) -> None:
    doc = parse_file(_write(tmp_path, "referat.txt", build_txt(sample_pages()).encode("utf-8")))
    assert doc.meeting.body == "KKR Syddanmark"
    assert [s.number for s in doc.sections] == ["1", "2"]


def test_valid_pdf_parses_from_bytes() -> None:
    assert parse_bytes(_valid_pdf(), "referat.pdf").meeting.body == "KKR Syddanmark"


# --- not a PDF --------------------------------------------------------------------------


def test_random_bytes_named_pdf_is_unsupported(tmp_path: Path) -> None:
    data = random.Random(20240305).randbytes(4096)
    assert b"%PDF-" not in data
    with pytest.raises(UnsupportedFileError) as info:
        parse_file(_write(tmp_path, "dagsorden.pdf", data))
    _assert_message(info.value, "dagsorden.pdf")


def test_png_like_binary_is_unsupported(tmp_path: Path) -> None:
    data = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4
    with pytest.raises(UnsupportedFileError) as info:
        parse_file(_write(tmp_path, "billede.bin", data))
    _assert_message(info.value, "billede.bin")


def test_zip_binary_is_unsupported(tmp_path: Path) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("referat.txt", build_txt(sample_pages()))
    with pytest.raises(UnsupportedFileError) as info:
        parse_file(_write(tmp_path, "arkiv.bin", buffer.getvalue()))
    _assert_message(info.value, "arkiv.bin")


def test_missing_file_is_unsupported(tmp_path: Path) -> None:
    with pytest.raises(UnsupportedFileError) as info:
        parse_file(tmp_path / "findes-ikke.pdf")
    _assert_message(info.value, "findes-ikke.pdf")


# --- truncated PDFs ---------------------------------------------------------------------
#
# What PyMuPDF 1.28 does with a cut-off copy of build_pdf(sample_pages()) (~100 kB): the
# file opens in repair mode from a few hundred bytes on, and which error follows depends on
# how much survives. The objects are written catalog, page tree, pages, fonts, content
# streams, so a cut at 40 % keeps the page tree but no page's text.


def test_pdf_cut_to_its_header_is_broken(tmp_path: Path) -> None:
    # Only "%PDF-1.7" and the binary comment: MuPDF cannot open it at all (open_pdf's
    # except branch).
    data = _valid_pdf()
    cut = data[: data.index(b"1 0 obj")]
    with pytest.raises(BrokenPdfError) as info:
        parse_file(_write(tmp_path, "afskåret.pdf", cut))
    _assert_message(info.value, "afskåret.pdf")


def test_pdf_cut_after_its_page_tree_is_broken(tmp_path: Path) -> None:
    # Ends right after the page tree object (/Count 5, /Kids of five pages that are not in
    # the file): MuPDF opens it in repair mode, then counting the pages fails.
    data = _valid_pdf()
    cut = data[: data.index(b"endobj", data.index(b"/Type/Pages")) + len(b"endobj")]
    with pytest.raises(BrokenPdfError) as info:
        parse_file(_write(tmp_path, "afskåret.pdf", cut))
    _assert_message(info.value, "afskåret.pdf")


@pytest.mark.parametrize(
    "percent",
    [
        # 40 %: the page tree and all five pages survive, the content streams do not;
        # MuPDF repairs the file, logs "object is not a stream", every page comes out empty.
        40,
        # 60 %: some of the cover's text survives, the pages with the sections do not.
        60,
        # 98 %: every page but the last opens; the last page's content stream is cut.
        # Parsing what is left would drop items without a word.
        98,
    ],
)
def test_truncated_pdf_is_broken_not_silently_short(tmp_path: Path, percent: int) -> None:
    data = _valid_pdf()
    with pytest.raises(BrokenPdfError) as info:
        parse_file(_write(tmp_path, "afskåret.pdf", data[: len(data) * percent // 100]))
    _assert_message(info.value, "afskåret.pdf")


def test_utf16_text_asks_for_utf8(tmp_path: Path) -> None:
    data = build_txt(sample_pages()).encode("utf-16")
    with pytest.raises(EncodingError, match="UTF-8") as info:
        parse_file(_write(tmp_path, "utf16.txt", data))
    _assert_message(info.value, "utf16.txt")


# --- encrypted, scanned, empty ----------------------------------------------------------


def test_encrypted_pdf(tmp_path: Path) -> None:
    path = tmp_path / "hemmelig.pdf"
    _encrypted_pdf(path)
    with pytest.raises(EncryptedPdfError) as info:
        parse_file(path)
    _assert_message(info.value, "hemmelig.pdf")


def test_pdf_without_text_layer_suggests_ocr(tmp_path: Path) -> None:
    with pytest.raises(ScannedPdfError) as info:
        parse_file(_write(tmp_path, "scannet.pdf", _image_only_pdf()))
    message = _assert_message(info.value, "scannet.pdf")
    assert "OCR" in message


def test_empty_file(tmp_path: Path) -> None:
    with pytest.raises(EmptyFileError) as info:
        parse_file(_write(tmp_path, "tom.pdf", b""))
    _assert_message(info.value, "tom.pdf")


def test_whitespace_only_file(tmp_path: Path) -> None:
    with pytest.raises(EmptyFileError) as info:
        parse_file(_write(tmp_path, "blank.txt", b" \n\t\r\n  \n"))
    _assert_message(info.value, "blank.txt")


# --- text encoding ----------------------------------------------------------------------


def test_cp1252_text_asks_for_utf8(tmp_path: Path) -> None:
    pages = sample_pages()
    pages[-1].append(("body", "Næste møde holdes på Rådhuset i Aabenraa."))
    text = build_txt(pages)
    assert {"æ", "ø", "å"} <= set(text)
    assert parse_bytes(text.encode("utf-8"), "referat.txt").meeting.body == "KKR Syddanmark"
    data = text.encode("cp1252", errors="replace")
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")
    with pytest.raises(EncodingError) as info:
        parse_file(_write(tmp_path, "referat.txt", data))
    message = _assert_message(info.value, "referat.txt")
    assert "UTF-8" in message


# --- readable, but not KKR --------------------------------------------------------------


def test_letter_pdf_is_not_kkr(tmp_path: Path) -> None:
    with pytest.raises(NotKKRDocumentError) as info:
        parse_file(_write(tmp_path, "brev.pdf", _letter_pdf()))
    _assert_message(info.value, "brev.pdf")


def test_numbered_pdf_without_council_is_not_kkr(tmp_path: Path) -> None:
    with pytest.raises(NotKKRDocumentError) as info:
        parse_file(_write(tmp_path, "byråd.pdf", build_pdf(_numbered_pages())))
    _assert_message(info.value, "byråd.pdf")


# --- size limit -------------------------------------------------------------------------


def test_file_over_the_size_limit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = _write(tmp_path, "stor.pdf", _valid_pdf())
    monkeypatch.setattr(kkr_desk.parse, "MAX_BYTES", 1024)
    with pytest.raises(FileTooLargeError) as info:
        parse_file(path)
    _assert_message(info.value, "stor.pdf")


def test_bytes_over_the_size_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(kkr_desk.parse, "MAX_BYTES", 1024)
    with pytest.raises(FileTooLargeError) as info:
        parse_bytes(_valid_pdf(), "stor.pdf")
    _assert_message(info.value, "stor.pdf")
