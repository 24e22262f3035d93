"""Texts derived from a document's lines (with the clerk's corrections)."""

from __future__ import annotations

from kkr_desk.domain.document import Document, Node, NodeKind
from kkr_desk.domain.tags import suggest
from kkr_desk.domain.text import Body, assemble, hyphen_vocabulary


def vocabulary(doc: Document) -> frozenset[str]:
    """Hyphenated words the document writes unbroken: their line-break hyphens stay.

    Remembered on the document until a line's correction changes; with a findings memo on
    the document (the store's, which clears it when a correction changes) without even
    looking at the lines.
    """
    memo = doc.findings_memo
    if memo is not None and memo.vocabulary is not None:
        return memo.vocabulary
    key = tuple([(x.index, x.corrected) for x in doc.lines if x.corrected is not None])
    if doc.vocabulary_memo is None or doc.vocabulary_memo[0] != key:
        # A hyphenated word lies within one run of non-space characters, so only the runs
        # with a hyphen are searched (most of a long document's text is not).
        texts = [x.content for x in doc.lines if not x.furniture]
        runs = " ".join([text for text in texts if "-" in text]).split()
        words = hyphen_vocabulary(run for run in runs if "-" in run)
        doc.vocabulary_memo = (key, words)
    if memo is not None:
        memo.vocabulary = doc.vocabulary_memo[1]
    return doc.vocabulary_memo[1]


def part_body(doc: Document, part: Node, keep: frozenset[str]) -> Body:
    start = part.first + 1 if part.heading is not None else part.first
    return assemble(doc.lines[start : part.last + 1], keep)


def suggest_tags(doc: Document, item: Node, keep: frozenset[str]) -> list[str]:
    parts = {p.heading: p for p in item.children if p.heading in ("Beslutning", "Indstilling")}
    if "Beslutning" not in parts:
        return []  # no decision recorded: nothing to suggest
    proposal = parts.get("Indstilling")
    return suggest(
        part_body(doc, parts["Beslutning"], keep).text,
        part_body(doc, proposal, keep).text if proposal is not None else None,
    )


def has_decisions(doc: Document) -> bool:
    return any(n.kind is NodeKind.PART and n.heading == "Beslutning" for n in doc.walk())
