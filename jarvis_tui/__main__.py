import sys

from jarvis_tui.cli import main

sys.exit(main())
