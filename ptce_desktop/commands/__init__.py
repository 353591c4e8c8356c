"""One module per area of the command line; each has `register(subparsers)`."""

from . import foundation, sessions

MODULES = (foundation, sessions)
