"""Text derived from lines: paragraphs, list items, hyphenation, attachments.

The rules follow the corpus README: the lines of a paragraph are joined with one space,
line-break hyphenation is undone while real hyphens stay, list items start on their own
line, paragraphs are separated by a blank line, and a ``./.`` margin marker opens a
paragraph (a one-line ``./.`` paragraph not ending in a full stop names an attachment).

Where a line break falls after a hyphen, the hyphen stays (and the lines join without a
space) when something says the hyphen is real, in this order:

- the word after it is ``og``/``eller``/``samt``: a suspended compound (``anlægs-`` +
  ``og byggeopgaver``), joined with a space;
- the document writes the hyphenated word unbroken elsewhere (the ``keep`` vocabulary of
  :func:`hyphen_vocabulary`);
- the part before it is an acronym (``KKR-``, ``EU-``) or a number, or the part after it
  starts with a digit or a capital (``DK-2020``);
- the part before it is written as the letters of an abbreviation: a single letter
  (``e-mail``, ``A-kasse``: hyphenation never leaves one letter behind), a short run
  without a vowel (``tv-``, ``pc-``, ``sms-``: no Danish syllable lacks a vowel), or one of
  the lowercase abbreviations in ``_ABBREVIATIONS`` (``el-``, ``it-``) - unless the
  joined word is a word of its own (``el-`` + ``ler``: the document writes ``eller``).

Otherwise the hyphen only broke the line and goes (``bemærk-`` + ``ninger``). A short
first element is no evidence by itself: Danish hyphenation breaks after two letters
(``ud-valg``, ``be-slutning``, ``op-gaver``, ``af-gørelse``), nor is the second element
standing alone elsewhere (``valg``).

A line that ends inside a web or e-mail address (a token starting ``http://``,
``https://`` or ``www.``, or holding ``@``) joins the next line without a space when that
line goes on with the address: the address broke after a character no address ends in
(``/`` excepted: ``@ . - _ = & ? # % ~``; after ``.`` not before a capital, which starts a
sentence), or the next line's first token looks like more of an address (``kkr/nord``,
``kl.dk``, ``.pdf``). A new address on the next line is a new token.

A bullet glued to its text at the start of a line (``−Praksisplan``, some fonts set it so)
gets its space and makes the line a list item; a dash before a digit (``−2``) is a sign.

A space before a hyphen inside a word (``re - gionsråd``, also from ``re -`` + ``gionsråd``)
goes when the document writes the word unbroken (``regionsråd``, or ``KKR-formandskaberne``
for ``KKR - formandskaberne``); a dash between words stays (``el - og gaskunder``,
``2022 - 2025``, ``A - B``, ``til - erhvervsfremmesystemet``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from kkr_desk.domain.addresses import REACH as _REACH
from kkr_desk.domain.addresses import continues_address, hyphenated_in_address
from kkr_desk.domain.document import PART_HEADINGS, Line

MARKER = "./."
_LIST_ITEM = re.compile(r"^(?:[–−\-•▪●◦*]\s|\d{1,2}[.)]\s+\S|[a-zæøå][.)]\s+\S)")
# Both start only at the start of a word (the look-behind): a failed attempt at a word's
# first letter would fail at every later letter too, and trying them all is quadratic in
# the word's length (13 s for one 40,000-letter word).
_HYPHENATED = re.compile(r"(?<!\w)(\w++)-(\w++)")
_LAST_WORD = re.compile(r"(?<!\w)(\w++)-$")
_FIRST_WORD = re.compile(r"^(\w+)")
# Words standing alone: not touching a hyphen (a line's last "word-" is half a word).
_PLAIN_WORD = re.compile(r"(?<![\w-])\w++(?!-)")
# "word - word" inside a paragraph: the right word is only looked at, so that a dash after
# it can be tried next; from word starts only, like the rules above.
_SPACED_HYPHEN = re.compile(r"(?<!\w)(\w++) - (?=(\w++))")
_GLUED_BULLET = re.compile(r"^(?:[–−](?=[^\W\d_])|[•▪●◦](?=\S))")
_BULLETS = "–−•▪●◦"  # the first characters _GLUED_BULLET looks at
_ATTACHMENT_PREFIX = re.compile(r"^bilag\s*\d*\s*:\s*", re.IGNORECASE)
# A word of small letters, then " -" at the line end.
_SPACED_BREAK = re.compile(r"(?<![\w-])([a-zæøå]{2,}+) -$")
# Words that stand before a dash set between words ("opbakning til - erhvervsfremme"):
# after them " -" is a dash, not a broken word's hyphen.
_SMALL_WORDS = frozenset(
    {
        "af",
        "at",
        "de",
        "den",
        "der",
        "det",
        "eller",
        "en",
        "er",
        "et",
        "for",
        "fra",
        "har",
        "i",
        "ikke",
        "kan",
        "med",
        "men",
        "og",
        "om",
        "på",
        "samt",
        "skal",
        "som",
        "så",
        "til",
        "var",
        "vil",
        "blev",
    }
)
# Words after which a trailing hyphen is a suspended compound ("anlægs- og bygge...").
_CONJUNCTIONS = frozenset({"og", "eller", "samt"})
# Lowercase abbreviations with a vowel used as the head of a compound (``el-biler``,
# ``it-systemer``); those without a vowel (tv, pc, sms, cpr) need no list. None of them
# is a syllable Danish hyphenation leaves at a line's end, save in the words below.
_ABBREVIATIONS = frozenset({"el", "it", "ikt", "edb", "dna", "usb", "adhd", "ekg"})
_NOT_COMPOUNDS = frozenset({"eller", "ellers", "elleve"})
_VOWELS = frozenset("aeiouyæøåéèêáàâäöüíóú")
_LONGEST_BARE = 5  # letters in an abbreviation without a vowel
# Web and e-mail addresses broken over lines.


# "2. Titel", or with outline numbers that have no dot, "2  Titel" (and "2.1  Titel").
SECTION_RE = re.compile(r"^(\d{1,2})(?:\.\s*|\s+)([^\d\s].*)$")
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
    """Fold runs of white space into one space and strip the ends (``str.split`` splits
    at exactly the characters ``\\s`` matches, and is several times faster)."""
    return " ".join(text.split())


def is_list_item(text: str) -> bool:
    return bool(_LIST_ITEM.match(text))


def hyphen_vocabulary(texts: Iterable[str]) -> frozenset[str]:
    """The words that stand unbroken inside a line somewhere in the document, folded:
    the hyphenated ones (``netto-nul``: a line-break hyphen between the two stays) and the
    plain ones (``regionsråd``: evidence that two pieces are one word). A plain word holds
    no hyphen, so the two kinds never meet."""
    # Each text is searched on its own (no match takes in the line break between two),
    # so a text that comes again adds nothing: it is searched once.
    joined = "\n".join(set(texts))
    words = {f"{a}-{b}".casefold() for a, b in _HYPHENATED.findall(joined)}
    words.update(word.casefold() for word in _PLAIN_WORD.findall(joined))
    return frozenset(words)


def join_lines(left: str, right: str, keep: frozenset[str] = frozenset()) -> str:
    """Join two wrapped lines of one paragraph, undoing line-break hyphenation."""
    row = _Row(left)
    row.add(right, keep)
    return close_spaced_hyphens(row.text(), keep)


def unglue_bullet(text: str) -> str:
    """``'−Praksisplan'`` → ``'− Praksisplan'``; a sign before a digit stays (``−2``)."""
    if text[:1] not in _BULLETS:  # (most lines: no bullet to look at)
        return text
    return _GLUED_BULLET.sub(lambda m: m.group(0) + " ", text, count=1)


def close_spaced_hyphens(text: str, keep: frozenset[str]) -> str:
    """``re - gionsråd`` → ``regionsråd`` where ``keep`` (:func:`hyphen_vocabulary`) holds
    the word unbroken, or with its hyphen; every other dash between spaces stays."""
    if not keep or " - " not in text:
        return text

    def close(match: re.Match[str]) -> str:
        left, right = match.group(1), match.group(2)
        if (
            len(left) < 2
            or not left.isalpha()
            or not right[0].isalpha()
            or not right[0].islower()
            or right.casefold() in _CONJUNCTIONS
        ):
            return match.group(0)
        if f"{left}{right}".casefold() in keep:
            return left
        if f"{left}-{right}".casefold() in keep:
            return left + "-"
        return match.group(0)

    return _SPACED_HYPHEN.sub(close, text)


def _abbreviation(before: str, after: str, keep: frozenset[str]) -> bool:
    """``before`` is written as the letters of an abbreviation (``e``, ``tv``, ``el``) and
    ``before + after`` is no word of its own (``eller``)."""
    if not before.isalpha():
        return False
    head = before.casefold()
    bare = len(head) <= _LONGEST_BARE and _VOWELS.isdisjoint(head)
    if not (len(head) == 1 or bare or head in _ABBREVIATIONS):
        return False
    word = head + after.casefold()
    return word not in keep and word not in _NOT_COMPOUNDS


class _Row:
    """A paragraph row being joined line by line. Only its tail (``tail``, at most
    ``2 * _REACH`` characters after each line) is ever looked at or copied again; the text
    before it is set aside in ``done``: re-joining the growing text at every line would be
    quadratic.

    ``plain``: the row's last word (all the join rules look at) holds no hyphen at its
    end and nothing of an address (``_address_like``), so the next line only needs a space
    (most joins: the rules are skipped)."""

    __slots__ = ("done", "plain", "tail")

    def __init__(self, text: str = "") -> None:
        self.done: list[str] = []
        self.tail = text
        self.plain = _plain_end(text)

    def text(self) -> str:
        return "".join([*self.done, self.tail])

    def add(self, right: str, keep: frozenset[str]) -> None:
        if right:
            if not self.tail:
                joint = right
            elif self.plain:
                joint = " " + right  # what _joint says here, without asking
            else:
                joint = self._joint(right, keep)  # may drop a hyphen
            # The last word lies in ``right`` when a space comes before it (in the joint).
            self.plain = (  # _plain_end(right), inline: once per line
                not (
                    right.endswith("-")
                    or "@" in right
                    or "://" in right
                    or "w." in right
                    or "W." in right
                )
                and (joint is not right or " " in right)
            )
            self.tail += joint
            if len(self.tail) > 2 * _REACH:
                self.done.append(self.tail[:-_REACH])
                self.tail = self.tail[-_REACH:]

    def _joint(self, right: str, keep: frozenset[str]) -> str:
        """What follows the row's current text: ``right``, with or without a space; the
        row's trailing hyphen is dropped where it only broke the line."""
        left = self.tail[-_REACH:]
        # (continues_address looks at the last word only: most have no address in them)
        if _address_like(left[left.rfind(" ") + 1 :]) and continues_address(left, right):
            if left.endswith("-") and hyphenated_in_address(left, right, keep):
                self.tail = self.tail[:-1]  # ".../el-infra-" + "struktur/": hyphenation
            return right  # "https://www.kl.dk/" + "kkr/nordjylland"
        spaced = left.endswith(" -") and _SPACED_BREAK.search(left)
        if spaced and spaced.group(1) not in _SMALL_WORDS and _broken_word(right):
            # Justified text set the hyphen of a broken word apart ("reste -" + "rende"):
            # read it as "reste-", then as any line-end hyphen.
            self.tail = self.tail[:-2] + "-"
            left = self.tail[-_REACH:]
        if not left.endswith("-") or left.endswith(" -"):
            return " " + right
        # The word before the hyphen, looked for in the last run of non-space characters
        # only (a word holds no white space; searching all of ``left`` costs more than
        # the rest of the join).
        token = left.rsplit(None, 1)[-1]
        tail = _LAST_WORD.search(token)
        head = _FIRST_WORD.match(right)
        if tail is None or head is None:
            return right if head is not None else " " + right
        before, after = tail.group(1), head.group(1)
        if tail.start() == 0 and len(token) == len(left) == _REACH:
            before = ""  # longer than any word: only the word after counts
        if after.casefold() in _CONJUNCTIONS:
            return " " + right  # "anlægs-" + "og byggeopgaver"
        if (
            (before.isupper() and len(before) > 1)  # KKR-, SOSU-, DK-
            or before.isdigit()
            or after[0].isdigit()  # DK-2020
            or after[0].isupper()
            or (before and f"{before}-{after}".casefold() in keep)  # written so elsewhere
            or _abbreviation(before, after, keep)  # e-mail, tv-, el-, it-
        ):
            return right
        self.tail = self.tail[:-1]
        return right


def _broken_word(right: str) -> bool:
    """``right`` carries on a word: it starts with a small letter and its first word is
    no conjunction ("el -" + "og gaskunder" is a suspended compound)."""
    head = _FIRST_WORD.match(right)
    return (
        head is not None
        and head.group(1)[0].islower()
        and head.group(1).casefold() not in _CONJUNCTIONS
    )


@dataclass(slots=True)
class Body:
    text: str
    attachments: list[str]


def assemble(lines: Sequence[Line], keep: frozenset[str] = frozenset()) -> Body:
    """Turn the content lines of one part into its text and attachments.

    Furniture lines are skipped; the clerk's corrections are used where present.
    """
    paragraphs: list[list[_Row]] = []  # each paragraph: its visual rows (list items apart)
    closed = False  # the paragraph so far takes no more lines
    starts_marked: list[bool] = []
    line_counts: list[int] = []
    for line in lines:
        if line.furniture:
            continue
        text = line.text if line.corrected is None else line.corrected  # line.content
        # clean(), inline, and only where it changes the text: printable text holds no
        # white space but the plain space (most lines come folded from the parser)
        if not text.isprintable() or "  " in text or text[:1] == " " or text[-1:] == " ":
            text = " ".join(text.split())
        if not text:
            continue
        marked = text.startswith(MARKER)
        if marked:
            text = text[len(MARKER) :].strip()
        if text[:1] in _BULLETS:
            text = unglue_bullet(text)
        if not paragraphs or line.gap_before or marked or closed:
            paragraphs.append([_Row(text)])
            starts_marked.append(marked)
            line_counts.append(1)
            # "./. Bilag: …" names an attachment on its own line, whatever follows it
            # (text without gap marks sets no gap after it).
            closed = marked and bool(_ATTACHMENT_PREFIX.match(text))
            continue
        rows = paragraphs[-1]
        line_counts[-1] += 1
        if _LIST_ITEM.match(text):  # is_list_item(), inline
            rows.append(_Row(text))
        else:
            rows[-1].add(text, keep)
    out: list[str] = []
    attachments: list[str] = []
    for row_parts, marked, count in zip(paragraphs, starts_marked, line_counts, strict=True):
        texts = [close_spaced_hyphens(row.text(), keep) for row in row_parts]
        if marked and count == 1 and not texts[0].endswith("."):
            name = _ATTACHMENT_PREFIX.sub("", texts[0]).strip()
            if name:
                attachments.append(name)
            continue
        texts = [text for text in texts if text]
        if texts:
            out.append("\n".join(texts))
    return Body("\n\n".join(out), attachments)


def _plain_end(text: str) -> bool:
    """A row ending in ``text`` (its last word within it) joins the next line with a
    plain space: no hyphen at its end and nothing of an address (``_address_like``)."""
    return not (text.endswith("-") or "@" in text or "://" in text or "w." in text or "W." in text)


def _address_like(text: str) -> bool:
    """``text`` may hold a web or e-mail address: ``@``, ``://`` or ``w.`` (of ``www.``,
    any case), as every address ``continues_address`` reads has (plain ``in`` tests: a
    case-blind regular expression would cost more than the rules it spares)."""
    return "@" in text or "://" in text or "w." in text or "W." in text


def title_from(lines: Sequence[Line], keep: frozenset[str] = frozenset()) -> str:
    """A heading's title from its wrapped lines."""
    title = _Row()
    for line in lines:
        title.add(clean(line.content), keep)
    return close_spaced_hyphens(title.text(), keep)
