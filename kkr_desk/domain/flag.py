"""The flag for follow-up as an edit operation: apart from the review status (an item can
be reviewed and flagged), and apart from ``edits`` to keep that module a readable size."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from kkr_desk.domain.document import Document
from kkr_desk.domain.edits import Operation, _item


@dataclass(frozen=True)
class SetFlag(Operation):
    """Flag an item for follow-up, or take the flag off; its review status stays."""

    name: ClassVar[str] = "set_flag"
    node: int
    flagged: bool

    def apply(self, doc: Document) -> None:
        _item(doc, self.node).flagged = bool(self.flagged)
