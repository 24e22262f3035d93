"""``kkr-desk`` entry point: argparse commands, one clear line on stderr for bad input."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from kkr_desk.cli import archive
from kkr_desk.parse import ParseError, parse_file
from kkr_desk.store.migrate import ArchiveError

if TYPE_CHECKING:
    from kkr_desk.domain.document import Document

EXIT_BAD_INPUT = 2


def _parse_command(args: argparse.Namespace) -> int:
    from kkr_desk.export.gold import to_gold

    doc = parse_file(args.file)
    if args.format == "json":
        json.dump(to_gold(doc), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        _print_outline(doc)
    return 0


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

    file = Path(args.file) if args.file else None
    if file is None and args.meeting is None and args.sample:
        from kkr_desk.paths import sample_meeting

        file = sample_meeting()
    if file is not None and not file.is_file():
        raise ParseError(f"{file} does not exist")
    return run(
        Options(
            file=file,
            meeting=args.meeting,
            db=args.db,
            select=args.select,
            screenshot=Path(args.screenshot) if args.screenshot else None,
        )
    )


class _Version(argparse.Action):
    """``--version``, looked up only when asked (importlib.metadata is slow to load)."""

    def __call__(self, parser, namespace, values, option_string=None) -> None:
        from kkr_desk import __version__

        print(f"kkr-desk {__version__}")
        parser.exit()


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="kkr-desk", description="Review KKR agendas and minutes (dagsordener og referater)."
    )
    parser.add_argument("--version", action=_Version, nargs=0, help="print the version")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    parse = commands.add_parser("parse", help="parse a PDF or text extraction and print it")
    parse.add_argument("file", help="a KKR dagsorden or referat (.pdf or .txt)")
    parse.add_argument("--format", choices=("outline", "json"), default="outline")
    parse.set_defaults(run=_parse_command)
    archive.add_commands(commands)
    gui = commands.add_parser("gui", help="open the review window")
    which = gui.add_mutually_exclusive_group()
    which.add_argument("file", nargs="?", help="a KKR dagsorden or referat to import and open")
    which.add_argument("--meeting", type=int, metavar="ID", help="open this archived meeting")
    which.add_argument("--sample", action="store_true", help="open the bundled sample meeting")
    gui.add_argument("--db", help="archive URL (SQLAlchemy); default $KKR_DESK_DB or user data")
    gui.add_argument("--select", metavar="ITEM_NUMBER", help="select this item, e.g. 2.1")
    gui.add_argument("--screenshot", metavar="PNG", help="render the window to PNG and exit")
    gui.set_defaults(run=_gui_command)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        args = parser.parse_args(["gui"])
    try:
        return args.run(args)
    except (ParseError, ArchiveError) as exc:
        print(f"kkr-desk: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
