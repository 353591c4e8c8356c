"""The window shows before the heavy libraries load: pandas (imports), reportlab (documents),
pyHanko (signatures) and sqlite_utils are imported where they are used, not at start-up."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile

HEAVY = ("pandas", "numpy", "reportlab", "pyhanko", "sqlite_utils", "openpyxl")

SHOW_WINDOW = """
import json, os, sys
from PySide6.QtWidgets import QApplication
from ptce_desktop.gui.main_window import MainWindow
from ptce_desktop.gui.setup import configure_application
app = QApplication([])
configure_application(app)
window = MainWindow(user="Testeur")
window.show_first_time()
app.processEvents()
print(json.dumps(sorted(m for m in HEAVY if m in sys.modules)), flush=True)
os._exit(0)  # no teardown: only the imports matter here
"""


def test_no_heavy_library_before_the_window_shows() -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="ptce-test-config-")
    out = subprocess.run(
        [sys.executable, "-c", f"HEAVY = {HEAVY!r}\n{SHOW_WINDOW}"],
        env=env, capture_output=True, text=True, timeout=120, check=True,
    )  # fmt: skip
    assert json.loads(out.stdout.strip().splitlines()[-1]) == []
