"""Peak memory: the main window with a call of 1,000 then 10,000 dossiers open and its list
shown, as the peak resident set size of the process (`resource.getrusage`, ru_maxrss), each in
a fresh process. The floor is a bare QApplication + QMainWindow shown in the same way.

Linux keeps ru_maxrss across fork and exec: a process started by this one (grown by the
other benchmarks) would report this one's peak. So each is started by a small launcher
process, and reads its own ru_maxrss (the launcher's few MB are below any window's).

The calls are those of bench_gui (made once, cached under /tmp).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile

from .bench_gui import build_call, cache
from .report import SIZES, Figure, dossiers, print_figure

AIM_MB = 400.0

BARE = """
import json, os, resource, sys
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1600, 1000)
window.show()
app.processEvents()
print(json.dumps({"peak_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}), flush=True)
os._exit(0)
"""

OURS = """
import json, os, resource, sys, time
from pathlib import Path
from PySide6.QtWidgets import QApplication
from ptce_desktop.gui.main_window import MainWindow
from ptce_desktop.gui.setup import configure_application
path, size = Path(sys.argv[1]), int(sys.argv[2])
app = QApplication(sys.argv[:1])
configure_application(app)
window = MainWindow(user="Banc d'essai")
window.resize(1600, 1000)
window.show()
window.open_call(path, remember=False)
limit = time.monotonic() + 300
while window.store is None or window.dossier_list.proxy.rowCount() != size:
    if time.monotonic() > limit:
        raise SystemExit("the list did not show in time")
    app.processEvents()
    time.sleep(0.005)
for _ in range(50):  # the first dossier shown too, as a user sees it
    app.processEvents()
    time.sleep(0.005)
window.tasks.wait(60_000)
app.processEvents()
print(json.dumps({"peak_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}), flush=True)
os._exit(0)
"""


LAUNCHER = "import subprocess, sys; sys.exit(subprocess.run(sys.argv[1:]).returncode)"


def peak_mb(code: str, *args: str) -> float:
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    env["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="ptce-bench-memory-")
    child = [sys.executable, "-c", code, *args]
    out = subprocess.run(
        [sys.executable, "-S", "-c", LAUNCHER, *child], env=env, capture_output=True,
        text=True, timeout=600,
    )  # fmt: skip
    if out.returncode != 0:
        raise RuntimeError(f"memory run failed: {out.stderr[-2000:]}")
    return json.loads(out.stdout.strip().splitlines()[-1])["peak_kb"] / 1024


def main() -> list[Figure]:
    bare = peak_mb(BARE)
    print(f"   bare QApplication + QMainWindow: peak {bare:.0f} MB")
    figures = []
    for size in SIZES:
        path = cache(size)
        build_call(path, size)
        ours = peak_mb(OURS, str(path), str(size))
        print(f"   {size} dossiers open and listed: peak {ours:.0f} MB")
        figure = Figure(
            "mémoire de pointe, appel ouvert et liste affichée / fenêtre nue",
            dossiers(size),
            ours,
            bare,
            "MB",
            f"< {AIM_MB:.0f} MB",
            ours < AIM_MB,
        )
        print_figure(figure)
        figures.append(figure)
    return figures


if __name__ == "__main__":
    main()
