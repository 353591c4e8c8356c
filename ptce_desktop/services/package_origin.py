"""Where a working copy came from: read each time a call is opened, so kept apart from
services/packages.py and the cryptography it loads (the window must not import it then)."""

from __future__ import annotations

from ..store import packages as rows
from ..store.db import CallStore

Origin = rows.Origin


def origin_of(store: CallStore) -> Origin | None:
    """The package a working copy came from; None for the secretariat's own file."""
    return rows.read_origin(store)
