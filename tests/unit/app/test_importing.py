"""The import use case: one duplicate rule, answered by a policy; progress; cancel."""

from __future__ import annotations

from pathlib import Path

import pytest

from kkr_desk.app import importing
from kkr_desk.app.archive import open_archive
from kkr_desk.app.importing import Decision, Duplicate, Found, ImportPolicy
from kkr_desk.domain.cancel import Cancelled
from kkr_desk.parse.errors import DamagedPdfError, ParseError
from kkr_desk.store.archive import Archive, DuplicateMeetingError
from kkr_desk.store.lifecycle import SameMeetingError
from tests.helpers.archive import dump
from tests.helpers.damage import damaged_page_seven
from tests.helpers.kkrpdf import build_pdf, sample_pages
from tests.unit.store.test_lifecycle import corrected_pdf


class Asked(ImportPolicy):
    """Answers from a script, and remembers what it was asked."""

    def __init__(self, *answers: Decision, damaged: bool = False) -> None:
        super().__init__()
        self.answers, self.accept = list(answers), damaged
        self.asked: list[tuple[str, object, int | None]] = []

    def duplicate(self, found: Duplicate) -> Decision:
        self.asked.append(("duplicate", found.found, found.meeting_id))
        return self.answers.pop(0)

    def damaged(self, name: str, error: DamagedPdfError) -> bool:
        self.asked.append(("damaged", tuple(error.pages), None))
        return self.accept


@pytest.fixture
def archive(archive_url: str) -> Archive:
    return open_archive(archive_url, user="tester")


@pytest.fixture
def files(tmp_path: Path) -> dict[str, Path]:
    paths = {"first": tmp_path / "syd.pdf", "other": tmp_path / "syd-rettet.pdf"}
    paths["first"].write_bytes(build_pdf(sample_pages()))
    paths["other"].write_bytes(corrected_pdf())
    return paths


def one(archive: Archive, path: Path, policy: ImportPolicy) -> importing.FileResult:
    (result,) = importing.import_files(archive, [path], policy)
    return result


def test_the_policy_is_asked_once_per_known_file_and_its_answer_is_followed(
    archive: Archive, files: dict[str, Path]
) -> None:
    assert one(archive, files["first"], Asked()).meeting_id == 1  # new: nothing asked

    policy = Asked(Decision.KEEP)  # the same file: asked before parsing; kept as it is
    result = one(archive, files["first"], policy)
    assert (result.meeting_id, result.kept, result.doc) == (1, True, None)
    assert policy.asked == [("duplicate", Found.SAME_FILE, 1)]

    policy = Asked(Decision.REFUSE)  # another file of meeting 1: refused in the store's words
    result = one(archive, files["other"], policy)
    assert isinstance(result.error, SameMeetingError)
    assert "another file of meeting 1" in str(result.error)
    assert policy.asked == [("duplicate", Found.ANOTHER_FILE, 1)]

    result = one(archive, files["other"], Asked(Decision.AS_NEW))
    assert result.meeting_id == 2
    assert result.report is not None
    assert not result.report.replaced

    policy = Asked(Decision.REPLACE)  # the same file as meeting 2, re-imported into it
    result = one(archive, files["other"], policy)
    assert policy.asked == [("duplicate", Found.SAME_FILE, 2)]
    assert result.report is not None
    assert (result.meeting_id, result.report.replaced) == (2, True)
    assert [m.id for m in archive.meetings()] == [1, 2]


def test_flags_answer_like_the_command_line(archive: Archive, files: dict[str, Path]) -> None:
    one(archive, files["first"], ImportPolicy())
    result = one(archive, files["first"], ImportPolicy(as_new=True))  # the same file: refused
    assert type(result.error) is DuplicateMeetingError
    assert "use --replace" in str(result.error)
    assert one(archive, files["other"], ImportPolicy(replace=True)).report.replaced  # type: ignore[union-attr]
    assert [m.id for m in archive.meetings()] == [1]


def test_a_damaged_pdf_is_stored_only_when_the_policy_accepts_it(
    archive: Archive, tmp_path: Path, corpus_dir: Path
) -> None:
    path = tmp_path / "beskadiget.pdf"
    clean = (corpus_dir / "kkr-nordjylland-2022-11-18-referat.pdf").read_bytes()
    path.write_bytes(damaged_page_seven(clean))
    policy = Asked(damaged=False)
    result = one(archive, path, policy)
    assert isinstance(result.error, DamagedPdfError)
    assert policy.asked == [("damaged", (7,), None)]
    assert archive.meetings() == []
    result = one(archive, path, Asked(damaged=True))
    assert result.meeting_id == 1
    assert [a.page for a in archive.load(1).meeting.anomalies] == [7]


def test_failures_are_results_and_the_rest_is_imported(
    archive: Archive, files: dict[str, Path], tmp_path: Path
) -> None:
    bad = tmp_path / "tom.txt"
    bad.write_bytes(b"")
    results = importing.import_files(archive, [bad, files["first"]], ImportPolicy())
    assert isinstance(results[0].error, ParseError)
    assert results[1].meeting_id == 1


def test_progress_is_told_per_page_and_a_cancel_stores_nothing(
    archive: Archive, files: dict[str, Path], corpus_dir: Path, tmp_path: Path
) -> None:
    minutes = tmp_path / "referat.pdf"
    minutes.write_bytes((corpus_dir / "kkr-nordjylland-2022-11-18-referat.pdf").read_bytes())
    steps: list[importing.Step] = []
    importing.import_files(archive, [files["first"]], ImportPolicy(), progress=steps.append)
    before = dump(archive.db)

    steps.clear()
    results = importing.import_files(
        archive,
        [minutes, files["other"]],
        ImportPolicy(),
        progress=steps.append,
        cancelled=lambda: any(s.page >= 5 for s in steps),
    )
    assert len(results) == 1  # the file after the cancelled one is not tried
    assert isinstance(results[0].error, Cancelled)
    assert [s.page for s in steps] == [0, 0, 1, 2, 3, 4, 5]
    assert steps[-1].pages > 5
    assert 0 < steps[-1].fraction < 0.5
    assert dump(archive.db) == before
