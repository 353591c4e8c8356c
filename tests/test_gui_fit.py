"""Every top-level window fits the ministry laptop (1366×768) and the projector (1280×720) at
first show: each screen is simulated by Qt's offscreen platform in a subprocess."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

PROBE = Path(__file__).with_name("window_probe.py")
EXPECTED = {
    "MainWindow", "SessionWindow", "MinutesDialog", "CompareWindow", "ScoreChartsWindow",
    "ImportDialog", "NewSessionDialog", "peopleWindow", "callSettingsDialog",
    "DecisionSupportWindow", "meetingWindow",
}  # fmt: skip


@pytest.mark.parametrize("width,height", [(1366, 768), (1280, 720)])
def test_every_window_fits_the_screen_at_first_show(
    tmp_path: Path, width: int, height: int
) -> None:
    config = tmp_path / "screen.json"
    config.write_text(json.dumps({"screens": [{
        "name": "écran", "x": 0, "y": 0, "width": width, "height": height,
        "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1,
    }]}))  # fmt: skip
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}"}
    done = subprocess.run(
        [sys.executable, str(PROBE)], env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, f"code {done.returncode} : {done.stderr[-3000:]}"
    found = json.loads(done.stdout.strip().splitlines()[-1])
    assert found["screen"] == [width, height]
    assert not EXPECTED - set(found["windows"]), (
        f"fenêtres non vues : {EXPECTED - set(found['windows'])}"
    )
    for name, (w, h, min_w, min_h) in found["windows"].items():
        assert w <= width and h <= height, f"{name} ouvre en {w}×{h} sur {width}×{height}"
        # Room for the frame and title bar: the window can always be made to fit.
        assert min_w <= width - 16 and min_h <= height - 40, f"{name} : minimum {min_w}×{min_h}"


def test_a_window_comes_back_with_its_size_on_a_screen_of_that_size(qtbot, qapp) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QDialog, QSplitter, QVBoxLayout

    from ptce_desktop.gui import settings as prefs
    from ptce_desktop.gui.partials.fit import screen_key
    from ptce_desktop.gui.setup import configure_application

    configure_application(qapp)

    def dialog() -> tuple[QDialog, QSplitter]:
        d = QDialog()
        d.setObjectName("SondeGeometrie")
        splitter = QSplitter(d)
        splitter.setObjectName("sondeSplitter")
        splitter.addWidget(QDialog())
        splitter.addWidget(QDialog())
        QVBoxLayout(d).addWidget(splitter)
        qtbot.addWidget(d)
        return d, splitter

    first, split = dialog()
    first.resize(520, 410)
    first.show()
    split.setSizes([100, 400])
    first.hide()  # saved when hidden
    key = f"geometry/{screen_key(first)}/SondeGeometrie/window"
    assert prefs.settings().value(key) is not None and "x" in screen_key(first)
    second, split2 = dialog()
    second.show()
    assert (second.width(), second.height()) == (520, 410)
    assert split2.sizes()[0] < split2.sizes()[1]
