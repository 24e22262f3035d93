"""The words exports use for the archive's codes, in English and Danish: decision tags,
whether tags are confirmed, review status, flag, yes/no cells, and the column headers of the table
exports (CSV, Excel). The window translates its own texts with Qt; exports run without
Qt (the command line), so their words live here, and tests/unit/domain/test_labels.py
checks that the Danish tag labels are the window's.

``label(kind, code, language)`` is the one lookup; a code without a word is itself.
"""

from __future__ import annotations

from kkr_desk.domain import tags

LANGUAGES = ("en", "da")

TAG_DA: dict[str, str] = {
    "approved": "Godkendt",
    "noted": "Taget til efterretning",
    "discussed": "Drøftet",
    "appointed": "Udpeget",
    "recommended": "Anbefalet",
    "postponed": "Udsat",
    "rejected": "Afvist",
}

# The months' names (the parser reads Danish dates with them; the report writes dates).
_DA_MONTHS = "januar februar marts april maj juni juli august september oktober november december"
_EN_MONTHS = "January February March April May June July August September October November December"
MONTHS: dict[str, tuple[str, ...]] = {
    "da": tuple(_DA_MONTHS.split()),
    "en": tuple(_EN_MONTHS.split()),
}

_WORDS: dict[str, dict[str, tuple[str, str]]] = {  # kind -> code -> (English, Danish)
    "tag": {t: (tags.LABELS[t], TAG_DA[t]) for t in tags.TAGS},
    "tags_state": {
        "confirmed": ("confirmed", "bekræftet"),
        "suggested": ("suggested", "foreslået"),
        "none": ("", ""),
    },
    "review": {
        "unreviewed": ("not reviewed", "ikke gennemgået"),
        "reviewed": ("reviewed", "gennemgået"),
    },
    "flag": {"true": ("flagged", "markeret"), "false": ("", "")},
    "bool": {"true": ("yes", "ja"), "false": ("no", "nej")},  # a yes/no column's cells
    "kind": {"dagsorden": ("agenda", "dagsorden"), "referat": ("minutes", "referat")},
    "column": {
        "meeting_id": ("Meeting id", "Møde-id"),
        "body": ("Council", "Råd"),
        "date": ("Date", "Dato"),
        "kind": ("Document", "Dokument"),
        "section_number": ("Section no.", "Afsnit nr."),
        "section_title": ("Section", "Afsnit"),
        "item_id": ("Item id", "Punkt-id"),
        "item_number": ("Item no.", "Punkt nr."),
        "item_title": ("Item", "Punkt"),
        "case_number": ("Case number", "Sagsnummer"),
        "case_handlers": ("Handlers", "Sagsbehandlere"),
        "first_page": ("First page", "Første side"),
        "last_page": ("Last page", "Sidste side"),
        "baggrund": ("Background (Baggrund)", "Baggrund"),
        "indstilling": ("Recommendation (Indstilling)", "Indstilling"),
        "sagsfremstilling": ("Case presentation (Sagsfremstilling)", "Sagsfremstilling"),
        "beslutning": ("Decision (Beslutning)", "Beslutning"),
        "program": ("Programme (Program)", "Program"),
        "tekst": ("Text", "Tekst"),
        "attachments": ("Attachments", "Bilag"),
        "decision_tags": ("Decision tags", "Beslutningsmærker"),
        "decision_tags_confirmed": ("Tags confirmed", "Mærker bekræftet"),
        "review_status": ("Review", "Gennemgang"),
        "flagged": ("Flagged", "Markeret"),
        "note": ("Note", "Note"),
        "pages": ("Pages", "Sider"),
        "items": ("Items", "Punkter"),
        "source_name": ("File", "Fil"),
        "participants": ("Participants", "Deltagere"),
        "absent": ("Absent", "Afbud"),
    },
}


def label(kind: str, code: str, language: str = "en") -> str:
    """The word for ``code`` (a tag, a review status, a column, …) in ``language``."""
    if language not in LANGUAGES:
        raise ValueError(f"unknown label language {language!r}; choose en or da")
    words = _WORDS[kind].get(code)
    return code if words is None else words[LANGUAGES.index(language)]


def tag_labels(codes: list[str], language: str = "en") -> list[str]:
    """Decision tags as words, in the vocabulary's order."""
    return [label("tag", t, language) for t in tags.TAGS if t in codes]
