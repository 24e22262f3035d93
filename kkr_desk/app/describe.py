"""Plain English and Danish words for what changed in a meeting: "Title of 2.1" / "Titel
på 2.1", "'A' → 'B'". Used by the history and the changes since import
(``kkr_desk.app.history``); no Qt, so the window picks the language it shows."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, NamedTuple

from kkr_desk.domain import labels
from kkr_desk.domain.document import REVIEW_STATUSES, Document

MAX_VALUE = 80  # characters of a value shown before "…"


class Words(NamedTuple):
    """The same words in English and in Danish."""

    en: str
    da: str

    def pick(self, danish: bool) -> str:
        return self.da if danish else self.en


NONE = Words("(none)", "(ingen)")
ABSENT = Words("—", "—")


@dataclass(frozen=True)
class Detail:
    """One thing that changed: what, and its value before and after."""

    what: Words
    before: Words
    after: Words

    def text(self, danish: bool = False) -> str:
        return f"{self.what.pick(danish)}: {self.before.pick(danish)} → {self.after.pick(danish)}"


OPERATIONS: dict[str, Words] = {
    "split": Words("Split", "Opdeling"),
    "merge": Words("Merge", "Fletning"),
    "move_start": Words("Moved start", "Flyttet start"),
    "make_heading": Words("New heading", "Ny overskrift"),
    "change_level": Words("Heading level", "Overskriftsniveau"),
    "set_fields": Words("Fields", "Felter"),
    "correct_line": Words("Line correction", "Linjerettelse"),
    "set_tags": Words("Decision tags", "Beslutningsmærker"),
    "confirm_tags": Words("Confirmed tags", "Bekræftede mærker"),
    "set_review": Words("Review status", "Gennemgangsstatus"),
    "set_flag": Words("Flag for follow-up", "Markering til opfølgning"),
    "set_note": Words("Note", "Note"),
    "patch": Words("Undo", "Fortryd"),
    "revert": Words("Reverted change", "Fortrudt ændring"),
    "reimport": Words("New version imported", "Ny version importeret"),
    "restore-version": Words("Earlier version restored", "Tidligere version gendannet"),
    "delete": Words("Moved to the trash", "Lagt i papirkurven"),
    "restore": Words("Restored from the trash", "Taget ud af papirkurven"),
    "purge": Words("Deleted for good", "Slettet for altid"),
}

FIELDS: dict[str, Words] = {
    "number": Words("Number", "Nummer"),
    "title": Words("Title", "Titel"),
    "heading": Words("Heading", "Overskrift"),
    "case_number": Words("Case number", "Sagsnummer"),
    "case_handlers": Words("Handlers", "Sagsbehandlere"),
    "review": Words("Review status", "Gennemgangsstatus"),
    "flagged": Words("Flagged for follow-up", "Markeret til opfølgning"),
    "note": Words("Note", "Note"),
    "tags": Words("Decision tags", "Beslutningsmærker"),
    "kind": Words("Kind", "Type"),
    "range": Words("Lines", "Linjer"),
}
# "Title of 2.1" / "Titel på 2.1": the preposition each language puts before the place.
OF = Words("of", "på")

REVIEW = {
    **{
        s: Words(labels.label("review", s), labels.label("review", s, "da"))
        for s in REVIEW_STATUSES
    },
    "flagged": Words(labels.label("flag", "true"), labels.label("flag", "true", "da")),
}
CREATED = {
    "item": Words("New item {0}", "Nyt punkt {0}"),
    "section": Words("New {0}", "Ny {0}"),
    "part": Words("New part {0}", "Nyt afsnit {0}"),
}
REMOVED = {
    "item": Words("Item {0} removed", "Punkt {0} fjernet"),
    "section": Words("{0} removed", "{0} fjernet"),
    "part": Words("Part {0} removed", "Afsnit {0} fjernet"),
}
KINDS = {
    "front": Words("front matter", "forside"),
    "section": Words("section", "sektion"),
    "item": Words("item", "punkt"),
    "part": Words("part", "afsnit"),
}


def operation(op: str) -> Words:
    return OPERATIONS.get(op, Words(op, op))


def short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= MAX_VALUE else text[: MAX_VALUE - 1] + "…"


def quoted(value: str | None) -> Words:
    return NONE if value is None or value == "" else Words(f"'{short(value)}'", f"'{short(value)}'")


def _same(text: str) -> Words:
    return Words(text, text)


def capital(words: Words) -> Words:
    return Words(words.en[:1].upper() + words.en[1:], words.da[:1].upper() + words.da[1:])


def place(kind: str, number: str | None, heading: str | None, owner: str | None) -> Words:
    """Where a node is, as the clerk names it: "2.1", "section 2", "'Beslutning' in 2.1"."""
    if kind == "item":
        return _same(number) if number else Words("(no number)", "(uden nummer)")
    if kind == "section":
        return Words(f"section {number or '?'}", f"sektion {number or '?'}")
    if kind == "part":
        name = Words(f"'{heading}'", f"'{heading}'") if heading else Words("text", "tekst")
        if owner:
            return Words(f"{name.en} in {owner}", f"{name.da} i {owner}")
        return name
    return KINDS.get(kind, _same(kind))


def under(where: Words) -> Words:
    return where if where == NONE else Words(f"under {where.en}", f"under {where.da}")


def field_of(name: str, where: Words) -> Words:
    """ "Title of 2.1" / "Titel på 2.1"."""
    what = FIELDS.get(name, _same(name))
    return Words(f"{what.en} {OF.en} {where.en}", f"{what.da} {OF.da} {where.da}")


def tags_value(tags: dict[str, str] | None) -> Words:
    if not tags:
        return NONE
    en, da = [], []
    for tag, origin in tags.items():
        label, dansk = labels.label("tag", tag, "en"), labels.label("tag", tag, "da")
        suggested = origin != "confirmed"
        en.append(f"{label} (suggested)" if suggested else label)
        da.append(f"{dansk} (forslag)" if suggested else dansk)
    return Words(", ".join(en), ", ".join(da))


def lines_value(doc: Document | None, first: int, last: int) -> Words:
    """A line range as pages and 1-based line numbers: "p. 5–6 (lines 121–140)"."""
    pages = ""
    if doc is not None and 0 <= first <= last < len(doc.lines):
        a, b = doc.lines[first].page, doc.lines[last].page
        pages = f"{a}" if a == b else f"{a}–{b}"
    span = f"{first + 1}" if first == last else f"{first + 1}–{last + 1}"
    if not pages:
        return Words(f"lines {span}", f"linje {span}")
    return Words(f"p. {pages} (lines {span})", f"s. {pages} (linje {span})")


def value(name: str, raw: Any) -> Words:
    """A field's value in words."""
    if name == "review":
        return REVIEW.get(str(raw), _same(str(raw)))
    if name == "flagged":
        return Words("yes", "ja") if raw else Words("no", "nej")
    if name == "tags":
        return tags_value(raw)
    if name == "case_handlers":
        return quoted("/".join(raw or []))
    if name == "kind":
        return KINDS.get(str(raw), _same(str(raw)))
    return quoted(None if raw is None else str(raw))


def line_place(doc: Document | None, index: int) -> Words:
    page = doc.lines[index].page if doc is not None and 0 <= index < len(doc.lines) else None
    if page is None:
        return Words(f"Line {index + 1}", f"Linje {index + 1}")
    return Words(f"Line {index + 1} (p. {page})", f"Linje {index + 1} (s. {page})")


def joined(parts: Iterable[Words], sep: str = "; ") -> Words:
    items = list(parts)
    return Words(sep.join(p.en for p in items), sep.join(p.da for p in items))
