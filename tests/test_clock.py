"""The services' clock: runs by itself, stops where a test puts it, refuses a naive instant."""

from __future__ import annotations

import datetime as dt

import pytest

from ptce_desktop import clock


def test_running_clock_follows_the_system() -> None:
    before = dt.datetime.now(dt.UTC)
    assert before <= clock.now() <= dt.datetime.now(dt.UTC)
    assert clock.now().tzinfo is not None
    assert clock.today() in {dt.date.today(), dt.date.today() - dt.timedelta(days=1)}


def test_frozen_clock_gives_the_set_instant(frozen_clock: dt.datetime) -> None:
    assert clock.now() == frozen_clock
    assert clock.today() == dt.date(2013, 11, 4)


def test_a_naive_instant_is_refused_and_the_clock_left_as_it_was() -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        clock.freeze(dt.datetime(2013, 11, 4, 9, 30))
    assert clock.now().year >= 2024
