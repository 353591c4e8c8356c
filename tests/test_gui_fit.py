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
    "ImportDialog", "NewSessionDialog",
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
    assert done.returncode == 0, done.stderr[-2000:]
    found = json.loads(done.stdout.strip().splitlines()[-1])
    assert found["screen"] == [width, height]
    assert set(found["windows"]) >= EXPECTED
    for name, (w, h, min_w, min_h) in found["windows"].items():
        assert w <= width and h <= height, f"{name} ouvre en {w}×{h} sur {width}×{height}"
        # Room for the frame and title bar: the window can always be made to fit.
        assert min_w <= width - 16 and min_h <= height - 40, f"{name} : minimum {min_w}×{min_h}"
