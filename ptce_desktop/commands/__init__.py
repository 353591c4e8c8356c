"""One module per area of the command line; each has `register(subparsers)`."""

from . import (
    call,
    compare,
    conflicts,
    decision_support,
    foundation,
    intake,
    minutes,
    people,
    sessions,
)

MODULES = (
    foundation, call, sessions, intake, minutes, compare, decision_support, people, conflicts,
)  # fmt: skip
