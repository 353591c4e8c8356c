"""One module per area of the command line; each has `register(subparsers)`."""

from . import (
    assignment,
    call,
    compare,
    decision_support,
    foundation,
    grid,
    intake,
    minutes,
    sessions,
)

MODULES = (foundation, call, sessions, intake, minutes, compare, decision_support, assignment, grid)
