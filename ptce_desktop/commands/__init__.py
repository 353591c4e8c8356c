"""One module per area of the command line; each has `register(subparsers)`."""

from . import assignment, compare, foundation, grid, intake, minutes, sessions

MODULES = (foundation, sessions, intake, minutes, compare, assignment, grid)
