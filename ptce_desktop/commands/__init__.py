"""One module per area of the command line; each has `register(subparsers)`."""

from . import compare, conflicts, decision_support, foundation, intake, minutes, people, sessions

MODULES = (foundation, sessions, intake, minutes, compare, decision_support, people, conflicts)
