"""Consistent copies of a call file (SQLite backup API), kept in `backups/` beside it."""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

KEEP = 10


def backup_dir(db_path: Path) -> Path:
    return db_path.parent / "backups"


def make_backup(conn: sqlite3.Connection, db_path: Path, *, reason: str, keep: int = KEEP) -> Path:
    """Copy the open database to backups/<name>-<time>-<reason>.ptce and keep the `keep` newest.

    The backup API copies a consistent snapshot even while the file is in WAL mode, which a
    plain file copy would not.
    """
    folder = backup_dir(db_path)
    folder.mkdir(exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    safe_reason = "".join(ch if ch.isalnum() else "-" for ch in reason)[:40]
    target = folder / f"{db_path.stem}-{stamp}-{safe_reason}.ptce"
    dest = sqlite3.connect(target)
    try:
        conn.backup(dest)
        # The copy stands alone: one file, no -wal beside it.
        dest.execute("PRAGMA journal_mode=DELETE")
    finally:
        dest.close()
    rotate(db_path, keep=keep)
    return target


def list_backups(db_path: Path) -> list[Path]:
    folder = backup_dir(db_path)
    if not folder.is_dir():
        return []
    return sorted(folder.glob(f"{db_path.stem}-*.ptce"), key=lambda p: p.stat().st_mtime_ns)


def rotate(db_path: Path, *, keep: int = KEEP) -> None:
    for old in list_backups(db_path)[:-keep]:
        old.unlink(missing_ok=True)
