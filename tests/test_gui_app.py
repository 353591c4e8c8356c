"""Opening files from the GUI, who-am-I, the task manager and the --smoke run."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog

from ptce_desktop.gui import settings as prefs
from ptce_desktop.gui.dialogs.identity import IdentityDialog
from ptce_desktop.gui.main_window import MainWindow
from ptce_desktop.gui.tasks import TaskManager, finish_all
from tests.gui_helpers import WAIT_MS, add_main_window, close_when_idle


@pytest.fixture
def bare_window(qtbot, gui_app, error_dialogs):  # type: ignore[no-untyped-def]
    window = MainWindow(user="Testeur")
    add_main_window(qtbot, window)
    window.show()
    yield window  # closed by qtbot once idle (add_main_window)


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"Ceci est une note, pas un appel.\n" * 40, "pas SQLite"),
        (b"SQLite format 3\x00" + b"\x07" * 4000, "endommagé"),
    ],
)
def test_a_bad_file_shows_an_error_and_stays_untouched(
    qtbot, bare_window, error_dialogs, tmp_path: Path, content: bytes, expected: str
) -> None:
    path = tmp_path / "faux.ptce"
    path.write_bytes(content)
    bare_window.open_call(path)
    qtbot.waitUntil(lambda: bool(error_dialogs), timeout=WAIT_MS)
    title, message = error_dialogs[0]
    assert "faux.ptce" in title and expected in message
    assert path.read_bytes() == content
    assert sorted(p.name for p in tmp_path.iterdir()) == ["faux.ptce"]  # no -wal, no -shm
    assert bare_window.store is None
    assert bare_window.windowTitle() == "PTCE Desktop"


def test_first_opening_asks_who_you_are_and_remembers(
    qtbot, gui_app, demo_call: Path, error_dialogs, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []

    def answer(dialog: IdentityDialog) -> int:
        names = [dialog.list.item(i).text() for i in range(dialog.list.count())]
        asked.append(names[-1])
        dialog.select(names[0].split("\n")[0])
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(IdentityDialog, "exec", answer)
    window = MainWindow()
    add_main_window(qtbot, window)
    with qtbot.waitSignal(window.call_opened, timeout=WAIT_MS):
        window.open_call(demo_call)
    assert asked and asked[0].startswith("Secrétariat")
    chosen = window.store.actor
    assert chosen not in ("", "Secrétariat") and prefs.identity_for(demo_call) == chosen
    assert chosen in window.status_user.text()

    with qtbot.waitSignal(window.call_opened, timeout=WAIT_MS):
        window.open_call(demo_call)  # the same file again: no question
    assert len(asked) == 1 and window.store.actor == chosen
    close_when_idle(qtbot, window)


def test_task_manager_delivers_results_in_the_gui_thread_and_cancels(qtbot) -> None:
    import threading

    tasks = TaskManager()
    gui_thread = threading.get_ident()
    seen: list[object] = []
    job = tasks.run(lambda ctx: (ctx.progress(50, "moitié"), threading.get_ident())[1])
    job.progress.connect(lambda value, text: seen.append((value, text, threading.get_ident())))
    with qtbot.waitSignal(job.done, timeout=WAIT_MS) as done:
        pass
    assert done.args[0] != gui_thread
    assert seen == [(50, "moitié", gui_thread)]

    started = threading.Event()

    def slow(ctx) -> None:  # type: ignore[no-untyped-def]
        started.set()
        while True:
            ctx.progress(1)

    job = tasks.run(slow)
    cancelled: list[bool] = []
    job.cancelled.connect(lambda: cancelled.append(True))
    qtbot.waitUntil(started.is_set, timeout=WAIT_MS)
    job.cancel()
    qtbot.waitUntil(lambda: bool(cancelled), timeout=WAIT_MS)
    failing = tasks.run(lambda ctx: 1 / 0)
    with qtbot.waitSignal(failing.failed, timeout=WAIT_MS) as failed:
        pass
    assert "ZeroDivisionError" in failed.args[0]
    assert tasks.wait(5_000)


def test_smoke_run_exits_zero(demo_call: Path, tmp_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path))
    result = subprocess.run(
        [sys.executable, "-m", "ptce_desktop.gui.app", "--smoke", str(demo_call)],
        capture_output=True, text=True, timeout=120, env=env,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "fenêtre affichée en" in result.stdout
    # Nothing failing on quit: a PDF probe still running lost its copy to the clean-up.
    assert "Traceback" not in result.stderr and "échec" not in result.stderr, result.stderr
    # The four core tabs at least: features plug more tabs in (Évaluations, ...).
    tabs = re.search(r"(\d+) onglets vus", result.stdout)
    assert tabs is not None and int(tabs.group(1)) >= 4


def test_quitting_waits_for_the_jobs_of_every_task_manager(qtbot) -> None:  # type: ignore[no-untyped-def]
    """A view's own manager too (the attachments' PDF probe): on quit every job is cancelled
    and waited for before the run's temporary copies are removed."""
    window_jobs, view_jobs = TaskManager(), TaskManager(max_threads=1)
    started = threading.Event()
    ended: list[str] = []

    def until_cancelled(ctx) -> None:  # type: ignore[no-untyped-def]
        started.set()
        while not ctx.cancelled:
            time.sleep(0.01)
        ended.append("cancelled")

    def probe(_ctx) -> None:  # type: ignore[no-untyped-def]
        started.wait(WAIT_MS / 1000)
        time.sleep(0.3)  # a subprocess nobody can interrupt
        ended.append("probe")

    window_jobs.run(until_cancelled)
    view_jobs.run(probe)
    qtbot.waitUntil(started.is_set, timeout=WAIT_MS)
    assert finish_all(WAIT_MS)
    assert sorted(ended) == ["cancelled", "probe"]


def test_a_busy_worker_hands_the_interpreter_back_within_a_millisecond(gui_app) -> None:  # type: ignore[no-untyped-def]
    # At Python's default 5 ms, a worker running Python made each repaint wait up to 5 ms
    # per cell asked for: the window froze 70-90 ms (benchmarks/bench_gui.py shows it).
    import sys

    assert sys.getswitchinterval() <= 0.001
