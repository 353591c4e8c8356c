"""One module per area of the command line; each has `register(subparsers)`."""

from . import compare, foundation, intake, minutes, packages, sessions

MODULES = (foundation, sessions, intake, minutes, compare, packages)
