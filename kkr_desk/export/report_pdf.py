"""The decision report as PDF, laid out by PyMuPDF's ``Story`` (HTML and CSS into pages).

Each meeting is one Story of HTML built here, every text escaped, and starts on a new page.
The Story embeds its sans-serif font (Nimbus Sans, a Helvetica) with a Unicode map, so æ, ø
and å, dashes and quotes extract back as they are. Once every page is laid out, the footer
is drawn on each: the meeting on the left, "Side 3 af 7" (page of the whole file) on the
right, in MuPDF's built-in Helvetica with a Unicode map (embedded once, shared by all pages).
The PDF's outline has one entry per meeting. The file is written atomically.

Three habits of MuPDF's HTML layout are worked around so that the text extracts back as it
was: it decodes character references twice (text is escaped to match), it forms fi/fl/ff
ligatures (an "f" before them gets a span of its own), and it neither breaks a word longer
than a line nor lays one out in linear time (such words get a space every 80 letters).
"""

from __future__ import annotations

import io
import os
import re
from collections.abc import Callable, Iterable
from functools import cache
from html import escape
from typing import Any

import pymupdf

from kkr_desk.export.report import (
    ReportItem,
    ReportMeeting,
    Words,
    item_heading,
    report_meetings,
    section_heading,
    write_bytes,
)

PAGE = pymupdf.paper_rect("a4")
MARGIN = 56  # points: 2 cm
BODY = pymupdf.Rect(MARGIN, MARGIN, PAGE.x1 - MARGIN, PAGE.y1 - MARGIN - 16)  # footer below
FOOTER_BASELINE = PAGE.y1 - MARGIN + 20
FOOTER_SIZE = 8
FOOTER_GREY = (0.35, 0.35, 0.35)

CSS = """
body { font-family: sans-serif; font-size: 10pt; line-height: 1.3; }
h1 { font-size: 18pt; margin: 0 0 6pt 0; }
h2 { font-size: 13pt; margin: 14pt 0 2pt 0; }
h3 { font-size: 11pt; margin: 10pt 0 2pt 0; }
h4 { font-size: 10pt; margin: 8pt 0 2pt 0; }
p { margin: 0 0 4pt 0; }
ul { margin: 0 0 4pt 0; }
p.meta { margin: 0; }
p.none { font-style: italic; color: #555555; }
"""


# MuPDF shapes each run of text with the font's ligatures (fi, fl, ff, ffi, ffl), which no
# style turns off; text extraction then yields "ﬁ" for "fi". An "f" in its own span is shaped
# alone: the letters stay letters (and the escaped entities hold no "f" before f, i or l).
_LIGATURE_START = re.compile("f(?=[fil])")


@cache
def _decodes_twice() -> bool:
    """Whether MuPDF decodes character references in text twice, as 1.28 does
    ("&amp;amp;" shows as "&"): then text is escaped twice to show as it is."""
    buffer = io.BytesIO()
    writer = pymupdf.DocumentWriter(buffer)
    story = pymupdf.Story("<p>&amp;amp;</p>")
    story.place(BODY)
    story.draw(writer.begin_page(PAGE))
    writer.end_page()
    writer.close()
    with pymupdf.open("pdf", buffer.getvalue()) as doc:
        return bool(doc[0].get_text().strip() == "&")


def _escape(text: str) -> str:
    return escape(escape(text)) if _decodes_twice() else escape(text)


# MuPDF lays a word out in time quadratic in its length (50,000 letters: 2 s; a
# 1,000,000-letter word would take a quarter of an hour) and never breaks one that is wider
# than the page. Words longer than a line holds get a space every LONG_WORD letters. MuPDF
# has no invisible break: it ignores <wbr>, and draws a zero-width space as a narrow space
# from a fallback font it then embeds (300 KB); text extraction reads both as a space.
LONG_WORD = 80
_LONG_WORD = re.compile(rf"\S{{{LONG_WORD + 1},}}")


def _break_long(match: re.Match[str]) -> str:
    word = match.group()
    return " ".join(word[i : i + LONG_WORD] for i in range(0, len(word), LONG_WORD))


def _text(value: str) -> str:
    """Text as HTML: escaped, its line breaks kept, without ligatures, long words broken."""
    lines = _LONG_WORD.sub(_break_long, value).split("\n")
    html = "<br>".join(_escape(line) for line in lines)
    return _LIGATURE_START.sub("<span>f</span>", html)


def _labelled(name: str, value: str, css: str = "") -> str:
    klass = f' class="{css}"' if css else ""
    return f"<p{klass}><b>{_text(name)}:</b> {_text(value)}</p>"


def _item_html(item: ReportItem, words: Words) -> list[str]:
    html = [f"<h3>{_text(item_heading(item))}</h3>"]
    if item.case_number:
        html.append(_labelled(words.case_number, item.case_number))
    if item.tags:
        html.append(_labelled(words.tags, item.tags))
    if item.decision:
        html.append(f"<h4>{_text(words.decision)}</h4>")
        html.extend(f"<p>{_text(paragraph)}</p>" for paragraph in item.decision)
    else:
        html.append(f'<p class="none">{_text(words.no_decision)}</p>')
    return html


def meeting_html(meeting: ReportMeeting, words: Words) -> str:
    """The HTML of one meeting's report (the Story's input)."""
    html = [f"<h1>{_text(words.title)}</h1>"]
    for name, value in (
        (words.council, meeting.body),
        (words.date, meeting.date),
        (words.kind, meeting.kind),
    ):
        if value:
            html.append(_labelled(name, value, "meta"))
    for name, people in (
        (words.participants, meeting.participants),
        (words.absent, meeting.absent),
    ):
        if people:
            html.append(f"<h4>{_text(name)}</h4><ul>")
            html.extend(f"<li>{_text(person)}</li>" for person in people)
            html.append("</ul>")
    for section in meeting.sections:
        heading = section_heading(section)
        if heading:
            html.append(f"<h2>{_text(heading)}</h2>")
        for item in section.items:
            html.extend(_item_html(item, words))
    return "\n".join(html)


def _place(writer: pymupdf.DocumentWriter, html: str) -> int:
    """Lay ``html`` out on new pages of ``writer``; returns the number of pages."""
    story = pymupdf.Story(html, user_css=CSS)
    pages = 0
    more = 1
    while more:
        device = writer.begin_page(PAGE)
        more, _filled = story.place(BODY)
        story.draw(device)
        writer.end_page()
        pages += 1
    return pages


def _footers(doc: pymupdf.Document, labels: list[str], words: Words) -> None:
    font = pymupdf.Font("helv")
    total = len(doc)
    for number, label in enumerate(labels, start=1):
        page = doc[number - 1]
        # The Story's drawing leaves its coordinate transformation in force; wrapped in
        # q/Q, the footer is drawn in plain page coordinates.
        page.wrap_contents()
        writer = pymupdf.TextWriter(page.rect)
        writer.append((MARGIN, FOOTER_BASELINE), label, font=font, fontsize=FOOTER_SIZE)
        text = words.page_of.format(page=number, pages=total)
        width = font.text_length(text, fontsize=FOOTER_SIZE)
        writer.append(
            (PAGE.x1 - MARGIN - width, FOOTER_BASELINE), text, font=font, fontsize=FOOTER_SIZE
        )
        writer.write_text(page, color=FOOTER_GREY)


def write_report_pdf(
    meetings: Iterable[dict[str, Any]],
    path: str | os.PathLike[str],
    *,
    progress: Callable[[int], None] | None = None,
    labels: str = "da",
) -> int:
    """Write the decision report of ``meetings`` to ``path`` as PDF (atomically); returns
    the number of items. ``labels``: the language, "da" or "en". ``progress`` is called
    after each meeting with the items written so far."""
    words = Words.of(labels)
    buffer = io.BytesIO()
    writer = pymupdf.DocumentWriter(buffer)
    count = 0
    page_labels: list[str] = []
    outline: list[list[Any]] = []
    try:
        for meeting, items in report_meetings(meetings, labels):
            outline.append([1, meeting.heading(words), len(page_labels) + 1])
            pages = _place(writer, meeting_html(meeting, words))
            page_labels.extend([meeting.heading(words)] * pages)
            count += items
            if progress is not None:
                progress(count)
        if not page_labels:  # a PDF needs a page: say that there was nothing to report
            html = f"<h1>{_text(words.title)}</h1><p>{_text(words.no_meetings)}</p>"
            page_labels.extend([words.title] * _place(writer, html))
    finally:
        writer.close()
    with pymupdf.open("pdf", buffer.getvalue()) as doc:
        _footers(doc, page_labels, words)
        doc.set_toc(outline)
        title = outline[0][1] if len(outline) == 1 else words.title
        doc.set_metadata({"title": title, "creator": "KKR Desk", "producer": "KKR Desk"})
        data = doc.tobytes(garbage=3, deflate=True)
    write_bytes(path, data)
    return count
