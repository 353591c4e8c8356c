"""The integrity check of a call file run after its list is shown (issue #17): the header and
schema are read at once, SQLite's check of every page runs on its own read-only connection,
and the store refuses every write until it has passed; a damaged file is refused as before."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
import threading
from pathlib import Path

import pytest

from ptce_desktop.gui import errors
from ptce_desktop.gui import main_window as main_window_module
from ptce_desktop.gui.main_window import MainWindow
from ptce_desktop.store import db
from ptce_desktop.store.db import CallStore, check_integrity
from ptce_desktop.store.errors import CheckPendingError, DamagedFileError
from tests.gui_helpers import WAIT_MS, add_main_window, close_when_idle
from tests.integrity_helpers import count


def damage_audit_page(path: Path) -> None:
    """Scribble over the cells of one leaf page of the audit log, in the middle of the file:
    a page the list never reads, which only the check of every page finds."""
    conn = sqlite3.connect(path)
    try:
        pages = conn.execute(
            "SELECT pageno FROM dbstat WHERE name = 'audit_log' AND pagetype = 'leaf' "
            "ORDER BY pageno"
        ).fetchall()
        size = conn.execute("PRAGMA page_size").fetchone()[0]
    finally:
        conn.close()
    start = (pages[len(pages) // 2][0] - 1) * size
    data = bytearray(path.read_bytes())  # no connection open on it: plain I/O is safe here
    data[start + 8 : start + size] = b"\x07" * (size - 8)  # the page header kept
    path.write_bytes(bytes(data))


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def rename_first(store: CallStore) -> None:
    with store.transaction("essai"):
        store.conn.execute("UPDATE dossiers SET pole_name = 'Renommé' WHERE id = 1")


def test_a_store_opened_with_the_check_later_refuses_writes_until_told(demo_call: Path) -> None:
    before = digest(demo_call)
    with CallStore.open(demo_call, actor="t", check="later") as store:
        assert store.unchecked
        with pytest.raises(CheckPendingError, match="vérification de l'intégrité"):
            rename_first(store)
        with pytest.raises(CheckPendingError):
            store.backup("essai")
        check_integrity(demo_call)
        store.checked(None)
        rename_first(store)
    assert digest(demo_call) != before
    assert not list((demo_call.parent / "backups").glob("*essai*"))


def test_the_check_finds_damage_the_opening_does_not_see(demo_call: Path) -> None:
    damage_audit_page(demo_call)
    before = digest(demo_call)
    with CallStore.open(demo_call, actor="t", check="later") as store:
        assert count(demo_call, "dossiers") == 30  # the list still reads
        with pytest.raises(DamagedFileError, match="endommagé") as found:
            check_integrity(demo_call)
        store.checked(found.value)
        with pytest.raises(DamagedFileError, match="endommagé"):
            rename_first(store)
    assert digest(demo_call) == before
    with pytest.raises(DamagedFileError):  # the quick check at opening, as the CLI does
        CallStore.open(demo_call, actor="t")


def test_a_cancelled_check_stops_without_a_verdict(
    demo_call: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(db, "CHECK_PROGRESS_STEPS", 1_000)  # the demo is checked in 10 ms
    with pytest.raises(sqlite3.OperationalError) as stopped:
        check_integrity(demo_call, cancelled=lambda: True)
    assert stopped.value.sqlite_errorcode == sqlite3.SQLITE_INTERRUPT


def test_the_window_shows_a_damaged_file_then_refuses_it_and_offers_its_backups(
    qtbot, gui_app, demo_call: Path, error_dialogs, monkeypatch: pytest.MonkeyPatch
) -> None:
    with CallStore.open(demo_call, actor="t") as store:
        store.backup("avant-accident")
    damage_audit_page(demo_call)
    before = digest(demo_call)
    offered: list[str] = []
    monkeypatch.setattr(errors, "offer_restore", lambda _p, _t, m: offered.append(m) or False)
    window = MainWindow(user="Testeur")
    add_main_window(qtbot, window)
    window.show()
    window.open_call(demo_call)
    qtbot.waitUntil(lambda: bool(offered) and window.tasks.idle, timeout=WAIT_MS)
    assert "endommagé" in offered[0] and not error_dialogs
    assert len(window.dossier_list.model.all_rows) == 30  # shown before the check ended
    assert window.read_only_banner.isVisible()
    assert "endommagé" in window.read_only_banner.text()
    with pytest.raises(DamagedFileError, match="endommagé"):
        rename_first(window.store)
    close_when_idle(qtbot, window)
    assert digest(demo_call) == before


def test_a_write_from_the_window_before_the_check_ends_is_refused_with_a_message(
    qtbot, gui_app, demo_call: Path, error_dialogs, monkeypatch: pytest.MonkeyPatch
) -> None:
    release = threading.Event()

    def slow_check(path: Path, *, cancelled) -> None:  # type: ignore[no-untyped-def]
        release.wait(WAIT_MS / 1000)
        check_integrity(path, cancelled=cancelled)

    monkeypatch.setattr(main_window_module, "check_integrity", slow_check)
    shutil.copyfile(demo_call, demo_call.with_name("témoin.ptce"))
    window = MainWindow(user="Testeur")
    add_main_window(qtbot, window)
    window.show()
    opened: list[Path] = []
    window.call_opened.connect(opened.append)
    window.open_call(demo_call)
    qtbot.waitUntil(lambda: bool(opened), timeout=WAIT_MS)
    assert len(window.dossier_list.model.all_rows) == 30 and not window.tasks.idle
    assert window.status_checking.isVisible()
    with pytest.raises(CheckPendingError, match="réessayez dans un instant"):
        rename_first(window.store)
    assert count(demo_call, "audit_log") == count(demo_call.with_name("témoin.ptce"), "audit_log")
    release.set()
    qtbot.waitUntil(lambda: window.tasks.idle, timeout=WAIT_MS)
    assert not window.store.unchecked and not window.read_only_banner.isVisible()
    assert not window.status_checking.isVisible()
    rename_first(window.store)
    assert not error_dialogs
    close_when_idle(qtbot, window)
