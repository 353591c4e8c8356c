"""One module per area of the command line; each has `register(subparsers)`."""

from . import call, compare, foundation, intake, minutes, sessions

MODULES = (foundation, call, sessions, intake, minutes, compare)
