"""The call file as the GUI and the command line see it: opened here, its errors caught by the
types named here; neither imports store/ (issue #18: the layers test keeps it so)."""

from __future__ import annotations

from pathlib import Path

from ..store.db import EXTENSION, CallStore, Check, check_integrity, watch_busy
from ..store.errors import (
    CheckPendingError,
    DamagedFileError,
    DiskFullError,
    FileBusyError,
    NotACallFileError,
    ReadOnlyFileError,
    StoreError,
    from_sqlite,
)

__all__ = [
    "EXTENSION",
    "CallStore",
    "CheckPendingError",
    "DamagedFileError",
    "DiskFullError",
    "FileBusyError",
    "NotACallFileError",
    "ReadOnlyFileError",
    "StoreError",
    "check_integrity",
    "from_sqlite",
    "open_call",
    "watch_busy",
]


def open_call(path: Path, *, actor: str, check: Check = "quick") -> CallStore:
    """Open an existing call file as `actor`; `check` as in `CallStore.open`."""
    return CallStore.open(path, actor=actor, check=check)
