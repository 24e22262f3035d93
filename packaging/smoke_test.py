"""Smoke test of the FROZEN program (``make package-test``): the bundle must start, find its
resources and migrations, and do the real work; the .deb must install and go again.

Runs ``dist/kkr-desk/kkr-desk`` with QT_QPA_PLATFORM=offscreen, a temporary home and
archive; then checks the .deb with Debian's tools (lintian, and as root: install,
desktop-file-validate, appstreamcli, the desktop entry's Exec line, man, removal), see
packaging/debian/checks.py. Ends with the line ``N passed, N failed``; exit code 1 when
anything failed.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import struct
import subprocess
import sys
import tempfile
import tomllib
import types
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EXE = ROOT / "dist" / "kkr-desk" / "kkr-desk"
CORPUS = ROOT.parent / "shared" / "corpus"
MINUTES = CORPUS / "kkr-nordjylland-2022-11-18-referat.pdf"
AGENDA = CORPUS / "kkr-nordjylland-2020-06-19-dagsorden.pdf"


def version() -> str:
    with (ROOT / "pyproject.toml").open("rb") as handle:
        return tomllib.load(handle)["project"]["version"]


class Smoke:
    def __init__(self, work: Path) -> None:
        self.work = work
        self.env = {
            **os.environ,
            "QT_QPA_PLATFORM": "offscreen",
            "HOME": str(work / "home"),
            "XDG_DATA_HOME": str(work / "data"),
            "XDG_CONFIG_HOME": str(work / "config"),
        }
        self.env.pop("KKR_DESK_DB", None)
        self.db = f"sqlite:///{work / 'archive.sqlite3'}"
        self.results: list[tuple[str, str | None]] = []

    def run(self, *args: str | Path, exe: Path = EXE) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [str(exe), *map(str, args)],
            capture_output=True,
            text=True,
            env=self.env,
            timeout=180,
            check=False,
        )

    def check(self, name: str, test: Callable[[], None]) -> None:
        try:
            test()
        except Exception as exc:  # noqa: BLE001 - every failure is reported, then counted
            self.results.append((name, f"{type(exc).__name__}: {exc}"))
            print(f"FAIL {name}: {exc}", flush=True)
        else:
            self.results.append((name, None))
            print(f"ok   {name}", flush=True)


def expect(condition: bool, message: str) -> None:
    if not condition:
        raise AssertionError(message)


def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()[:24]
    expect(data[:8] == b"\x89PNG\r\n\x1a\n", f"{path} is not a PNG")
    return struct.unpack(">II", data[16:24])


def main() -> int:
    if not EXE.is_file():
        print(f"no frozen program at {EXE}: run `make package` first")
        print("0 passed, 1 failed")
        return 1
    with tempfile.TemporaryDirectory(prefix="kkr-smoke-") as tmp:
        smoke = Smoke(Path(tmp))
        checks(smoke)
    failed = [name for name, error in smoke.results if error]
    print(f"{len(smoke.results) - len(failed)} passed, {len(failed)} failed")
    return 1 if failed else 0


def checks(s: Smoke) -> None:
    def version_flag() -> None:
        out = s.run("--version")
        expect(out.returncode == 0, out.stderr)
        expect(out.stdout.strip() == f"kkr-desk {version()}", repr(out.stdout))

    def parse_equals_source_tree() -> None:
        frozen = s.run("parse", MINUTES, "--format", "json")
        expect(frozen.returncode == 0, frozen.stderr)
        source = subprocess.run(
            [sys.executable, "-m", "kkr_desk", "parse", str(MINUTES), "--format", "json"],
            capture_output=True,
            text=True,
            check=True,
            cwd=ROOT,
        )
        expect(json.loads(frozen.stdout) == json.loads(source.stdout), "parse output differs")

    def first_start_creates_the_archive() -> None:
        out = s.run("meetings")  # no --db: the default archive in the user data folder
        expect(out.returncode == 0, out.stderr)
        archive = s.work / "data" / "kkr-desk" / "archive.sqlite3"
        expect(archive.is_file(), f"no archive at {archive}")
        with sqlite3.connect(archive) as conn:
            revision = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
        conn.close()
        expect(revision is not None, "no schema revision")
        expect({"meeting", "line", "node", "edit", "item_record"} <= tables, str(tables))

    def import_and_export() -> None:
        out = s.run("import", MINUTES, AGENDA, "--db", s.db)
        expect(out.returncode == 0, out.stderr)
        expect(len(out.stdout.splitlines()) == 2, out.stdout)
        csv_file, json_file = s.work / "alle.csv", s.work / "alle.json"
        out = s.run("export", "--all", "--format", "csv", "--out", csv_file, "--db", s.db)
        expect(out.returncode == 0, out.stderr)
        expect(csv_file.read_bytes().startswith(b"\xef\xbb\xbfmeeting_id;"), "CSV header")
        out = s.run("export", "--all", "--format", "json", "--out", json_file, "--db", s.db)
        expect(out.returncode == 0, out.stderr)
        import jsonschema  # from the build environment: the bundle does not carry it

        schema = json.loads((ROOT / "resources" / "export.schema.json").read_text("utf-8"))
        document = json.loads(json_file.read_text("utf-8"))
        jsonschema.Draft202012Validator(
            schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
        ).validate(document)
        items = sum(len(sec["items"]) for m in document["meetings"] for sec in m["sections"])
        expect(items == 33, f"{items} items exported, expected 33")

    def every_export_format() -> None:
        """Excel, OParl and the decision reports from the frozen program, read back with
        the build environment's readers (the bundle must carry XlsxWriter, python-docx and
        its template)."""
        import docx  # the build environment's readers
        import openpyxl
        import pymupdf

        files = {f: s.work / f"alle.{f}" for f in ("xlsx", "oparl", "report-pdf", "report-docx")}
        for fmt, path in files.items():
            out = s.run("export", "--all", "--format", fmt, "--out", path, "--db", s.db)
            expect(out.returncode == 0, f"{fmt}: {out.stderr}")
        book = openpyxl.load_workbook(files["xlsx"], read_only=True)
        rows = sum(1 for _ in book.worksheets[0].iter_rows())
        book.close()
        expect(rows == 34, "33 item rows and a header")
        bundle = json.loads(files["oparl"].read_text("utf-8"))
        expect(bundle.get("oparl") == "1.1", "an OParl 1.1 bundle")
        with pymupdf.open(files["report-pdf"]) as pdf:
            expect("Beslutningsprotokol" in pdf[0].get_text(), "the report's title in the PDF")
        words = " ".join(p.text for p in docx.Document(str(files["report-docx"])).paragraphs)
        expect("Beslutningsprotokol" in words, "the report's title in the Word file")

    def screenshot() -> None:
        png = s.work / "shot.png"
        out = s.run("gui", MINUTES, "--select", "2.1", "--screenshot", png, "--db", s.db)
        expect(out.returncode == 0, out.stderr)
        expect(png.stat().st_size > 50_000, f"PNG of {png.stat().st_size} bytes")
        expect(png_size(png) == (1400, 900), f"PNG size {png_size(png)}")

    def resources_are_bundled() -> None:
        internal = EXE.parent / "_internal"
        for name in (
            "resources/i18n/kkr_desk_da.qm",
            "resources/export.schema.json",
            "resources/icons/kkr-desk.png",
            "migrations/env.py",
            "docs/brugervejledning.md",  # Help → User guide
            "docs/user-guide.md",
            "docs/screenshots/window-1280x720.png",
            "THIRD-PARTY-NOTICES.txt",  # Help → About
        ):
            expect((internal / name).is_file(), f"{name} missing from the bundle")

    def bytecode_is_precompiled() -> None:
        bytecode_in_bundle(EXE.parent)

    def bad_input_is_one_line() -> None:
        bad = s.work / "ikke.pdf"
        bad.write_bytes(b"not a pdf at all")
        out = s.run("parse", bad)
        expect(out.returncode == 2, f"exit {out.returncode}")
        expect(len(out.stderr.strip().splitlines()) == 1, out.stderr)
        expect("Traceback" not in out.stderr, out.stderr)

    s.check("--version", version_flag)
    s.check("parse equals the source-tree parse", parse_equals_source_tree)
    s.check(
        "first start creates the archive through the migrations", first_start_creates_the_archive
    )
    s.check("import, export CSV and JSON (schema-valid)", import_and_export)
    s.check("export Excel, OParl and the decision reports", every_export_format)
    s.check("gui --screenshot", screenshot)
    s.check("resources, migrations, guides and notices are in the bundle", resources_are_bundled)
    s.check("bad input: one line, exit 2", bad_input_is_one_line)
    # last: the runs above must have compiled nothing into the bundle
    s.check("kkr_desk and its libraries are precompiled bytecode", bytecode_is_precompiled)
    deb = next((ROOT / "dist").glob("kkr-desk_*_amd64.deb"), None)
    if deb is None:
        print("skip the .deb checks: no dist/*.deb (no dpkg-deb on this machine)")
        return
    sys.path.insert(0, str(ROOT / "packaging" / "debian"))
    import checks as debian  # packaging/debian/checks.py: Debian's tools on the package

    def lintian() -> None:
        expect(shutil.which("lintian") is not None, "no lintian: run .ci/package-tools")
        debian.lintian(deb)

    s.check("lintian: no error or warning that is not overridden with a reason", lintian)
    if shutil.which("dpkg") and os.geteuid() == 0:
        pdfs = sorted(CORPUS.glob("*.pdf"))[:2]
        debian.deb_checks(s.check, deb, s.work, pdfs, version())
    else:
        print("skip the .deb install checks: needs dpkg and root")


# Modules the window's start-up imports: they must be in the bundle's archive of compiled
# modules (PYZ), as must every kkr_desk module the bundle holds.
STARTUP_MODULES = (
    "kkr_desk.ui.app",
    "kkr_desk.ui.main_window",
    "kkr_desk.store.models",
    "PySide6",
    "sqlalchemy.orm",
    "pymupdf",
)


def bytecode_in_bundle(bundle: Path) -> None:
    """The program starts from precompiled bytecode (issue 13): kkr_desk and its libraries
    are code objects in the executable's PYZ archive, no kkr_desk source is in the bundle
    for Python to compile at run time, and running it wrote no bytecode into the bundle."""
    from PyInstaller.archive.readers import CArchiveReader  # the build environment's

    pyz = CArchiveReader(str(bundle / "kkr-desk")).open_embedded_archive("PYZ.pyz")
    missing = [name for name in STARTUP_MODULES if name not in pyz.toc]
    expect(not missing, f"not in the bundle's PYZ: {missing}")
    ours = [name for name in pyz.toc if name.split(".")[0] == "kkr_desk"]
    not_code = [name for name in ours if not isinstance(pyz.extract(name), types.CodeType)]
    expect(not not_code, f"kkr_desk modules that are no compiled code: {not_code}")
    sources = [p for p in bundle.rglob("*.py") if "kkr_desk" in p.relative_to(bundle).parts]
    expect(not sources, f"kkr_desk sources in the bundle, compiled at run time: {sources[:3]}")
    written = [*bundle.rglob("__pycache__"), *bundle.rglob("*.pyc")]
    expect(not written, f"bytecode written into the bundle at run time: {written[:3]}")


if __name__ == "__main__":
    sys.exit(main())
