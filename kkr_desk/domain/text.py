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
_HYPHENATED = re.compile(r"(\w+)-(\w+)")
_LAST_WORD = re.compile(r"(\w+)-$")
_FIRST_WORD = re.compile(r"^(\w+)")
_ATTACHMENT_PREFIX = re.compile(r"^bilag\s*\d*\s*:\s*", re.IGNORECASE)
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
    if not left:
        return right
    if not right:
        return left
    if left.endswith("-") and not left.endswith(" -"):
        tail = _LAST_WORD.search(left)
        head = _FIRST_WORD.match(right)
        if tail is None or head is None:
            return left + right if head is not None else f"{left} {right}"
        before, after = tail.group(1), head.group(1)
        if after.casefold() in _CONJUNCTIONS:
            return f"{left} {right}"  # "anlægs-" + "og byggeopgaver"
        if (
            (before.isupper() and len(before) > 1)  # KKR-, SOSU-, DK-
            or before.isdigit()
            or after[0].isdigit()  # DK-2020
            or after[0].isupper()
            or f"{before}-{after}".casefold() in keep  # the document writes it hyphenated
        ):
            return left + right
        return left[:-1] + right
    return f"{left} {right}"


@dataclass(slots=True)
class Body:
    text: str
    attachments: list[str]


def assemble(lines: Sequence[Line], keep: frozenset[str] = frozenset()) -> Body:
    """Turn the content lines of one part into its text and attachments.

    Furniture lines are skipped; the clerk's corrections are used where present.
    """
    paragraphs: list[list[str]] = []  # each paragraph: its visual rows (list items apart)
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
            paragraphs.append([text])
            starts_marked.append(marked)
            line_counts.append(1)
            continue
        rows = paragraphs[-1]
        line_counts[-1] += 1
        if is_list_item(text):
            rows.append(text)
        else:
            rows[-1] = join_lines(rows[-1], text, keep)
    out: list[str] = []
    attachments: list[str] = []
    for rows, marked, count in zip(paragraphs, starts_marked, line_counts, strict=True):
        if marked and count == 1 and not rows[0].endswith("."):
            name = _ATTACHMENT_PREFIX.sub("", rows[0]).strip()
            if name:
                attachments.append(name)
            continue
        rows = [row for row in rows if row]
        if rows:
            out.append("\n".join(rows))
    return Body("\n\n".join(out), attachments)


def title_from(lines: Sequence[Line], keep: frozenset[str] = frozenset()) -> str:
    """A heading's title from its wrapped lines."""
    title = ""
    for line in lines:
        title = join_lines(title, clean(line.content), keep)
    return title
