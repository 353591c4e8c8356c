"""One module per area of the command line; each has `register(subparsers)`."""

from . import compare, decision_support, ds, foundation, intake, minutes, sessions

MODULES = (foundation, sessions, intake, ds, minutes, compare, decision_support)
