"""One call file, several processes: nothing opens it but SQLite, nothing is lost, damage and
full disks and read-only media get their own messages, backups can be listed and restored."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from ptce_desktop.cli import main
from ptce_desktop.store import backup as backups
from ptce_desktop.store.db import CallStore
from ptce_desktop.store.errors import FileBusyError, ReadOnlyFileError, StoreError
from tests.integrity_helpers import (
    PTCE,
    count,
    deleted_wal_handles,
    integrity,
    read_only_copy,
    run_ptce,
    tmpfs,
    write_in_other_process,
)


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def poles(path: Path) -> dict[int, str]:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return dict(conn.execute("SELECT id, pole_name FROM dossiers"))
    finally:
        conn.close()


# -- the cause: a plain file handle on the live file ---------------------------------------------


def test_the_watch_sees_a_plain_open(demo_call: Path, plain_io) -> None:
    plain_io.watch(demo_call)
    with open(demo_call, "rb") as f:
        f.read(16)
    assert plain_io.opened == [str(demo_call.resolve())]


def test_no_operation_opens_the_live_file_with_a_plain_handle(
    demo_call: Path,
    import_source: Path,
    tmp_path: Path,
    plain_io,
    capsys,
) -> None:
    plain_io.watch(demo_call)
    f = str(demo_call)
    held = CallStore.open(demo_call, actor="fenêtre")  # the window keeps the call open
    try:
        for argv in (
            ["stats", f, "--json"],
            ["--full-check", "stats", f],
            ["audit", "verify", f],
            ["export", f, str(tmp_path / "export.xlsx")],
            ["import", f, str(import_source), "--update"],
            ["minutes", f, "--session", "1", "--out", str(tmp_path / "pv.pdf")],
            ["backup", "list", f, "--json"],
            ["backup", "restore", f, "1", "--out", str(tmp_path / "restaure.ptce")],
        ):
            assert main(argv) == 0, (argv, capsys.readouterr().err)
        CallStore.open(demo_call, actor="tâche", check="full").close()
        held.backup("essai")
        assert deleted_wal_handles() == []
    finally:
        held.close()
    assert plain_io.opened == []


def test_two_processes_on_one_file_lose_nothing(demo_call: Path, import_source: Path) -> None:
    """The issue's reproduction: a held WAL connection, the operations that used to read the
    header with open(), then another process that writes and closes."""
    store = CallStore.open(demo_call, actor="fenêtre")
    CallStore.open(demo_call, actor="tâche").close()  # a background task opens its own
    assert main(["stats", str(demo_call)]) == 0
    done = run_ptce("import", demo_call, import_source, "--update")
    assert done.returncode == 0, done.stderr
    with store.transaction("fenêtre 1"):
        store.conn.execute("UPDATE dossiers SET pole_name = 'Fenêtre un' WHERE id = 1")
    write_in_other_process(demo_call, 2, "Autre programme")
    with store.transaction("fenêtre 2"):
        store.conn.execute("UPDATE dossiers SET pole_name = 'Fenêtre deux' WHERE id = 3")
    assert deleted_wal_handles() == []
    store.close()
    names = poles(demo_call)
    assert len(names) == 40  # the other process's import is there
    assert (names[1], names[2], names[3]) == ("Fenêtre un", "Autre programme", "Fenêtre deux")
    assert integrity(demo_call) == "ok"
    verify = run_ptce("audit", "verify", demo_call)
    assert verify.returncode == 0, verify.stderr


# -- damage is not tampering ---------------------------------------------------------------------


def _flip(path: Path, offset: int, n: int = 20) -> None:
    data = bytearray(path.read_bytes())
    for i in range(offset, offset + n):
        data[i] ^= 0xFF
    path.write_bytes(bytes(data))


def test_flipped_bytes_in_text_say_damaged_and_point_to_backups(demo_call: Path) -> None:
    at = demo_call.read_bytes().find(b"pole_name", 4096 * 4)  # an audit entry's text
    assert at > 0
    _flip(demo_call, at)
    before = sha(demo_call)
    done = run_ptce("audit", "verify", demo_call)
    assert done.returncode == 1
    assert "endommagé" in done.stderr and f"ptce backup list {demo_call}" in done.stderr
    assert "inattendue" not in done.stderr and "decode" not in done.stderr.lower()
    assert sha(demo_call) == before


@pytest.mark.parametrize("where", [0.4, 0.6])
def test_flipped_bytes_anywhere_never_give_an_unexpected_error(
    demo_call: Path, where: float, capsys
) -> None:
    _flip(demo_call, int(demo_call.stat().st_size * where) // 4096 * 4096 + 300)
    for args in (["audit", "verify", str(demo_call)], ["--full-check", "stats", str(demo_call)]):
        code = main(args)
        err = capsys.readouterr().err
        assert "inattendue" not in err
        if code != 0:
            assert code == 1
            assert "endommagé" in err or "modifié hors application" in err


# -- read-only media -----------------------------------------------------------------------------


def test_a_read_only_copy_opens_and_refuses_writes(
    demo_call: Path, import_source: Path, tmp_path: Path, capsys
) -> None:
    assert main(["stats", str(demo_call), "--json"]) == 0
    counts = json.loads(capsys.readouterr().out)
    with read_only_copy(demo_call, tmp_path / "ro") as copy:
        before = sha(copy)
        done = run_ptce("stats", copy, "--json")  # a process that never saw the file
        assert done.returncode == 0, done.stderr
        assert json.loads(done.stdout) == counts
        assert main(["audit", "verify", str(copy)]) == 0
        capsys.readouterr()
        assert main(["import", str(copy), str(import_source), "--update"]) == 1
        err = capsys.readouterr().err
        assert "lecture seule" in err and str(copy) in err
        with CallStore.open(copy, actor="t") as store:
            assert store.read_only is not None
            with pytest.raises(ReadOnlyFileError, match="lecture seule"), store.transaction():
                store.conn.execute("UPDATE dossiers SET pole_name = 'x'")
        assert sha(copy) == before
        assert sorted(p.name for p in copy.parent.iterdir()) == [copy.name]


# -- full disk -----------------------------------------------------------------------------------


def _fill(folder: Path, leave: int) -> None:
    free = os.statvfs(folder).f_bavail * os.statvfs(folder).f_frsize
    with open(folder / "remplissage", "wb") as f:
        f.write(b"\0" * max(free - leave, 0))


def test_a_full_disk_during_import_leaves_the_file_as_it_was(
    demo_call: Path, import_source: Path, tmp_path: Path, capsys
) -> None:
    size = demo_call.stat().st_size
    with tmpfs(tmp_path / "petit", size=f"{3 * size // 1024 + 512}k") as disk:
        call = disk / "appel.ptce"
        shutil.copyfile(demo_call, call)
        before = sha(call)
        _fill(disk, leave=size + 256 * 1024)  # room for the backup, not for the import
        assert main(["import", str(call), str(import_source), "--update"]) == 1
        err = capsys.readouterr().err
        assert "disque plein ou erreur d'écriture" in err and str(call) in err
        assert "inattendue" not in err
        assert sha(call) == before
        assert not (disk / "appel.ptce-wal").exists()
        (disk / "remplissage").unlink()
        assert main(["audit", "verify", str(call)]) == 0


def test_a_full_disk_during_demo_leaves_nothing(tmp_path: Path) -> None:
    with tmpfs(tmp_path / "petit", size="1m") as disk:
        done = run_ptce("demo", disk / "demo.ptce", "--dossiers", "60")
        assert done.returncode == 1
        assert "disque plein ou erreur d'écriture" in done.stderr
        assert list(disk.iterdir()) == []


# -- a lock held by another program --------------------------------------------------------------


HOLD = (
    "import select, sqlite3, sys\n"
    "c = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
    "c.execute('BEGIN IMMEDIATE'); print('pris', flush=True)\n"
    "select.select([sys.stdin], [], [], float(sys.argv[2]))\n"  # until told, at most N s
    "c.execute('COMMIT')\n"
)


def hold_lock(path: Path, seconds: float) -> subprocess.Popen[str]:
    """Another program holding the write lock for `seconds`, or until a line on its stdin."""
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD, str(path), str(seconds)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    assert holder.stdout is not None and holder.stdout.readline().strip() == "pris"
    return holder


def test_a_writer_waits_for_another_program_and_says_so(demo_call: Path, capsys) -> None:
    holder = hold_lock(demo_call, 1.5)
    try:
        with CallStore.open(demo_call, actor="t") as store, store.transaction("après attente"):
            store.conn.execute("UPDATE dossiers SET pole_name = 'Attendu' WHERE id = 1")
    finally:
        holder.wait(10)
    assert poles(demo_call)[1] == "Attendu"
    holder = hold_lock(demo_call, 1.5)
    try:
        code = main(["import", str(demo_call), str(demo_call.with_suffix(".absent.xlsx"))])
        assert code != 0  # a missing source: the point is that the CLI did not hang or crash
        with CallStore.open(demo_call, actor="t") as store:
            store.busy_wait = 0.3
            started = time.monotonic()
            with (
                pytest.raises(FileBusyError, match="utilisé par un autre programme"),
                store.transaction("refusé"),
            ):
                pass
            assert time.monotonic() - started < 1.5
    finally:
        holder.wait(10)


def test_the_cli_says_it_tries_again(demo_call: Path, import_source: Path) -> None:
    holder = hold_lock(demo_call, 60)
    try:
        cli = subprocess.Popen(
            [*PTCE, "import", str(demo_call), str(import_source), "--update"],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )  # fmt: skip
        assert cli.stderr is not None
        said = cli.stderr.readline()  # while the other program still holds the lock
        assert "utilisé par un autre programme ; nouvel essai…" in said
    finally:
        holder.communicate("go\n", timeout=10)
    _, err = cli.communicate(timeout=120)
    assert cli.returncode == 0, err
    assert count(demo_call, "dossiers") == 40


# -- backups: listed, restored, never half-written under a good name -----------------------------


def test_backup_list_and_restore(demo_call: Path, tmp_path: Path, capsys) -> None:
    with CallStore.open(demo_call, actor="t") as store:
        store.backup("avant-essai")
        with store.transaction("essai"):
            store.conn.execute("DELETE FROM annotations")
            store.conn.execute("UPDATE dossiers SET pole_name = 'Après' WHERE id = 1")
    (backups.backup_dir(demo_call) / ".demi-sauvegarde.ptce.tmp").write_bytes(b"SQLite")
    capsys.readouterr()
    assert main(["backup", "list", str(demo_call), "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [b["number"] for b in listed] == [1]
    assert listed[0]["reason"] == "avant-essai"
    assert listed[0]["counts"] == {
        "dossiers": 30,
        "reviews": count(demo_call, "reviews WHERE state = 'submitted'"),
        "decisions": count(demo_call, "decisions"),
    }
    assert main(["backup", "list", str(demo_call)]) == 0
    text = capsys.readouterr().out
    assert "avant-essai" in text and "30 dossiers" in text

    out = tmp_path / "restaure.ptce"
    assert main(["backup", "restore", str(demo_call), "1", "--out", str(out)]) == 0
    assert poles(out)[1] != "Après" and poles(demo_call)[1] == "Après"
    assert main(["audit", "verify", str(out)]) == 0

    before = sha(out)
    assert main(["backup", "restore", str(demo_call), listed[0]["path"], "--out", str(out)]) == 2
    assert "existe déjà" in capsys.readouterr().err
    assert sha(out) == before
    assert main(["backup", "restore", str(demo_call), "7", "--out", str(tmp_path / "x.ptce")]) == 2
    assert "pas de sauvegarde n° 7" in capsys.readouterr().err
    assert not (tmp_path / "x.ptce").exists()


def test_a_damaged_backup_is_not_restored(demo_call: Path, tmp_path: Path, capsys) -> None:
    with CallStore.open(demo_call, actor="t") as store:
        target = store.backup("abimee")
    data = bytearray(target.read_bytes())
    data[100:4096] = b"\x07" * (4096 - 100)
    target.write_bytes(bytes(data))
    out = tmp_path / "restaure.ptce"
    assert main(["backup", "restore", str(demo_call), "1", "--out", str(out)]) == 1
    assert "endommagé" in capsys.readouterr().err
    assert not out.exists() and list(tmp_path.glob(".restaure*")) == []


BACKUP_LOOP = (
    "import sys\nfrom ptce_desktop.store.db import CallStore\n"
    "s = CallStore.open(sys.argv[1], actor='boucle')\nprint('prêt', flush=True)\n"
    "while True:\n    s.backup('boucle')\n"
)


def test_a_backup_killed_midway_is_never_listed(demo_call: Path) -> None:
    looping = subprocess.Popen(
        [sys.executable, "-c", BACKUP_LOOP, str(demo_call)], stdout=subprocess.PIPE, text=True
    )
    assert looping.stdout is not None and looping.stdout.readline().strip() == "prêt"
    # Killed once a first backup is complete, that is while it writes the next one (a fixed
    # delay could end before the first one on a loaded machine).
    deadline = time.monotonic() + 60
    while not backups.list_backups(demo_call) and time.monotonic() < deadline:
        time.sleep(0.005)
    looping.send_signal(signal.SIGKILL)
    looping.wait(10)
    listed = backups.list_backups(demo_call)
    assert listed
    for path in listed:
        assert integrity(path) == "ok"
        assert count(path, "dossiers") == 30
    assert integrity(demo_call) == "ok"


@pytest.mark.parametrize("delay", [0.0, 0.2])
def test_an_import_killed_midway_is_all_or_nothing(
    demo_call: Path, import_source: Path, delay: float
) -> None:
    """Killed `delay` s after its backup is complete, that is while it writes the dossiers."""
    started = subprocess.Popen(
        [*PTCE, "import", str(demo_call), str(import_source), "--update"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    deadline = time.monotonic() + 60
    while not backups.list_backups(demo_call) and time.monotonic() < deadline:
        time.sleep(0.005)
    time.sleep(delay)
    started.send_signal(signal.SIGKILL)
    started.wait(10)
    assert integrity(demo_call) == "ok"
    assert count(demo_call, "dossiers") in (30, 40)
    assert run_ptce("audit", "verify", demo_call).returncode == 0
    for path in backups.list_backups(demo_call):
        assert integrity(path) == "ok"


# -- new files: built aside, renamed when complete -----------------------------------------------


def test_a_killed_demo_leaves_no_call_and_the_next_try_works(tmp_path: Path) -> None:
    target = tmp_path / "demo.ptce"
    started = subprocess.Popen(
        [*PTCE, "demo", str(target), "--dossiers", "400"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    # Killed while it builds the file aside (a fixed delay could end before it starts).
    deadline = time.monotonic() + 60
    while not any(tmp_path.iterdir()) and time.monotonic() < deadline:
        time.sleep(0.005)
    started.send_signal(signal.SIGKILL)
    started.wait(10)
    assert any(tmp_path.iterdir()) and not target.exists()
    assert main(["demo", str(target), "--dossiers", "5", "--stage", "intake"]) == 0
    assert count(target, "dossiers") == 5


def test_a_file_that_appeared_meanwhile_is_never_overwritten(tmp_path: Path) -> None:
    target = tmp_path / "appel.ptce"
    with pytest.raises(StoreError, match="existe déjà"):  # noqa: SIM117
        with CallStore.building(target, actor="t") as store:
            assert store.path != target
            target.write_bytes(b"le fichier d'un autre")
    assert target.read_bytes() == b"le fichier d'un autre"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["appel.ptce"]


def test_new_call_is_complete_and_alone(tmp_path: Path) -> None:
    target = tmp_path / "appel.ptce"
    assert main(["new", str(target), "--title", "Appel 2026"]) == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["appel.ptce"]  # no temp, no -wal
    assert count(target, "criteria") > 0
    assert main(["new", str(target), "--title", "Encore"]) == 2
