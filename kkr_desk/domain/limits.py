"""The longest value each bounded text field of the archive holds, checked in the domain.

PostgreSQL refuses a value longer than its ``VARCHAR(n)`` column (an error in the middle
of a write); SQLite stores it silently. So the limits are checked here, before anything
is written, and the same edit or file is refused the same way on both. The store's
``String(n)`` columns must match this table (a test compares them).
"""

from __future__ import annotations

from pathlib import PurePosixPath

from kkr_desk.domain.document import Document

# (table, column): the most characters it holds.
COLUMNS: dict[tuple[str, str], int] = {
    ("meeting", "body"): 64,
    ("meeting", "kind"): 16,
    ("meeting", "source_name"): 255,
    ("meeting", "source_sha256"): 64,
    ("meeting", "deleted_by"): 64,
    ("node", "kind"): 8,
    ("node", "number"): 16,
    ("node", "heading"): 64,
    ("node", "case_number"): 32,
    ("node", "review_status"): 10,
    ("decision_tag", "tag"): 16,
    ("decision_tag", "origin"): 10,
    ("edit", "user"): 64,
}

# A node's free-text fields with a limit, and how a message names them.
NODE_FIELDS: dict[str, str] = {
    "number": "the number",
    "heading": "the part heading",
    "case_number": "the case number",
}
MEETING_FIELDS: dict[str, str] = {"body": "the council", "kind": "the kind"}

ELLIPSIS = "…"


class LimitError(ValueError):
    """A value is longer than the archive can hold."""


def limit(table: str, column: str) -> int:
    return COLUMNS[(table, column)]


def check(
    table: str,
    column: str,
    value: str | None,
    what: str,
    error: type[Exception] = LimitError,
) -> None:
    """Raise ``error`` naming ``what`` when ``value`` is too long for the column."""
    most = limit(table, column)
    if value is not None and len(value) > most:
        raise error(f"{what} may be at most {most} characters (it has {len(value)})")


def check_text(value: str | None, what: str, error: type[Exception] = LimitError) -> None:
    """Text the archive can store: no NUL character (PostgreSQL's text cannot hold one;
    SQLite would), nothing that is not Unicode text (a lone surrogate cannot be stored
    as UTF-8 in either)."""
    if value is None:
        return
    if "\x00" in value:
        raise error(f"{what} may not contain a NUL character")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise error(f"{what} holds characters that are not text") from None


def check_node_field(field: str, value: object, error: type[Exception] = LimitError) -> None:
    """Check a value for a node's field (the edits raise their EditError)."""
    values = value if isinstance(value, list) else [value]
    for one in values:
        if isinstance(one, str):
            check_text(one, f"the {field.replace('_', ' ')}", error)
    if field in NODE_FIELDS and isinstance(value, str):
        check("node", field, value, NODE_FIELDS[field], error)


def check_document(doc: Document) -> None:
    """Every bounded field of a document (as parsed, before it is stored) fits."""
    for field, what in MEETING_FIELDS.items():
        check("meeting", field, getattr(doc.meeting, field), what)
    for node in doc.walk():
        for field, what in NODE_FIELDS.items():
            check("node", field, getattr(node, field), f"{what} of the {node.kind.value}")
    texts = "\n".join([line.text for line in doc.lines])
    try:  # all at once; line by line only to name the first that fails
        check_text(texts, "")
    except LimitError:
        for line in doc.lines:
            check_text(line.text, f"line {line.index + 1} (page {line.page})")


def fit_source_name(name: str) -> str:
    """A file name shortened to fit ``meeting.source_name``: the end of the stem gives way
    to an ellipsis, the extension is kept (``…rapport.pdf`` stays recognisable)."""
    most = limit("meeting", "source_name")
    if len(name) <= most:
        return name
    suffix = PurePosixPath(name).suffix
    if len(suffix) > 16:  # not an extension, just a dot in a long name
        suffix = ""
    stem = name[: len(name) - len(suffix)]
    return stem[: most - len(ELLIPSIS) - len(suffix)] + ELLIPSIS + suffix
