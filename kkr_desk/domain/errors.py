"""Error codes: an error a clerk may see carries a stable ``code`` and its ``params``.

Each family of errors (the edits' ``EditError`` here, ``ParseError`` in parse/errors.py,
``ArchiveError`` and ``DuplicateMeetingError`` in the store) has a table of English
templates, ``code -> "{node} has nothing before it to merge with"``. The English text
(``str(exc)``: the command line and the log) is what the raising site writes; ``code``
and ``params`` are recognised from it against the family's templates, so the text and
the code cannot drift apart (a text no template matches has the code ``"other"``, and
tests/unit/domain/test_errors.py fails on any raising site whose text matches none).
The window translates by code (kkr_desk/ui/messages.py); the CLI prints the English.
"""

from __future__ import annotations

import functools
import re
from typing import ClassVar

OTHER = "other"  # no template matches: params {"text": the English message}

Templates = dict[str, str]


@functools.cache
def _pattern(template: str) -> re.Pattern[str]:
    parts = re.split(r"\{(\w+)\}", template)
    regex = "".join(
        f"(?P<{part}>.+?)" if i % 2 else re.escape(part) for i, part in enumerate(parts)
    )
    return re.compile(f"{regex}", re.DOTALL)


def recognise(templates: Templates, message: str) -> tuple[str, dict[str, str]]:
    """The code of the first template ``message`` fits, and the values of its fields."""
    for code, template in templates.items():
        found = _pattern(template).fullmatch(message)
        if found is not None:
            return code, found.groupdict()
    return OTHER, {"text": message}


class Coded:
    """Mixin for an exception: ``code`` and ``params`` of its English text. An error that
    knows them better (structured fields, a code of its own) sets them."""

    TEMPLATES: ClassVar[Templates] = {}

    @property
    def code(self) -> str:
        given = self.__dict__.get("_code")
        return given if isinstance(given, str) else recognise(self.TEMPLATES, str(self))[0]

    @code.setter
    def code(self, value: str) -> None:
        self.__dict__["_code"] = value

    @property
    def params(self) -> dict[str, object]:
        given = self.__dict__.get("_params")
        if isinstance(given, dict):
            return dict(given)
        return dict(recognise(self.TEMPLATES, str(self))[1])

    @params.setter
    def params(self, value: dict[str, object]) -> None:
        self.__dict__["_params"] = dict(value)


# What an edit (and the store's refusal of one) says. ``{node}`` is a node's label as
# edits.py writes it: "section 3", "item 3.2", "part 'Beslutning'".
EDIT_TEMPLATES: Templates = {
    "no_node": "there is no node {node_id} in this meeting",
    "no_lines": "{node} would be left without lines",
    "front_split": "the front matter cannot be split",
    "split_outside": "line {line} is not inside {node} after its first line",
    "nothing_before": "{node} has nothing before it to merge with",
    "starts_there": "{node} already starts at line {line}",
    "nothing_stands_before": "nothing stands before {node} to take or give lines",
    "out_of_reach": "line {line} is outside what {node} can reach",
    "front_not_heading": "front matter is not a heading",
    "not_inside_kind": "line {line} is not inside any {kind}",
    "already_opens": "line {line} already opens {node}",
    "not_stored": "{node} is not stored yet",
    "not_in_stored_item": "{node} is not inside a stored item",
    "cannot_become": "{node} cannot become a {kind}",
    "no_section_before": "{node} has no section before it to join",
    "no_item_before": "{node} has no item before it to join",
    "no_field": "{node} has no field {fields}",
    "not_part_heading": "'{value}' is not a part heading",
    "no_line": "there is no line {line}",
    "not_item": "{node} is not an item",
    "unknown_tag": "unknown decision tag {tags}",
    "unknown_status": "unknown review status '{status}'",
    "too_long": "{what} may be at most {most} characters (it has {count})",
    "nul": "{what} may not contain a NUL character",
    "not_text": "{what} holds characters that are not text",
    "in_trash": "meeting {meeting} is in the trash: restore it first",
    "not_in_trash": "meeting {meeting} is not in the trash",
    "earlier_version": (
        "meeting {meeting} is an earlier version of meeting {newer}: undo its re-import instead"
    ),
    "not_earlier_version": "meeting {version} is not an earlier version of meeting {meeting}",
    "same_file_as": "the same file is in the archive as meeting {meeting}",
    "conflict": "the meeting was changed meanwhile by {who} ({what}): {reason}",
    "breaks_structure": "{operation} would break the structure: {detail}",
    "stale": "the meeting has changed since: this step cannot be undone",
    "no_meeting": "there is no meeting {meeting} in the archive",
}


class EditError(Coded, ValueError):
    """The operation does not fit the document as it is."""

    TEMPLATES = EDIT_TEMPLATES
