"""One module per area of the command line; each has `register(subparsers)`."""

from . import (
    call,
    compare,
    conflicts,
    decision_support,
    ds,
    foundation,
    intake,
    minutes,
    packages,
    people,
    recovery,
    sessions,
)

MODULES = (
    foundation, call, people, conflicts, sessions, intake, ds, minutes, compare,
    decision_support, packages, recovery,
)  # fmt: skip
