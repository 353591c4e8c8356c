"""Entry point of the frozen `ptce` command (see frozen_gui.py)."""

from ptce_desktop.cli import main

raise SystemExit(main())
