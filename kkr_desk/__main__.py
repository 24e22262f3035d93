import sys

from kkr_desk.cli.main import main

sys.exit(main())
