"""Text derived from lines: paragraphs, list items, hyphenation, attachments.

The rules follow the corpus README: the lines of a paragraph are joined with one space,
line-break hyphenation is undone while real hyphens stay, list items start on their own
line, paragraphs are separated by a blank line, and a ``./.`` margin marker opens a
paragraph (a one-line ``./.`` paragraph not ending in a full stop names an attachment).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from kkr_desk.domain.document import PART_HEADINGS, Line

MARKER = "./."
_SPACES = re.compile(r"\s+")
_LIST_ITEM = re.compile(r"^(?:[–−\-•▪●◦*]\s|\d{1,2}[.)]\s+\S|[a-zæøå][.)]\s+\S)")
# Both start only at the start of a word (the look-behind): a failed attempt at a word's
# first letter would fail at every later letter too, and trying them all is quadratic in
# the word's length (13 s for one 40,000-letter word).
_HYPHENATED = re.compile(r"(?<!\w)(\w++)-(\w++)")
_LAST_WORD = re.compile(r"(?<!\w)(\w++)-$")
_FIRST_WORD = re.compile(r"^(\w+)")
_ATTACHMENT_PREFIX = re.compile(r"^bilag\s*\d*\s*:\s*", re.IGNORECASE)
# How far back a line break looks for the word before its hyphen (with the hyphen and the
# character before the word). A longer "word" is no acronym, number or vocabulary word: its
# hyphen goes. It bounds the work of each join, so a paragraph of many lines stays linear.
_REACH = 1002
# Words after which a trailing hyphen is a suspended compound ("anlægs- og bygge...").
_CONJUNCTIONS = frozenset({"og", "eller", "samt"})


SECTION_RE = re.compile(r"^(\d{1,2})\.\s*([^\d\s].*)$")
ITEM_RE = re.compile(r"^(\d{1,2})\.(\d{1,2})(?:\.\s*|\s+)(\S.*)$")
_PART_NAMES = {h.casefold(): h for h in PART_HEADINGS}
_LONGEST_PART = max(map(len, PART_HEADINGS)) + 3


def part_heading(text: str) -> str | None:
    """The part heading a line states (``Beslutning``, ``Indstilling:``), if any."""
    if len(text) > _LONGEST_PART:
        return None
    return _PART_NAMES.get(clean(text).rstrip(":").strip().casefold())


def split_heading(text: str) -> tuple[str | None, str]:
    """``'2.1. Titel'`` → ``('2.1', 'Titel')``; ``'3. Sager'`` → ``('3', 'Sager')``."""
    text = clean(text)
    if match := ITEM_RE.match(text):
        return f"{int(match.group(1))}.{int(match.group(2))}", clean(match.group(3))
    if match := SECTION_RE.match(text):
        return str(int(match.group(1))), clean(match.group(2))
    return None, text


def clean(text: str) -> str:
    """Fold runs of white space into one space and strip the ends."""
    return _SPACES.sub(" ", text).strip()


def is_list_item(text: str) -> bool:
    return bool(_LIST_ITEM.match(text))


def hyphen_vocabulary(texts: Iterable[str]) -> frozenset[str]:
    """Hyphenated words that stand unbroken inside a line somewhere in the document."""
    joined = "\n".join(texts)
    return frozenset(f"{a}-{b}".casefold() for a, b in _HYPHENATED.findall(joined))


def join_lines(left: str, right: str, keep: frozenset[str] = frozenset()) -> str:
    """Join two wrapped lines of one paragraph, undoing line-break hyphenation."""
    row = _Row(left)
    row.add(right, keep)
    return row.text()


class _Row:
    """A paragraph row being joined line by line. Only its tail (``tail``, at most
    ``2 * _REACH`` characters after each line) is ever looked at or copied again; the text
    before it is set aside in ``done``: re-joining the growing text at every line would be
    quadratic."""

    __slots__ = ("done", "tail")

    def __init__(self, text: str = "") -> None:
        self.done: list[str] = []
        self.tail = text

    def text(self) -> str:
        return "".join([*self.done, self.tail])

    def add(self, right: str, keep: frozenset[str]) -> None:
        if right:
            joint = self._joint(right, keep) if self.tail else right  # may drop a hyphen
            self.tail += joint
            if len(self.tail) > 2 * _REACH:
                self.done.append(self.tail[:-_REACH])
                self.tail = self.tail[-_REACH:]

    def _joint(self, right: str, keep: frozenset[str]) -> str:
        """What follows the row's current text: ``right``, with or without a space; the
        row's trailing hyphen is dropped where it only broke the line."""
        left = self.tail[-_REACH:]
        if not left.endswith("-") or left.endswith(" -"):
            return " " + right
        tail = _LAST_WORD.search(left)
        head = _FIRST_WORD.match(right)
        if tail is None or head is None:
            return right if head is not None else " " + right
        before, after = tail.group(1), head.group(1)
        if tail.start() == 0 and len(left) == _REACH:
            before = ""  # longer than any word: only the word after counts
        if after.casefold() in _CONJUNCTIONS:
            return " " + right  # "anlægs-" + "og byggeopgaver"
        if (
            (before.isupper() and len(before) > 1)  # KKR-, SOSU-, DK-
            or before.isdigit()
            or after[0].isdigit()  # DK-2020
            or after[0].isupper()
            or (before and f"{before}-{after}".casefold() in keep)  # written so elsewhere
        ):
            return right
        self.tail = self.tail[:-1]
        return right


@dataclass(slots=True)
class Body:
    text: str
    attachments: list[str]


def assemble(lines: Sequence[Line], keep: frozenset[str] = frozenset()) -> Body:
    """Turn the content lines of one part into its text and attachments.

    Furniture lines are skipped; the clerk's corrections are used where present.
    """
    paragraphs: list[list[_Row]] = []  # each paragraph: its visual rows (list items apart)
    starts_marked: list[bool] = []
    line_counts: list[int] = []
    for line in lines:
        if line.furniture:
            continue
        text = clean(line.content)
        if not text:
            continue
        marked = text.startswith(MARKER)
        if marked:
            text = text[len(MARKER) :].strip()
        if not paragraphs or line.gap_before or marked:
            paragraphs.append([_Row(text)])
            starts_marked.append(marked)
            line_counts.append(1)
            continue
        rows = paragraphs[-1]
        line_counts[-1] += 1
        if is_list_item(text):
            rows.append(_Row(text))
        else:
            rows[-1].add(text, keep)
    out: list[str] = []
    attachments: list[str] = []
    for row_parts, marked, count in zip(paragraphs, starts_marked, line_counts, strict=True):
        texts = [row.text() for row in row_parts]
        if marked and count == 1 and not texts[0].endswith("."):
            name = _ATTACHMENT_PREFIX.sub("", texts[0]).strip()
            if name:
                attachments.append(name)
            continue
        texts = [text for text in texts if text]
        if texts:
            out.append("\n".join(texts))
    return Body("\n\n".join(out), attachments)


def title_from(lines: Sequence[Line], keep: frozenset[str] = frozenset()) -> str:
    """A heading's title from its wrapped lines."""
    title = _Row()
    for line in lines:
        title.add(clean(line.content), keep)
    return title.text()
