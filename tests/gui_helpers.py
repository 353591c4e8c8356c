"""Waiting for the main window the way a test must: on the state it asserts, never on time.

Under load the events that follow an action arrive late and one by one (the opening job's
`done`, then its `finished`, then the 1 ms timer that selects the first dossier and emits
`call_opened`): a test that goes on after the first of them races the rest."""

from __future__ import annotations

from pathlib import Path
from typing import Any

WAIT_MS = 30_000  # costs nothing when the machine is fast; a loaded CI machine needs it


def open_and_wait(qtbot: Any, window: Any, path: Path, error_dialogs: list) -> None:
    """Open `path` and return once the window has shown it (`call_opened` emitted: the first
    dossier selected, every view told) and every job has ended, or once an error was shown."""
    opened: list[Path] = []

    def seen(p: Path) -> None:
        opened.append(p)

    window.call_opened.connect(seen)
    try:
        window.open_call(path)
        qtbot.waitUntil(
            lambda: bool(error_dialogs) or (bool(opened) and window.tasks.idle), timeout=WAIT_MS
        )
    finally:
        window.call_opened.disconnect(seen)


def add_main_window(qtbot: Any, window: Any) -> None:
    """`qtbot.addWidget` for a main window. pytest-qt closes it after the test, before any
    fixture's tear-down; a job whose `finished` is still queued (`tasks.wait()` does not
    deliver it) or not yet started makes the window ask « Quitter ? » in a modal box nobody
    answers: the suite hung there. So it is closed only once every job has ended and said so."""
    qtbot.addWidget(
        window, before_close_func=lambda w: qtbot.waitUntil(lambda: w.tasks.idle, timeout=WAIT_MS)
    )


def close_when_idle(qtbot: Any, window: Any) -> None:
    """Close the main window within a test, once every job has ended (see add_main_window)."""
    qtbot.waitUntil(lambda: window.tasks.idle, timeout=WAIT_MS)
    window.close()
