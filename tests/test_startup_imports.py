"""The window shows before the heavy libraries load: pandas (imports), reportlab (documents),
pyHanko (signatures), cryptography (packages), openpyxl and sqlite_utils are imported where
they are used, not at start-up; so are the screens behind the menus (feature_actions.py),
imported when one of their actions is first triggered; and the forms' loader loads none of
the Designer plug-ins PySide6 ships (Linux: read from /proc)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from importlib import import_module
from pathlib import Path

import pytest

from ptce_desktop.gui import feature_actions, features
from ptce_desktop.gui.main_window import MainWindow
from tests.gui_helpers import add_main_window

HEAVY = (
    "pandas", "numpy", "reportlab", "pyhanko", "pyhanko_certvalidator", "sqlite_utils",
    "openpyxl", "python_calamine", "cryptography",
)  # fmt: skip

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
modules = sorted(m for m in sys.modules if m.split(".")[0] in HEAVY
                 or m.startswith("ptce_desktop.gui."))
with open("/proc/self/maps") as maps:  # the shared libraries loaded
    libraries = sorted({line.rsplit("/", 1)[-1].strip() for line in maps if ".so" in line})
print(json.dumps({"modules": modules, "libraries": libraries}), flush=True)
os._exit(0)  # no teardown: only the imports matter here
"""


# Opening a call runs on the GUI thread what follows the list's adoption (the « Mes dossiers »
# filter, the rapporteur badge): a screen's or a library's first import there froze the window
# for 150 ms at the first opening of a session.
OPEN_CALL = """
import time
from pathlib import Path
window.open_call(Path(CALL), remember=False)
limit = time.monotonic() + 60
while not (window.store and window.tasks.idle and not window.store.unchecked):
    app.processEvents()
    time.sleep(0.005)
for _ in range(50):
    app.processEvents()
    time.sleep(0.002)
"""


def _loaded_at_start(call: Path | None = None) -> dict[str, list[str]]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="ptce-test-config-")
    script = SHOW_WINDOW
    if call is not None:
        head, tail = SHOW_WINDOW.split("modules = ", 1)
        script = f"CALL = {str(call)!r}\n{head}{OPEN_CALL}modules = {tail}"
    out = subprocess.run(
        [sys.executable, "-c", f"HEAVY = {HEAVY!r}\n{script}"],
        env=env, capture_output=True, text=True, timeout=120, check=True,
    )  # fmt: skip
    return json.loads(out.stdout.strip().splitlines()[-1])


@pytest.fixture
def slots(monkeypatch: pytest.MonkeyPatch, qtbot, gui_app) -> set[tuple[str, str]]:  # type: ignore[no-untyped-def]
    """The (module, function) of every slot the installers leave for later."""
    named: set[tuple[str, str]] = set()

    def record(module: str, function: str):  # type: ignore[no-untyped-def]
        named.add((module, function))
        return features.later(module, function)

    monkeypatch.setattr(feature_actions, "later", record)
    add_main_window(qtbot, MainWindow(user="Testeur"))
    return named


def test_no_heavy_library_nor_later_screen_before_the_window_shows(
    slots: set[tuple[str, str]],
) -> None:
    loaded = _loaded_at_start()
    modules = set(loaded["modules"])
    assert sorted(m for m in modules if m.split(".")[0] in HEAVY) == []
    screens = {f"ptce_desktop.gui.{module}" for module, _ in slots}
    assert len(screens) >= 10
    assert sorted(screens & modules) == []
    # The form loader brings in no Designer plug-in (PySide6's load Qt WebEngine and Quick).
    assert [lib for lib in loaded["libraries"] if "WebEngine" in lib or "Qt6Quick" in lib] == []


def test_opening_a_call_imports_no_heavy_library_nor_later_screen(
    slots: set[tuple[str, str]], demo_call: Path
) -> None:
    modules = set(_loaded_at_start(demo_call)["modules"])
    assert "ptce_desktop.gui.views.dossier_view" in modules  # the call was shown
    assert sorted(m for m in modules if m.split(".")[0] in HEAVY) == []
    screens = {f"ptce_desktop.gui.{module}" for module, _ in slots}
    assert sorted(screens & modules) == []


def test_every_slot_left_for_later_names_a_function_of_its_screen(
    slots: set[tuple[str, str]],
) -> None:
    # A misspelt name would only fail when a user first chose the menu entry.
    for module, function in sorted(slots):
        assert callable(getattr(import_module(f"ptce_desktop.gui.{module}"), function, None)), (
            f"{module}.{function}"
        )


def test_the_window_registers_only_the_faces_it_draws_with(gui_app) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QFontDatabase

    from ptce_desktop.gui.setup import GUI_FONTS
    from ptce_desktop.paths import FONTS

    # Each named face exists (a missing one is skipped by Qt without a word) and is DejaVu Sans;
    # the stamps' subset, also named DejaVu Sans, is not among them.
    for name in GUI_FONTS:
        font_id = QFontDatabase.addApplicationFont(str(FONTS / name))
        assert QFontDatabase.applicationFontFamilies(font_id) == ["DejaVu Sans"], name
    assert "DejaVuSans-Stamp.ttf" not in GUI_FONTS
