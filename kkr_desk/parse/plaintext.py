"""Read plain text, as poppler's ``pdftotext`` writes it (default and ``-layout`` modes).

A form feed opens a new page (a trailing one closes the last page; a leading one is
ignored); a blank line (empty or spaces only) is a paragraph gap; lines that follow each
other with no blank line between them carry no gap. Layout indentation and the runs of
spaces that ``-layout`` puts between columns are folded into one space. An outline
number alone on its line (``2.`` or ``2.1.``), as ``pdftotext`` may set it apart from its
title, is joined with the title line that directly follows it.

Which reader a text needs is decided by its content (``is_plain``), never by its name.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from kkr_desk.domain.document import Line
from kkr_desk.domain.text import part_heading
from kkr_desk.parse import indent

LIGATURES = str.maketrans({"ﬀ": "ff", "ﬁ": "fi", "ﬂ": "fl", "ﬃ": "ffi", "ﬄ": "ffl", "ﬅ": "st"})

_SPACES = re.compile(r"[ \t\u00a0]+")
# "2." or "2.1." (or "2.1") and nothing else: a number set apart from its title.
_LONE_NUMBER = re.compile(r"^\d{1,2}\.(?:\d{1,2}\.?)?$")
# In a column of numbers, also outline numbers without a dot ("2", "2.1"); page numbers
# are furniture by then.
_LONE_OUTLINE = re.compile(r"^\d{1,2}(?:\.\d{1,2})?\.?$")
# A title starts with a letter (or a quote or parenthesis), never with another number.
_TITLE_START = re.compile(r"^[^\W\d_]|^[\"'“(«]")
MARKER = "./."
_GLUED_FOOTER = re.compile(r"(?<=[a-zæøå])((?:Side|Page) \d{1,4}(?: (?:af|of) \d{1,4})?)\s*$")
# A word of letters with one inner hyphen (``it-systemer``), and a word of letters.
_HYPHENATED = re.compile(r"(?<![\w-])[^\W\d_]+-[^\W\d_]+(?![\w-])")
_WORD = re.compile(r"(?<![\w-])[^\W\d_]+(?![\w-])")
_ATTACHMENT = re.compile(r"^bilag\b", re.IGNORECASE)
# A line that is neither a heading (``2.1. …``) nor a case line: what a marker may mark.
_PLAIN_LINE = re.compile(r"^(?!\d{1,2}\.(?:\d{1,2}\.?)?\s)(?!SAG-\d)")
# ``pdftotext`` joins a word hyphenated at a line end, and so loses real hyphens after an
# acronym (``EU-`` + ``midler`` → ``EUmidler``, ``CO2-reduktion``, ``DK-2020klima…``). In
# Danish, capitals (with digits or hyphens) directly followed by three or more small
# letters is such a joint: the hyphen goes back. Tried only where a word starts.
_ACRONYM_JOINT = re.compile(r"(?<![\w-])([A-ZÆØÅ0-9][A-ZÆØÅ0-9-]*[A-ZÆØÅ0-9])(?=[a-zæøå]{3})")


def _rejoin(match: re.Match[str]) -> str:
    head = match.group(1)
    return f"{head}-" if any(c.isalpha() for c in head) else head


def is_plain(text: str) -> bool:
    """True for plain text (form feeds, blank-line paragraphs), False for the upstream
    extraction format (every line followed by an empty line, gaps as lines of spaces)."""
    if "\f" in text:
        return True
    rows = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    texts = 0
    adjacent = 0  # a text line directly after another text line
    spaces_only = False
    previous_text = False
    for row in rows:
        if row == "":
            previous_text = False
            continue
        if not row.strip():
            spaces_only = True
            previous_text = False
            continue
        texts += 1
        if previous_text:
            adjacent += 1
        previous_text = True
    if spaces_only:  # the extraction format's gap mark
        return False
    # In the extraction format nearly every line stands alone (a wrapped heading excepted).
    return texts > 0 and adjacent * 2 > texts


def read_lines(text: str) -> tuple[list[Line], int]:
    """Lines and page count of plain text."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    pages = text.split("\f")
    if len(pages) > 1 and not pages[-1].strip():
        pages.pop()  # the form feed after the last page
    if len(pages) > 1 and not pages[0].strip():
        pages.pop(0)  # a form feed before the first page
    lines: list[Line] = []
    for number, page in enumerate(pages, start=1):
        gap = False
        pending: str | None = None  # a lone outline number waiting for its title
        pending_gap = False
        for raw in indent.lift_numbers(_unglue_footer(page.split("\n"))):
            stripped = _SPACES.sub(" ", raw).strip()
            if not stripped:
                if pending is not None:
                    _add(lines, number, pending, pending_gap)
                    pending = None
                if lines and lines[-1].page == number:
                    gap = True
                continue
            if pending is not None:
                if _TITLE_START.match(stripped):
                    stripped = f"{pending} {stripped}"
                    gap = pending_gap
                else:
                    _add(lines, number, pending, pending_gap)
                    gap = False
                pending = None
            if _LONE_NUMBER.match(stripped):
                pending, pending_gap = stripped, gap
                gap = False
                continue
            _add(lines, number, stripped, gap)
            gap = False
        if pending is not None:
            _add(lines, number, pending, pending_gap)
    return lines, len(pages)


def _unglue_footer(rows: list[str]) -> list[str]:
    """``pdftotext`` (default mode) joins a word hyphenated at a page's last line with
    the next line it reads, which may be the page footer: ``visitaSide 7``. The footer
    goes back on a row of its own and the hyphen back on the word."""
    for at in range(len(rows) - 1, -1, -1):
        if rows[at].strip():
            if match := _GLUED_FOOTER.search(rows[at]):
                rows = [
                    *rows[:at],
                    rows[at][: match.start(1)] + "-",
                    match.group(1),
                    *rows[at + 1 :],
                ]
            break
    return rows


def _add(lines: list[Line], page: int, text: str, gap: bool) -> None:
    text = _ACRONYM_JOINT.sub(_rejoin, text.translate(LIGATURES))
    lines.append(Line(index=len(lines), page=page, text=text, gap_before=gap))


def place_markers(lines: list[Line]) -> list[Line]:
    """Put ``./.`` margin markers back on their lines (furniture already marked).

    ``pdftotext`` (default mode) sets the margin apart as a block of its own: a run of k
    lone markers, then (after a gap) the k marked lines. When the paragraph after the run
    has exactly k lines, none of them a heading, each gets its marker back; otherwise
    the markers stay where they stand (a marker alone is no text and names nothing).
    """
    return _pair_runs(lines, lambda text: text == MARKER, _markable, exact=True)


def place_numbers(lines: list[Line]) -> list[Line]:
    """Put outline numbers that ``pdftotext`` (default mode) set apart in a column of
    their own back on their titles (furniture already marked): a run of k lone numbers
    (``3.``, ``3.1.``), then, past a gap or a running header, a paragraph of at least k
    lines starting with a letter: number i goes to line i (a last title may wrap)."""
    return _pair_runs(lines, _LONE_OUTLINE.match, _TITLE_START.match, exact=False)


def _markable(text: str) -> bool:
    return bool(_PLAIN_LINE.match(text)) and part_heading(text) is None


def _pair_runs(
    lines: list[Line], lone: Callable[[str], object], fits: Callable[[str], object], exact: bool
) -> list[Line]:
    content = [line for line in lines if not line.furniture]
    gone: set[int] = set()
    pos = 0
    while pos < len(content):
        if not lone(content[pos].text):
            pos += 1
            continue
        end = pos
        while (
            end < len(content)
            and lone(content[end].text)
            and content[end].page == content[pos].page
        ):
            end += 1
        run = content[pos:end]
        block = _block(content, end, lone)
        count = len(run) if exact else min(len(run), len(block))
        if (
            block
            and block[0].gap_before
            and (len(block) == len(run) or (not exact and len(block) > len(run)))
            and all(fits(line.text) for line in block[:count])
            and (not exact or all(fits(line.text) for line in block))
        ):
            for mark, line in zip(run, block, strict=False):
                line.text = f"{mark.text} {line.text}"
            block[0].gap_before = run[0].gap_before
            gone.update(line.index for line in run)
        elif (
            exact
            and len(run) == 1
            and block
            and block[0].gap_before
            and _ATTACHMENT.match(block[0].text)
        ):
            block[0].text = f"{run[0].text} {block[0].text}"  # "Bilag: …" and more after it
            block[0].gap_before = run[0].gap_before
            gone.add(run[0].index)
        pos = end
    if not gone:
        return lines
    out = [line for line in lines if line.index not in gone]
    for index, line in enumerate(out):
        line.index = index
    return out


def _block(content: list[Line], start: int, lone: Callable[[str], object]) -> list[Line]:
    """The lines of the paragraph starting at ``start`` (up to the next gap or page);
    empty when another lone mark stands in it."""
    block: list[Line] = []
    for line in content[start:]:
        if block and (line.gap_before or line.page != block[0].page or part_heading(line.text)):
            break  # (a part heading opens a block of its own, gap or not)
        if lone(line.text):
            return []
        block.append(line)
    return block


def restore_hyphens(lines: list[Line]) -> None:
    """Put back a hyphen that ``pdftotext`` joined away at a line end (``it-`` +
    ``systemer`` → ``itsystemer``) where the same document writes the word with it:
    a word of letters equal to a hyphenated word found elsewhere, hyphen left out."""
    hyphenated: dict[str, str] = {}
    for line in lines:
        for match in _HYPHENATED.finditer(line.text):
            word = match.group(0)
            hyphenated.setdefault(word.replace("-", ""), word)
    if not hyphenated:
        return
    for line in lines:
        if any(word in hyphenated for word in _WORD.findall(line.text)):
            line.text = _WORD.sub(lambda m: hyphenated.get(m.group(0), m.group(0)), line.text)


def settle_gaps(lines: list[Line]) -> None:
    """Page breaks never make a gap: the blank lines under a running header (furniture
    already marked) do not make one before the page's first line of content."""
    page = 0
    for line in lines:
        if line.furniture:
            continue
        if line.page != page:
            page = line.page
            line.gap_before = False
