"""The large-meeting generator: numbers run on and the parser finds every generated item,
with the source's titles and texts, also when section headings must be grouped."""

from __future__ import annotations

from pathlib import Path

import pymupdf
import pytest

from kkr_desk.domain.document import Document, Node, NodeKind
from kkr_desk.parse import parse_bytes
from tests.bench.large import build, copies_for

pytestmark = pytest.mark.corpus


@pytest.fixture(scope="module")
def source(corpus_dir: Path) -> tuple[bytes, Document]:
    data = (corpus_dir / "kkr-nordjylland-2022-11-18-referat.pdf").read_bytes()
    return data, parse_bytes(data, "referat.pdf")


def _sections(doc: Document) -> list[Node]:
    return [n for n in doc.nodes if n.kind is NodeKind.SECTION]


def _items(section: Node) -> list[Node]:
    return [c for c in section.children if c.kind is NodeKind.ITEM]


def _parts(item: Node, doc: Document) -> list[tuple[str | None, str]]:
    """An item's parts as (heading, the text of their lines, furniture left out)."""
    return [
        (
            p.heading,
            " ".join(
                line.content for line in doc.lines[p.first : p.last + 1] if not line.furniture
            ),
        )
        for p in item.children
    ]


def test_copies_run_on_and_the_parser_finds_every_item(source: tuple[bytes, Document]) -> None:
    data, original = source
    sections = _sections(original)
    count = len(sections)
    with pymupdf.open(stream=data, filetype="pdf") as src:
        pages = src.page_count
    front = original.lines[sections[0].first].page - 1  # pages before section 1

    large = build(data, 3)
    doc = parse_bytes(large.data, "large.pdf")

    assert large.pages == pages + 2 * (pages - front)
    with pymupdf.open(stream=large.data, filetype="pdf") as out:
        assert out.page_count == large.pages
    # Expected from the source alone: section s of copy c is s + c·S, item s.m is (s + c·S).m.
    want_sections = [str(s + c * count) for c in range(3) for s in range(1, count + 1)]
    want_items = [
        (f"{int(section.number or 0) + c * count}.{item.number.split('.')[1]}", item.title)
        for c in range(3)
        for section in sections
        for item in _items(section)
        if item.number
    ]
    got_sections = _sections(doc)
    assert [s.number for s in got_sections] == want_sections
    assert [(i.number, i.title) for i in doc.items()] == want_items
    assert large.sections == want_sections
    assert large.items == want_items
    assert [s.title for s in got_sections] == [s.title for s in sections] * 3
    # The body of every copy reads as the source's: redaction took the numbers only.
    source_parts = [_parts(i, original) for s in sections for i in _items(s)]
    got_parts = [_parts(i, doc) for s in got_sections for i in _items(s)]
    assert got_parts == source_parts * 3


def test_one_copy_is_the_source_unchanged(source: tuple[bytes, Document]) -> None:
    data, original = source
    large = build(data, 1)
    doc = parse_bytes(large.data, "large.pdf")
    assert [(i.number, i.title) for i in doc.items()] == [
        (i.number, i.title) for i in original.items()
    ]
    with pymupdf.open(stream=data) as a, pymupdf.open(stream=large.data) as b:
        assert [p.get_text() for p in a] == [p.get_text() for p in b]


def test_too_many_sections_are_grouped_and_items_run_on(
    source: tuple[bytes, Document],
) -> None:
    """Over the section limit, every g-th section heading stays and the items of the
    sections in between continue its numbering."""
    data, original = source
    sections = _sections(original)
    per_copy = [len(_items(s)) for s in sections]
    copies, limit = 3, 10
    group = -(-len(sections) * copies // limit)  # the smallest group that fits
    assert group > 1

    large = build(data, copies, max_section=limit)
    doc = parse_bytes(large.data, "large.pdf")

    counts = per_copy * copies
    kept = [sum(counts[k : k + group]) for k in range(0, len(counts), group)]
    want_items = [f"{n}.{m}" for n, size in enumerate(kept, start=1) for m in range(1, size + 1)]
    assert [s.number for s in _sections(doc)] == [str(n) for n in range(1, len(kept) + 1)]
    assert len(kept) <= limit
    assert [i.number for i in doc.items()] == want_items
    titles = [i.title for s in sections for i in _items(s)] * copies
    assert [i.title for i in doc.items()] == titles
    assert large.items == list(zip(want_items, titles, strict=True))


def test_copies_for_a_page_count(source: tuple[bytes, Document]) -> None:
    data, original = source
    front = original.lines[_sections(original)[0].first].page - 1
    with pymupdf.open(stream=data, filetype="pdf") as src:
        body = src.page_count - front
    for pages in (330, 1000):
        copies = copies_for(data, pages)
        assert abs(front + copies * body - pages) <= body / 2
    assert copies_for(data, 1) == 1


def test_build_refuses_no_copies(source: tuple[bytes, Document]) -> None:
    with pytest.raises(ValueError, match="at least one copy"):
        build(source[0], 0)
