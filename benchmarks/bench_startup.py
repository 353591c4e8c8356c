"""Start-up: from the process's start to the first shown window, `ptce-desktop` against a bare
QApplication + QMainWindow, each in its own Python process (best of several), the time read
from /proc (the process's age when the window has been shown and painted once).

Compiled bytecode is kept (in a cache folder of its own, warmed by a first uncounted run of
each side), as an installed application has it: with PYTHONDONTWRITEBYTECODE set, every start
would compile each module from source again and time the compiler.

Also lists which heavy libraries were already imported when the window showed: pandas,
sqlite_utils, reportlab, pyhanko and cryptography only serve imports, documents, signatures and
packages, and must wait until they are needed.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from .report import Figure, print_figure

RUNS = 5
AIM_MS = 300.0
HEAVY = (
    "pandas", "sqlite_utils", "reportlab", "pyhanko", "openpyxl", "python_calamine", "cryptography",
)  # fmt: skip

AGE = """
import os
from pathlib import Path
def age():
    ticks = os.sysconf("SC_CLK_TCK")
    start = int(Path("/proc/self/stat").read_text().rsplit(")", 1)[1].split()[19]) / ticks
    return float(Path("/proc/uptime").read_text().split()[0]) - start
"""

BARE = (
    AGE
    + """
import json, sys
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1366, 768)
window.show()
app.processEvents()
print(json.dumps({"age": age(), "heavy": []}))
"""
)

OURS = (
    AGE
    + """
import json, os, sys
from ptce_desktop.gui import app, main_window
HEAVY = HEAVY_NAMES
first_show = main_window.MainWindow.show_first_time
def shown(self):
    first_show(self)
    from PySide6.QtWidgets import QApplication
    QApplication.processEvents()
    heavy = sorted(m for m in HEAVY if m in sys.modules)
    print(json.dumps({"age": age(), "heavy": heavy}), flush=True)
    os._exit(0)
main_window.MainWindow.show_first_time = shown
sys.exit(app.main([]))
""".replace("HEAVY_NAMES", repr(HEAVY))
)


PYCACHE = Path(tempfile.gettempdir()) / "ptce-bench-pycache"


def run(code: str) -> dict:
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(PYCACHE)
    env["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="ptce-bench-startup-")
    out = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=120
    )
    if out.returncode != 0:
        raise RuntimeError(f"start-up run failed: {out.stderr[-2000:]}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> list[Figure]:
    # Interleaved, so that a burst of load on the shared machine hits both sides alike.
    run(BARE), run(OURS)  # warm-up: bytecode compiled and cached, files in the page cache
    bare, ours = [], []
    for _ in range(RUNS):
        bare.append(run(BARE)["age"])
        ours.append(run(OURS))
    bare_s = min(bare)
    ours_s = min(r["age"] for r in ours)
    heavy = sorted({m for r in ours for m in r["heavy"]})
    print(f"   bare QApplication + QMainWindow shown after {bare_s * 1000:.0f} ms "
          f"(best of {RUNS})")  # fmt: skip
    print(f"   ptce-desktop window shown after {ours_s * 1000:.0f} ms")
    print(f"   heavy libraries imported before the window showed: {', '.join(heavy) or 'none'}")
    extra = (ours_s - bare_s) * 1000
    figure = Figure(
        "démarrage jusqu'à la première fenêtre / QApplication + QMainWindow nus",
        "fenêtre vide",
        ours_s,
        bare_s,
        "s",
        f"≤ +{AIM_MS:.0f} ms",
        extra <= AIM_MS and not heavy,
    )
    print(f"   extra: +{extra:.0f} ms")
    print_figure(figure)
    return [figure]


if __name__ == "__main__":
    main()
