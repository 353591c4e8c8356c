"""Checking a call file for changes made behind the app's back."""

from __future__ import annotations

from ..store import audit
from ..store.db import CallStore


def verify(store: CallStore, *, limit: int = 1000) -> list[audit.Problem]:
    return audit.verify(store.conn, limit=limit)


def entry_count(store: CallStore) -> int:
    """How many entries the audit log holds."""
    return audit.total(store.conn)


def head(store: CallStore) -> str:
    """The hash of the last sealed audit entry: it stands for the whole history so far."""
    return audit.head_hash(store.conn)
