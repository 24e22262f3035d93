"""The edit benchmark's helpers: only the operation is timed, its undo follows every run,
and the measured edits leave the meeting as they found it (so every run starts equal)."""

from __future__ import annotations

from pathlib import Path

import pytest

from kkr_desk.store import convert, states
from tests.bench.scale_archive import interleaved
from tests.bench.scale_edits import Meeting, _split_pair


def test_interleaved_undoes_each_run_and_alternates() -> None:
    log: list[str] = []
    pairs = [
        (lambda: log.append("a"), lambda: log.append("undo a")),
        (lambda: log.append("b"), lambda: log.append("undo b")),
    ]
    a, b = interleaved(pairs, runs=3)  # what the split's timing uses
    assert len(a) == len(b) == 3
    assert log[:4] == ["a", "undo a", "b", "undo b"]  # warm-ups
    runs = [log[i : i + 2] for i in range(4, len(log), 2)]
    assert all(op in ("a", "b") and undo == f"undo {op}" for op, undo in runs)
    rounds = [[runs[i][0], runs[i + 1][0]] for i in range(0, len(runs), 2)]
    assert rounds == [["a", "b"], ["b", "a"], ["a", "b"]]


@pytest.mark.corpus
def test_the_measured_edits_leave_the_meeting_as_it_was(tmp_path: Path, corpus_dir: Path) -> None:
    data = (corpus_dir / "kkr-nordjylland-2022-11-18-referat.pdf").read_bytes()
    meeting = Meeting(tmp_path, "m", data, item=5)
    with meeting.archive.db.session() as session:
        before = states.snapshot(convert.load(session, meeting.id).doc)
    split, undo = _split_pair(meeting)
    split()
    assert len(states.snapshot(meeting.archive.load(meeting.id))[0]) == len(before[0]) + 1
    undo()
    meeting.toggle()
    meeting.retitle()
    item = next(i for i in meeting.archive.load(meeting.id).items() if i.id == meeting.item_id)
    assert (item.review, item.title) == ("reviewed", f"{meeting.item.title} (rettet)")
    meeting.toggle()  # the second of each sets it back
    meeting.retitle()
    with meeting.archive.db.session() as session:
        assert states.snapshot(convert.load(session, meeting.id).doc) == before
    meeting.close()
