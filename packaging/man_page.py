"""Write the man page ``kkr-desk.1`` (troff) from the command line's own argparse
definitions (``kkr_desk.cli.main.build_parser``): every command with its options and
their help, then EXIT STATUS, ENVIRONMENT and FILES from the same constants ``--help``
prints. The commands' part is laid out by argparse-manpage; nothing is written by hand.

    python packaging/man_page.py OUT        # e.g. build/kkr-desk.1; gzip it to install

The date in the header is ``SOURCE_DATE_EPOCH``'s when set (reproducible builds), else
today's.
"""

from __future__ import annotations

import sys
from pathlib import Path

from argparse_manpage.manpage import Manpage

from kkr_desk import __version__
from kkr_desk.cli.main import DB_RULE, ENV_DB, EXIT_STATUS, FILES, build_parser

SUMMARY = "review KKR agendas and minutes (dagsordener og referater)"


def escape(text: str) -> str:
    """Plain text as troff: backslashes and hyphens escaped, no line read as a request."""
    text = text.replace("\\", "\\e").replace("-", "\\-")
    return "\n".join(
        "\\&" + line if line.startswith((".", "'")) else line for line in text.splitlines()
    )


def tagged(pairs: tuple[tuple[object, str], ...]) -> str:
    """An indented list: each tag in bold, its text below it."""
    return "\n".join(f".TP\n.B {escape(str(tag))}\n{escape(text)}" for tag, text in pairs)


def page() -> str:
    parser = build_parser()
    parser.epilog = None  # its text is in the sections below, not repeated as COMMENTS
    man = Manpage(parser)
    man.description = SUMMARY
    man.source = f"kkr-desk {__version__}"
    man.manual = "KKR Desk"
    man.add_section("EXIT STATUS", ">", tagged(EXIT_STATUS))
    man.add_section(
        "ENVIRONMENT",
        ">",
        tagged(
            (
                (ENV_DB, DB_RULE),
                (
                    "QT_QPA_PLATFORM",
                    "the window's Qt platform; offscreen renders without a display "
                    "(with gui --screenshot PNG)",
                ),
            )
        ),
    )
    man.add_section("FILES", ">", tagged(FILES))
    return str(man)


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("usage: python packaging/man_page.py OUT", file=sys.stderr)
        return 2
    out = Path(argv[0])
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(page(), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
