"""``kkr-desk import``, ``meetings`` and ``export``: the archive from the command line."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from kkr_desk.app import exporting, importing
from kkr_desk.app.archive import open_archive
from kkr_desk.domain.document import AnomalyKind
from kkr_desk.domain.findings import findings
from kkr_desk.parse import ParseError
from kkr_desk.parse.errors import page_list
from kkr_desk.store import lifecycle
from kkr_desk.store.common import ArchiveError
from kkr_desk.store.db import ENV_URL

EXIT_FAILED = 1
EXIT_BAD_INPUT = 2  # as kkr_desk.cli.main: no file imported, every one of them bad input


def add_commands(commands: argparse._SubParsersAction) -> None:
    db_help = f"archive URL (SQLAlchemy); default ${ENV_URL} or a file in the user data folder"

    imp = commands.add_parser("import", help="parse files and store them in the archive")
    imp.add_argument(
        "files", nargs="+", metavar="FILE", help="KKR dagsordener or referater (.pdf or .txt)"
    )
    imp.add_argument("--db", metavar="URL", help=db_help)
    again = imp.add_mutually_exclusive_group()
    again.add_argument(
        "--replace",
        action="store_true",
        help="re-import a file (or another file of the same meeting) as the meeting's new "
        "version, keeping the clerk's work",
    )
    again.add_argument(
        "--as-new",
        action="store_true",
        help="import another file of an archived council, date and kind as a meeting of its own",
    )
    imp.add_argument(
        "--accept-damaged",
        action="store_true",
        help="import a damaged PDF anyway, as far as it can be read (the meeting lists the "
        "damaged pages)",
    )
    imp.set_defaults(run=import_command)

    for name, text, run in (
        ("delete", "move meetings into the trash (restore them with 'restore')", delete_command),
        ("restore", "take meetings out of the trash", restore_command),
    ):
        command = commands.add_parser(name, help=text)
        command.add_argument(
            "meetings",
            nargs="+",
            type=int,
            metavar="ID",
            help=f"meeting ids, as listed by '{'meetings' if name == 'delete' else 'trash'}'",
        )
        command.add_argument("--db", metavar="URL", help=db_help)
        command.set_defaults(run=run)
    bin_ = commands.add_parser("trash", help="list the trash; --empty removes it for good")
    bin_.add_argument(
        "--empty", action="store_true", help="delete the meetings in the trash for good"
    )
    bin_.add_argument("--db", metavar="URL", help=db_help)
    bin_.set_defaults(run=trash_command)

    meetings = commands.add_parser("meetings", help="list the meetings in the archive")
    meetings.add_argument("--db", metavar="URL", help=db_help)
    meetings.set_defaults(run=meetings_command)

    exp = commands.add_parser("export", help="write meetings to a file (CSV, JSON, …)")
    which = exp.add_mutually_exclusive_group(required=True)
    which.add_argument(
        "--meeting",
        type=int,
        action="append",
        metavar="ID",
        help="export the meeting ID (repeat for several; ids as 'meetings' lists them)",
    )
    which.add_argument("--all", action="store_true", help="export every meeting in the archive")
    exp.add_argument(
        "--format", choices=tuple(exporting.FORMATS), required=True, help="the file format"
    )
    exp.add_argument(
        "--out",
        type=Path,
        required=True,
        metavar="PATH",
        help="the file to write (replaced as a whole)",
    )
    exp.add_argument("--delimiter", default=";", metavar="CHAR", help="CSV delimiter (default ;)")
    exp.add_argument(
        "--base-url",
        metavar="URL",
        help="oparl: the http(s) URL the object ids are made under (default"
        " https://example.invalid/kkr-desk/, a reserved name that never resolves)",
    )
    exp.add_argument(
        "--labels",
        choices=("en", "da"),
        help="headers and values: en = English (the CSV: the archive's codes), da = Danish "
        "words; default: "
        + ", ".join(
            f"{n} {f.options['labels']}"
            for n, f in exporting.FORMATS.items()
            if "labels" in f.options
        ),
    )
    exp.add_argument("--db", metavar="URL", help=db_help)
    exp.set_defaults(run=export_command)


_open = open_archive


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
    files = [Path(name) for name in args.files]
    progress = Progress(len(files), "import")
    policy = importing.ImportPolicy(
        replace=args.replace, as_new=args.as_new, accept_damaged=args.accept_damaged
    )

    def started(step: importing.Step) -> None:
        if not step.pages:  # a new file (not a page of one)
            progress(step.index, step.name)

    def done(result: importing.FileResult) -> None:
        if result.error is not None:
            progress.shown and sys.stderr.write("\n")
            skipped = "skipped: " if len(files) > 1 else ""
            print(f"kkr-desk: {skipped}{result.error}", file=sys.stderr)
        else:
            _print_import(result)

    results = importing.import_files(archive, files, policy, progress=started, done=done)
    progress(len(files))
    failed = sum(r.error is not None for r in results)
    bad_input = sum(isinstance(r.error, ParseError) for r in results)
    if failed and len(files) > 1:
        print(f"kkr-desk: {failed} of {len(files)} files not imported", file=sys.stderr)
    if failed and bad_input == len(files):
        return EXIT_BAD_INPUT
    return EXIT_FAILED if failed else 0


def _print_import(result: importing.FileResult) -> None:
    doc, report, name = result.doc, result.report, result.path.name
    assert doc is not None  # the CLI never keeps a meeting as it is
    assert report is not None
    found = findings(doc)
    check = f"{len(found)} finding{'s' if len(found) != 1 else ''} to check"
    if damaged := [a.page for a in doc.meeting.anomalies if a.kind is AnomalyKind.DAMAGED]:
        pages = page_list(sorted(p for p in damaged if p is not None)) if any(damaged) else ""
        where = pages or "the file as a whole"
        print(f"kkr-desk: {name}: imported with damage ({where}); {check}", file=sys.stderr)
    elif found:
        print(f"kkr-desk: {name}: {check}", file=sys.stderr)
    info = doc.meeting
    date = info.date.isoformat() if info.date else "?"
    items = sum(1 for _ in doc.items())
    print(f"{report.meeting_id}\t{info.body}\t{date}\t{info.kind}\t{items} items\t{name}")
    if report.replaced:
        _print_reimport(report)


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
    archive = _open(args.db)
    known = archive.meeting_ids()
    ids = known if args.all else list(dict.fromkeys(args.meeting))
    unknown = sorted(set(ids) - set(known))
    if unknown:
        raise ArchiveError(f"there is no meeting {', '.join(map(str, unknown))} in the archive")
    progress = Progress(len(ids), "export")
    try:
        options = {"delimiter": args.delimiter}
        if args.labels is not None:  # else each format's own default
            options["labels"] = args.labels
        if args.base_url is not None:
            options["base_url"] = args.base_url
        chosen = exporting.exporter(args.format).options
        items = exporting.export(
            archive,
            ids,
            args.format,
            args.out,
            progress=progress,
            **{k: v for k, v in options.items() if k in chosen},
        )
    except (OSError, ValueError) as exc:
        raise ArchiveError(f"the export could not be written: {exc}") from None
    print(f"wrote {_count(items, 'item')} of {_count(len(ids), 'meeting')} to {args.out}")
    return 0


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"


def _print_reimport(report: lifecycle.ImportReport) -> None:
    print(
        f"  re-imported as the new version of meeting {report.meeting_id}: the clerk's work "
        f"carried over to {len(report.carried)} items; the previous version is kept in the "
        f"trash as meeting {report.version}"
    )
    for lost in report.not_carried:
        print(f"  not carried over: {lost}")


def _each(args: argparse.Namespace, action, done: str) -> int:
    from kkr_desk.domain.edits import EditError

    archive = _open(args.db)
    failed = 0
    for meeting in dict.fromkeys(args.meetings):
        try:
            action(archive, meeting)
        except (EditError, LookupError) as exc:
            failed += 1
            print(f"kkr-desk: {str(exc).strip(chr(39))}", file=sys.stderr)
            continue
        print(f"meeting {meeting} {done}")
    return EXIT_FAILED if failed else 0


def delete_command(args: argparse.Namespace) -> int:
    return _each(args, lifecycle.delete_meeting, "moved into the trash")


def restore_command(args: argparse.Namespace) -> int:
    return _each(args, lifecycle.restore_meeting, "restored")


def trash_command(args: argparse.Namespace) -> int:
    archive = _open(args.db)
    if args.empty:
        count = lifecycle.empty_trash(archive)
        print(f"{count} meetings deleted for good (their audit trails are kept)")
        return 0
    entries = lifecycle.trash(archive)
    if not entries:
        print("the trash is empty")
    for e in entries:
        date = e.date.isoformat() if e.date else "?"
        what = f"earlier version of meeting {e.replaced_by}" if e.replaced_by else "deleted"
        when = e.deleted_at.strftime("%Y-%m-%d %H:%M")
        print(
            f"{e.id}\t{e.body}\t{date}\t{e.kind}\t{what} {when} by {e.deleted_by or '?'}"
            f"\t{e.source_name}"
        )
    return 0
