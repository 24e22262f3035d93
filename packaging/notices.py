"""Write THIRD-PARTY-NOTICES.txt for the bundle: ``python packaging/notices.py OUT``.

Every distribution KKR Desk needs at run time (the closure of ``kkr-desk``'s requirements
as installed in this environment, extras left out), plus Python, Qt and the PyInstaller
bootloader: name, version, licence, home page and licence texts. The collection is
``kkr_desk.app.notices`` (Help → About uses it too); this is its command line. Run it in
the environment the bundle is built from (``make package`` does). Exit 0.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from kkr_desk.app import notices


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path, help="the file to write (THIRD-PARTY-NOTICES.txt)")
    args = parser.parse_args(argv)
    text = notices.generate()
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(text, encoding="utf-8")
    print(f"{args.out}: {len(notices.components())} components, {len(text.encode())} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
