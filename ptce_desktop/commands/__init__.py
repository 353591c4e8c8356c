"""One module per area of the command line; each has `register(subparsers)`."""

from . import call, compare, decision_support, foundation, intake, minutes, sessions

MODULES = (foundation, call, sessions, intake, minutes, compare, decision_support)
