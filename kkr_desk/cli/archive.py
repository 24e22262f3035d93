"""``kkr-desk import``, ``meetings`` and ``export``: the archive from the command line."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from kkr_desk.parse import ParseError, parse_file
from kkr_desk.store.archive import Archive, DuplicateMeetingError
from kkr_desk.store.db import ENV_URL, Database
from kkr_desk.store.migrate import ArchiveError

EXIT_FAILED = 1


def add_commands(commands: argparse._SubParsersAction) -> None:
    db_help = f"archive URL (SQLAlchemy); default ${ENV_URL} or a file in the user data folder"

    imp = commands.add_parser("import", help="parse files and store them in the archive")
    imp.add_argument("files", nargs="+", metavar="FILE")
    imp.add_argument("--db", help=db_help)
    imp.add_argument("--replace", action="store_true", help="import a file again, replacing it")
    imp.set_defaults(run=import_command)

    meetings = commands.add_parser("meetings", help="list the meetings in the archive")
    meetings.add_argument("--db", help=db_help)
    meetings.set_defaults(run=meetings_command)

    exp = commands.add_parser("export", help="write meetings as CSV or JSON")
    which = exp.add_mutually_exclusive_group(required=True)
    which.add_argument("--meeting", type=int, action="append", metavar="ID")
    which.add_argument("--all", action="store_true")
    exp.add_argument("--format", choices=("csv", "json"), required=True)
    exp.add_argument("--out", type=Path, required=True)
    exp.add_argument("--delimiter", default=";", help="CSV delimiter (default ;)")
    exp.add_argument("--db", help=db_help)
    exp.set_defaults(run=export_command)


def _open(url: str | None) -> Archive:
    try:
        return Archive(Database.open(url))
    except ArchiveError:
        raise
    except Exception as exc:  # noqa: BLE001 - any driver or file-system error
        raise ArchiveError(f"the archive cannot be opened: {exc}") from None


class Progress:
    """A one-line progress bar on stderr, shown only for several steps on a terminal."""

    def __init__(self, total: int, label: str) -> None:
        self.total, self.label = total, label
        self.shown = total > 1 and sys.stderr.isatty()

    def __call__(self, done: int, note: str = "") -> None:
        if not self.shown:
            return
        width = 30
        filled = width * done // max(self.total, 1)
        bar = "#" * filled + "-" * (width - filled)
        sys.stderr.write(f"\r{self.label} [{bar}] {done}/{self.total} {note[:40]:<40}")
        if done >= self.total:
            sys.stderr.write("\n")
        sys.stderr.flush()


def import_command(args: argparse.Namespace) -> int:
    archive = _open(args.db)
    failed = 0
    progress = Progress(len(args.files), "import")
    for number, name in enumerate(args.files, start=1):
        path = Path(name)
        progress(number - 1, path.name)
        try:
            doc = parse_file(path)
            meeting = archive.import_document(doc, path.read_bytes(), replace=args.replace)
        except (ParseError, DuplicateMeetingError, OSError) as exc:
            failed += 1
            progress.shown and sys.stderr.write("\n")
            print(f"kkr-desk: skipped: {exc}", file=sys.stderr)
            continue
        info = doc.meeting
        date = info.date.isoformat() if info.date else "?"
        items = sum(1 for _ in doc.items())
        print(f"{meeting}\t{info.body}\t{date}\t{info.kind}\t{items} items\t{path.name}")
    progress(len(args.files))
    if failed:
        print(f"kkr-desk: {failed} of {len(args.files)} files not imported", file=sys.stderr)
    return EXIT_FAILED if failed else 0


def meetings_command(args: argparse.Namespace) -> int:
    rows = _open(args.db).meetings()
    if not rows:
        print("the archive is empty")
    for m in rows:
        date = m.date.isoformat() if m.date else "?"
        print(
            f"{m.id}\t{m.body}\t{date}\t{m.kind}\t{m.reviewed}/{m.items} reviewed\t{m.source_name}"
        )
    return 0


def export_command(args: argparse.Namespace) -> int:
    from kkr_desk.export.run import export

    archive = _open(args.db)
    known = archive.meeting_ids()
    ids = known if args.all else list(dict.fromkeys(args.meeting))
    unknown = sorted(set(ids) - set(known))
    if unknown:
        raise ArchiveError(f"there is no meeting {', '.join(map(str, unknown))} in the archive")
    progress = Progress(len(ids), "export")
    try:
        items = export(
            archive.records(ids, encoded=args.format == "json"),
            args.format,
            args.out,
            delimiter=args.delimiter,
            progress=progress,
        )
    except (OSError, ValueError) as exc:
        raise ArchiveError(f"the export could not be written: {exc}") from None
    print(f"{items} items of {len(ids)} meetings written to {args.out}")
    return 0
