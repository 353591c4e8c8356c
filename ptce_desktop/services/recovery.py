"""Backups of a call file: listing them and restoring one into a new file."""

from __future__ import annotations

from pathlib import Path

from ..store.backup import BackupInfo, describe_backups, restore_backup
from ..store.db import CallStore
from ..store.errors import NotACallFileError, StoreError
from ..text import t

__all__ = ["BackupInfo", "backups", "find_backup", "restore"]


def backups(path: Path) -> list[BackupInfo]:
    """The backups kept beside `path`, newest first, numbered from 1."""
    return describe_backups(Path(path))


def find_backup(path: Path, which: str) -> Path:
    """`which` is a number from `backups()` or the path of a backup file."""
    if which.isdigit():
        found = {b.number: b.path for b in backups(path)}
        if int(which) not in found:
            raise StoreError(
                t(
                    "{path} : pas de sauvegarde n° {which} ({found_count} sauvegarde(s) "
                    "; voir ptce backup list {path})",
                    path=path,
                    which=which,
                    found_count=len(found),
                )
            )
        return found[int(which)]
    candidate = Path(which)
    if not candidate.is_file():
        raise StoreError(t("{candidate} : sauvegarde introuvable", candidate=candidate))
    return candidate


def restore(path: Path, which: str, *, out: Path, actor: str) -> Path:
    """Copy a backup of `path` into the new file `out` (never over an existing one) and check
    that it opens as a call file; returns `out`."""
    source = find_backup(path, which)
    out = Path(out)
    restore_backup(source, out)
    try:
        CallStore.open(out, actor=actor, check="none").close()
    except NotACallFileError:
        for leftover in (out, out.with_name(out.name + "-wal"), out.with_name(out.name + "-shm")):
            leftover.unlink(missing_ok=True)
        raise
    return out
