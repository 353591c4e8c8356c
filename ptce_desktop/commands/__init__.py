"""One module per area of the command line; each has `register(subparsers)`."""

from . import (
    assignment,
    call,
    compare,
    conflicts,
    decision_support,
    ds,
    foundation,
    grid,
    intake,
    minutes,
    packages,
    people,
    recovery,
    sessions,
)

MODULES = (
    foundation, call, people, conflicts, assignment, grid, sessions, intake, ds, minutes,
    compare, decision_support, packages, recovery,
)  # fmt: skip
