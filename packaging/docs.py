"""Regenerate the user guides' screenshots (``make docs``): docs/screenshots/*.png.

Every picture is made by the program itself — ``kkr-desk gui --screenshot PNG``, Qt
offscreen, Danish locale — from a temporary archive holding the shared corpus' two
meetings and a few edits by two clerks (mette and jens), so that the review marks, the
confirmed tags and the history panel have something to show. The decision report's first
page is ``kkr-desk export --format report-pdf`` rendered by PyMuPDF. Nothing outside the
temporary folder and the output folder is touched (user data, settings and the log go to
the temporary folder too).

    python packaging/docs.py [OUT_DIR] [--corpus DIR]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
CORPUS = REPO.parent / "shared" / "corpus"
AGENDA = "kkr-nordjylland-2020-06-19-dagsorden.pdf"
MINUTES = "kkr-nordjylland-2022-11-18-referat.pdf"
SIZE = "1280x720"

# (file name, the gui arguments after the archive); meeting 2 is the minutes.
SHOTS: list[tuple[str, list[str]]] = [
    (f"window-{SIZE}.png", ["--meeting", "2", "--select", "2.7"]),
    (f"search-{SIZE}.png", ["--meeting", "2", "--search", "kollektiv trafik"]),
    (f"history-{SIZE}.png", ["--meeting", "2", "--select", "2.1", "--history"]),
    (f"agenda-{SIZE}.png", ["--meeting", "1", "--select", "1.1"]),
]
WELCOME = f"welcome-{SIZE}.png"  # an empty archive: the welcome page
REPORT = "beslutningsprotokol-side-1.png"  # the minutes' decision report, page 1, 70 dpi


def environment(tmp: Path) -> dict[str, str]:
    """Offscreen, Danish, and every user folder inside ``tmp``."""
    env = dict(os.environ)
    env.update(
        QT_QPA_PLATFORM="offscreen",
        LANG="da_DK.UTF-8",
        LC_ALL="da_DK.UTF-8",
        LANGUAGE="da",
        XDG_DATA_HOME=str(tmp / "data"),
        XDG_CONFIG_HOME=str(tmp / "config"),
        KKR_DESK_DB=f"sqlite:///{tmp / 'archive.sqlite3'}",
    )
    env.pop("KKR_DESK_DB_READONLY", None)
    return env


def kkr_desk(env: dict[str, str], *args: str) -> None:
    """Run ``kkr-desk ARGS`` with this Python; a failure stops the script with its stderr."""
    command = [sys.executable, "-m", "kkr_desk", *args]
    done = subprocess.run(command, env=env, cwd=REPO, capture_output=True, text=True)
    if done.returncode != 0:
        sys.exit(f"docs: {' '.join(args)} failed ({done.returncode}):\n{done.stderr}")


def clerks_edits(url: str) -> None:
    """A few edits by two clerks: review marks, confirmed tags and a note."""
    from kkr_desk.domain.edits import ConfirmTags, SetNote, SetReview
    from kkr_desk.store.archive import Archive
    from kkr_desk.store.db import Database

    db = Database.open(url)
    try:
        minutes = max(Archive(db).meeting_ids())
        mette, jens = Archive(db, user="mette"), Archive(db, user="jens")
        items = {i.number: i.id for i in mette.load(minutes).items() if i.id is not None}
        mette.apply(minutes, SetReview(items["1.1"], "reviewed"))
        mette.apply(minutes, ConfirmTags(items["1.2"]))
        jens.apply(minutes, SetNote(items["2.1"], "Spørg forvaltningen om tidsplanen"))
        jens.apply(minutes, SetReview(items["2.1"], "reviewed"))
    finally:
        db.close()


def report_page(pdf: Path, png: Path) -> None:
    import pymupdf

    with pymupdf.open(pdf) as doc:
        doc[0].get_pixmap(dpi=70).save(png)


def make(out: Path, corpus: Path) -> list[Path]:
    """Write every screenshot into ``out``; returns their paths."""
    for name in (AGENDA, MINUTES):
        if not (corpus / name).is_file():
            sys.exit(f"docs: the corpus file {corpus / name} is missing (--corpus DIR)")
    out.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    with tempfile.TemporaryDirectory(prefix="kkr-desk-docs-") as name:
        tmp = Path(name)
        env = environment(tmp)
        empty = f"sqlite:///{tmp / 'empty.sqlite3'}"
        kkr_desk(env, "gui", "--db", empty, "--size", SIZE, "--screenshot", str(out / WELCOME))
        written.append(out / WELCOME)
        kkr_desk(env, "import", str(corpus / AGENDA), str(corpus / MINUTES))
        clerks_edits(env["KKR_DESK_DB"])
        for png, args in SHOTS:
            kkr_desk(env, "gui", *args, "--size", SIZE, "--screenshot", str(out / png))
            written.append(out / png)
        pdf = tmp / "beslutningsprotokol.pdf"
        kkr_desk(env, "export", "--meeting", "2", "--format", "report-pdf", "--out", str(pdf))
        report_page(pdf, out / REPORT)
        written.append(out / REPORT)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "out", nargs="?", type=Path, default=REPO / "docs" / "screenshots", help="output folder"
    )
    parser.add_argument("--corpus", type=Path, default=CORPUS, help="the shared corpus folder")
    args = parser.parse_args(argv)
    for path in make(args.out, args.corpus):
        print(path.relative_to(REPO) if path.is_relative_to(REPO) else path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
