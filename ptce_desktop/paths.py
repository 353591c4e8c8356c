"""Where the bundled resources and forms live, from a checkout or a PyInstaller build."""

from __future__ import annotations

import sys
from pathlib import Path

_ROOT = Path(getattr(sys, "_MEIPASS", Path(__file__).resolve().parent.parent))

RESOURCES = _ROOT / "resources"
UI = _ROOT / "ui"
FONTS = RESOURCES / "fonts"
TEMPLATES = RESOURCES / "templates"
ICONS = RESOURCES / "icons"
TRANSLATIONS = RESOURCES / "translations"
