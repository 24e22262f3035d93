"""Import files into the archive: the one use case behind ``kkr-desk import`` and the
window's Open/drop.

Each file is read once (the bytes parsed are the bytes hashed and stored), parsed, and
stored in one transaction. What happens to a file of a meeting that is in the archive
already is decided by ONE rule, here: the file is classified —

* ``SAME_FILE``: exactly these bytes are meeting N (found before parsing);
* ``ANOTHER_FILE``: another file of meeting N (the same council, date and kind; found
  by the store when it tries to import it as new);
* a damaged PDF (``DamagedPdfError`` from the parser) —

and the caller's ``ImportPolicy`` says what to do: re-import it as N's new version
(``REPLACE``), keep it as a meeting of its own (``AS_NEW``, another file only), keep N as
it is (``KEEP``: the window then opens N) or refuse (``REFUSE``: the store's error, naming
the meeting, is the file's result); and whether to import a damaged PDF as far as it can
be read. The CLI answers from its flags, the window from the clerk's answers.

Progress is told through a callback; a ``cancelled`` check runs between files and
between the pages of a PDF, and a cancelled file stores nothing.
"""

from __future__ import annotations

import enum
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from kkr_desk.domain.cancel import CancelCheck, Cancelled, check
from kkr_desk.domain.document import Document
from kkr_desk.parse import ParseError, parse_bytes, read_source
from kkr_desk.parse.errors import DamagedPdfError
from kkr_desk.store.archive import Archive, DuplicateMeetingError
from kkr_desk.store.lifecycle import ImportReport, SameMeetingError, import_meeting

log = logging.getLogger("kkr_desk.app")

# What a file's failure may be; anything else is a fault and propagates.
FAILURES = (ParseError, DuplicateMeetingError, OSError, ValueError)


class Found(enum.Enum):
    SAME_FILE = "same file"  # these very bytes are meeting N
    ANOTHER_FILE = "another file"  # another file of meeting N (same council, date, kind)


class Decision(enum.Enum):
    REPLACE = "replace"  # import as the meeting's new version, carrying the clerk's work
    AS_NEW = "as new"  # another file: a meeting of its own
    KEEP = "keep"  # leave the meeting as it is (its id is the file's result)
    REFUSE = "refuse"  # the file fails, the store's message naming the meeting


@dataclass(frozen=True)
class Duplicate:
    """A file of a meeting in the archive already."""

    name: str  # the file's name
    found: Found
    meeting_id: int


@dataclass
class ImportPolicy:
    """What to do with a file of an archived meeting, and with a damaged PDF. The fields
    answer every file the same (the CLI's flags); a subclass may ask instead (the window
    asks the clerk). ``accept_damaged`` parses accepting damage right away."""

    replace: bool = False
    as_new: bool = False
    accept_damaged: bool = False

    def duplicate(self, found: Duplicate) -> Decision:
        if self.replace:
            return Decision.REPLACE
        if self.as_new and found.found is Found.ANOTHER_FILE:
            return Decision.AS_NEW
        return Decision.REFUSE

    def damaged(self, name: str, error: DamagedPdfError) -> bool:
        """Import ``name`` anyway, as far as it can be read?"""
        return self.accept_damaged


@dataclass(frozen=True)
class Step:
    """Where an import is: file ``index`` (0-based) of ``files``, ``page`` of ``pages``
    of it (0 of 0 before it is opened)."""

    index: int
    files: int
    name: str
    page: int = 0
    pages: int = 0

    @property
    def fraction(self) -> float:
        """How much of the whole import is done, 0 … 1."""
        within = self.page / self.pages if self.pages else 0.0
        return (self.index + within) / max(self.files, 1)


@dataclass
class FileResult:
    """One file's outcome: a meeting (imported, re-imported, or kept as it was) or an
    error (a ``FAILURES`` instance, or ``Cancelled``)."""

    path: Path
    meeting_id: int | None = None
    report: ImportReport | None = None
    doc: Document | None = None
    kept: bool = False  # a meeting in the archive already, left as it was
    error: Exception | None = None

    @property
    def cancelled(self) -> bool:
        return isinstance(self.error, Cancelled)


def _pages_of(step: Step, tell: Callable[[Step], None]) -> Callable[[int, int], None]:
    """The page progress of one file, told as steps of the run."""
    return lambda page, pages: tell(Step(step.index, step.files, step.name, page, pages))


def import_files(
    archive: Archive,
    paths: Sequence[Path],
    policy: ImportPolicy,
    *,
    progress: Callable[[Step], None] | None = None,
    cancelled: CancelCheck | None = None,
    done: Callable[[FileResult], None] | None = None,
) -> list[FileResult]:
    """Import each of ``paths``; one result a file, in order (``done`` is told each as it
    comes). A cancel stops the run: the file under way stores nothing and its result
    is ``Cancelled``; the files after it are not tried (no result)."""
    results: list[FileResult] = []
    tell = progress or (lambda _step: None)
    for index, path in enumerate(paths):
        step = Step(index, len(paths), path.name)
        tell(step)
        try:
            check(cancelled)
            result = import_file(
                archive,
                path,
                policy,
                progress=_pages_of(step, tell),
                cancelled=cancelled,
            )
        except Cancelled as exc:
            result = FileResult(path, error=exc)
        except FAILURES as exc:
            log.info("import of %s failed: %s", path, exc)
            result = FileResult(path, error=exc)
        results.append(result)
        if done is not None:
            done(result)
        if result.cancelled:
            break
    return results


def import_file(
    archive: Archive,
    path: Path,
    policy: ImportPolicy,
    *,
    progress: Callable[[int, int], None] | None = None,
    cancelled: CancelCheck | None = None,
) -> FileResult:
    """Read, parse and store one file under ``policy``; raises its failure."""
    data = read_source(path)  # read once: the bytes parsed are the bytes stored
    decision: Decision | None = None
    known = archive.find_source(data)
    if known is not None:
        decision = policy.duplicate(Duplicate(path.name, Found.SAME_FILE, known))
        if decision is Decision.KEEP:
            return FileResult(path, meeting_id=known, kept=True)
    doc = parse(data, path.name, policy, progress=progress, cancelled=cancelled)
    check(cancelled)  # the last moment: from here on the file is stored whole
    try:
        report = _store(archive, doc, data, decision)
    except DuplicateMeetingError as exc:  # SameMeetingError too: the store found it
        if decision is not None or exc.meeting_id is None:
            raise  # asked already (or a race the store reports in its own words)
        found = Found.ANOTHER_FILE if isinstance(exc, SameMeetingError) else Found.SAME_FILE
        decision = policy.duplicate(Duplicate(path.name, found, exc.meeting_id))
        if decision is Decision.KEEP:
            return FileResult(path, meeting_id=exc.meeting_id, doc=doc, kept=True)
        if decision is Decision.REFUSE:
            raise
        report = _store(archive, doc, data, decision)
    return FileResult(path, meeting_id=report.meeting_id, report=report, doc=doc)


def parse(
    data: bytes,
    name: str,
    policy: ImportPolicy,
    *,
    progress: Callable[[int, int], None] | None = None,
    cancelled: CancelCheck | None = None,
) -> Document:
    """Parse; a damaged PDF is read as far as it goes when the policy says so (the
    meeting then lists its damaged pages), else the damage is raised."""
    if not policy.accept_damaged:
        try:
            return parse_bytes(data, name, progress=progress, cancelled=cancelled)
        except DamagedPdfError as exc:
            if not policy.damaged(name, exc):
                raise
    return parse_bytes(data, name, accept_damaged=True, progress=progress, cancelled=cancelled)


def _store(archive: Archive, doc: Document, data: bytes, decision: Decision | None) -> ImportReport:
    return import_meeting(
        archive,
        doc,
        data,
        replace=decision is Decision.REPLACE,
        as_new=decision is Decision.AS_NEW,
    )
