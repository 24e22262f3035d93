"""``kkr-desk`` entry point: argparse commands, one clear line on stderr for bad input.

Logs to the window's rotating log file (``kkr_desk.log.setup``); ``-v``/``-vv`` print the
records (INFO/DEBUG) on stderr too. Without ``-v`` stderr holds only what the commands say.

Start-up (issue 13): a command line that opens the window (``gui``, or no command) is
read by a parser of the ``gui`` command alone, which reads it, helps and errs the same as
the whole one; the other commands' modules (the parser, import, export and search) are
imported only to build the whole parser, so the window starts without them.

Exit codes (``EXIT_STATUS``, in ``--help`` and the man page): 0 done, 1 a batch partly
failed, 2 bad input or usage. Both of the last are 2, told apart by what stderr says: bad
input is one line ``kkr-desk: …``, a usage error argparse's usage and ``… error: …``.
A window started without a terminal (from a file manager) also shows a usage error in a
message box: nobody would see stderr.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import logging
import sys
import textwrap
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kkr_desk import log as logsetup
from kkr_desk.store.common import ArchiveError

if TYPE_CHECKING:
    from kkr_desk.domain.document import Document

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_BAD_INPUT = 2  # also argparse's code for a usage error
ENV_DB = "KKR_DESK_DB"  # kkr_desk.store.db.ENV_URL (not imported: the window starts without it)
DB_HELP = f"archive URL (SQLAlchemy); default ${ENV_DB} or a file in the user data folder"
EXIT_STATUS = (
    (EXIT_OK, "done"),
    (
        EXIT_FAILED,
        "a batch partly failed: some of the files (import) or meetings (delete, restore) "
        "could not be done; each is named on stderr, the others are done",
    ),
    (
        EXIT_BAD_INPUT,
        "bad input or usage. Bad input (a file that is not a readable KKR meeting, an "
        "unknown meeting, an archive that cannot be used, no display for the window) is one "
        "line on stderr starting 'kkr-desk: '; a usage error (an unknown option, a missing "
        "or malformed argument) prints a line 'usage: kkr-desk ...' and then a line "
        "'kkr-desk [COMMAND]: error: ...'",
    ),
)
DB_RULE = (
    "--db URL names the archive as an SQLAlchemy URL (sqlite:///PATH, or "
    "postgresql+psycopg://USER@HOST/NAME for a shared archive). Without --db, the "
    f"environment variable {ENV_DB} is used when it is set and not empty; otherwise "
    "archive.sqlite3 in the user data folder (~/.local/share/kkr-desk on Linux, "
    "$XDG_DATA_HOME/kkr-desk when that is set). --db wins over the variable."
)
FILES = (
    (
        "~/.local/share/kkr-desk/archive.sqlite3",
        f"the archive when neither --db nor {ENV_DB} names one",
    ),
    (
        "~/.local/share/kkr-desk/logs/kkr-desk.log",
        "the rotating log of the window and every command",
    ),
    ("~/.config/KKR Desk/KKR Desk.conf", "the window's settings (last meeting, layout, language)"),
)

log = logging.getLogger("kkr_desk.cli")


def _parse_command(args: argparse.Namespace) -> int:
    from kkr_desk.domain.gold import to_gold
    from kkr_desk.parse import parse_file

    doc = parse_file(args.file)
    if not args.quiet:
        _print_findings(doc, Path(args.file).name)
    if args.format == "json":
        json.dump(to_gold(doc), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        _print_outline(doc)
    return 0


def _print_findings(doc: Document, name: str) -> None:
    """What the clerk should check, one line each on stderr, by place."""
    from kkr_desk.domain.findings import findings

    for found in findings(doc):
        where = f"page {found.page}: " if found.page is not None else ""
        print(f"{name}: {where}{found.message}", file=sys.stderr)


def _print_outline(doc: Document) -> None:
    info = doc.meeting
    date = info.date.isoformat() if info.date else "?"
    print(f"{info.body} · {date} · {info.kind} · {info.pages} pages")
    for section in doc.sections:
        print(f"{section.number}. {section.title}")
        for item in section.children:
            case = f"  [{item.case_number}]" if item.case_number else ""
            print(f"  {item.number}. {item.title}{case}")
            for part in item.children:
                print(f"      {part.heading or '(tekst)'}")


def _gui_command(args: argparse.Namespace) -> int:
    from kkr_desk.ui.app import Options, run

    files = [Path(name) for name in args.files]
    if not files and args.sample:
        from kkr_desk.paths import sample_meeting

        files = [sample_meeting()]
    missing = [file for file in files if not file.is_file()]
    if files and len(missing) == len(files) and sys.stderr.isatty():
        # on a terminal, as for one file: nothing to open, one line, no window. (Without
        # one, the window's import says it in a message box; a file among others that
        # does not exist is reported there with every other file that fails.)
        from kkr_desk.parse import ParseError

        raise ParseError("; ".join(f"{file} does not exist" for file in missing))
    return run(
        Options(
            files=files,
            meeting=args.meeting,
            db=args.db,
            select=args.select,
            screenshot=Path(args.screenshot) if args.screenshot else None,
            size=args.size,
            search=args.search,
            history=args.history,
        )
    )


def _size(value: str) -> tuple[int, int]:
    """``1280x720`` → (1280, 720)."""
    width, sep, height = value.lower().partition("x")
    if not (sep and width.isdigit() and height.isdigit() and int(width) and int(height)):
        raise argparse.ArgumentTypeError(f"not a size like 1280x720: {value!r}")
    return int(width), int(height)


class _Version(argparse.Action):
    """``--version``, looked up only when asked (importlib.metadata is slow to load)."""

    def __call__(
        self,
        parser: argparse.ArgumentParser,
        namespace: argparse.Namespace,
        values: str | Sequence[Any] | None,
        option_string: str | None = None,
    ) -> None:
        from kkr_desk import __version__

        print(f"kkr-desk {__version__}")
        parser.exit()


def build_parser(window_only: bool = False) -> argparse.ArgumentParser:
    """The command line's parser; ``window_only``: with the ``gui`` command alone (see the
    module's docstring)."""
    parser = argparse.ArgumentParser(
        prog="kkr-desk",
        description="Review KKR agendas and minutes (dagsordener og referater).",
        epilog=epilog(),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action=_Version, nargs=0, help="print the version")
    parser.add_argument(
        "-v",
        "--verbose",
        action="count",
        default=0,
        help="also print the log on stderr: -v for INFO, -vv for DEBUG",
    )
    commands = parser.add_subparsers(
        dest="command",
        metavar="COMMAND",
        help="without one, the window opens on the last meeting; "
        "'kkr-desk COMMAND --help' tells a command's options",
    )
    if not window_only:
        _add_commands(commands)
    gui = commands.add_parser("gui", help="open the review window")
    which = gui.add_mutually_exclusive_group()
    which.add_argument(
        "files",
        nargs="*",
        default=[],  # this very list when none is given: not "seen" beside --meeting
        metavar="FILE",
        help="KKR dagsordener or referater to import (a file in the archive already: found by "
        "content, not imported again); the window opens the last one",
    )
    which.add_argument("--meeting", type=int, metavar="ID", help="open this archived meeting")
    which.add_argument("--sample", action="store_true", help="open the bundled sample meeting")
    gui.add_argument("--db", metavar="URL", help=DB_HELP)
    gui.add_argument("--select", metavar="ITEM_NUMBER", help="select this item, e.g. 2.1")
    gui.add_argument("--screenshot", metavar="PNG", help="render the window to PNG and exit")
    gui.add_argument("--size", type=_size, metavar="WxH", help="the window's size, e.g. 1280x720")
    gui.add_argument(
        "--search", metavar="QUERY", help="open the archive search with QUERY and its best hit"
    )
    gui.add_argument("--history", action="store_true", help="open the meeting's history panel")
    gui.set_defaults(run=_gui_command)
    return parser


def epilog() -> str:
    """``--help``'s last part: the exit codes and where the archive is."""
    width = 76
    lines = ["exit codes:"]
    for code, text in EXIT_STATUS:
        lines += textwrap.wrap(text, width, initial_indent=f"  {code}  ", subsequent_indent=" " * 5)
    lines += ["", "the archive:"]
    lines += textwrap.wrap(DB_RULE, width, initial_indent="  ", subsequent_indent="  ")
    return "\n".join(lines)


def _add_commands(commands: argparse._SubParsersAction) -> None:
    """Every command but ``gui``."""
    from kkr_desk.cli import archive, search

    parse = commands.add_parser("parse", help="parse a PDF or text extraction and print it")
    parse.add_argument("file", help="a KKR dagsorden or referat (.pdf or .txt)")
    parse.add_argument(
        "--format",
        choices=("outline", "json"),
        default="outline",
        help="outline: the meeting and its sections and items (default); json: the document "
        "in the corpus gold format",
    )
    parse.add_argument(
        "-q", "--quiet", action="store_true", help="do not list the findings to check on stderr"
    )
    parse.set_defaults(run=_parse_command)
    archive.add_commands(commands)
    search.add_command(commands)


def opens_window(words: Sequence[str]) -> bool:
    """Whether the command line ``words`` opens the window: its command is ``gui``, or it
    has none and asks for no help (the options before a command take no values)."""
    for word in words:
        if word in ("-h", "--help"):
            return False
        if not word.startswith("-"):
            return word == "gui"
    return True


def setup_logging(verbose: int) -> None:
    """The window's rotating log file, and with ``verbose`` the same records on stderr."""
    level = logging.DEBUG if verbose > 1 else logging.INFO
    try:
        logsetup.setup(level)
        problem = None
    except OSError as exc:  # a data folder that cannot be written never stops a command
        logsetup.setup(level, to_file=False)
        problem = exc
    if verbose:
        logsetup.to_stderr(level)
    if problem is not None:
        log.warning("no log file: %s", problem)


def main(argv: Sequence[str] | None = None) -> int:
    words = list(argv) if argv is not None else sys.argv[1:]
    window = opens_window(words)
    parser = build_parser(window_only=window)
    args = _parse(parser, words, tell=window and not sys.stderr.isatty())
    if args.command is None:
        verbose = args.verbose
        args = parser.parse_args(["gui"])
        args.verbose = verbose
    setup_logging(args.verbose)
    log.info("kkr-desk %s", " ".join(words) or "(no arguments)")
    log.debug("options: %s", {k: v for k, v in vars(args).items() if k != "run"})
    try:
        code = _run(args)
        log.info("kkr-desk %s: exit code %d", args.command, code)
        return code
    finally:
        logsetup.to_stderr(None)  # main() may run again in this process (tests)


def _parse(parser: argparse.ArgumentParser, words: list[str], *, tell: bool) -> argparse.Namespace:
    """``parser.parse_args(words)``; with ``tell`` (the window started without a terminal)
    a usage error is also logged and shown in a message box, unless the window was to
    render a screenshot and exit (no one is there to close the box)."""
    if not tell:
        return parser.parse_args(words)
    said = io.StringIO()
    try:
        with contextlib.redirect_stderr(said):
            return parser.parse_args(words)
    except SystemExit as exc:
        sys.stderr.write(said.getvalue())
        if exc.code not in (0, None):
            setup_logging(0)
            error = said.getvalue().strip().splitlines()[-1:] or ["?"]
            log.warning("usage: kkr-desk %s: %s", " ".join(words), error[0])
            if not any(w.split("=")[0] == "--screenshot" for w in words):  # unattended
                from kkr_desk.ui.app import tell_usage_error

                tell_usage_error(" ".join(["kkr-desk", *words]), error[0])
        raise


def _run(args: argparse.Namespace) -> int:
    try:
        return int(args.run(args))
    except BrokenPipeError:
        return 0
    except Exception as exc:
        if not _refused(exc):
            raise
        log.warning("refused: %s", exc)
        print(f"kkr-desk: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT


def _refused(exc: Exception) -> bool:
    """Bad input, told in one line: a ParseError or an ArchiveError. (A ParseError is
    only raised once its module is imported: the window's start does not import it.)"""
    errors = sys.modules.get("kkr_desk.parse.errors")
    return isinstance(exc, ArchiveError) or (
        errors is not None and isinstance(exc, errors.ParseError)
    )


if __name__ == "__main__":
    sys.exit(main())
