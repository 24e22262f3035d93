"""Recognise sections, items and parts as ranges over the line stream.

Decisions use font size and weight where the input has them (PDF), and sequence and
context where it does not (text extraction): section numbers must run 1, 2, 3 …, item
numbers N.1, N.2 … inside section N, and a heading has to stand where headings stand
(at a page top, after a gap, or in heading type), never inside a numbered list.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from kkr_desk.domain.document import Line, Node, NodeKind
from kkr_desk.domain.text import ITEM_RE, SECTION_RE, clean, part_heading, split_heading, title_from

CASE_RE = re.compile(
    r"^(SAG-\d{4}-\d{3,6})(?:\s+([^\W\d_]{1,12}(?:\s*/\s*[^\W\d_]{1,12})*))?$", re.IGNORECASE
)
TOC_TITLE = re.compile(r"^(indholdsfortegnelse|indhold|dagsordenspunkter)\b", re.IGNORECASE)
_HEADING_LIKE = re.compile(r"^\d{1,2}\.(?:\d{1,2}\.?)?\s+\S")


def case_line(text: str) -> tuple[str, list[str]] | None:
    match = CASE_RE.match(clean(text))
    if match is None:
        return None
    handlers = [h.strip() for h in (match.group(2) or "").split("/") if h.strip()]
    return match.group(1).upper(), handlers


def toc_tail(text: str) -> bool:
    """A table-of-contents entry's end: dot leaders (three dots, an ellipsis, two dots
    after a space) or a tab, then a page number. The regular expression
    ``(?:\\.{3,}|…+|\\s\\.{2,}|\\t)\\s*\\d{1,3}$``, in linear time (searched, it is
    quadratic in a long run of dots or tabs)."""
    return _toc_tail(text) or (text.endswith("\n") and _toc_tail(text[:-1]))


def _toc_tail(text: str) -> bool:
    digits = 0
    while digits < 4 and digits < len(text) and text[-1 - digits].isdecimal():
        digits += 1
    if not 1 <= digits <= 3:
        return False
    rest = text[:-digits]
    gap = rest.rstrip()
    if "\t" in rest[len(gap) :] or gap.endswith("…"):
        return True
    dots = len(gap) - len(gap.rstrip("."))
    return dots >= 3 or (dots == 2 and len(gap) > 2 and gap[-3].isspace())


@dataclass(slots=True)
class Style:
    """What the input says about type: has it sizes and weights, and the body size."""

    known: bool
    body_size: float = 0.0

    @classmethod
    def of(cls, lines: list[Line]) -> Style:
        sizes: Counter[float] = Counter()
        bold = False
        for line in lines:
            if line.size is not None:
                sizes[line.size] += len(line.text)
                bold = bold or bool(line.bold)
        if not sizes or (len(sizes) == 1 and not bold):
            return cls(False)
        return cls(True, sizes.most_common(1)[0][0])

    def heading(self, line: Line) -> bool:
        return self.known and (bool(line.bold) or (line.size or 0) >= self.body_size + 1.5)


class Recogniser:
    """One pass over the content lines (furniture excluded) building the node tree."""

    def __init__(self, lines: list[Line]) -> None:
        self.all = lines
        self.content = [line for line in lines if not line.furniture]
        self.style = Style.of(self.content)
        if not any(self.style.heading(x) for x in self.content if SECTION_RE.match(x.text)):
            self.style = Style(False)  # type does not set headings apart: use context

    # -- context ----------------------------------------------------------------------
    def _first_of_page(self, pos: int) -> bool:
        return pos == 0 or self.content[pos - 1].page != self.content[pos].page

    def _starts_block(self, pos: int) -> bool:
        return self._first_of_page(pos) or self.content[pos].gap_before

    def _next(self, pos: int) -> Line | None:
        return self.content[pos + 1] if pos + 1 < len(self.content) else None

    def _in_list(self, pos: int, number: int) -> bool:
        """``number.`` continues or is continued by a numbered list around it."""
        before = self.content[pos - 1] if pos > 0 else None
        if (
            before is not None
            and not self._starts_block(pos)
            and not self.style.heading(before)
            and re.match(rf"^{number - 1}[.)]\s", before.text)
        ):
            return True
        after = self._next(pos)
        return (
            after is not None
            and not self._starts_block(pos + 1)
            and not self.style.heading(after)
            and bool(re.match(rf"^{number + 1}[.)]\s", after.text))
        )

    def _case_follows(self, pos: int, within: int = 3) -> bool:
        for step in range(1, within + 1):
            if pos + step >= len(self.content):
                return False
            line = self.content[pos + step]
            if case_line(line.text):
                return True
            if line.gap_before or part_heading(line.text) or _HEADING_LIKE.match(line.text):
                return False
        return False

    # -- headings -----------------------------------------------------------------------
    def is_section(self, pos: int, number: int) -> bool:
        line = self.content[pos]
        match = SECTION_RE.match(line.text)
        if match is None or int(match.group(1)) != number or toc_tail(line.text):
            return False
        if self._in_list(pos, number):
            return False
        if self.style.known:
            return self.style.heading(line)
        if not self._starts_block(pos):
            return False
        end = self._title_end(pos)
        after = self.content[end] if end < len(self.content) else None
        return (
            after is None
            or self._starts_block(end)
            or bool(re.match(rf"^{number}\.1\.?\s", after.text))
        )

    def is_item(self, pos: int, section: int, number: int, after_heading: bool) -> bool:
        line = self.content[pos]
        match = ITEM_RE.match(line.text)
        if match is None or toc_tail(line.text):
            return False
        if int(match.group(1)) != section or int(match.group(2)) != number:
            return False
        if self.style.known:
            return self.style.heading(line) or self._case_follows(pos)
        return after_heading or self._starts_block(pos) or self._case_follows(pos)

    def _title_end(self, pos: int) -> int:
        """Position after the last line of the heading starting at ``pos``."""
        head = self.content[pos]
        end = pos + 1
        while end < len(self.content) and end - pos < 4:
            line = self.content[end]
            if line.page != head.page or line.gap_before:
                break
            if case_line(line.text) or part_heading(line.text) or _HEADING_LIKE.match(line.text):
                break
            if self.style.known:
                same = line.bold == head.bold and abs((line.size or 0) - (head.size or 0)) < 0.6
                if not same:
                    break
            elif not line.joined and not self._case_follows(end, within=2):
                break
            end += 1
        return end

    # -- the pass ---------------------------------------------------------------------------
    def body_start(self) -> int | None:
        """Position of the first real ``1.`` section heading, past any table of contents."""
        toc_pages = self._toc_pages()
        for pos, line in enumerate(self.content):
            if line.page in toc_pages or not SECTION_RE.match(line.text):
                continue
            if self.is_section(pos, 1):
                return pos
        return None

    def _toc_pages(self) -> set[int]:
        per_page: dict[int, list[Line]] = {}
        for line in self.content:
            per_page.setdefault(line.page, []).append(line)
        pages = set()
        for page, lines in per_page.items():
            headings = [x for x in lines if _HEADING_LIKE.match(x.text)]
            tails = sum(1 for x in headings if toc_tail(x.text))
            titled = any(TOC_TITLE.match(x.text) for x in lines) and len(headings) >= 2
            # Headings and nothing else: no case line, no part heading, little other text.
            dense = (
                len(headings) >= 4
                and len(headings) * 5 >= len(lines) * 3
                and not any(case_line(x.text) or part_heading(x.text) for x in lines)
            )
            if tails >= 2 or titled or dense:
                pages.add(page)
        return pages

    def run(self) -> tuple[list[Node], int | None]:
        """Top-level nodes and the line index where the body starts (None: no sections)."""
        start = self.body_start()
        if start is None:
            return [], None
        sections: list[Node] = []
        item: Node | None = None
        section: Node | None = None
        expect_section, expect_item = 1, 1
        after_heading = False
        pos = start
        content = self.content
        while pos < len(content):
            line = content[pos]
            if self.is_section(pos, expect_section):
                end = self._title_end(pos)
                section = Node(
                    NodeKind.SECTION,
                    line.index,
                    line.index,
                    number=str(expect_section),
                    title=split_heading(title_from(content[pos:end]))[1],
                )
                sections.append(section)
                item = None
                expect_section, expect_item = expect_section + 1, 1
                pos, after_heading = end, True
                continue
            if section is not None and self.is_item(
                pos, expect_section - 1, expect_item, after_heading
            ):
                end = self._title_end(pos)
                item = Node(
                    NodeKind.ITEM,
                    line.index,
                    line.index,
                    number=f"{section.number}.{expect_item}",
                    title=split_heading(title_from(content[pos:end]))[1],
                )
                if end < len(content) and (case := case_line(content[end].text)):
                    item.case_number, item.case_handlers = case
                    end += 1
                section.children.append(item)
                expect_item += 1
                pos, after_heading = end, True
                continue
            after_heading = False
            if item is not None:
                heading = part_heading(line.text)
                if heading is not None or not item.children:
                    item.children.append(
                        Node(NodeKind.PART, line.index, line.index, heading=heading)
                    )
            pos += 1
        _close(sections, len(self.all) - 1)
        return sections, content[start].index


def _close(nodes: list[Node], last: int) -> None:
    """Set each node's ``last`` to the line before its next sibling (or its parent's end)."""
    if not nodes:
        return
    for node, following in zip(nodes, [*nodes[1:], None], strict=True):
        node.last = following.first - 1 if following is not None else last
        _close(node.children, node.last)
