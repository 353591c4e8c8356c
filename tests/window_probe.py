"""Run in a subprocess by test_gui_fit.py on an offscreen screen of a given size: opens every
top-level window the app has on a demo call and prints their sizes at first show as JSON."""

from __future__ import annotations

import json
import os
import sys
import tempfile
from pathlib import Path

os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="ptce-probe-")

from PySide6.QtWidgets import QApplication, QDialog, QMainWindow


def main() -> None:
    app = QApplication(sys.argv[:1])
    from ptce_desktop.gui.main_window import MainWindow
    from ptce_desktop.gui.setup import configure_application
    from ptce_desktop.gui.views import charts, compare_window, import_dialog, minutes_dialog
    from ptce_desktop.services.demo import make_demo

    configure_application(app)
    path = Path(tempfile.mkdtemp(prefix="ptce-probe-")) / "demo.ptce"
    make_demo(path, dossiers=30, seed=2013, stage="minutes").close()
    window = MainWindow(user="Sonde")
    window.show_first_time()
    opened: list[object] = []
    window.call_opened.connect(opened.append)  # the windows below close when a call opens
    window.open_call(path)
    while not opened:
        app.processEvents()
    window.open_sessions()
    minutes_dialog.open_minutes(window)
    compare_window.open_dossiers(window)
    charts.open_charts(window)
    import_dialog.open_import_dialog(window)
    window.session_window.new_session()
    window.session_window.projector_button.setChecked(True)  # the projector, one screen
    # Windows the other screens brought (committee, call settings, decision support).
    from ptce_desktop.gui.views import call_settings_dialog, decision_support_window, people_window

    people_window.open_people_window(window)
    call_settings_dialog.edit_settings(window)
    decision_support_window.open_decision_support(window)
    for _ in range(5):
        app.processEvents()
    window.tasks.wait(30_000)
    window.session_window.tasks.wait(30_000)
    app.processEvents()
    sizes = {}
    for w in app.topLevelWidgets():
        projector = w.objectName() == "meetingWindow"
        if (isinstance(w, QMainWindow | QDialog) or projector) and w.isVisible():
            name = w.objectName() or type(w).__name__
            # The projector's layout does not bound it: its type scales with the window.
            hint = w.minimumSize() if projector else w.minimumSizeHint()
            sizes[name] = [w.width(), w.height(), hint.width(), hint.height()]
    room = app.primaryScreen().availableGeometry()
    print(json.dumps({"windows": sizes, "screen": [room.width(), room.height()]}))
    os._exit(0)


if __name__ == "__main__":
    main()
