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

from kkr_desk.domain.document import Anomaly, Line, Node, NodeKind
from kkr_desk.domain.text import ITEM_RE, SECTION_RE, part_heading, split_heading, title_from
from kkr_desk.parse import contents, notes
from kkr_desk.parse.contents import toc_tail
from kkr_desk.parse.patterns import HEADING_LIKE, case_line

MARKER = "./."  # a margin marker alone on its line: no text of its own
_LONGEST_TITLE = 90  # characters of a section heading read on its wording alone
_DOTTED = re.compile(r"^\d{1,2}\.")


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
        self.accepted: set[int] = set()  # positions taken as headings
        self.dotless = False  # the sections taken so far are numbered "2  Titel"
        self.gapless = not any(x.gap_before for x in self.content)  # no gap marks at all
        self.findings: list[Anomaly] = []  # what the pass was unsure of
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

    def _listed_before(self, pos: int, number: int) -> bool:
        """The line before continues a numbered list up to ``number.`` (and was not
        taken as a heading itself)."""
        before = self.content[pos - 1] if pos > 0 else None
        return (
            before is not None
            and pos - 1 not in self.accepted
            and not self._starts_block(pos)
            and not self.style.heading(before)
            and bool(re.match(rf"^{number - 1}[.)]\s", before.text))
        )

    def _listed_after(self, pos: int, number: int) -> bool:
        """The line after continues a numbered list from ``number.``."""
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
            if line.gap_before or part_heading(line.text) or HEADING_LIKE.match(line.text):
                return False
        return False

    # -- headings -----------------------------------------------------------------------
    def is_section(self, pos: int, number: int, depth: int = 0) -> bool:
        line = self.content[pos]
        match = SECTION_RE.match(line.text)
        if match is None or int(match.group(1)) != number or toc_tail(line.text):
            return False
        if depth == 0 and self._listed_before(pos, number):
            return False  # (in a run of sections, the one before is a heading too)
        if self.style.known:
            return self.style.heading(line) and not self._listed_after(pos, number)
        end = self._title_end(pos)
        after = self.content[end] if end < len(self.content) else None
        if after is None or re.match(rf"^{number}\.1\.?\s", after.text):
            return True  # its first item follows, or nothing does
        if depth < 8 and self.is_section(end, number + 1, depth + 1):
            return True  # a run of sections without items (it looks like a list)
        if not _DOTTED.match(line.text) and not self.dotless:
            return False  # "2 kommuner …": without a dot, only its first item tells
        if self._listed_after(pos, number) or not self._starts_block(pos):
            return False
        return self._starts_block(end)

    def is_text_section(self, pos: int, number: int) -> bool:
        """Text input: a section with text of its own and no items (``6. Eventuelt``,
        then a paragraph with no gap before it). Taken at a block start (anywhere, in
        text with no gap marks at all) when the line
        reads as a title (short, no closing punctuation, no broken word) and a sentence
        follows it. Weak evidence: the clerk is told."""
        line = self.content[pos]
        match = SECTION_RE.match(line.text)
        if self.style.known or match is None or int(match.group(1)) != number:
            return False
        dotted = _DOTTED.match(line.text) or self.dotless
        opens = self._starts_block(pos) or self.gapless
        if not dotted or toc_tail(line.text) or not opens:
            return False
        if self._listed_before(pos, number) or self._listed_after(pos, number):
            return False
        end = self._title_end(pos)
        title = " ".join(x.text for x in self.content[pos:end])
        after = self.content[end] if end < len(self.content) else None
        return (
            len(title) <= _LONGEST_TITLE
            and not title.endswith(("-", ".", ":", ",", ";"))
            and after is not None
            and after.text[:1].isupper()
        )

    def is_skipped_section(self, pos: int, number: int) -> bool:
        """Section ``number + 1`` where ``number`` was expected: taken only on strong
        evidence (its first item, with a case line, follows its title)."""
        line = self.content[pos]
        match = SECTION_RE.match(line.text)
        if match is None or int(match.group(1)) != number + 1 or toc_tail(line.text):
            return False
        if self.style.known and not self.style.heading(line):
            return False
        end = self._title_end(pos)
        return (
            end < len(self.content)
            and bool(re.match(rf"^{number + 1}\.1\.?\s", self.content[end].text))
            and self._case_follows(end)
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

    def weak_item(self, pos: int, section: int, number: int) -> bool:
        """Text with no gap marks: the expected item with no case line under it (``5.2.
        Eventuelt``), taken when a part heading follows within two lines. Weak evidence:
        the clerk is told."""
        line = self.content[pos]
        match = ITEM_RE.match(line.text)
        if self.style.known or match is None or toc_tail(line.text):
            return False
        if (int(match.group(1)), int(match.group(2))) != (section, number):
            return False
        end = self._title_end(pos)
        return any(part_heading(x.text) for x in self.content[end : end + 2] if x.page == line.page)

    def skipped_item(self, pos: int, section: int, number: int) -> int | None:
        """The item number at ``pos`` when it is one or two past the expected ``number``
        and the evidence is strong (a case line follows; heading type where the input
        has type): a missed heading costs that item, never the rest of its section."""
        line = self.content[pos]
        match = ITEM_RE.match(line.text)
        if match is None or toc_tail(line.text) or int(match.group(1)) != section:
            return None
        found = int(match.group(2))
        if not number < found <= number + 2 or not self._case_follows(pos):
            return None
        if self.style.known and not self.style.heading(line):
            return None
        return found

    def _title_end(self, pos: int) -> int:
        """Position after the last line of the heading starting at ``pos``."""
        head = self.content[pos]
        end = pos + 1
        while end < len(self.content) and end - pos < 4:
            line = self.content[end]
            if line.page != head.page or line.gap_before:
                break
            if case_line(line.text) or part_heading(line.text) or HEADING_LIKE.match(line.text):
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
        toc = contents.toc_positions(self.content)
        for pos, line in enumerate(self.content):
            if pos in toc or not SECTION_RE.match(line.text):
                continue
            if self.is_section(pos, 1):
                return pos
        return None

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
            if not line.text[:1].isdecimal():  # no heading: a part heading or text
                after_heading = self._part(item, line)
                pos += 1
                continue
            skip = not self.is_section(pos, expect_section)
            if skip and self.is_text_section(pos, expect_section):
                skip = False
                self._note_weak(pos, str(expect_section))
            if not skip or self.is_skipped_section(pos, expect_section):
                expect_section += skip
                end = self._title_end(pos)
                section = self._heading(NodeKind.SECTION, pos, end, str(expect_section))
                self.dotless = not _DOTTED.match(line.text)
                sections.append(section)
                item = None
                expect_section, expect_item = expect_section + 1, 1
                pos, after_heading = end, True
                continue
            number: int | None = None
            if section is not None:
                number = (
                    expect_item
                    if self.is_item(pos, expect_section - 1, expect_item, after_heading)
                    else self.skipped_item(pos, expect_section - 1, expect_item)
                )
                if number is None and self.weak_item(pos, expect_section - 1, expect_item):
                    number = expect_item
                    self._note_weak(pos, f"{expect_section - 1}.{expect_item}")
            if section is not None and number is not None:
                end = self._title_end(pos)
                item = self._heading(NodeKind.ITEM, pos, end, f"{section.number}.{number}")
                if end < len(content) and (case := case_line(content[end].text)):
                    item.case_number, item.case_handlers = case
                    end += 1
                section.children.append(item)
                expect_item = number + 1
                pos, after_heading = end, True
                continue
            self._note_rejected(pos, expect_section, expect_item if section else None)
            after_heading = self._part(item, line)
            pos += 1
        _close(sections, len(self.all) - 1)
        return sections, content[start].index

    @staticmethod
    def _part(item: Node | None, line: Line) -> bool:
        """Open a part at ``line`` where it starts one (a part heading, or the first text
        of an item); False: the line is no heading."""
        if item is not None:
            heading = part_heading(line.text)
            if heading is not None or (not item.children and line.text != MARKER):
                item.children.append(Node(NodeKind.PART, line.index, line.index, heading=heading))
        return False

    def _heading(self, kind: NodeKind, pos: int, end: int, number: str) -> Node:
        self.accepted.add(pos)
        line = self.content[pos]
        title = split_heading(title_from(self.content[pos:end]))[1]
        return Node(kind, line.index, line.index, number=number, title=title)

    def _note_weak(self, pos: int, number: str) -> None:
        self.findings.append(notes.weak_heading(self.content[pos], number))

    def _note_rejected(self, pos: int, section: int, item: int | None) -> None:
        """A line that opens a block and reads like the heading expected next, but was not
        taken: the clerk should look at it."""
        line = self.content[pos]
        if not self._starts_block(pos) or toc_tail(line.text):
            return
        number, _ = split_heading(line.text)
        wanted = {str(section)} | ({f"{section - 1}.{item}"} if item is not None else set())
        if number in wanted:
            self.findings.append(notes.rejected_heading(line, number))


def _close(nodes: list[Node], last: int) -> None:
    """Set each node's ``last`` to the line before its next sibling (or its parent's end)."""
    if not nodes:
        return
    for node, following in zip(nodes, [*nodes[1:], None], strict=True):
        node.last = following.first - 1 if following is not None else last
        _close(node.children, node.last)
