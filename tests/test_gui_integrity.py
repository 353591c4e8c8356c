"""The window and other programs on the same call file: it sees their changes, never freezes
on their locks, says when a file is read-only, and offers a backup for a damaged file."""

from __future__ import annotations

import subprocess
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QDialog, QFileDialog

from ptce_desktop.gui import errors
from ptce_desktop.gui.dialogs.restore import RestoreDialog
from ptce_desktop.gui.main_window import MainWindow
from ptce_desktop.gui.views.export_actions import export_to
from ptce_desktop.store.db import CallStore
from ptce_desktop.store.errors import ReadOnlyFileError
from tests.gui_helpers import WAIT_MS, add_main_window, close_when_idle, open_and_wait
from tests.integrity_helpers import (
    PTCE,
    count,
    read_only_copy,
    run_ptce,
    write_in_other_process,
)
from tests.test_integrity import hold_lock


def shown_pole(window: MainWindow, dossier_id: int) -> str:
    model = window.dossier_list.model
    row = model.row_of(dossier_id)
    assert row is not None
    return model.row_at(row).pole_name


def test_a_change_made_by_the_cli_shows_without_reopening(qtbot, main_window) -> None:
    window = main_window
    store, shown = window.store, window.current_dossier_id()
    assert shown is not None
    with qtbot.waitSignal(window.file_changed, timeout=WAIT_MS):  # the 2 s watch, no focus
        write_in_other_process(store.path, shown, "Pôle renommé ailleurs")
    assert window.store is store  # not reopened
    assert shown_pole(window, shown) == "Pôle renommé ailleurs"
    assert window.current_dossier_id() == shown
    assert window.current_file().dossier.pole_name == "Pôle renommé ailleurs"


def test_export_in_the_background_while_another_process_imports(
    qtbot, main_window, import_source: Path, tmp_path: Path, error_dialogs
) -> None:
    window = main_window
    path = window.call_path()
    out = tmp_path / "export.xlsx"
    other = subprocess.Popen(
        [*PTCE, "import", str(path), str(import_source), "--update"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    job = export_to(window, out)
    assert job is not None
    with qtbot.waitSignal(job.finished, timeout=120_000):
        pass
    _, err = other.communicate(timeout=120)
    assert other.returncode == 0, err
    assert not error_dialogs
    assert out.is_file() and count(path, "dossiers") == 40
    qtbot.waitUntil(lambda: len(window.dossier_list.model.all_rows) == 40, timeout=WAIT_MS)
    assert "40 dossiers" in window.status_counts.text()
    assert run_ptce("audit", "verify", path).returncode == 0


def test_a_lock_held_elsewhere_is_shown_and_never_freezes_the_window(
    qtbot, main_window, error_dialogs
) -> None:
    window = main_window
    path, actor = window.call_path(), window.store.actor
    gaps: list[float] = []
    last = [time.monotonic()]

    def tick() -> None:
        now = time.monotonic()
        gaps.append(now - last[0])
        last[0] = now

    messages: list[str] = []
    window.statusBar().messageChanged.connect(messages.append)

    def work(_ctx: object) -> None:
        with CallStore.open(path, actor=actor) as store, store.transaction("après attente"):
            store.conn.execute("UPDATE dossiers SET pole_name = 'Écrit après' WHERE id = 1")

    # Held until the window has said it waits (a line on the holder's stdin releases it), so
    # a slow start of the worker cannot find the lock already gone; measured from then on.
    holder = hold_lock(path, 120)
    try:
        timer = QTimer()
        timer.timeout.connect(tick)
        last[0] = time.monotonic()
        timer.start(50)
        job = window.run_task(work, label="Écriture")
        qtbot.waitUntil(
            lambda: any("utilisé par un autre programme ; nouvel essai…" in m for m in messages),
            timeout=WAIT_MS,
        )
        # The window keeps turning while the worker waits: twenty ticks of the timer meanwhile.
        qtbot.waitUntil(lambda: len(gaps) >= 20, timeout=WAIT_MS)
        assert window.tasks.busy  # the write is still waiting for the lock
        with qtbot.waitSignal(job.finished, timeout=WAIT_MS):
            holder.communicate("libre\n", timeout=60)
    finally:
        holder.kill()  # already gone unless the test failed while it held the lock
        holder.wait(10)
    timer.stop()
    assert not error_dialogs
    assert any("utilisé par un autre programme ; nouvel essai…" in m for m in messages)
    assert max(gaps) < 0.5  # the event loop kept turning while the worker waited
    qtbot.waitUntil(lambda: shown_pole(window, 1) == "Écrit après", timeout=WAIT_MS)


def test_a_read_only_copy_opens_with_a_banner_and_refuses_writes(
    qtbot, gui_app, demo_call: Path, tmp_path: Path, error_dialogs
) -> None:
    with read_only_copy(demo_call, tmp_path / "ro") as copy:
        window = MainWindow(user="Testeur")
        add_main_window(qtbot, window)
        window.show()
        open_and_wait(qtbot, window, copy, error_dialogs)
        assert not error_dialogs
        assert window.read_only_banner.isVisible()
        assert "Lecture seule" in window.read_only_banner.text()
        with pytest.raises(ReadOnlyFileError, match="lecture seule"), window.store.transaction():
            pass
        close_when_idle(qtbot, window)


def test_a_damaged_file_offers_its_backups(
    qtbot, gui_app, demo_call: Path, tmp_path: Path, error_dialogs, monkeypatch: pytest.MonkeyPatch
) -> None:
    with CallStore.open(demo_call, actor="t") as store:
        store.backup("avant-accident")
    data = bytearray(demo_call.read_bytes())
    data[100:4096] = b"\x07" * (4096 - 100)
    demo_call.write_bytes(bytes(data))
    offered: list[str] = []
    listed: list[list[str]] = []

    def offer(_parent: object, _title: str, message: str) -> bool:
        offered.append(message)
        return True

    def choose(dialog: RestoreDialog) -> int:
        table = dialog.table
        listed.append([table.item(0, c).text() for c in range(table.columnCount())])
        return QDialog.DialogCode.Accepted.value

    out = tmp_path / "restaure.ptce"
    monkeypatch.setattr(errors, "offer_restore", offer)
    monkeypatch.setattr(RestoreDialog, "exec", choose)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    window = MainWindow(user="Testeur")
    add_main_window(qtbot, window)
    window.show()
    open_and_wait(qtbot, window, demo_call, error_dialogs)
    assert offered and "endommagé" in offered[0]
    assert listed[0][0] == "1" and listed[0][2] == "avant-accident" and listed[0][3] == "30"
    assert window.store.path == out and len(window.dossier_list.model.all_rows) == 30
    assert not error_dialogs
    close_when_idle(qtbot, window)
