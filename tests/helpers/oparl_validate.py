"""Validate an OParl 1.1 bundle (``kkr_desk.export.oparl``) against the OParl schemas.

The schemas (``shared/standards/oparl-1.1``, see its README) are JSON Schema plus OParl's
own keywords, which a JSON Schema validator ignores; this walker adds them:

- every object, top-level or embedded, is checked with ``jsonschema`` against its type's
  schema (the files declare no ``$schema``: the validator's default draft), with
  ``"format": "url"`` checked as an absolute http(s) URL and the standard formats too;
- ``"schema": "X.json"`` (an embedded object, not a ``$ref``) is followed: the object is
  checked as an X, and must say so in its ``type``;
- ``"references": "Type"`` URLs must name an object of that type present in the bundle
  (top-level or embedded); ``externalList`` URLs name lists the bundle stands for, so they
  are checked as URLs only;
- an id used for two different objects is an error.

``problems(bundle)`` lists what is wrong (empty: valid); ``references(bundle)`` lists the
references it resolved, so a test can see that some were.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import jsonschema
from jsonschema.validators import validator_for

SCHEMAS = Path(__file__).resolve().parents[3] / "shared" / "standards" / "oparl-1.1"
PREFIX = "https://schema.oparl.org/1.1/"

_FORMATS = jsonschema.FormatChecker()


@_FORMATS.checks("url")
def _is_url(value: object) -> bool:
    if not isinstance(value, str):
        return True
    parts = urlsplit(value)
    return parts.scheme in ("http", "https") and bool(parts.netloc) and " " not in value


@cache
def _validator(name: str) -> Any:
    schema = json.loads((SCHEMAS / f"{name}.json").read_text(encoding="utf-8"))
    cls = validator_for(schema)
    cls.check_schema(schema)
    return cls(schema, format_checker=_FORMATS)


def _type_name(obj: dict[str, Any]) -> str | None:
    kind = obj.get("type")
    if isinstance(kind, str) and kind.startswith(PREFIX):
        name = kind[len(PREFIX) :]
        if (SCHEMAS / f"{name}.json").is_file():
            return name
    return None


class _Walk:
    def __init__(self) -> None:
        self.problems: list[str] = []
        self.seen: dict[str, tuple[str, dict[str, Any]]] = {}  # id -> (type, object)
        self.wanted: list[tuple[str, str, str]] = []  # (url, type, where)

    def object(self, obj: Any, expected: str | None, where: str) -> None:
        if not isinstance(obj, dict):
            self.problems.append(f"{where}: not an object")
            return
        name = _type_name(obj)
        if name is None:
            self.problems.append(f"{where}: unknown OParl type {obj.get('type')!r}")
            return
        if expected is not None and name != expected:
            self.problems.append(f"{where}: a {name} where a {expected} belongs")
        for error in _validator(name).iter_errors(obj):
            path = "/".join(map(str, error.absolute_path))
            self.problems.append(f"{where}/{path} ({name}): {error.message}")
        ident = obj.get("id")
        if isinstance(ident, str):
            earlier = self.seen.setdefault(ident, (name, obj))
            if earlier[1] is not obj and earlier[1] != obj:
                self.problems.append(f"{where}: id {ident} names two different objects")
        properties = _validator(name).schema.get("properties", {})
        for key, value in obj.items():
            spec = properties.get(key)
            if spec is not None:
                self.property(spec, value, f"{where}/{key}")

    def property(self, spec: dict[str, Any], value: Any, where: str) -> None:
        items = spec.get("items") or {}
        embedded = spec.get("schema") or items.get("schema")
        if isinstance(embedded, str) and embedded.endswith(".json"):
            kind = embedded[: -len(".json")]
            for n, element in enumerate(value if isinstance(value, list) else [value]):
                if isinstance(element, dict):
                    self.object(
                        element, kind, f"{where}[{n}]" if isinstance(value, list) else where
                    )
        target = spec.get("references") or items.get("references")
        if isinstance(target, str) and target != "externalList":
            for url in value if isinstance(value, list) else [value]:
                if isinstance(url, str):
                    self.wanted.append((url, target, where))

    def resolve(self) -> list[tuple[str, str, str]]:
        resolved = []
        for url, target, where in self.wanted:
            found = self.seen.get(url)
            if found is None:
                self.problems.append(f"{where}: {url} names no object in the bundle")
            elif found[0] != target:
                self.problems.append(f"{where}: {url} is a {found[0]}, not a {target}")
            else:
                resolved.append((url, target, where))
        return resolved


def _walk(bundle: Any) -> tuple[_Walk, list[tuple[str, str, str]]]:
    walk = _Walk()
    if not isinstance(bundle, dict) or bundle.get("oparl") != "1.1":
        walk.problems.append('not an OParl bundle: {"oparl": "1.1", …} expected')
        return walk, []
    walk.object(bundle.get("system"), "System", "system")
    objects = bundle.get("objects")
    if not isinstance(objects, list):
        walk.problems.append("objects: not a list")
        return walk, []
    for n, obj in enumerate(objects):
        walk.object(obj, None, f"objects[{n}]")
    return walk, walk.resolve()


def problems(bundle: Any) -> list[str]:
    """What is wrong with ``bundle``; empty when every object is valid and every
    reference resolves."""
    return _walk(bundle)[0].problems


def references(bundle: Any) -> list[tuple[str, str, str]]:
    """The resolved references of ``bundle``: (url, type, where)."""
    return _walk(bundle)[1]


def objects_by_id(bundle: dict[str, Any]) -> dict[str, tuple[str, dict[str, Any]]]:
    """Every object of ``bundle``, embedded ones too: id -> (type, object)."""
    return _walk(bundle)[0].seen
