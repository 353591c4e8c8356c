"""The time the services read: today's date and the current instant, from one place a test
can set, so that a dated document (letters, convocation, checkpoint) is reproducible."""

from __future__ import annotations

import datetime as dt

_frozen: dt.datetime | None = None


def now() -> dt.datetime:
    """The current instant, in UTC."""
    return _frozen if _frozen is not None else dt.datetime.now(dt.UTC)


def today() -> dt.date:
    """Today's date on this computer."""
    return _frozen.date() if _frozen is not None else dt.date.today()


def freeze(at: dt.datetime | None) -> None:
    """Stop the clock at `at` (timezone-aware), or let it run again with None; for tests."""
    global _frozen
    if at is not None and at.tzinfo is None:
        raise ValueError("freeze() needs a timezone-aware instant")
    _frozen = at
