"""Decision tags: the vocabulary and the suggestion from a part's Danish text."""

from __future__ import annotations

import re


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate knows
    """Marks ``text`` for Qt's lupdate (make translations reads this file) without
    importing Qt: the window translates the label in ``context`` when it shows it."""
    return text


# The vocabulary, in order, with the clerk's (English source) word for each tag. The tag
# buttons, their shortcuts (1, 2, …), the export schema's enum and the translations
# follow this table: a new tag is one line here, its Danish label in
# packaging/translations_da.py, and its phrases in ``_PATTERNS``.
LABELS: dict[str, str] = {
    "approved": QT_TRANSLATE_NOOP("tags", "Approved"),
    "noted": QT_TRANSLATE_NOOP("tags", "Noted"),
    "discussed": QT_TRANSLATE_NOOP("tags", "Discussed"),
    "appointed": QT_TRANSLATE_NOOP("tags", "Appointed"),
    "recommended": QT_TRANSLATE_NOOP("tags", "Recommended"),
    "postponed": QT_TRANSLATE_NOOP("tags", "Postponed"),
    "rejected": QT_TRANSLATE_NOOP("tags", "Rejected"),
}
TAGS = tuple(LABELS)

_W = r"(?<![\wæøå])"  # start of a word
_NEGATED_APPROVAL = re.compile(
    _W + r"(?:ikke\s+(?:blevet\s+)?godkend\w*|godkend(?:t|te|er|es)\s+ikke)", re.IGNORECASE
)
_PATTERNS: dict[str, re.Pattern[str]] = {
    "approved": re.compile(
        _W + r"(?:godkend(?:t|te|er|es|e|else)\b|tiltr(?:å|aa)d(?:t|te)\b|tiltræder\b"
        r"|tilslut(?:tede|ter)\s+sig\b|vedt(?:og|aget|ages)\b)",
        re.IGNORECASE,
    ),
    "noted": re.compile(
        _W + r"(?:(?:til\s+(?:\w+\s+og\s+)?)efterretning\b|orientering(?:en)?\b|orienterede\b)",
        re.IGNORECASE,
    ),
    "discussed": re.compile(_W + r"drøft(?:ede|et|er|es|else|elsen)\b", re.IGNORECASE),
    "appointed": re.compile(
        _W + r"(?:udpeg(?:et|ede|er|es|ning)\b|(?:blev|er|blive)\s+valgt\b|valgte\b)",
        re.IGNORECASE,
    ),
    "recommended": re.compile(_W + r"anbefal(?:er|ede|et|es|ing)\b", re.IGNORECASE),
    "postponed": re.compile(_W + r"(?:udsat|udsættes|udskudt|udskydes)\b", re.IGNORECASE),
    "rejected": re.compile(
        _W + r"(?:afvist|afviste|afvises|ikke\s+(?:blevet\s+)?godkend\w*|godkend\w*\s+ikke)\b",
        re.IGNORECASE,
    ),
}


def decision_tags(text: str) -> list[str]:
    """The tags whose phrases occur in ``text``, in vocabulary order."""
    if not text:
        return []
    found = []
    without_negation = _NEGATED_APPROVAL.sub(" ", text)
    for tag in TAGS:
        source = without_negation if tag == "approved" else text
        pattern = _PATTERNS.get(tag)  # a tag without phrases is only set by the clerk
        if pattern is not None and pattern.search(source):
            found.append(tag)
    return found


_SENTENCE_END = re.compile(r"(?<=[.!?:])\s+|\n+")
# The council as actor ("KKR Nordjylland godkendte …"), not a compound like "KKR-møde".
_COUNCIL = re.compile(r"(?<![\w-])KKR(?![\w-])")
_PARAGRAPH = re.compile(r"\n\s*\n")
_APART = "\x00"  # neither a word character nor white space
_REPORT = re.compile(r"(?<!\w)(?:orienterede|redegjorde|fortalte|oplyste|informerede)\b", re.I)
# A decision in the passive ("… blev drøftet", "… blev taget til efterretning") in the
# minutes' Beslutning is the council's own, whoever else the sentence names.
_PASSIVE = re.compile(
    r"(?<!\w)blev\s+(?:\w+\s+){0,2}?(?:godkendt|drøftet|taget|udsat|afvist|anbefalet|udpeget|valgt|vedtaget|tiltrådt)\b",
    re.IGNORECASE,
)


def decided(text: str) -> list[str]:
    """Tags of what the council itself decided: phrases in the opening sentence, in a
    sentence naming the council, or in a passive sentence ("… blev drøftet") of a
    paragraph that is not someone's report ("X orienterede om, at …"). Reports of what
    others discussed elsewhere do not count."""
    focus: list[str] = []
    for number, paragraph in enumerate(p for p in _PARAGRAPH.split(text.strip()) if p.strip()):
        sentences = [s for s in _SENTENCE_END.split(paragraph.strip()) if s.strip()]
        report = bool(_REPORT.search(sentences[0]))
        for at, sentence in enumerate(sentences):
            opening = number == 0 and at == 0
            passive = not report and _PASSIVE.search(sentence)
            if opening or _COUNCIL.search(sentence) or passive:
                focus.append(sentence)
    # One search over the sentences joined by a character no phrase can span (they are
    # words and white space): the tags of each sentence, found at once.
    found = set(decision_tags(_APART.join(focus)))
    return [tag for tag in TAGS if tag in found]


def suggest(decision: str | None, proposal: str | None) -> list[str]:
    """Suggest tags from a ``Beslutning`` text, falling back to the ``Indstilling``.

    No ``Beslutning`` part (an agenda) means no suggestion at all.
    """
    if decision is None:
        return []
    return decided(decision) or decision_tags(proposal or "")
