"""Entry point of the frozen GUI: PyInstaller runs it as __main__, so no relative imports."""

from ptce_desktop.gui.app import main

raise SystemExit(main())
