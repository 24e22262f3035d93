"""Build the installers: the PyInstaller bundle ``dist/kkr-desk/`` and, from it, the Debian
package ``dist/kkr-desk_<version>_amd64.deb`` (``make package``). Prints their sizes."""

from __future__ import annotations

import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DIST = ROOT / "dist"
BUNDLE = DIST / "kkr-desk"
# Debian packages the bundled Qt needs on a minimal system (its X11 platform plugin).
DEPENDS = (
    "libc6, libfontconfig1, libfreetype6, libglib2.0-0, libx11-6, libxkbcommon0, "
    "libxkbcommon-x11-0, libxcb-cursor0, libxcb-icccm4, libxcb-keysyms1, libegl1, libdbus-1-3"
)


def version() -> str:
    with (ROOT / "pyproject.toml").open("rb") as handle:
        return tomllib.load(handle)["project"]["version"]


def size(path: Path) -> str:
    """Bytes on disk, links not followed (the bundle links some libraries)."""
    files = (
        [p for p in path.rglob("*") if p.is_file() and not p.is_symlink()]
        if path.is_dir()
        else [path]
    )
    return f"{sum(p.stat().st_size for p in files) / 1e6:.1f} MB"


def bundle() -> Path:
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
    return exe


def deb() -> Path:
    """/opt/kkr-desk (the bundle), /usr/bin/kkr-desk (a link), desktop entry and icon."""
    ver = version()
    stage = ROOT / "build" / "deb" / f"kkr-desk_{ver}_amd64"
    shutil.rmtree(stage, ignore_errors=True)
    shutil.copytree(BUNDLE, stage / "opt" / "kkr-desk", symlinks=True)
    (stage / "usr" / "bin").mkdir(parents=True)
    (stage / "usr" / "bin" / "kkr-desk").symlink_to("/opt/kkr-desk/kkr-desk")
    apps = stage / "usr" / "share" / "applications"
    apps.mkdir(parents=True)
    shutil.copy(ROOT / "resources" / "kkr-desk.desktop", apps / "kkr-desk.desktop")
    for px, name in ((256, "kkr-desk.png"), (48, "kkr-desk-48.png")):
        icons = stage / "usr" / "share" / "icons" / "hicolor" / f"{px}x{px}" / "apps"
        icons.mkdir(parents=True)
        shutil.copy(ROOT / "resources" / "icons" / name, icons / "kkr-desk.png")
    control = stage / "DEBIAN"
    control.mkdir()
    installed_kb = sum(p.stat().st_size for p in stage.rglob("*") if p.is_file()) // 1024
    (control / "control").write_text(
        f"""Package: kkr-desk
Version: {ver}
Section: office
Priority: optional
Architecture: amd64
Maintainer: KKR Desk <kkr-desk@kl.dk>
Installed-Size: {installed_kb}
Depends: {DEPENDS}
Description: Review tool for KKR agendas and minutes
 KKR Desk reads KKR meeting documents (dagsordener and referater) into sections,
 items and parts for the secretariat to check, correct, tag and export.
""",
        encoding="utf-8",
    )
    out = DIST / f"kkr-desk_{ver}_amd64.deb"
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
