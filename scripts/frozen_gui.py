"""Entry point of the frozen build: PyInstaller runs it as __main__, so no relative imports.

One program serves both commands (one copy of the Python archive instead of two): started as
`ptce` (the link `make dist` puts beside it) it is the command line, else the window."""

import sys
from pathlib import Path

if sys.argv[1:2] == ["--probe-pdf"]:  # io/pdf_guard.py runs the PDF probe through this program
    from ptce_desktop.io.pdf_probe import main as probe

    raise SystemExit(probe(sys.argv[2:]))

if Path(sys.argv[0]).name in ("ptce", "ptce.exe"):
    from ptce_desktop.cli import main
else:
    from ptce_desktop.gui.app import main

raise SystemExit(main())
