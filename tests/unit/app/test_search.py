"""``app.search``: hits named for the clerk, on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from kkr_desk.app.search import Hit, label, search
from kkr_desk.domain import edits
from kkr_desk.parse import parse_bytes
from kkr_desk.store import lifecycle
from kkr_desk.store.archive import Archive
from kkr_desk.store.db import Database
from tests.unit.store.conftest import SAMPLE_PDF
from tests.unit.store.test_search import import_corpus


@pytest.fixture
def archive(archive_url: str) -> Iterator[Archive]:
    db = Database.open(archive_url)
    yield Archive(db, user="tester")
    db.close()


@pytest.fixture
def sample(archive: Archive) -> int:
    return archive.import_document(parse_bytes(SAMPLE_PDF, "sample.pdf"), SAMPLE_PDF)


def test_hits_name_meeting_item_and_place(archive: Archive, corpus_dir: Path) -> None:
    ids = import_corpus(archive, corpus_dir)
    doc = archive.load(ids[1])
    item = next(i for i in doc.items() if i.children)
    archive.apply(ids[1], edits.SetNote(item.id, "Tjek Kvædepostens tal"))
    [hit] = search(archive, "kvædepostens")
    info = doc.meeting
    assert isinstance(hit, Hit)
    assert hit == Hit(
        meeting_id=ids[1],
        meeting_label=f"{info.body} · {info.date:%d.%m.%Y} · {info.kind}",
        item_id=item.id,
        item_number=item.number,
        item_title=item.title,
        field="note",
        snippet="Tjek [Kvædepostens] tal",
        terms=("Kvædepostens",),
        first_line=item.first,
        rank=hit.rank,
    )
    assert hit.rank > 0


def test_text_hits_point_at_their_part_and_carry_the_words_to_mark(
    archive: Archive, corpus_dir: Path
) -> None:
    ids = import_corpus(archive, corpus_dir)
    hits = search(archive, "kommune", limit=200)
    texts = [h for h in hits if h.field == "text"]
    assert texts
    starts = {p.first: p for i in ids for item in archive.load(i).items() for p in item.children}
    for hit in texts:
        assert hit.first_line in starts
        assert hit.snippet.count("[") == hit.snippet.count("]") >= 1
        # the word as typed, or (PostgreSQL) another form of its stem
        assert all(t.casefold().startswith("kommun") for t in hit.terms)
        marked = re.findall(r"\[([^\]]*)\]", hit.snippet)
        assert set(marked) <= set(hit.terms)


def test_empty_queries_and_trashed_meetings_find_nothing(archive: Archive, sample: int) -> None:
    assert search(archive, "") == search(archive, '"') == search(archive, "-x") == []
    found = search(archive, "kkr")
    assert found
    assert {h.meeting_id for h in found} == {sample}
    lifecycle.delete_meeting(archive, sample)
    assert search(archive, "kkr") == []
    assert search(archive, "kkr", meeting_id=sample) == []


def test_a_meeting_without_date_or_body_is_labelled_with_question_marks() -> None:
    assert label("KKR Nordjylland", dt.date(2022, 11, 18), "referat") == (
        "KKR Nordjylland · 18.11.2022 · referat"
    )
    assert label("", None, "dagsorden") == "? · ? · dagsorden"
