"""One module per area of the command line; each has `register(subparsers)`."""

from . import (
    assignment,
    call,
    compare,
    conflicts,
    decision_support,
    foundation,
    grid,
    intake,
    minutes,
    packages,
    people,
    sessions,
)

MODULES = (
    foundation, call, people, conflicts, sessions, intake, minutes, compare, decision_support,
    packages, assignment, grid,
)  # fmt: skip
