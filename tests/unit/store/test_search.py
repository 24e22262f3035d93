"""The search index on SQLite and PostgreSQL: kept current by the one mutation path and a
meeting's life (import, edits, trash, purge), built by the migration, and searched."""

from __future__ import annotations

import copy
import functools
import re
from collections import Counter
from pathlib import Path

import pytest
from alembic import command

from kkr_desk.domain import edits
from kkr_desk.domain.document import Document
from kkr_desk.parse import parse_bytes
from kkr_desk.store import lifecycle, migrate, search_index, search_read
from kkr_desk.store.archive import Archive
from kkr_desk.store.common import WRITE
from kkr_desk.store.db import Database
from kkr_desk.store.search_read import CLOSE, OPEN, Found, search, snippet
from tests.unit.store.conftest import SAMPLE_PDF

WORD = re.compile(r"[^\W_]+")


@functools.cache
def _parsed(path: Path) -> tuple[bytes, Document]:
    data = path.read_bytes()
    return data, parse_bytes(data, path.name)


def import_corpus(archive: Archive, corpus_dir: Path) -> list[int]:
    """Both corpus PDFs imported; their meeting ids."""
    ids = []
    for path in sorted(corpus_dir.glob("*.pdf")):
        data, doc = _parsed(path)
        ids.append(archive.import_document(copy.deepcopy(doc), data))
    return ids


def indexed(db: Database) -> dict[int, tuple]:
    """The index as it is: node id → what it holds."""
    with db.engine.connect() as connection:
        if connection.dialect.name == "sqlite":
            rows = connection.exec_driver_sql(
                "SELECT rowid, text, title, case_number, note FROM search_entry"
            )
        else:
            rows = connection.exec_driver_sql("SELECT node_id, document::text FROM search_entry")
        return {row[0]: tuple(row[1:]) for row in rows}


def rebuilt(db: Database) -> dict[int, tuple]:
    """The index as a rebuild from the node rows makes it (in a transaction rolled back)."""
    with db.engine.connect() as connection, connection.begin() as transaction:
        search_index.rebuild(connection)
        if connection.dialect.name == "sqlite":
            query = "SELECT rowid, text, title, case_number, note FROM search_entry"
        else:
            query = "SELECT node_id, document::text FROM search_entry"
        out = {row[0]: tuple(row[1:]) for row in connection.exec_driver_sql(query)}
        transaction.rollback()
    return out


def stored_words(db: Database) -> dict[int, tuple[str, str | None, list[str]]]:
    """Each item's and part's kind, heading and words (title, case number, note, part
    text) as the archive holds them, casefolded."""
    out = {}
    with db.engine.connect() as connection:
        rows = connection.exec_driver_sql(
            "SELECT id, kind, heading, coalesce(title, '') || ' ' || coalesce(case_number, '')"
            " || ' ' || coalesce(note, '') || ' ' || coalesce(text, '') FROM node"
            " WHERE kind IN ('item', 'part')"
        )
        for node_id, kind, heading, value in rows:
            out[node_id] = (kind, heading, WORD.findall(value))
    return out


def test_a_word_of_a_decision_finds_its_item_first(archive: Archive, corpus_dir: Path, db) -> None:
    ids = import_corpus(archive, corpus_dir)
    nodes = stored_words(db)
    counts = Counter(w.casefold() for _, _, words in nodes.values() for w in words)
    parts = {
        p.id: (item, p) for i in ids for item in archive.load(i).items() for p in item.children
    }
    checked = 0
    for node_id, (kind, heading, words) in nodes.items():
        if kind != "part" or heading != "Beslutning":
            continue
        # a word that stands in this decision and nowhere else, not even as a prefix
        unique = [
            w
            for w in words
            if len(w) >= 7
            and counts[w.casefold()] == 1
            and not any(o != w.casefold() and o.startswith(w.casefold()) for o in counts)
        ]
        if not unique:
            continue
        item, part = parts[node_id]
        hits = search(archive.db, unique[0])
        assert hits, unique[0]
        assert (hits[0].item_id, hits[0].field, hits[0].first_line) == (
            item.id,
            "text",
            part.first,
        )
        assert f"[{unique[0]}]" in hits[0].snippet
        assert hits[0].terms == (unique[0],)
        checked += 1
    assert checked >= 3


def test_words_match_as_prefixes_in_any_case_and_aeoa_are_letters(
    archive: Archive, corpus_dir: Path
) -> None:
    ids = import_corpus(archive, corpus_dir)
    item = next(archive.load(ids[1]).items())
    note = "Økonomiudvalgets båd skal bygges om; Busplanen følger"
    archive.apply(ids[1], edits.SetNote(item.id, note))

    def notes(query: str) -> list[Found]:
        return [h for h in search(archive.db, query) if h.field == "note"]

    for query in ("økonomiudvalgets", "ØKONOMIUDVALGETS", "Økonomi", "BÅD", "bus", "BUSPL"):
        [hit] = notes(query)
        assert hit.item_id == item.id, query
    [hit] = notes("økonomi bus")  # every word, each a prefix
    assert hit.terms == ("Økonomiudvalgets", "Busplanen")
    assert hit.snippet == "[Økonomiudvalgets] båd skal bygges om; [Busplanen] følger"
    for query in ("bad", "okonomi", "oekonomi", "udvalgets", "økonomi -bus", "økonomi flyveplan"):
        assert notes(query) == [], query  # å, ø are no a, o; words start where they start


def test_a_note_is_found_right_after_it_is_set_and_gone_when_removed(
    archive: Archive, sample: int
) -> None:
    item = next(archive.load(sample).items())
    assert search(archive.db, "sekretariatsnotat") == []
    archive.apply(sample, edits.SetNote(item.id, "Sekretariatsnotat følger"))
    [hit] = search(archive.db, "sekretariatsnotat")
    assert (hit.meeting_id, hit.item_id, hit.field, hit.first_line) == (
        sample,
        item.id,
        "note",
        item.first,
    )
    assert hit.snippet == "[Sekretariatsnotat] følger"
    undo = archive.apply(sample, edits.SetNote(item.id, None))
    assert search(archive.db, "sekretariatsnotat") == []
    archive.apply(sample, undo)
    assert [h.item_id for h in search(archive.db, "sekretariatsnotat")] == [item.id]


def test_a_changed_title_and_case_number_change_the_hits(archive: Archive, sample: int) -> None:
    item = next(archive.load(sample).items())
    old = WORD.findall(item.title or "")[0]
    assert item.id in {h.item_id for h in search(archive.db, old) if h.field == "title"}
    archive.apply(
        sample,
        edits.SetFields(item.id, {"title": "Kystsikring af Vesterhavet", "case_number": "24/7781"}),
    )
    assert item.id not in {h.item_id for h in search(archive.db, old) if h.field == "title"}
    [hit] = search(archive.db, "vesterhav")
    assert (hit.item_id, hit.field, hit.item_title) == (
        item.id,
        "title",
        "Kystsikring af Vesterhavet",
    )
    assert hit.snippet == "Kystsikring af [Vesterhavet]"
    [hit] = search(archive.db, "24/7781")
    assert (hit.item_id, hit.field, hit.snippet, hit.terms) == (
        item.id,
        "case",
        "[24/7781]",
        ("24/7781",),
    )


def test_a_corrected_line_changes_the_part_text_found(archive: Archive, sample: int) -> None:
    doc = archive.load(sample)
    item = next(i for i in doc.items() if i.children)
    part = item.children[0]
    line = part.last
    archive.apply(sample, edits.CorrectLine(line, "Vindmøllelauget takker"))
    [hit] = search(archive.db, "vindmøllelauget")
    assert (hit.item_id, hit.field, hit.first_line) == (item.id, "text", part.first)
    assert hit.terms == ("Vindmøllelauget",)
    archive.apply(sample, edits.CorrectLine(line, None))
    assert search(archive.db, "vindmøllelauget") == []


def test_every_edit_leaves_the_index_as_a_rebuild_would(archive: Archive, sample: int, db) -> None:
    from tests.unit.store.test_archive import operations

    assert indexed(db) == rebuilt(db) != {}
    undos = []
    for operation in operations(archive, sample):
        try:
            undos.append(archive.apply(sample, operation))
        except edits.EditError:
            continue  # an operation the earlier ones made impossible
        assert indexed(db) == rebuilt(db), operation.name
    for undo in reversed(undos):
        archive.apply(sample, undo)
        assert indexed(db) == rebuilt(db)


def test_trashed_meetings_are_not_found_and_purged_ones_leave_no_entries(
    archive: Archive, corpus_dir: Path, db
) -> None:
    ids = import_corpus(archive, corpus_dir)
    both = {h.meeting_id for h in search(archive.db, "kommune", limit=500)}
    assert both == set(ids)
    lifecycle.delete_meeting(archive, ids[0])
    assert {h.meeting_id for h in search(archive.db, "kommune", limit=500)} == {ids[1]}
    assert search(archive.db, "kommune", meeting_id=ids[0]) == []
    lifecycle.restore_meeting(archive, ids[0])
    assert {h.meeting_id for h in search(archive.db, "kommune", limit=500)} == set(ids)
    lifecycle.delete_meeting(archive, ids[0])
    lifecycle.empty_trash(archive)
    assert indexed(db) == rebuilt(db)
    assert {h.meeting_id for h in search(archive.db, "kommune", limit=500)} == {ids[1]}


def test_a_reimport_is_found_once_and_its_undo_too(archive: Archive, sample: int, db) -> None:
    item = next(archive.load(sample).items())
    archive.apply(sample, edits.SetNote(item.id, "Genindlæsningsnote"))
    report = lifecycle.import_meeting(
        archive, parse_bytes(SAMPLE_PDF, "sample.pdf"), SAMPLE_PDF, replace=True
    )
    [hit] = search(archive.db, "genindlæsningsnote")  # the note carried over, not the old one
    assert hit.meeting_id == sample
    assert hit.item_id != item.id
    assert report.version is not None
    lifecycle.restore_version(archive, sample, report.version)
    [hit] = search(archive.db, "genindlæsningsnote")
    assert (hit.meeting_id, hit.item_id) == (sample, item.id)
    assert indexed(db) == rebuilt(db)


@pytest.mark.parametrize(
    "query",
    [
        '"',
        '"kommune',
        'kommune"',
        "(",
        ")",
        "*",
        "AND",
        "OR",
        "NOT",
        "NEAR(",
        "a:b",
        "'",
        "\\",
        "-",
        "--",
        "^",
        "!",
        "&",
        "|",
        ":*",
        "<->",
        "kommune OR",
        "NOT kommune",
        '""',
        "-kommune",
    ],
)
def test_any_query_text_is_words_never_a_database_error(
    archive: Archive, sample: int, query: str
) -> None:
    hits = search(archive.db, query)
    words = WORD.findall(query.replace("-kommune", ""))
    if not words:
        assert hits == []
    for hit in hits:
        assert hit.terms


def test_an_unbalanced_quote_reads_as_plain_words(archive: Archive, corpus_dir: Path) -> None:
    import_corpus(archive, corpus_dir)
    plain = search(archive.db, "kommunernes økonomi")
    assert plain
    assert search(archive.db, '"kommunernes økonomi') == plain
    assert search(archive.db, 'kommunernes" økonomi') == plain
    assert search(archive.db, "") == search(archive.db, "   ") == []


def test_a_phrase_in_quotes_needs_its_words_together(archive: Archive, sample: int) -> None:
    item = next(archive.load(sample).items())
    archive.apply(sample, edits.SetNote(item.id, "grøn omstilling af den kollektive trafik"))
    assert len(search(archive.db, '"kollektive trafik"')) >= 1
    assert [h for h in search(archive.db, '"grøn trafik"') if h.field == "note"] == []
    assert [h.field for h in search(archive.db, "grøn trafik") if h.item_id == item.id] == ["note"]


def test_the_migration_builds_the_index_of_the_meetings_there(
    archive: Archive, corpus_dir: Path, db
) -> None:
    ids = import_corpus(archive, corpus_dir)
    before = search(archive.db, "kommune", limit=500)
    with db.engine.execution_options(**{WRITE: True}).begin() as connection:
        command.downgrade(migrate.alembic_config(connection), "0003")
    assert migrate.current_revision(db.engine) == "0003"
    migrate.upgrade(db.engine, None)
    assert migrate.current_revision(db.engine) == migrate.HEAD
    assert indexed(db) == rebuilt(db)
    assert search(archive.db, "kommune", limit=500) == before
    assert {h.meeting_id for h in before} == set(ids)


def test_the_hooks_can_be_turned_off_and_the_index_rebuilt(
    archive: Archive, sample: int, db
) -> None:
    item = next(archive.load(sample).items())
    with search_index.disabled():
        archive.apply(sample, edits.SetNote(item.id, "Skjultnote"))
    assert search(archive.db, "skjultnote") == []
    with db.transaction() as session:
        search_index.rebuild(session.connection())
    assert [h.item_id for h in search(archive.db, "skjultnote")] == [item.id]


def test_limit_and_meeting_narrow_the_hits(archive: Archive, corpus_dir: Path) -> None:
    ids = import_corpus(archive, corpus_dir)
    hits = search(archive.db, "kommune", limit=500)
    assert len(hits) > 5
    assert search(archive.db, "kommune", limit=5) == hits[:5]
    ranks = [h.rank for h in hits]
    assert ranks == sorted(ranks, reverse=True)
    only = search(archive.db, "kommune", meeting_id=ids[1], limit=500)
    assert only == [h for h in hits if h.meeting_id == ids[1]]
    assert all(h.item_id is not None and h.item_number for h in hits)
    assert {h.kind for h in hits} == {"dagsorden", "referat"}


def test_on_sqlite_a_very_common_word_has_its_newest_matches_ranked(
    archive: Archive, corpus_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ids = import_corpus(archive, corpus_dir)
    if archive.db.engine.dialect.name != "sqlite":
        pytest.skip("PostgreSQL ranks every match")
    every = search(archive.db, "kommune", limit=500)
    monkeypatch.setattr(search_read, "RANKED", 10)
    with archive.db.engine.connect() as connection:
        newest = [
            row[0]
            for row in connection.exec_driver_sql(
                "SELECT rowid FROM search_entry WHERE search_entry MATCH '\"kommune\"*'"
                " ORDER BY rowid DESC LIMIT 10"
            )
        ]
    capped = search(archive.db, "kommune", limit=500)
    assert {_node(archive, h) for h in capped} == set(newest)  # the ten newest, no others
    ranks = [h.rank for h in capped]
    assert ranks == sorted(ranks, reverse=True)
    assert len(search(archive.db, "kommune", limit=500, meeting_id=ids[0])) == len(
        [h for h in every if h.meeting_id == ids[0]]
    )  # one meeting's matches are all ranked


def _node(archive: Archive, hit: Found) -> int:
    """The index entry (node) a hit is of: its item, or the item's part it was found in."""
    meeting = archive.load(hit.meeting_id)
    for node in meeting.walk():
        if hit.field == "text" and node.kind.value == "part" and node.first == hit.first_line:
            return node.id
        if hit.field != "text" and node.id == hit.item_id:
            return node.id
    raise AssertionError(hit)


def test_a_long_text_is_cut_around_where_most_of_its_words_are_marked() -> None:
    words = [f"w{n}" for n in range(200)]
    words[10] = f"{OPEN}lone{CLOSE}"
    for n in (150, 155, 160):
        words[n] = f"{OPEN}many{CLOSE}"
    words[157] = f"{OPEN}tw{CLOSE}o{OPEN}x{CLOSE}"  # two marks in one word count once
    shown = snippet("  ".join(words[:100]) + "\n\t" + " ".join(words[100:]))
    assert shown == (
        "…w147 w148 w149 [many] w151 w152 w153 w154 [many] w156 [tw]o[x] w158 w159 [many]"
        " w161 w162 w163 w164 w165 w166 w167 w168 w169 w170…"
    )
