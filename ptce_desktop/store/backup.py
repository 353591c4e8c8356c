"""Consistent copies of a call file (SQLite backup API), kept in `backups/` beside it."""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from ..text import t
from .errors import StoreError, damaged, from_sqlite

KEEP = 10
STAMP = "%Y%m%d-%H%M%S-%f"
TMP_SUFFIX = ".tmp"  # a backup being written; renamed to .ptce only once complete
COUNTED = {
    "dossiers": "SELECT count(*) FROM dossiers",
    "reviews": "SELECT count(*) FROM reviews WHERE state = 'submitted'",
    "decisions": "SELECT count(*) FROM decisions",
}


def backup_dir(db_path: Path) -> Path:
    return db_path.parent / "backups"


def make_backup(conn: sqlite3.Connection, db_path: Path, *, reason: str, keep: int = KEEP) -> Path:
    """Copy the open database to backups/<name>-<time>-<reason>.ptce and keep the `keep` newest.

    The backup API copies a consistent snapshot even while the file is in WAL mode, which a
    plain file copy would not. The copy is written under a temporary name and renamed when
    complete: a process killed meanwhile leaves no half copy named like a good one.
    """
    folder = backup_dir(db_path)
    stamp = datetime.now().strftime(STAMP)
    safe_reason = "".join(ch if ch.isalnum() else "-" for ch in reason)[:40]
    target = folder / f"{db_path.stem}-{stamp}-{safe_reason}.ptce"
    tmp = folder / f".{target.name}{TMP_SUFFIX}"
    try:
        folder.mkdir(exist_ok=True)
        dest = sqlite3.connect(tmp)
        try:
            conn.backup(dest)
            # The copy stands alone: one file, no -wal beside it.
            dest.execute("PRAGMA journal_mode=DELETE")
        finally:
            dest.close()
        os.replace(tmp, target)
    except (sqlite3.Error, OSError) as exc:
        tmp.unlink(missing_ok=True)
        if isinstance(exc, sqlite3.Error):
            raise (from_sqlite(exc, target) or exc) from exc
        raise StoreError(
            t(
                "{folder} : copie de sauvegarde impossible ({strerror}) ; rien n'a été modifié",
                folder=folder,
                strerror=exc.strerror or exc,
            )
        ) from exc
    rotate(db_path, keep=keep)
    return target


def list_backups(db_path: Path) -> list[Path]:
    """Complete backups of `db_path`, oldest first (temporary names are not listed)."""
    folder = backup_dir(db_path)
    if not folder.is_dir():
        return []
    return sorted(folder.glob(f"{db_path.stem}-*.ptce"), key=lambda p: (_stamp(db_path, p), p))


def rotate(db_path: Path, *, keep: int = KEEP) -> None:
    for old in list_backups(db_path)[:-keep]:
        old.unlink(missing_ok=True)


def drop_backups(db_path: Path) -> None:
    """Remove every backup of `db_path` (a call file being built: its half-made states are of
    no use once it is complete or abandoned), and `backups/` if nothing else is in it."""
    for old in list_backups(db_path):
        old.unlink(missing_ok=True)
    folder = backup_dir(db_path)
    if folder.is_dir() and not any(folder.iterdir()):
        folder.rmdir()


@dataclass(frozen=True, slots=True)
class BackupInfo:
    """One backup as `ptce backup list` shows it; counts are None when it cannot be read."""

    number: int
    path: Path
    taken: datetime
    reason: str
    counts: dict[str, int] | None


def _stamp(db_path: Path, backup: Path) -> datetime:
    rest = backup.stem[len(db_path.stem) + 1 :]
    try:
        return datetime.strptime("-".join(rest.split("-")[:3]), STAMP)
    except ValueError:
        return datetime.fromtimestamp(backup.stat().st_mtime)


def _reason(db_path: Path, backup: Path) -> str:
    parts = backup.stem[len(db_path.stem) + 1 :].split("-", 3)
    return parts[3] if len(parts) == 4 else ""


def read_counts(path: Path) -> dict[str, int]:
    """Dossiers, submitted reviews and decisions in a standalone copy, read through SQLite."""
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return {key: conn.execute(sql).fetchone()[0] for key, sql in COUNTED.items()}
    except sqlite3.Error as exc:
        raise (from_sqlite(exc, path) or damaged(path, exc)) from exc
    finally:
        conn.close()


def describe_backups(db_path: Path) -> list[BackupInfo]:
    """The backups of `db_path`, newest first, numbered from 1."""
    found = list(reversed(list_backups(db_path)))
    infos = []
    for number, path in enumerate(found, start=1):
        try:
            counts: dict[str, int] | None = read_counts(path)
        except StoreError:
            counts = None
        taken, reason = _stamp(db_path, path), _reason(db_path, path)
        infos.append(BackupInfo(number, path, taken, reason, counts))
    return infos


def move_new(tmp: Path, path: Path) -> None:
    """Give a finished file its name, never replacing a file that took that name meanwhile:
    a hard link fails if the name exists; where the file system has no hard links (FAT keys),
    a check just before the rename."""
    try:
        os.link(tmp, path)
    except FileExistsError:
        raise StoreError(t("{path} existe déjà : choisissez un autre nom", path=path)) from None
    except OSError:
        if path.exists():
            raise StoreError(t("{path} existe déjà : choisissez un autre nom", path=path)) from None
        os.rename(tmp, path)
        return
    tmp.unlink()


def restore_backup(backup: Path, out: Path) -> None:
    """Copy `backup` (checked whole by SQLite first) to the new file `out`, never over an
    existing file; the copy is made under a temporary name and renamed when complete."""
    if out.exists():
        raise StoreError(
            t("{out} existe déjà : choisissez un autre nom pour le fichier restauré", out=out)
        )
    src = sqlite3.connect(f"{backup.resolve().as_uri()}?mode=ro", uri=True)
    tmp = out.with_name(f".{out.name}.{os.getpid()}{TMP_SUFFIX}")
    try:
        try:
            rows = [r[0] for r in src.execute("PRAGMA integrity_check(5)")]
        except sqlite3.Error as exc:
            raise (from_sqlite(exc, backup) or damaged(backup, exc)) from exc
        if rows != ["ok"]:
            raise damaged(backup, "; ".join(rows))
        dest = sqlite3.connect(tmp)
        try:
            src.backup(dest)
            dest.execute("PRAGMA journal_mode=DELETE")
        finally:
            dest.close()
        move_new(tmp, out)
    except sqlite3.Error as exc:
        raise (from_sqlite(exc, out) or exc) from exc
    except OSError as exc:
        raise StoreError(
            t("{out} : restauration impossible ({strerror})", out=out, strerror=exc.strerror or exc)
        ) from exc
    finally:
        src.close()
        tmp.unlink(missing_ok=True)
