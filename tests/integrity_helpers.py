"""Shared pieces of the several-processes tests: small file systems, plain-I/O watch, runs."""

from __future__ import annotations

import builtins
import io
import os
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

PTCE = [sys.executable, "-m", "ptce_desktop.cli"]


def run_ptce(*args: object, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    """`ptce` in a separate process (its own SQLite locks), as a user would run it."""
    return subprocess.run(
        [*PTCE, *map(str, args)], capture_output=True, text=True, timeout=timeout, check=False
    )


def write_in_other_process(path: Path, dossier_id: int, pole: str) -> None:
    """Another program changes one dossier through the app's store, then closes."""
    code = (
        "import sys\nfrom ptce_desktop.store.db import CallStore\n"
        "with CallStore.open(sys.argv[1], actor='autre') as s, s.transaction('autre'):\n"
        "    s.conn.execute('UPDATE dossiers SET pole_name = ? WHERE id = ?',"
        " (sys.argv[3], int(sys.argv[2])))\n"
    )
    subprocess.run(
        [sys.executable, "-c", code, str(path), str(dossier_id), pole], check=True, timeout=60
    )


def integrity(path: Path) -> str:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return conn.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        conn.close()


def count(path: Path, table: str) -> int:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    finally:
        conn.close()


def deleted_wal_handles() -> list[str]:
    """This process's file descriptors on a -wal file that was deleted under it."""
    found = []
    for fd in os.listdir("/proc/self/fd"):
        try:
            target = os.readlink(f"/proc/self/fd/{fd}")
        except OSError:
            continue
        if "-wal (deleted)" in target:
            found.append(target)
    return found


@contextmanager
def tmpfs(where: Path, *, size: str) -> Iterator[Path]:
    """A small tmpfs mounted at `where` (skips the test when mounting is not permitted)."""
    where.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(where)],
        capture_output=True, check=False,
    )  # fmt: skip
    if done.returncode != 0:
        pytest.skip(f"montage tmpfs impossible ici : {done.stderr.decode().strip()}")
    try:
        yield where
    finally:
        subprocess.run(["umount", "-l", str(where)], check=False)


@contextmanager
def read_only_copy(source: Path, where: Path) -> Iterator[Path]:
    """A copy of `source` on a read-only medium: a tmpfs remounted read-only (root ignores
    file rights, not a read-only mount)."""
    with tmpfs(where, size="64m"):
        copy = where / source.name
        shutil.copyfile(source, copy)
        subprocess.run(["mount", "-o", "remount,ro", str(where)], check=True)
        yield copy


class PlainIOWatch:
    """Records every plain open() of a watched call file or of its -wal/-shm."""

    def __init__(self) -> None:
        self.watched: set[str] = set()
        self.opened: list[str] = []

    def watch(self, path: Path) -> None:
        base = str(Path(path).resolve())
        self.watched |= {base, base + "-wal", base + "-shm"}

    def check(self, file: object) -> None:
        if isinstance(file, (str, bytes, os.PathLike)):
            name = os.path.abspath(os.fsdecode(file))
            if name in self.watched or os.path.realpath(name) in self.watched:
                self.opened.append(name)


def watch_plain_io(monkeypatch: pytest.MonkeyPatch) -> PlainIOWatch:
    """Records plain opens from now on; the test asserts `opened == []` at its end."""
    spy = PlainIOWatch()
    real_open, real_os_open = builtins.open, os.open

    def spy_open(file, *args, **kwargs):  # type: ignore[no-untyped-def]
        spy.check(file)
        return real_open(file, *args, **kwargs)

    def spy_os_open(path, *args, **kwargs):  # type: ignore[no-untyped-def]
        spy.check(path)
        return real_os_open(path, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", spy_open)
    monkeypatch.setattr(io, "open", spy_open)
    monkeypatch.setattr(os, "open", spy_os_open)
    return spy
