"""The frozen program's entry point: the same ``kkr-desk`` commands (GUI and CLI)."""

import sys

from kkr_desk.cli.main import main

if __name__ == "__main__":
    sys.exit(main())
