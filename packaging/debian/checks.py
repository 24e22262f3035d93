"""Checks of the Debian package with Debian's own tools (issue 14), run by
packaging/smoke_test.py (``make package-test``) as root:

- lintian: no error or warning that packaging/debian/kkr-desk.lintian-overrides does not
  override, and every override there has a comment saying why;
- the .deb installs (apt brings missing dependencies); the installed desktop entry passes
  ``desktop-file-validate`` and the AppStream metadata ``appstreamcli validate --no-net``;
- the desktop entry's Exec line, with its ``%F`` replaced by two PDFs, imports both
  (offscreen, a temporary HOME and KKR_DESK_DB; ``--screenshot`` makes the window exit);
- ``man kkr-desk`` reads; the package removes cleanly, leaving none of its files.

The tools come from .ci/package-tools.
"""

from __future__ import annotations

import configparser
import os
import re
import shlex
import subprocess
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
OVERRIDES = HERE / "kkr-desk.lintian-overrides"
APP_ID = "dk.kl.kkrdesk"
DESKTOP = Path("/usr/share/applications/kkr-desk.desktop")
METAINFO = Path(f"/usr/share/metainfo/{APP_ID}.metainfo.xml")
MAN = Path("/usr/share/man/man1/kkr-desk.1.gz")
INSTALLED = (
    Path("/opt/kkr-desk/kkr-desk"),
    Path("/opt/kkr-desk/THIRD-PARTY-NOTICES.txt"),
    Path("/opt/kkr-desk/_internal/THIRD-PARTY-NOTICES.txt"),
    Path("/usr/bin/kkr-desk"),
    DESKTOP,
    METAINFO,
    MAN,
    Path("/usr/share/doc/kkr-desk/copyright"),
    Path("/usr/share/doc/kkr-desk/changelog.Debian.gz"),
    Path("/usr/share/lintian/overrides/kkr-desk"),
    Path("/usr/share/icons/hicolor/256x256/apps/kkr-desk.png"),
)
# lintian's lines: "E: kkr-desk: tag context" (also "kkr-desk binary:" in some versions)
LINTIAN_LINE = re.compile(r"^([EWIO]): kkr-desk(?: [a-z]+)?: (\S+)(.*)$")

Check = Callable[[str, Callable[[], None]], None]


def expect(condition: bool, message: str) -> None:
    if not condition:
        raise AssertionError(message)


def sh(
    *cmd: str, env: dict[str, str] | None = None, timeout: int = 900
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        cmd, capture_output=True, text=True, check=False, timeout=timeout, env=env
    )


def unexplained_overrides(text: str) -> list[str]:
    """The override lines with no comment line right above them (blank lines end a
    comment's reach)."""
    out, previous = [], ""
    for line in text.splitlines():
        stripped = line.strip()
        if stripped and not stripped.startswith("#") and not previous.startswith("#"):
            out.append(stripped)
        previous = stripped
    return out


def lintian(deb: Path) -> None:
    missing = unexplained_overrides(OVERRIDES.read_text("utf-8"))
    expect(not missing, f"overrides without a comment saying why: {missing}")
    out = sh("lintian", "--no-cfg", "--show-overrides", "--display-info", str(deb))
    found = [LINTIAN_LINE.match(line) for line in out.stdout.splitlines()]
    tags = [(m[1], m[2], m[3].strip()) for m in found if m]
    counts = {kind: sum(1 for k, _, _ in tags if k == kind) for kind in "EWIO"}
    print(
        f"     lintian: {counts['E']} errors, {counts['W']} warnings, "
        f"{counts['O']} overridden, {counts['I']} info",
        flush=True,
    )
    for _kind, tag, context in tags:
        if tag in ("unused-override", "mismatched-override"):
            print(f"     note: {tag} {context}", flush=True)
    bad = [f"{k}: {tag} {context}" for k, tag, context in tags if k in "EW"]
    expect(not bad, f"{len(bad)} errors or warnings not overridden: {bad[:10]}")
    expect(out.returncode == 0 or not bad, out.stderr[-500:])
    expect(counts["O"] > 0, "lintian read no overrides: is the file installed?")


def exec_line(desktop: Path, files: list[Path]) -> list[str]:
    """The entry's Exec command, its field codes replaced: %F by the files, %f by the first,
    %i %c %k dropped (the desktop entry specification)."""
    entry = configparser.ConfigParser(interpolation=None, strict=False)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(desktop, encoding="utf-8")
    words: list[str] = []
    for word in shlex.split(entry["Desktop Entry"]["Exec"]):
        if word == "%F":
            words += map(str, files)
        elif word == "%f":
            words.append(str(files[0]))
        elif word not in ("%i", "%c", "%k", "%u", "%U"):
            words.append(word.replace("%%", "%"))
    return words


def deb_checks(check: Check, deb: Path, work: Path, pdfs: list[Path], version: str) -> None:
    """Install, check and remove the package; each step a named check of its own."""
    sh("dpkg", "-r", "kkr-desk")  # a leftover from an interrupted run

    def install() -> None:
        installed = sh("dpkg", "-i", str(deb))
        if installed.returncode != 0:  # missing dependencies: let apt bring them, as users do
            sh("apt-get", "update", "-qq")
            fixed = sh("apt-get", "install", "-f", "-y", "-qq")
            expect(fixed.returncode == 0, installed.stderr + fixed.stderr)
        status = sh("dpkg-query", "-W", "-f=${Status}", "kkr-desk").stdout
        expect(status == "install ok installed", f"dpkg status: {status!r}")
        out = sh("/usr/bin/kkr-desk", "--version")
        expect(out.stdout.strip() == f"kkr-desk {version}", repr(out.stdout + out.stderr))
        missing = [str(p) for p in INSTALLED if not p.exists()]
        expect(not missing, f"not installed: {missing}")

    def desktop_entry_valid() -> None:
        out = sh("desktop-file-validate", str(DESKTOP))
        expect(out.returncode == 0 and not out.stdout.strip(), out.stdout + out.stderr)

    def appstream_valid() -> None:
        out = sh("appstreamcli", "validate", "--no-net", str(METAINFO))
        expect(out.returncode == 0, out.stdout + out.stderr)

    def exec_line_opens_two_pdfs() -> None:
        db = f"sqlite:///{work / 'desktop.sqlite3'}"
        env = {
            **os.environ,
            "QT_QPA_PLATFORM": "offscreen",
            "HOME": str(work / "desktop-home"),
            "KKR_DESK_DB": db,
            # a desktop session's PATH: the Exec line's kkr-desk is the installed one, not a
            # development environment's
            "PATH": "/usr/local/bin:/usr/bin:/bin",
        }
        (work / "desktop-home").mkdir(exist_ok=True)
        shot = work / "desktop.png"
        command = [*exec_line(DESKTOP, pdfs), "--screenshot", str(shot)]
        out = sh(*command, env=env, timeout=300)
        expect(out.returncode == 0, f"{shlex.join(command)}: exit {out.returncode}: {out.stderr}")
        expect(shot.is_file(), "the window rendered no screenshot")
        listed = sh("/usr/bin/kkr-desk", "meetings", "--db", db, env=env)
        expect(listed.returncode == 0, listed.stderr)
        names = [line.split("\t")[-1] for line in listed.stdout.splitlines()]
        expect(sorted(names) == sorted(p.name for p in pdfs), f"archive holds {names}")

    def man_reads() -> None:
        env = {**os.environ, "MANPAGER": "cat", "MANWIDTH": "80", "LC_ALL": "C.UTF-8"}
        out = sh("man", "kkr-desk", env=env)
        expect(out.returncode == 0, out.stderr)
        expect("kkr-desk" in out.stdout and "SYNOPSIS" in out.stdout, out.stdout[:300])
        expect("PLACEHOLDER" not in out.stdout, "the man page is build.py's placeholder")

    def copyright_is_the_projects() -> None:
        text = Path("/usr/share/doc/kkr-desk/copyright").read_text("utf-8")
        expect(text.startswith("Format: https://www.debian.org/doc/packaging-manuals/"), "DEP-5")
        expect("PLACEHOLDER" not in text, "the copyright file is build.py's placeholder")

    check("the .deb installs (dpkg, apt for dependencies)", install)
    try:
        check("desktop-file-validate on the installed entry", desktop_entry_valid)
        check("appstreamcli validate on the installed metainfo", appstream_valid)
        check("the desktop entry's Exec line imports two PDFs", exec_line_opens_two_pdfs)
        check("man kkr-desk reads", man_reads)
        check("the installed copyright is the project's (DEP-5)", copyright_is_the_projects)
    finally:
        check("the package removes cleanly", remove)


def remove() -> None:
    listed = sh("dpkg-query", "-L", "kkr-desk").stdout.splitlines()
    removed = sh("dpkg", "--purge", "kkr-desk")
    expect(removed.returncode == 0, removed.stderr)
    # the package's own files and folders (shared folders like /usr/share stay, of course)
    left = [
        p
        for p in listed
        if (p.startswith("/opt/kkr-desk") or "kkr-desk" in Path(p).name or APP_ID in p)
        and (Path(p).exists() or Path(p).is_symlink())
    ]
    expect(len(listed) > 100, f"dpkg listed {len(listed)} files")
    expect(not left, f"left behind: {left[:5]}")
    expect(not Path("/opt/kkr-desk").exists(), "/opt/kkr-desk left behind")
