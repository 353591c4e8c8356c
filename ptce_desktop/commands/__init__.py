"""One module per area of the command line; each has `register(subparsers)`."""

from . import foundation, intake, sessions

MODULES = (foundation, sessions, intake)
