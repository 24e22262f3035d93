"""``kkr-desk search QUERY``: full-text search of the archive from the command line, one
hit a line (meeting, item number, title, snippet) or a JSON array of hits."""

from __future__ import annotations

import argparse
import dataclasses
import json

from kkr_desk.app import search
from kkr_desk.app.archive import open_archive
from kkr_desk.store.db import ENV_URL


def add_command(commands: argparse._SubParsersAction) -> None:
    command = commands.add_parser(
        "search",
        help="find words in the meetings' texts, item titles, case numbers and notes",
        description='Words match as prefixes, in any case; "two words" is a phrase, '
        "-word leaves out what has it.",
    )
    command.add_argument("query", metavar="QUERY", help="the words to find (quote them)")
    command.add_argument("--meeting", type=int, metavar="ID", help="search this meeting only")
    command.add_argument(
        "--format",
        choices=("text", "json"),
        default="text",
        help="text: one hit a line, tab-separated (default); json: an array of hits",
    )
    command.add_argument("--limit", type=int, default=50, metavar="N", help="at most N hits")
    command.add_argument(
        "--db",
        metavar="URL",
        help=f"archive URL (SQLAlchemy); default ${ENV_URL} or a file in the user data folder",
    )
    command.set_defaults(run=search_command)


def search_command(args: argparse.Namespace) -> int:
    archive = open_archive(args.db)
    hits = search.search(archive, args.query, meeting_id=args.meeting, limit=args.limit)
    if args.format == "json":
        print(json.dumps([dataclasses.asdict(h) for h in hits], ensure_ascii=False, indent=2))
        return 0
    for hit in hits:
        where = hit.item_number or "-"
        title = hit.item_title or ""
        print(
            f"{hit.meeting_id}\t{hit.meeting_label}\t{where}\t{title}\t{hit.field}: {hit.snippet}"
        )
    return 0
