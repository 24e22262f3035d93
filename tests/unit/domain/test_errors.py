"""Error codes: every raising site's English text fits a template of its family, so the
window can say it by code (kkr_desk/ui/messages.py); the English text stays as it was."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from kkr_desk.domain.edits import EditError
from kkr_desk.domain.errors import EDIT_TEMPLATES, OTHER, recognise
from kkr_desk.parse.errors import TEMPLATES as PARSE_TEMPLATES
from kkr_desk.parse.errors import DamagedPdfError, ParseError, UnsupportedFileError
from kkr_desk.store.common import TEMPLATES as ARCHIVE_TEMPLATES
from kkr_desk.store.common import ArchiveError
from kkr_desk.store.guard import DUPLICATE_TEMPLATES, ArchiveBusyError, DuplicateMeetingError
from kkr_desk.store.health import ArchiveDamagedError, ArchiveReadOnlyError

PACKAGE = Path(__file__).resolve().parents[3] / "kkr_desk"
FAMILIES = {
    "EditError": EDIT_TEMPLATES,
    "ParseError": PARSE_TEMPLATES,
    "EmptyFileError": PARSE_TEMPLATES,
    "FileTooLargeError": PARSE_TEMPLATES,
    "UnsupportedFileError": PARSE_TEMPLATES,
    "EncryptedPdfError": PARSE_TEMPLATES,
    "ScannedPdfError": PARSE_TEMPLATES,
    "EncodingError": PARSE_TEMPLATES,
    "NotKKRDocumentError": PARSE_TEMPLATES,
    "ArchiveError": ARCHIVE_TEMPLATES,
    "ArchiveBusyError": ARCHIVE_TEMPLATES,
    "DuplicateMeetingError": DUPLICATE_TEMPLATES,
    "SameMeetingError": DUPLICATE_TEMPLATES,
    "StaleError": EDIT_TEMPLATES,
}


def _sample(node: ast.expr) -> str | None:
    """The text a raise's message expression makes, each {field} standing as 'x1'
    (None: not a literal or an f-string)."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return "".join(_field(v) for v in node.values)
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        left, right = _sample(node.left), _sample(node.right)
        return None if left is None or right is None else left + right
    return None


def _field(value: ast.expr) -> str:
    if isinstance(value, ast.Constant):
        return str(value.value)
    call = value.value if isinstance(value, ast.FormattedValue) else value
    if isinstance(call, ast.Call) and isinstance(call.func, ast.Name) and call.func.id == "_mb":
        return "1.0 MB"  # parse/__init__.py writes sizes with their unit
    if isinstance(call, ast.Name) and call.id == "exc":  # parse: a LimitError's text
        return "the title may be at most 1 characters (it has 2)"
    return "x1"


def _raising_sites() -> list[tuple[str, str, str]]:
    sites = []
    for path in sorted(PACKAGE.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call)):
                continue
            func = node.exc.func
            name = func.id if isinstance(func, ast.Name) else None
            if name in FAMILIES and node.exc.args:
                sample = _sample(node.exc.args[0])
                if sample is not None:
                    sites.append((f"{path.relative_to(PACKAGE)}:{node.lineno}", name, sample))
    return sites


SITES = _raising_sites()


def test_the_scan_finds_the_raising_sites() -> None:
    assert len(SITES) >= 60
    assert {name for _, name, _ in SITES} >= {"EditError", "UnsupportedFileError", "ArchiveError"}


@pytest.mark.parametrize(("where", "name", "sample"), SITES, ids=[s[0] for s in SITES])
def test_every_raising_site_has_a_code(where: str, name: str, sample: str) -> None:
    code, _ = recognise(FAMILIES[name], " ".join(sample.split()))
    assert code != OTHER, f"{where}: {sample!r} fits no template of {name}: add one"


def test_code_and_params_from_the_english_text() -> None:
    exc = UnsupportedFileError("x.pdf is not a PDF (it does not start with %PDF).")
    assert str(exc) == "x.pdf is not a PDF (it does not start with %PDF)."
    assert (exc.code, exc.params) == ("not_pdf", {"name": "x.pdf"})
    edit = EditError("section 1 has nothing before it to merge with")
    assert (edit.code, edit.params) == ("nothing_before", {"node": "section 1"})
    assert EditError("line 7 is not inside any item").params == {"line": "7", "kind": "item"}


def test_unknown_text_is_other() -> None:
    exc = ParseError("something  new\nhappened")
    assert str(exc) == "something new happened"
    assert (exc.code, exc.params) == (OTHER, {"text": "something new happened"})


def test_structured_errors_carry_their_fields() -> None:
    damaged = DamagedPdfError("a.pdf", [3, 7], "bad xref")
    assert damaged.code == "damaged_pages"
    assert damaged.params == {"name": "a.pdf", "pages": [3, 7], "detail": "bad xref"}
    assert DamagedPdfError("a.pdf", [], "").code == "damaged_pdf"
    broken = ArchiveDamagedError(Path("/a/x.sqlite3"), "malformed", None)
    assert broken.code == "damaged"
    assert broken.params["detail"] == "malformed"
    locked = ArchiveReadOnlyError(None, "folder")
    assert (locked.code, locked.params) == ("read_only", {"path": None, "reason": "folder"})
    assert str(locked).startswith("the archive is read-only: its folder is write-protected")


def test_store_errors() -> None:
    busy = ArchiveBusyError(
        "the archive is busy: another KKR Desk has held it for too long; try again"
    )
    assert busy.code == "busy"
    newer = ArchiveError(
        "the archive was written by a newer KKR Desk (revision abc); update KKR Desk"
    )
    assert (newer.code, newer.params) == ("newer", {"revision": "abc"})
    twin = DuplicateMeetingError("a.pdf was imported by someone else just now; try again.")
    assert (twin.code, twin.params) == ("imported_meanwhile", {"name": "a.pdf"})


def test_a_code_may_be_set() -> None:
    exc = EditError("anything")
    exc.code, exc.params = "mine", {"n": 1}
    assert (exc.code, exc.params) == ("mine", {"n": 1})
