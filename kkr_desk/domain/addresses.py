"""Web and e-mail addresses broken over lines: joined without a space, and a hyphen
that only broke the line taken out, on the evidence of the rest of the document."""

from __future__ import annotations

import re

_ADDRESS_PART = re.compile(r"[/.:@?=&#\s]")
_ADDRESS_START = re.compile(r"(?:https?://|ftp://|www\.)", re.IGNORECASE)
_ADDRESS_OPENERS = "(<[«\"'“‘"
_ADDRESS_BREAKS = frozenset("@.-_=&?#%~")  # an address goes on after these
_ADDRESS_INNER = re.compile(r"[^/@?=&#%_]*+[/@?=&#%_]")
_SENTENCE_END = ".,;:!?)]}»\"'”’>"
# How far back a line break looks for the word before its hyphen (with the hyphen and the
# character before the word), here and in kkr_desk.domain.text. A longer "word" is no
# acronym, number, vocabulary word or address: its hyphen goes. It bounds the work of each
# join, so a paragraph of many lines stays linear.
REACH = 1002


def continues_address(left: str, right: str) -> bool:
    """``left`` ends inside a web or e-mail address that ``right`` goes on with."""
    start = left.rfind(" ") + 1
    if start == 0 and len(left) >= REACH:
        return False  # the token began out of sight: no address is that long
    token = left[start:].lstrip(_ADDRESS_OPENERS)
    if not token or not (_ADDRESS_START.match(token) or "@" in token):
        return False
    end = right.find(" ")
    head = right if end < 0 else right[:end]
    if not head or _ADDRESS_START.match(head):
        return False  # a new address
    last = token[-1]
    if last in _ADDRESS_BREAKS:
        return last != "." or head[0].islower() or head[0].isdigit()
    if last != "/" and last in _SENTENCE_END:
        return False
    if head[0] in "./" and len(head) > 1 and head[1].isalnum():
        return True  # ".dk", "/kkr"
    if _ADDRESS_INNER.match(head):
        return True  # "kkr/nordjylland", "side?id=3"
    name, dot, ext = head.rstrip(_SENTENCE_END).rpartition(".")
    return bool(dot) and 2 <= len(ext) <= 5 and ext.isalpha() and len(name.split(".")[0]) >= 2


def hyphenated_in_address(left: str, right: str, keep: frozenset[str]) -> bool:
    """The hyphen ending ``left`` inside an address only broke the line: the address part
    it stands in is written elsewhere in the document without it (``el-infra-`` +
    ``struktur/…`` where the document writes ``el-infrastruktur``), not with it."""
    segment = _ADDRESS_PART.split(left)[-1]
    head = _ADDRESS_PART.split(right, maxsplit=1)[0]
    if not segment[:-1] or not head:
        return False
    joined = f"{segment[:-1]}{head}".casefold()
    return joined in keep and f"{segment}{head}".casefold() not in keep
