"""The OParl 1.1 export: the archive's meetings as OParl objects in one bundle file.

OParl (https://oparl.org, schemas in ``shared/standards/oparl-1.1``) publishes council
data as linked JSON objects, each with an ``id`` URL and a ``type``. The file written is

    {"oparl": "1.1",
     "system": {System},
     "objects": [Meeting, …, Paper, …, Body, Organization, …]}

- a **Meeting** per meeting, with its **AgendaItems** embedded in order and its source
  file as a **File** (``resultsProtocol`` for a referat, ``invitation`` for a dagsorden:
  ``sha1Checksum`` when the records carry it, ``size``, ``mimeType``);
- an **AgendaItem** per item: ``number`` ("2.1"), ``order``, ``name``, ``result`` (the
  decision tags in Danish, joined with ", "), ``resolutionText`` (the Beslutning text),
  ``consultation``; an item without a case number has no Paper, and the files its text
  names are its own ``auxiliaryFile``;
- a **Paper** per case number (``reference``), shared by the items of every exported
  meeting that treat that case, with a **File** per attachment the item names
  (``auxiliaryFile``) and a **Consultation** per item embedded (``authoritative``: the
  item's decision tags are confirmed);
- a **Body** and its **Organization** per council.

The file is one JSON document: an OParl client reads it in one go, and one file is
written atomically like every export (a folder of objects could not be). Meetings are
written as they are read; the Papers, Bodies and Organizations (a few per case or
council) are kept until the end.

Ids are URLs under ``base_url`` built from the archive's ids (meeting, item), the case
number and the council, so the same object has the same id in every export. The default
base, ``https://example.invalid/kkr-desk/``, uses the ``.invalid`` top-level domain RFC
2606 reserves: it can never resolve, so nobody mistakes it for a real address, and a
publisher sets their own with ``--base-url``. The ``externalList`` URLs OParl requires
(``Body.meeting`` …) are named under the base but not written: the bundle is the list.
The meeting's time of day is not in the documents: ``start`` is midnight, Danish time.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Callable, Iterable
from json import loads
from typing import Any, TextIO
from urllib.parse import quote, urlsplit

from kkr_desk.domain.labels import tag_labels
from kkr_desk.domain.records import Encoded
from kkr_desk.export.files import atomic_write

DEFAULT_BASE = "https://example.invalid/kkr-desk/"
SCHEMA = "https://schema.oparl.org/1.1/"

_ENCODER = json.JSONEncoder(
    ensure_ascii=False, separators=(",", ":"), allow_nan=False, check_circular=False
)
_FOLD = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa"})


def check_base(base_url: str) -> str:
    """``base_url`` with one trailing slash; ValueError unless it is an http(s) URL."""
    parts = urlsplit(base_url)
    if parts.scheme not in ("http", "https") or not parts.netloc or parts.query:
        raise ValueError(f"the OParl base URL must be an http(s) URL, not {base_url!r}")
    return base_url.rstrip("/") + "/"


def slug(name: str) -> str:
    """A council's name as a URL path segment: ``KKR Nordjylland`` → ``kkr-nordjylland``."""
    return re.sub(r"[^a-z0-9]+", "-", name.lower().translate(_FOLD)).strip("-") or "unknown"


def _danish_midnight(day: str) -> str:
    """``day`` (ISO date) at 00:00 Danish time, with its offset (summer time from the
    last Sunday of March to the last Sunday of October)."""
    date = dt.date.fromisoformat(day)

    def last_sunday(month: int) -> dt.date:
        end = dt.date(date.year, month, 31)
        return end - dt.timedelta(days=(end.weekday() + 1) % 7)

    summer = last_sunday(3) < date <= last_sunday(10)
    return f"{day}T00:00:00+0{2 if summer else 1}:00"


class _Bundle:
    """The objects of one export, built meeting by meeting."""

    def __init__(self, base: str) -> None:
        self.base = base
        self.bodies: dict[str, dict[str, Any]] = {}  # slug -> Body
        self.organizations: dict[str, dict[str, Any]] = {}  # slug -> Organization
        self.papers: dict[str, dict[str, Any]] = {}  # case number -> Paper

    def _stamp(self, target: dict[str, Any], created: str, modified: str) -> None:
        """Widen ``target``'s created/modified to include this meeting's."""
        if "created" not in target or created < target["created"]:
            target["created"] = created
        if "modified" not in target or modified > target["modified"]:
            target["modified"] = modified

    def council(self, name: str, created: str, modified: str) -> tuple[str, str]:
        """The Body and Organization urls of the council ``name`` (made at first sight)."""
        key = slug(name)
        body_url, org_url = f"{self.base}body/{key}", f"{self.base}organization/{key}"
        if key not in self.bodies:
            self.bodies[key] = {
                "id": body_url,
                "type": SCHEMA + "Body",
                "system": self.base,
                "name": name or "(unknown)",
                "shortName": name or "(unknown)",
                "organization": f"{body_url}/organizations",
                "person": f"{body_url}/people",
                "meeting": f"{body_url}/meetings",
                "paper": f"{body_url}/papers",
                "legislativeTerm": [],
                "mainOrganization": org_url,
            }
            self.organizations[key] = {
                "id": org_url,
                "type": SCHEMA + "Organization",
                "body": body_url,
                "name": name or "(unknown)",
                "organizationType": "Kommunekontaktråd",
            }
        self._stamp(self.bodies[key], created, modified)
        self._stamp(self.organizations[key], created, modified)
        return body_url, org_url

    def meeting(self, record: dict[str, Any]) -> tuple[dict[str, Any], int]:
        """The Meeting object of a meeting record, and its item count."""
        base, created, modified = self.base, record["created"], record["modified"]
        stamps = {"created": created, "modified": modified}
        body_url, org_url = self.council(record["body"] or "", created, modified)
        url = f"{base}meeting/{record['id']}"
        date = record["date"]
        meeting: dict[str, Any] = {
            "id": url,
            "type": SCHEMA + "Meeting",
            "name": f"{record['body'] or '(unknown)'} {date or ''}".strip(),
        }
        if date:
            meeting["start"] = _danish_midnight(date)
        meeting["organization"] = [org_url]
        source = record["source"]
        file: dict[str, Any] = {
            "id": f"{base}file/{record['id']}",
            "type": SCHEMA + "File",
            "name": source["name"],
            "fileName": source["name"],
            "mimeType": source["mime"],
            "size": source["size"],
        }
        if "sha1" in source:
            file["sha1Checksum"] = source["sha1"]
        name = quote(source["name"])
        file["accessUrl"] = f"{base}file/{record['id']}/{name}"
        file["downloadUrl"] = f"{base}file/{record['id']}/download/{name}"
        file["meeting"] = [url]
        if date:
            file["date"] = date
        file.update(stamps)
        meeting["resultsProtocol" if record["kind"] == "referat" else "invitation"] = file
        agenda: list[dict[str, Any]] = []
        for section in record["sections"]:
            for entry in section["items"]:
                item = loads(entry) if isinstance(entry, Encoded) else entry
                agenda.append(self.item(item, len(agenda) + 1, url, body_url, org_url, stamps))
        meeting["agendaItem"] = agenda
        meeting.update(stamps)
        return meeting, len(agenda)

    def item(
        self,
        item: dict[str, Any],
        order: int,
        meeting_url: str,
        body_url: str,
        org_url: str,
        stamps: dict[str, str],
    ) -> dict[str, Any]:
        """The AgendaItem of an item record (its Paper and Consultation kept aside)."""
        base, item_id = self.base, item["id"]
        url = f"{base}agendaitem/{item_id}"
        agenda: dict[str, Any] = {
            "id": url,
            "type": SCHEMA + "AgendaItem",
            "meeting": meeting_url,
            "order": order,
        }
        if item["number"]:
            agenda["number"] = item["number"]
        if item["title"]:
            agenda["name"] = item["title"]
        tags = item["decision_tags"]
        if tags:
            agenda["result"] = ", ".join(tag_labels(tags, "da"))
        decision = [p["text"] for p in item["parts"] if p["heading"] == "Beslutning"]
        if decision:
            agenda["resolutionText"] = "\n\n".join(decision)
        case = item["case_number"]
        files = [
            {
                "id": f"{url}/attachment/{n}",
                "type": SCHEMA + "File",
                "name": name,
                "accessUrl": f"{url}/attachment/{n}",
                "agendaItem": [url],
                **stamps,
            }
            for n, name in enumerate(item["attachments"], start=1)
        ]
        if case is None:
            if files:
                agenda["auxiliaryFile"] = files
            agenda.update(stamps)
            return agenda
        paper_url = f"{base}paper/{quote(case)}"
        consultation = f"{base}consultation/{item_id}"
        agenda["consultation"] = consultation
        agenda.update(stamps)
        paper = self.papers.get(case)
        if paper is None:
            paper = self.papers[case] = {
                "id": paper_url,
                "type": SCHEMA + "Paper",
                "body": body_url,
                "name": item["title"] or case,
                "reference": case,
                "auxiliaryFile": [],
                "underDirectionOf": [org_url],
                "consultation": [],
            }
        for file in files:
            file["paper"] = [paper_url]
        paper["auxiliaryFile"].extend(files)
        paper["consultation"].append(
            {
                "id": consultation,
                "type": SCHEMA + "Consultation",
                "paper": paper_url,
                "agendaItem": url,
                "meeting": meeting_url,
                "organization": [org_url],
                "authoritative": bool(tags) and bool(item.get("tags_confirmed")),
                **stamps,
            }
        )
        self._stamp(paper, stamps["created"], stamps["modified"])
        return agenda

    def system(self) -> dict[str, Any]:
        return {
            "id": self.base,
            "type": SCHEMA + "System",
            "oparlVersion": SCHEMA,
            "body": f"{self.base}bodies",
            "name": "KKR Desk",
        }

    def rest(self) -> Iterable[dict[str, Any]]:
        """The objects kept to the end: Papers, then each Body and its Organization."""
        for paper in self.papers.values():
            if not paper["auxiliaryFile"]:
                del paper["auxiliaryFile"]
            yield paper
        for key, body in self.bodies.items():
            yield body
            yield self.organizations[key]


def write_oparl(
    meetings: Iterable[dict[str, Any]],
    path: Any,
    *,
    base_url: str = DEFAULT_BASE,
    progress: Callable[[int], None] | None = None,
) -> int:
    """Write ``meetings`` as an OParl 1.1 bundle to ``path`` (atomically); return the
    number of AgendaItems. ``progress`` is told the items written after each meeting."""
    bundle = _Bundle(check_base(base_url))
    encode = _ENCODER.encode
    count = 0

    def write(out: TextIO) -> None:
        nonlocal count
        out.write(f'{{"oparl":"1.1","system":{encode(bundle.system())},"objects":[')
        separator = "\n"
        for record in meetings:
            meeting, items = bundle.meeting(record)
            out.write(separator + encode(meeting))
            separator = ",\n"
            count += items
            if progress is not None:
                progress(count)
        for other in bundle.rest():
            out.write(separator + encode(other))
            separator = ",\n"
        out.write("\n]}\n")

    atomic_write(path, write, encoding="utf-8")
    return count
