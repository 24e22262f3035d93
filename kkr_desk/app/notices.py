"""The third-party notices: what KKR Desk's bundle contains, under which licence, with the
licence texts (THIRD-PARTY-NOTICES.txt).

The list is the runtime dependency closure of the ``kkr-desk`` distribution as installed
(``importlib.metadata``: each distribution's requirements, followed recursively; a
requirement that holds only under an extra is not followed, one under an environment
marker is followed when its distribution is installed here), plus what is in the bundle
without being a requirement: Python itself, the Qt libraries inside the PySide6 wheels, and
the PyInstaller bootloader when PyInstaller is installed (it makes the bundle). For each:
name, version, licence, home page, and the licence files of its ``.dist-info``. A licence
whose text the distribution does not ship (the PySide6 wheels ship none) is taken from
the system's copies (``/usr/share/common-licenses`` on Debian) or named by its address.

``packaging/notices.py OUT`` writes the file for the bundle; Help → About shows the
bundle's copy when frozen (``bundled_text``) and builds it here otherwise. Output is
sorted and holds nothing of the machine but versions and texts: the same environment
gives the same bytes.
"""

from __future__ import annotations

import platform
import re
import sys
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

FILE_NAME = "THIRD-PARTY-NOTICES.txt"
SOURCE_URL = "https://kkr-desk.kl.dk/source/"  # as pyproject.toml's [project.urls] Source
ROOT = "kkr-desk"
# KKR Desk's extras the bundle holds when installed where it is built: PyInstaller's
# SQLAlchemy hook collects the PostgreSQL driver (a shared archive) when it is there.
BUNDLED_EXTRAS = ("postgres",)
COMMON_LICENCES = Path("/usr/share/common-licenses")
# The licences of components that ship no text: the system's file and the text's address.
KNOWN_TEXTS = {
    "LGPL-3.0": ("LGPL-3", "https://www.gnu.org/licenses/lgpl-3.0.txt"),
    "GPL-3.0": ("GPL-3", "https://www.gnu.org/licenses/gpl-3.0.txt"),
}
AGPL_TITLE = "GNU AFFERO GENERAL PUBLIC LICENSE"
LICENCE_FILE = re.compile(r"^(LICEN[CS]E|COPYING|NOTICE|AUTHORS)", re.IGNORECASE)
QT_NOTE = (
    "The Qt libraries and plugins inside the PySide6 wheels, used under the GNU Lesser "
    "General Public License version 3 (they are dynamically linked shared libraries in "
    "the bundle's folder and may be replaced). Source: https://download.qt.io/official_releases/qt/"
)
PYMUPDF_NOTE = (
    "Offered under the GNU AGPL version 3 or Artifex's commercial licence; KKR Desk uses "
    "it under the AGPL (text below), which is why KKR Desk is AGPL-3.0-or-later."
)
# MuPDF and the libraries built into PyMuPDF's libmupdf (MuPDF's thirdparty folder).
MUPDF_NOTE = (
    "MuPDF is built into PyMuPDF's libraries (libmupdf), with these libraries from its "
    "thirdparty folder, each under its own licence: Brotli (MIT), cmark-gfm "
    "(BSD-2-Clause), extract (AGPL-3.0), FreeType (FTL), Gumbo (Apache-2.0), HarfBuzz "
    "(MIT), jbig2dec (AGPL-3.0), lcms2mt (MIT), Leptonica (BSD-2-Clause), libjpeg (IJG), "
    "OpenJPEG (BSD-2-Clause), Tesseract (Apache-2.0), zint (BSD-3-Clause), zlib (Zlib), "
    "zxing-cpp (Apache-2.0). Source and the libraries' licence files: "
    "https://github.com/ArtifexSoftware/mupdf (thirdparty/)."
)
PSYCOPG_BINARY_NOTE = (
    "Its wheel brings the PostgreSQL client library libpq (PostgreSQL licence) and the "
    "libraries libpq uses (OpenSSL: Apache-2.0; MIT Kerberos; OpenLDAP: OLDAP-2.8; "
    "Cyrus SASL), in psycopg_binary.libs; their licences: https://www.psycopg.org/psycopg3/"
)
PYSIDE_NOTE = (
    "Offered under LGPL-3.0-only OR GPL-2.0-only OR GPL-3.0-only; KKR Desk uses it "
    "under LGPL-3.0-only (the LGPL is additional permissions on top of the GPL version 3, "
    "so both texts follow)."
)


@dataclass(frozen=True)
class Component:
    """One thing in the bundle and its licence."""

    name: str
    version: str
    licence: str
    homepage: str
    texts: tuple[tuple[str, str], ...]  # (file name, text), sorted by file name
    note: str = ""


def key(name: str) -> str:
    """A distribution name normalised (PEP 503): ``Python_Docx`` → ``python-docx``."""
    return re.sub(r"[-_.]+", "-", name).lower()


def closure(
    root: str = ROOT, extras: tuple[str, ...] = BUNDLED_EXTRAS
) -> list[metadata.Distribution]:
    """``root`` (with ``extras``) and every distribution it needs at run time, sorted by
    name. A requirement under an extra is followed only when that extra was asked for
    (``psycopg[binary]``); one whose distribution is not installed is left out."""
    found: dict[str, metadata.Distribution] = {}
    asked: dict[str, set[str]] = {}
    todo: list[tuple[str, frozenset[str]]] = [(root, frozenset(extras))]
    while todo:
        name, wanted = todo.pop()
        if key(name) in found and wanted <= asked[key(name)]:
            continue
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            if name == root:
                raise
            continue  # under a marker that does not hold here, or an extra not installed
        found[key(name)] = dist
        asked.setdefault(key(name), set()).update(wanted)
        for requirement in dist.requires or []:
            spec, _, marker = requirement.partition(";")
            needs = set(re.findall(r"""\bextra\s*==\s*['"]([^'"]+)['"]""", marker))
            if needs and not needs & asked[key(name)]:
                continue
            match = re.match(r"\s*([A-Za-z0-9][A-Za-z0-9._-]*)\s*(?:\[([^\]]*)\])?", spec)
            if match:
                more = frozenset(e.strip() for e in (match.group(2) or "").split(",") if e.strip())
                todo.append((match.group(1), more))
    return [found[name] for name in sorted(found)]


def field(meta: metadata.PackageMetadata, name: str) -> str:
    """A metadata field's first value, stripped ("" when absent)."""
    values = meta.get_all(name) or []
    return str(values[0]).strip() if values else ""


def licence_of(dist: metadata.Distribution) -> str:
    """The SPDX expression (License-Expression), else a short License field, else the
    licence classifiers."""
    meta = dist.metadata
    expression = field(meta, "License-Expression")
    if expression:
        return expression
    licence = field(meta, "License")
    if licence and "\n" not in licence and len(licence) <= 120 and licence.upper() != "UNKNOWN":
        return licence
    classifiers = [
        c.split("::")[-1].strip()
        for c in meta.get_all("Classifier") or []
        if c.startswith("License ::")
    ]
    return "; ".join(classifiers) or "not stated"


def homepage_of(dist: metadata.Distribution) -> str:
    """The Homepage project URL, else Home-page, else the first project URL."""
    meta = dist.metadata
    urls = [str(u).split(",", 1) for u in meta.get_all("Project-URL") or []]
    for label, url in urls:
        if key(label) in ("homepage", "home"):
            return url.strip()
    if field(meta, "Home-page"):
        return field(meta, "Home-page")
    return urls[0][1].strip() if urls and len(urls[0]) == 2 else ""


def texts_of(dist: metadata.Distribution) -> tuple[tuple[str, str], ...]:
    """The licence files of ``dist``'s .dist-info (License-File, or named LICENSE*,
    COPYING*, NOTICE*, AUTHORS*), read as UTF-8."""
    declared = {str(name) for name in dist.metadata.get_all("License-File") or []}
    out: dict[str, str] = {}
    for file in dist.files or []:
        parts = file.parts
        if not parts or not parts[0].endswith(".dist-info") or len(parts) < 2:
            continue
        inside = "/".join(parts[2:] if parts[1] == "licenses" else parts[1:])
        if inside in declared or LICENCE_FILE.match(parts[-1]):
            path = Path(str(file.locate()))
            if path.is_file():
                out[inside] = path.read_text(encoding="utf-8", errors="replace")
    return tuple(sorted(out.items()))


def known_texts(
    spdx: tuple[str, ...], folder: Path = COMMON_LICENCES
) -> tuple[tuple[str, str], ...]:
    """Standard licence texts from the system's copies, or where to read them."""
    out = []
    for licence in spdx:
        name, url = KNOWN_TEXTS[licence]
        path = folder / name
        text = path.read_text(encoding="utf-8") if path.is_file() else f"See {url}\n"
        out.append((f"{licence}.txt", text))
    return tuple(out)


def agpl_text() -> str:
    """The GNU AGPL version 3: KKR Desk's own LICENSE (in its .dist-info, or the source
    tree's), else where to read it."""
    for _, text in texts_of(metadata.distribution(ROOT)):
        if AGPL_TITLE in text:
            return text
    source = Path(__file__).resolve().parents[2] / "LICENSE"
    if source.is_file():
        return source.read_text(encoding="utf-8")
    return "See https://www.gnu.org/licenses/agpl-3.0.txt\n"


def component(dist: metadata.Distribution) -> Component:
    name = str(dist.metadata["Name"])
    texts = texts_of(dist)
    note = ""
    if key(name) == "pymupdf":
        note = PYMUPDF_NOTE
        if not any(AGPL_TITLE in text for _, text in texts):
            texts = (*texts, ("AGPL-3.0.txt", agpl_text()))
    if key(name) == "psycopg-binary":
        note = PSYCOPG_BINARY_NOTE
    if key(name) in ("pyside6-essentials", "pyside6", "shiboken6"):
        note = PYSIDE_NOTE
        texts = texts or known_texts(("LGPL-3.0", "GPL-3.0"))
    return Component(name, dist.version, licence_of(dist), homepage_of(dist), texts, note)


def python_component() -> Component:
    """The interpreter and its standard library, with the LICENSE.txt it ships."""
    base = Path(sys.base_prefix)
    version = f"{sys.version_info.major}.{sys.version_info.minor}"
    texts: tuple[tuple[str, str], ...] = ()
    for path in (base / "lib" / f"python{version}" / "LICENSE.txt", base / "LICENSE.txt"):
        if path.is_file():
            texts = (("LICENSE.txt", path.read_text(encoding="utf-8", errors="replace")),)
            break
    if not texts:
        texts = (("LICENSE.txt", "See https://docs.python.org/3/license.html\n"),)
    return Component(
        "Python", platform.python_version(), "PSF-2.0", "https://www.python.org", texts
    )


def pymupdf_mupdf_version(dist: metadata.Distribution) -> str:
    """The MuPDF version built into PyMuPDF (the same as PyMuPDF's since 1.24)."""
    import pymupdf

    return str(getattr(pymupdf, "mupdf_version", dist.version))


def extra_components(dists: list[metadata.Distribution]) -> list[Component]:
    """What the bundle holds beside the closure: Python, Qt, the PyInstaller bootloader."""
    out = [python_component()]
    names = {key(str(d.metadata["Name"])): d for d in dists}
    pymupdf = names.get("pymupdf")
    if pymupdf is not None:
        out.append(
            Component(
                "MuPDF",
                pymupdf_mupdf_version(pymupdf),
                "AGPL-3.0-or-later",
                "https://mupdf.com",
                (("AGPL-3.0.txt", agpl_text()),),
                MUPDF_NOTE,
            )
        )
    pyside = names.get("pyside6-essentials") or names.get("pyside6")
    if pyside is not None:
        out.append(
            Component(
                "Qt",
                pyside.version,
                "LGPL-3.0-only",
                "https://www.qt.io",
                known_texts(("LGPL-3.0", "GPL-3.0")),
                QT_NOTE,
            )
        )
    try:
        installer = metadata.distribution("pyinstaller")
    except metadata.PackageNotFoundError:
        return out
    out.append(
        Component(
            "PyInstaller bootloader",
            installer.version,
            "GPL-2.0-or-later WITH Bootloader-exception",
            homepage_of(installer),
            texts_of(installer),
            "The program's executable is PyInstaller's bootloader; its exception allows "
            "distributing it with any program.",
        )
    )
    return out


def components(root: str = ROOT) -> list[Component]:
    """Every third-party component of the bundle, sorted by name (``root`` left out)."""
    dists = closure(root)
    found = [component(d) for d in dists if key(str(d.metadata["Name"])) != key(root)]
    return sorted([*found, *extra_components(dists)], key=lambda c: key(c.name))


def render(parts: list[Component]) -> str:
    """THIRD-PARTY-NOTICES.txt: a summary table, then each component with its texts; a
    text repeated from an earlier component is referred to, not repeated."""
    rule = "=" * 78
    lines = [
        "KKR Desk — third-party notices",
        "",
        "KKR Desk is licensed under the GNU Affero General Public License version 3 or",
        "later (AGPL-3.0-or-later); see LICENSE. The program as distributed contains the",
        "following components, each under its own licence:",
        "",
    ]
    width = max(len(p.name) for p in parts)
    lines += [f"  {p.name:<{width}}  {p.version:<12}  {p.licence}" for p in parts]
    seen: dict[str, str] = {}
    for part in parts:
        lines += ["", rule, f"{part.name} {part.version}", f"Licence: {part.licence}"]
        if part.homepage:
            lines.append(f"Home page: {part.homepage}")
        if part.note:
            lines.append(part.note)
        if not part.texts:
            lines.append("(no licence file in its distribution)")
        for file_name, text in part.texts:
            label = f"{part.name}: {file_name}"
            lines += ["", f"--- {label} ---"]
            if text in seen:
                lines.append(f"(the same text as {seen[text]} above)")
                continue
            seen[text] = label
            lines.append(text.rstrip("\n"))
    return "\n".join(lines) + "\n"


def generate(root: str = ROOT) -> str:
    return render(components(root))


def bundled_text() -> str | None:
    """The frozen bundle's THIRD-PARTY-NOTICES.txt (beside the modules or the
    executable), or None when not frozen or not there."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen is None:
        return None
    for folder in (Path(frozen), Path(sys.executable).resolve().parent):
        path = folder / FILE_NAME
        if path.is_file():
            return path.read_text(encoding="utf-8")
    return None


def text() -> str:
    """The notices to show: the bundle's file when frozen, else built from the
    installed metadata."""
    bundled = bundled_text()
    return bundled if bundled is not None else generate()


def source_url() -> str:
    """Where the program's source code is: the Source project URL of its metadata."""
    try:
        dist = metadata.distribution(ROOT)
    except metadata.PackageNotFoundError:
        return SOURCE_URL
    for entry in dist.metadata.get_all("Project-URL") or []:
        label, _, url = str(entry).partition(",")
        if key(label) == "source":
            return url.strip()
    return SOURCE_URL
