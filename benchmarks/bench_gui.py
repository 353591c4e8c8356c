"""The main window on a call of 10,000 dossiers: open it and show the list, sort a column,
search (FTS), each as a ratio to the same query done with bare sqlite3, and the longest stall
of the GUI event loop during all of it (a timer ticking every 5 ms records the gaps).

The call is made once and cached under /tmp (the demo's candidacy PDF is rendered once and
reused for every dossier: rendering 10,000 of them would only time reportlab).
"""

from __future__ import annotations

import os
import sqlite3
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

DOSSIERS = 10_000
CACHE = Path(tempfile.gettempdir()) / f"ptce-bench-gui-{DOSSIERS}.ptce"
TICK_MS = 5
AIM_MS = 50.0


def build_call(path: Path) -> None:
    from ptce_desktop.services import demo

    if path.exists():
        return
    real_render = demo.render_dossier
    cached: dict[str, bytes] = {}

    def render_once(d):  # type: ignore[no-untyped-def]
        if "pdf" not in cached:
            cached["pdf"] = real_render(d)
        return cached["pdf"]

    demo.render_dossier = render_once  # type: ignore[assignment]
    tmp = path.with_suffix(".building")
    tmp.unlink(missing_ok=True)
    try:
        demo.make_demo(tmp, dossiers=DOSSIERS, stage="review", actor="bench").close()
    finally:
        demo.render_dossier = real_render  # type: ignore[assignment]
    for suffix in ("-wal", "-shm"):
        Path(str(tmp) + suffix).unlink(missing_ok=True)
    tmp.rename(path)


def best_of(fn: Callable[[], object], runs: int = 3) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def sqlite_floors(path: Path, word: str) -> dict[str, float]:
    """The same operations with bare sqlite3: read the list's columns, sort, FTS match."""
    columns = "id, numero, pole_name, region, sectors, amount_requested"

    def open_and_list() -> None:
        conn = sqlite3.connect(path)
        conn.execute(f"SELECT {columns} FROM dossiers ORDER BY numero").fetchall()
        conn.close()

    conn = sqlite3.connect(path)
    floors = {
        "open": best_of(open_and_list),
        "sort": best_of(
            lambda: conn.execute(
                f"SELECT {columns} FROM dossiers ORDER BY amount_requested DESC"
            ).fetchall()
        ),
        "search": best_of(
            lambda: conn.execute(
                "SELECT rowid FROM dossier_search WHERE dossier_search MATCH ?", (f'"{word}"*',)
            ).fetchall()
        ),
    }
    conn.close()
    return floors


class StallMeter:
    """Longest gap between ticks of a fast timer: how long the GUI stopped answering."""

    def __init__(self) -> None:
        from PySide6.QtCore import QTimer

        self.longest = 0.0
        self._last = time.perf_counter()
        self.timer = QTimer()
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self._tick)

    def _tick(self) -> None:
        now = time.perf_counter()
        self.longest = max(self.longest, now - self._last)
        self._last = now

    def start(self) -> None:
        self._last = time.perf_counter()
        self.longest = 0.0
        self.timer.start()


def main() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="ptce-bench-config-")
    start = time.perf_counter()
    build_call(CACHE)
    print(f"   call of {DOSSIERS} dossiers: {CACHE} ({time.perf_counter() - start:.1f} s)")

    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from ptce_desktop.gui.main_window import MainWindow
    from ptce_desktop.gui.partials.dossier_table import COL_AMOUNT
    from ptce_desktop.gui.setup import configure_application

    app = QApplication.instance() or QApplication([])
    configure_application(app)  # type: ignore[arg-type]
    word = "cooperative"
    floors = sqlite_floors(CACHE, word)

    def wait_until(cond: Callable[[], bool], timeout: float = 120.0) -> None:
        limit = time.perf_counter() + timeout
        while not cond():
            if time.perf_counter() > limit:
                raise TimeoutError("the window did not get there in time")
            app.processEvents()
            time.sleep(0.001)

    window = MainWindow(user="Banc d'essai")
    window.resize(1600, 1000)
    window.show()
    app.processEvents()
    meter = StallMeter()
    meter.start()
    stalls = {}

    lst = window.dossier_list
    t0 = time.perf_counter()
    window.open_call(CACHE, remember=False)
    wait_until(lambda: window.store is not None and lst.proxy.rowCount() == DOSSIERS)
    app.processEvents()
    gui = {"open": time.perf_counter() - t0}
    stalls["open"], meter.longest = meter.longest, 0.0

    def sort() -> None:
        lst.table.sortByColumn(COL_AMOUNT, Qt.SortOrder.DescendingOrder)
        app.processEvents()
        lst.table.sortByColumn(COL_AMOUNT, Qt.SortOrder.AscendingOrder)
        app.processEvents()

    gui["sort"] = best_of(sort) / 2
    stalls["sort"], meter.longest = meter.longest, 0.0

    def search() -> None:
        lst.search_edit.setText(word)
        lst._run_search()  # the query itself, without the typing pause
        app.processEvents()
        lst.reset_filters()
        app.processEvents()

    gui["search"] = best_of(search)
    shown = (lst.search_edit.setText(word), lst._run_search(), lst.proxy.rowCount())[2]
    stalls["search"], meter.longest = meter.longest, 0.0
    meter.timer.stop()

    print(f"   {'operation':<28}{'window':>10}{'sqlite3':>10}{'ratio':>8}{'stall':>10}")
    labels = {
        "open": f"open + show {DOSSIERS} rows",
        "sort": "sort by amount",
        "search": f"FTS search ({shown} hits)",
    }
    for key, label in labels.items():
        print(
            f"   {label:<28}{gui[key] * 1000:>8.0f}ms{floors[key] * 1000:>8.1f}ms"
            f"{gui[key] / floors[key]:>7.0f}×{stalls[key] * 1000:>8.0f}ms"
        )
    worst = max(stalls.values()) * 1000
    verdict = "OK" if worst < AIM_MS else "above the aim"
    print(f"   longest GUI stall: {worst:.0f} ms (aim < {AIM_MS:.0f} ms: {verdict})")
    window.tasks.wait(5_000)
    window.close()


if __name__ == "__main__":
    main()
