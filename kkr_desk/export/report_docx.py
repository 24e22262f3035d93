"""The decision report as a Word document (.docx), written with python-docx.

The same content as the PDF (:mod:`kkr_desk.export.report`), in Word's own styles, so a
clerk can edit it and the navigation pane lists it: "Heading 1" the report's title, "Heading
2" the sections, "Heading 3" the items, "List Bullet" participants and absentees. Each
meeting is a section of its own on A4 that starts on a new page; its footer names the meeting
on the left and says "Side 3 af 7" on the right, the numbers as PAGE and NUMPAGES fields that
Word and LibreOffice fill in when they lay the document out. The file is written atomically.
"""

from __future__ import annotations

import io
import os
from collections.abc import Callable, Iterable
from typing import Any

import docx
from docx.document import Document
from docx.enum.section import WD_SECTION
from docx.enum.text import WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.section import Section
from docx.shared import Mm, Pt
from docx.text.paragraph import Paragraph

from kkr_desk.export.report import (
    ReportItem,
    ReportMeeting,
    Words,
    item_heading,
    report_meetings,
    section_heading,
    write_bytes,
)

_LANGUAGE_TAGS = {"da": "da-DK", "en": "en-GB"}  # Word's proofing language of the text
PAGE_WIDTH, PAGE_HEIGHT, MARGIN = Mm(210), Mm(297), Mm(20)


def _field(paragraph: Paragraph, code: str, shown: str) -> None:
    """A field (``PAGE``, ``NUMPAGES``) in ``paragraph``, with ``shown`` as its last result
    until the reader updates it."""

    def run_with(tag: str, **attributes: str) -> None:
        element = OxmlElement(tag)
        for name, value in attributes.items():
            element.set(qn(name), value)
        if tag == "w:instrText":
            element.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
            element.text = f" {code} "
        paragraph.add_run()._r.append(element)

    run_with("w:fldChar", **{"w:fldCharType": "begin"})
    run_with("w:instrText")
    run_with("w:fldChar", **{"w:fldCharType": "separate"})
    paragraph.add_run(shown)
    run_with("w:fldChar", **{"w:fldCharType": "end"})


def _page_setup(section: Section) -> None:
    section.page_width, section.page_height = PAGE_WIDTH, PAGE_HEIGHT
    section.left_margin = section.right_margin = MARGIN
    section.top_margin = section.bottom_margin = MARGIN


def _footer(doc: Document, section: Section, label: str, words: Words) -> None:
    section.footer.is_linked_to_previous = False
    paragraph = section.footer.paragraphs[0]
    tabs = paragraph.paragraph_format.tab_stops
    for stop in doc.styles["Footer"].paragraph_format.tab_stops:  # the template's, for Letter
        tabs.add_tab_stop(stop.position, WD_TAB_ALIGNMENT.CLEAR)
    tabs.add_tab_stop(PAGE_WIDTH - 2 * MARGIN, WD_TAB_ALIGNMENT.RIGHT)
    paragraph.add_run(f"{label}\t")
    before, _, rest = words.page_of.partition("{page}")
    between, _, after = rest.partition("{pages}")
    paragraph.add_run(before)
    _field(paragraph, "PAGE", "1")
    paragraph.add_run(between)
    _field(paragraph, "NUMPAGES", "1")
    paragraph.add_run(after)
    for run in paragraph.runs:
        run.font.size = Pt(8)


def _styled(doc: Document, text: str, style_id: str) -> Paragraph:
    """A paragraph in the style ``style_id`` (the id in the default template: "Heading3"
    for "Heading 3"). Set by id: python-docx's lookup by name reads every style of the
    template each time, three quarters of the time of a long report."""
    paragraph = doc.add_paragraph(text)
    paragraph._p.style = style_id
    return paragraph


def _labelled(doc: Document, name: str, value: str) -> None:
    paragraph = doc.add_paragraph()
    paragraph.add_run(f"{name}:").bold = True
    paragraph.add_run(f" {value}")
    paragraph.paragraph_format.space_after = Pt(0)


def _item(doc: Document, item: ReportItem, words: Words) -> None:
    _styled(doc, item_heading(item), "Heading3")
    if item.case_number:
        _labelled(doc, words.case_number, item.case_number)
    if item.tags:
        _labelled(doc, words.tags, item.tags)
    if item.decision:
        label = doc.add_paragraph()
        label.add_run(words.decision).bold = True
        label.paragraph_format.space_before = Pt(6)
        label.paragraph_format.space_after = Pt(0)
        label.paragraph_format.keep_with_next = True
        for text in item.decision:
            doc.add_paragraph(text)  # python-docx writes each "\n" as a line break
    else:
        doc.add_paragraph().add_run(words.no_decision).italic = True


def _meeting(doc: Document, meeting: ReportMeeting, words: Words) -> None:
    _styled(doc, words.title, "Heading1")
    for name, value in (
        (words.council, meeting.body),
        (words.date, meeting.date),
        (words.kind, meeting.kind),
    ):
        if value:
            _labelled(doc, name, value)
    for name, people in (
        (words.participants, meeting.participants),
        (words.absent, meeting.absent),
    ):
        if people:
            over = doc.add_paragraph()
            over.add_run(name).bold = True
            over.paragraph_format.space_before = Pt(6)
            for person in people:
                _styled(doc, person, "ListBullet")
    for section in meeting.sections:
        heading = section_heading(section)
        if heading:
            _styled(doc, heading, "Heading2")
        for item in section.items:
            _item(doc, item, words)


def _new_document(language: str) -> Document:
    doc = docx.Document()
    normal = doc.styles["Normal"]
    normal.font.name = "Calibri"  # one family for text and headings (LibreOffice: Carlito)
    normal.font.size = Pt(10.5)
    doc.styles["Heading 1"].font.size = Pt(18)
    for lang in doc.styles.element.iterfind(f"{qn('w:docDefaults')}//{qn('w:lang')}"):
        lang.set(qn("w:val"), _LANGUAGE_TAGS[language])  # the text's proofing language
    doc.core_properties.language = _LANGUAGE_TAGS[language]
    doc.core_properties.author = "KKR Desk"
    return doc


def write_report_docx(
    meetings: Iterable[dict[str, Any]],
    path: str | os.PathLike[str],
    *,
    progress: Callable[[int], None] | None = None,
    labels: str = "da",
) -> int:
    """Write the decision report of ``meetings`` to ``path`` as .docx (atomically);
    returns the number of items. ``labels``: the language, "da" or "en". ``progress`` is
    called after each meeting with the items written so far."""
    words = Words.of(labels)
    doc = _new_document(labels)
    count = 0
    headings: list[str] = []
    for meeting, items in report_meetings(meetings, labels):
        section = doc.add_section(WD_SECTION.NEW_PAGE) if headings else doc.sections[0]
        _page_setup(section)
        headings.append(meeting.heading(words))
        _footer(doc, section, headings[-1], words)
        _meeting(doc, meeting, words)
        count += items
        if progress is not None:
            progress(count)
    if not headings:
        _page_setup(doc.sections[0])
        _footer(doc, doc.sections[0], words.title, words)
        _styled(doc, words.title, "Heading1")
        doc.add_paragraph(words.no_meetings)
    doc.core_properties.title = headings[0] if len(headings) == 1 else words.title
    buffer = io.BytesIO()
    doc.save(buffer)
    write_bytes(path, buffer.getvalue())
    return count
