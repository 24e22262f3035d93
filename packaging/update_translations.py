"""Refresh the Danish translation: ``make translations``.

1. ``pyside6-lupdate`` collects every tr()/translate()/QT_TRANSLATE_NOOP string of
   kkr_desk/ui/*.py and the tag labels of kkr_desk/domain/tags.py into
   resources/i18n/kkr_desk_da.ts (existing translations kept, vanished strings dropped:
   ``-no-obsolete``; no source locations, so diffs stay small);
2. the Danish text of packaging/translations_da.py (``DA``) is written into the .ts;
   a translation made by hand in the .ts (Qt Linguist) is kept unless DA has the string;
3. ``pyside6-lrelease`` compiles kkr_desk_da.qm.

It then lists the strings still without Danish text and warns about strings lupdate
files under a context Qt will not look them up in at run time. Idempotent and quick:
run it after changing any user-visible string. Exits 1 when a DA entry is wrong (its
placeholders differ; that entry is left out), and with ``--strict`` also when something
is untranslated (for CI); ``-v`` lists DA entries no source uses. Does not import kkr_desk.
"""

from __future__ import annotations

import argparse
import ast
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from translations_da import DA  # packaging/ is this script's folder, so on sys.path

ROOT = Path(__file__).resolve().parents[1]
UI = ROOT / "kkr_desk" / "ui"
LABELLED = [ROOT / "kkr_desk" / "domain" / "tags.py"]  # Qt-free labels marked for lupdate
TS = ROOT / "resources" / "i18n" / "kkr_desk_da.ts"
QM = TS.with_suffix(".qm")
PLACEHOLDER = re.compile(r"\{\d*\}|%n|%\d")


def tool(name: str) -> str:
    """A Qt tool from this interpreter's environment, else from PATH."""
    local = Path(sys.executable).parent / name
    found = str(local) if local.exists() else shutil.which(name)
    if found is None:
        sys.exit(f"update_translations: {name} not found (pip install PySide6-Essentials)")
    return found


def run(*args: str) -> None:
    result = subprocess.run(args, cwd=ROOT, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        sys.exit(f"update_translations: {' '.join(args)} failed:\n{result.stdout}{result.stderr}")


def lupdate(sources: list[Path]) -> None:
    TS.parent.mkdir(parents=True, exist_ok=True)
    run(
        tool("pyside6-lupdate"),
        *(str(s.relative_to(ROOT)) for s in sources),
        "-ts",
        str(TS.relative_to(ROOT)),
        "-no-obsolete",
        "-locations",
        "none",
        "-source-language",
        "en",
        "-target-language",
        "da_DK",
        "-silent",
    )


def lookup(context: str, source: str) -> tuple[str | tuple[str, str] | None, object]:
    """(the DA key that applies, its value); (None, None) when DA lacks the string."""
    for key in ((context, source), source):
        if key in DA:
            return key, DA[key]
    return None, None


def fill(tree: ET.ElementTree) -> tuple[bool, list[str], list[str], set[object]]:
    """Write DA into the .ts tree: (changed, untranslated, errors, DA keys used)."""
    changed, untranslated, errors = False, [], []
    used: set[object] = set()
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            if translation is None:
                translation = ET.SubElement(message, "translation")
            key, value = lookup(name, source)
            where = f"{name}: {source!r}"
            if key is None:
                forms = [translation, *translation.iter("numerusform")]
                if translation.get("type") == "unfinished" or not any(f.text for f in forms):
                    untranslated.append(where)
                continue
            used.add(key)
            if message.get("numerus") == "yes":  # forms may leave out %n ("ét punkt")
                if isinstance(value, str):
                    errors.append(f"needs a tuple of plural forms: {where}")
                    continue
                new = list(value)
                old = [f.text or "" for f in translation.iter("numerusform")]
                if old != new or translation.get("type"):
                    for form in list(translation):
                        translation.remove(form)
                    for text in new:
                        ET.SubElement(translation, "numerusform").text = text
                    changed = True
            elif not isinstance(value, str):
                errors.append(f"not a plural string, needs one text: {where}")
                continue
            elif sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(value)):
                errors.append(f"placeholders differ: {where} -> {value!r}")
                continue
            elif translation.text != value or translation.get("type"):
                translation.text = value
                changed = True
            if translation.get("type"):
                del translation.attrib["type"]
                changed = True
    return changed, untranslated, errors, used


def context_warnings(tree: ET.ElementTree, sources: list[Path]) -> list[str]:
    """Contexts that are neither a class of kkr_desk/ui nor a literal translate() context:
    ``parent.tr("x")`` is filed under "parent" by lupdate but looked up under the
    object's class at run time, so it never shows translated. Likewise a wrapper such as
    ``def _t(s): return translate("ctx", s)`` hides its strings from lupdate unless they
    are also marked with QT_TRANSLATE_NOOP("ctx", ...)."""
    code = {path.name: path.read_text(encoding="utf-8") for path in sources}
    known = set()
    for text in code.values():
        known |= set(re.findall(r"^class\s+(\w+)", text, re.MULTILINE))
        known |= set(re.findall(r"(?:translate|QT_TRANSLATE_NOOP3?)\(\s*\"([^\"]+)\"", text))
    marked = set()  # contexts with QT_TRANSLATE_NOOP strings (domain/tags.py marks "tags")
    for text in code.values():
        marked |= set(re.findall(r"QT_TRANSLATE_NOOP3?\(\s*\"([^\"]+)\"", text))
    warnings = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        if name not in known:
            warnings.append(
                f"context {name!r} is not a class: '{name}.tr(...)' is looked up under the "
                "object's class at run time; use self.tr() in the class or "
                f'QCoreApplication.translate("<Class>", ...)'
            )
    collected = {m.findtext("source") for m in tree.getroot().iter("message")}
    for file, text in code.items():
        for literal in re.findall(r"\btr\(\s*((['\"]).+?\2)\s*[,)]", text):
            source = ast.literal_eval(literal[0])
            if source not in collected:
                warnings.append(
                    f"{file}: lupdate missed tr({source!r}) — inside an f-string? "
                    "Translate it into a variable first"
                )
        for ctx in re.findall(r"translate\(\s*\"([^\"]+)\"\s*,\s*[A-Za-z_]", text):
            if ctx not in marked:
                warnings.append(
                    f"{file}: translate({ctx!r}, <variable>) — lupdate cannot see these "
                    f'strings; mark each with QT_TRANSLATE_NOOP("{ctx}", "...") or call '
                    "translate() with the literal"
                )
    return warnings


def write(tree: ET.ElementTree) -> None:
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    TS.write_text(
        f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n{body}\n', encoding="utf-8"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--strict", action="store_true", help="exit 1 if untranslated")
    parser.add_argument("-v", "--verbose", action="store_true", help="list unused DA keys")
    args = parser.parse_args(argv)
    sources = [*sorted(UI.glob("*.py")), *LABELLED]
    lupdate(sources)
    tree = ET.parse(TS)
    changed, untranslated, errors, used = fill(tree)
    if changed:
        write(tree)
        lupdate(sources)  # back to lupdate's own layout, so the next run changes nothing
    run(tool("pyside6-lrelease"), str(TS.relative_to(ROOT)), "-qm", str(QM.relative_to(ROOT)))
    for warning in context_warnings(ET.parse(TS), sources):
        print(f"warning: {warning}")
    for error in errors:  # those entries were left out; the rest is written
        print(f"error: {error}")
    total = sum(1 for _ in tree.getroot().iter("message"))
    danish = total - len(untranslated) - len(errors)
    print(f"{TS.relative_to(ROOT)}: {total} strings, {danish} in Danish")
    unused = [key for key in DA if key not in used]
    if unused:
        print(f"{len(unused)} entries of translations_da.py are not used by the sources now")
        if args.verbose:
            print("\n".join(f"  {key!r}" for key in unused))
    if untranslated:
        print(f"{len(untranslated)} without Danish text (add them to translations_da.py):")
        print("\n".join(f"  {u}" for u in untranslated))
    return 1 if errors or (args.strict and untranslated) else 0


if __name__ == "__main__":
    sys.exit(main())
