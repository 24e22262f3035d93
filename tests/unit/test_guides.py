"""The user guides (docs/brugervejledning.md, docs/user-guide.md) against the program: every
shortcut of the window's action table is in each guide's shortcut table, every picture a
guide shows exists and is one that ``make docs`` (packaging/docs.py) makes, and the two
guides have the same sections."""

from __future__ import annotations

import re
import runpy
from pathlib import Path

import pytest

from kkr_desk.ui import actions

REPO = Path(__file__).resolve().parents[2]
DOCS = REPO / "docs"
# each guide and the heading of its shortcut section
GUIDES = {"brugervejledning.md": "Tastaturgenveje", "user-guide.md": "Keyboard shortcuts"}
IMAGE = re.compile(r"!\[[^\]]*\]\(([^)\s]+)\)")
CODE = re.compile(r"`([^`]+)`")


def shortcut_table() -> set[str]:
    """The window's shortcuts, from its action table (the tag rows included)."""
    return {spec.shortcut for spec in actions.specs() if spec.shortcut}


def section(text: str, heading: str) -> str:
    """The text under ``## heading`` up to the next heading of that level."""
    match = re.search(rf"^## {re.escape(heading)}\n(.*?)(?=^## |\Z)", text, re.M | re.S)
    assert match, f"no section '## {heading}'"
    return match.group(1)


def listed_shortcuts(text: str, heading: str) -> set[str]:
    """The keys in the first column of the shortcut section's table."""
    keys: set[str] = set()
    for line in section(text, heading).splitlines():
        cells = line.split("|")
        if line.startswith("|") and len(cells) > 2:
            keys.update(CODE.findall(cells[1]))
    return keys


def headings(text: str) -> list[str]:
    """The level of each heading (``##``, ``###``), in order."""
    return [line.split(" ", 1)[0] for line in text.splitlines() if re.match(r"#{2,6} ", line)]


def pictures_made() -> set[str]:
    """The file names packaging/docs.py (``make docs``) writes."""
    script = runpy.run_path(str(REPO / "packaging" / "docs.py"))
    return {script["WELCOME"], script["REPORT"], *(name for name, _ in script["SHOTS"])}


@pytest.mark.parametrize("guide", GUIDES)
def test_every_shortcut_is_in_the_guide(guide: str) -> None:
    text = (DOCS / guide).read_text(encoding="utf-8")
    missing = shortcut_table() - listed_shortcuts(text, GUIDES[guide])
    assert not missing, f"{guide} lacks the shortcuts {sorted(missing)}"


@pytest.mark.parametrize("guide", GUIDES)
def test_guide_lists_no_shortcut_the_window_lacks(guide: str) -> None:
    text = (DOCS / guide).read_text(encoding="utf-8")
    extra = listed_shortcuts(text, GUIDES[guide]) - shortcut_table()
    assert not extra, f"{guide} lists shortcuts the window does not have: {sorted(extra)}"


def test_a_shortcut_taken_out_of_a_guide_is_missed() -> None:
    """The check can fail: without its row, a shortcut is reported missing."""
    text = (DOCS / "user-guide.md").read_text(encoding="utf-8")
    assert "| `Ctrl+L` |" in text
    cut = "\n".join(line for line in text.splitlines() if not line.startswith("| `Ctrl+L` |"))
    assert shortcut_table() - listed_shortcuts(cut, GUIDES["user-guide.md"]) == {"Ctrl+L"}


def test_the_tag_keys_come_from_the_vocabulary() -> None:
    """The table the guides are checked against holds the tag keys (1, 2, …)."""
    assert {"1", "2", "Ctrl+O", "F1"} <= shortcut_table()


@pytest.mark.parametrize("guide", GUIDES)
def test_every_picture_exists_and_make_docs_makes_it(guide: str) -> None:
    made = pictures_made()
    text = (DOCS / guide).read_text(encoding="utf-8")
    pictures = IMAGE.findall(text)
    assert pictures, f"{guide} shows no picture"
    for picture in pictures:
        path = DOCS / picture
        assert path.parent == DOCS / "screenshots", picture
        assert path.is_file(), f"{guide} shows {picture}, which is not there"
        assert path.read_bytes().startswith(b"\x89PNG"), picture
        assert path.name in made, f"make docs does not make {picture}"


def test_the_guides_have_the_same_sections() -> None:
    da, en = ((DOCS / name).read_text(encoding="utf-8") for name in GUIDES)
    assert headings(da) == headings(en)
    assert len([h for h in headings(da) if h == "##"]) >= 10


def test_the_guides_show_the_same_pictures() -> None:
    da, en = ((DOCS / name).read_text(encoding="utf-8") for name in GUIDES)
    assert IMAGE.findall(da) == IMAGE.findall(en)
