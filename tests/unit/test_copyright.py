"""packaging/debian/copyright: machine-readable (DEP-5), every licence a Files stanza names
has its paragraph, and every component the notices find in the bundle is there."""

from __future__ import annotations

import re
from pathlib import Path

from kkr_desk.app import notices

COPYRIGHT = Path(__file__).resolve().parents[2] / "packaging" / "debian" / "copyright"
FORMAT = "https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/"


def paragraphs() -> list[dict[str, str]]:
    """The file's paragraphs as field → value (continuation lines joined by newlines)."""
    out = []
    for block in COPYRIGHT.read_text("utf-8").split("\n\n"):
        fields: dict[str, str] = {}
        name = ""
        for line in block.strip("\n").splitlines():
            if line.startswith(" "):
                fields[name] += "\n" + line[1:]
            else:
                name, _, value = line.partition(":")
                assert name not in fields, f"{name} twice in one paragraph"
                fields[name] = value.strip()
        out.append(fields)
    return out


def short_names(expression: str) -> set[str]:
    return {part.strip() for part in re.split(r"\s+(?:and|or)\s+", expression)}


def test_the_header_names_the_format() -> None:
    header = paragraphs()[0]
    assert header["Format"] == FORMAT
    assert header["Upstream-Name"] == "KKR Desk"


def test_every_files_stanza_is_complete_and_the_program_is_agpl() -> None:
    files = [p for p in paragraphs() if "Files" in p]
    assert files[0]["Files"] == "*"
    assert files[0]["License"] == "AGPL-3+"
    for stanza in files:
        assert stanza["Copyright"], stanza["Files"]
        assert stanza["License"], stanza["Files"]
    licences = {f["Files"].split("\n")[0]: f["License"] for f in files}
    assert licences["opt/kkr-desk/_internal/PySide6/*"] == "LGPL-3"
    assert licences["opt/kkr-desk/_internal/pymupdf/*"] == "AGPL-3+"
    assert licences["opt/kkr-desk/_internal/sqlalchemy/*"] == "Expat"
    assert licences["opt/kkr-desk/_internal/libpython3*"] == "PSF-2"


def test_every_licence_used_has_one_paragraph_and_every_paragraph_is_used() -> None:
    parts = paragraphs()
    used = set().union(*(short_names(p["License"]) for p in parts if "Files" in p))
    standalone = [p["License"].split("\n")[0] for p in parts if "Files" not in p and "License" in p]
    assert len(standalone) == len(set(standalone))
    assert set(standalone) == used


def test_gnu_licences_debian_ships_are_referred_to_not_copied() -> None:
    whole = COPYRIGHT.read_text("utf-8")
    assert "/usr/share/common-licenses/LGPL-3" in whole
    assert "/usr/share/common-licenses/GPL-2" in whole
    assert "GNU LESSER GENERAL PUBLIC LICENSE" not in whole  # lintian: refer, do not copy
    assert "GNU GENERAL PUBLIC LICENSE\n" not in whole
    # the AGPL is not in common-licenses: in full, verbatim
    agpl = (COPYRIGHT.parents[2] / "LICENSE").read_text("utf-8")
    lines = [line.rstrip() for line in agpl.splitlines()]
    inside = [" ." if not line else " " + line for line in lines]
    assert "\n".join(inside) in whole


def test_every_bundled_component_is_named() -> None:
    whole = COPYRIGHT.read_text("utf-8").lower()
    for part in notices.components():
        name = re.split(r"[ _]", part.name.lower())[0]  # PySide6_Essentials: pyside6
        assert re.search(rf"\b{re.escape(name)}", whole), part.name
