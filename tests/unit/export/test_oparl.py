"""The OParl 1.1 export: the corpus meetings out of a real archive, every object valid
against the OParl schemas (tests/helpers/oparl_validate.py), every reference resolved,
ids stable, and the validator itself rejecting broken objects."""

from __future__ import annotations

import copy
import hashlib
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from kkr_desk.app.exporting import FORMATS, export, write_records
from kkr_desk.domain.labels import TAG_DA, tag_labels
from kkr_desk.export.oparl import DEFAULT_BASE, SCHEMA, check_base, slug
from kkr_desk.parse import parse_file
from kkr_desk.store.archive import Archive
from kkr_desk.store.db import Database
from kkr_desk.store.records import meeting_records
from tests.conftest import CORPUS_STEMS
from tests.helpers.oparl_validate import objects_by_id, problems, references

pytestmark = pytest.mark.corpus


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory, corpus_dir: Path) -> Iterator[Archive]:
    folder = tmp_path_factory.mktemp("oparl")
    archive = Archive(Database.open(f"sqlite:///{folder / 'a.sqlite3'}"), user="tester")
    for stem in CORPUS_STEMS:
        path = corpus_dir / f"{stem}.pdf"
        archive.import_document(parse_file(path), path.read_bytes())
    yield archive
    archive.db.close()


def records(archive: Archive, ids: list[int] | None = None) -> list[dict[str, Any]]:
    """The records as the OParl export reads them (with the source files' SHA-1)."""
    with archive.db.session() as session:
        chosen = ids or archive.meeting_ids()
        return list(
            meeting_records(session, chosen, encoded=FORMATS["oparl"].encoded, sources=True)
        )


def plain_records(archive: Archive) -> list[dict[str, Any]]:
    with archive.db.session() as session:
        return list(meeting_records(session, archive.meeting_ids()))


def bundle_of(
    archive: Archive, out: Path, ids: list[int] | None = None, **options: Any
) -> dict[str, Any]:
    write_records(records(archive, ids), "oparl", out, **options)
    return json.loads(out.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def bundle(archive: Archive, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    return bundle_of(archive, tmp_path_factory.mktemp("out") / "oparl.json")


def of_type(bundle: dict[str, Any], name: str) -> list[dict[str, Any]]:
    return [o for kind, o in objects_by_id(bundle).values() if kind == name]


def test_both_corpus_meetings_export_and_every_object_is_valid(
    archive: Archive, bundle: dict[str, Any], tmp_path: Path
) -> None:
    assert problems(bundle) == []
    items = sum(len(s["items"]) for m in plain_records(archive) for s in m["sections"])
    assert write_records(records(archive), "oparl", tmp_path / "o.json") == items
    assert len(of_type(bundle, "Meeting")) == 2
    assert len(of_type(bundle, "AgendaItem")) == items
    assert [o["name"] for o in of_type(bundle, "Body")] == ["KKR Nordjylland"]
    assert bundle["system"]["oparlVersion"] == SCHEMA


def test_every_reference_resolves_to_an_object_of_its_type(bundle: dict[str, Any]) -> None:
    resolved = references(bundle)
    kinds = {target for _url, target, _where in resolved}
    assert {"Meeting", "AgendaItem", "Paper", "Consultation", "Organization", "Body"} <= kinds
    found = objects_by_id(bundle)
    assert all(found[url][0] == target for url, target, _ in resolved)
    consultations = of_type(bundle, "Consultation")
    assert consultations
    assert all(c["agendaItem"] in found for c in consultations)


def test_meetings_carry_their_items_in_order_and_their_source_file(
    archive: Archive, bundle: dict[str, Any], corpus_dir: Path
) -> None:
    by_id = {m["id"]: m for m in plain_records(archive)}
    for meeting in of_type(bundle, "Meeting"):
        record = by_id[int(meeting["id"].rsplit("/", 1)[1])]
        items = [i for s in record["sections"] for i in s["items"]]
        assert [a["number"] for a in meeting["agendaItem"]] == [i["number"] for i in items]
        assert [a["order"] for a in meeting["agendaItem"]] == list(range(1, len(items) + 1))
        assert meeting["start"].startswith(record["date"] + "T00:00:00+0")
        key = "resultsProtocol" if record["kind"] == "referat" else "invitation"
        file = meeting[key]
        data = (corpus_dir / record["source_name"]).read_bytes()
        assert file["sha1Checksum"] == hashlib.sha1(data).hexdigest()
        assert (file["size"], file["mimeType"]) == (len(data), "application/pdf")
        assert file["accessUrl"].startswith(DEFAULT_BASE)
        assert (meeting["created"], meeting["modified"]) == (record["created"], record["modified"])


def test_results_are_the_danish_tag_labels_and_the_resolution_the_beslutning(
    archive: Archive, bundle: dict[str, Any]
) -> None:
    items = {
        f"{DEFAULT_BASE}agendaitem/{i['id']}": i
        for m in plain_records(archive)
        for s in m["sections"]
        for i in s["items"]
    }
    agenda = of_type(bundle, "AgendaItem")
    with_result = [a for a in agenda if "result" in a]
    assert with_result  # the referat has decisions
    danish = set(TAG_DA.values())
    for a in agenda:
        item = items[a["id"]]
        assert a.get("result") == (", ".join(tag_labels(item["decision_tags"], "da")) or None)
        assert all(word in danish for word in a.get("result", "").split(", ") if word)
        texts = [p["text"] for p in item["parts"] if p["heading"] == "Beslutning"]
        assert a.get("resolutionText") == ("\n\n".join(texts) or None)
    assert any("resolutionText" in a for a in agenda)


def test_papers_are_the_cases_and_carry_the_attachments(
    archive: Archive, bundle: dict[str, Any]
) -> None:
    found = objects_by_id(bundle)
    items = [i for m in plain_records(archive) for s in m["sections"] for i in s["items"]]
    for item in items:
        agenda = found[f"{DEFAULT_BASE}agendaitem/{item['id']}"][1]
        if item["case_number"] is None:
            assert "consultation" not in agenda
            assert [f["name"] for f in agenda.get("auxiliaryFile", [])] == item["attachments"]
            continue
        consultation = found[agenda["consultation"]][1]
        paper = found[consultation["paper"]][1]
        assert paper["reference"] == item["case_number"]
        assert paper["id"] == f"{DEFAULT_BASE}paper/{item['case_number']}"
        named = [
            f["name"] for f in paper.get("auxiliaryFile", []) if agenda["id"] in f["agendaItem"]
        ]
        assert named == item["attachments"]
        assert consultation["authoritative"] is False  # nothing confirmed yet
    assert any(i["attachments"] and i["case_number"] for i in items)


def test_confirmed_decisions_are_authoritative(archive: Archive, tmp_path: Path) -> None:
    from kkr_desk.domain import edits

    meeting = next(m for m in plain_records(archive) if m["kind"] == "referat")
    item = next(
        i
        for s in meeting["sections"]
        for i in s["items"]
        if i["decision_tags"] and i["case_number"]
    )
    archive.apply(meeting["id"], edits.SetTags(item["id"], tuple(item["decision_tags"])))
    try:
        bundle = bundle_of(archive, tmp_path / "o.json")
        found = objects_by_id(bundle)
        agenda = found[f"{DEFAULT_BASE}agendaitem/{item['id']}"][1]
        assert found[agenda["consultation"]][1]["authoritative"] is True
        edited = found[f"{DEFAULT_BASE}meeting/{meeting['id']}"][1]
        assert edited["modified"] == records(archive, [meeting["id"]])[0]["modified"]
    finally:
        archive.apply(meeting["id"], edits.SetTags(item["id"], ()))  # leave it as it was


def test_ids_are_stable_across_exports(
    archive: Archive, bundle: dict[str, Any], tmp_path: Path
) -> None:
    again = bundle_of(archive, tmp_path / "again.json")
    assert set(objects_by_id(again)) == set(objects_by_id(bundle))
    first = archive.meeting_ids()[:1]
    alone = objects_by_id(bundle_of(archive, tmp_path / "one.json", first))
    both = objects_by_id(bundle)
    meeting_id = f"{DEFAULT_BASE}meeting/{first[0]}"
    assert alone[meeting_id] == both[meeting_id]  # the same objects with the same ids
    assert set(alone) <= set(both)


def test_the_base_url_is_configurable(archive: Archive, tmp_path: Path) -> None:
    base = "https://raad.example.org/oparl"
    bundle = bundle_of(archive, tmp_path / "o.json", base_url=base)
    assert problems(bundle) == []
    assert all(i.startswith(base + "/") for i in objects_by_id(bundle))
    assert check_base(base) == base + "/"
    for bad in ("urn:kkr-desk:", "ftp://x.org/", "/relative/", "https://x.org/?q=1"):
        with pytest.raises(ValueError, match="base URL"):
            check_base(bad)
    target = tmp_path / "kept.json"
    target.write_text("old", encoding="utf-8")
    with pytest.raises(ValueError, match="base URL"):
        write_records(records(archive), "oparl", target, base_url="urn:x")
    assert target.read_text(encoding="utf-8") == "old"


def test_a_failed_export_leaves_no_file(archive: Archive, tmp_path: Path) -> None:
    out = tmp_path / "o.json"

    def stop(done: int) -> None:
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        write_records(records(archive), "oparl", out, progress=stop)
    assert list(tmp_path.iterdir()) == []


def test_the_registered_export_reads_the_archive(archive: Archive, tmp_path: Path) -> None:
    out = tmp_path / "o.json"
    assert export(archive, archive.meeting_ids(), "oparl", out) > 0
    assert problems(json.loads(out.read_text(encoding="utf-8"))) == []


def test_slug() -> None:
    assert slug("KKR Sjælland") == "kkr-sjaelland"
    assert slug("KKR Østjylland/Århus") == "kkr-oestjylland-aarhus"
    assert slug("") == "unknown"


# -- the validator rejects broken objects ------------------------------------------------


def _broken(bundle: dict[str, Any], change: Any) -> dict[str, Any]:
    broken = copy.deepcopy(bundle)
    change(broken)
    return broken


def _meeting(b: dict[str, Any]) -> dict[str, Any]:
    return next(
        o for o in b["objects"] if o["type"] == SCHEMA + "Meeting" and "resultsProtocol" in o
    )


def _paper(b: dict[str, Any]) -> dict[str, Any]:
    return next(o for o in b["objects"] if o["type"] == SCHEMA + "Paper")


BROKEN = {
    "unknown type": lambda b: _meeting(b).update(type=SCHEMA + "Sitzung"),
    "embedded object of the wrong type": lambda b: _meeting(b)["resultsProtocol"].update(
        type=SCHEMA + "Paper"
    ),
    "missing required order": lambda b: _meeting(b)["agendaItem"][0].pop("order"),
    "missing required Body name": lambda b: next(
        o for o in b["objects"] if o["type"] == SCHEMA + "Body"
    ).pop("name"),
    "dangling reference": lambda b: _paper(b)["consultation"][0].update(
        meeting=DEFAULT_BASE + "meeting/999999"
    ),
    "reference to the wrong type": lambda b: _meeting(b)["agendaItem"][0].update(
        meeting=_paper(b)["id"]
    ),
    "embedded File without accessUrl": lambda b: _meeting(b)["resultsProtocol"].pop("accessUrl"),
    "embedded File with a text size": lambda b: _meeting(b)["resultsProtocol"].update(size="1 MB"),
    "id not a URL": lambda b: _meeting(b).update(id="meeting/1"),
    "one id for two objects": lambda b: _paper(b).update(id=_meeting(b)["id"]),
    "wrong OParl version": lambda b: b["system"].update(
        oparlVersion="https://schema.oparl.org/2.0/"
    ),
    "not a bundle": lambda b: b.pop("oparl"),
}


@pytest.mark.parametrize("change", list(BROKEN.values()), ids=list(BROKEN))
def test_the_validator_rejects_a_broken_object(bundle: dict[str, Any], change: Any) -> None:
    assert problems(bundle) == []
    assert problems(_broken(bundle, change)) != []
