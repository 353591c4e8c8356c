"""Entry point of the frozen GUI: PyInstaller runs it as __main__, so no relative imports."""

import sys

if sys.argv[1:2] == ["--probe-pdf"]:  # io/pdf_guard.py runs the PDF probe through this program
    from ptce_desktop.io.pdf_probe import main as probe

    raise SystemExit(probe(sys.argv[2:]))

from ptce_desktop.gui.app import main

raise SystemExit(main())
