"""Shared pieces of the `ptce` commands."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Literal, TypeAlias

from ..services.files import CallStore, open_call

# What `register(sub)` receives: the `add_subparsers()` result of the `ptce` parser.
Subparsers: TypeAlias = "argparse._SubParsersAction[argparse.ArgumentParser]"


class UserError(Exception):
    """Bad input from the user: exit code 2, one line on stderr, no traceback."""


def open_store(args: argparse.Namespace, attr: str = "file") -> CallStore:
    check: Literal["quick", "full"] = "full" if getattr(args, "full_check", False) else "quick"
    return open_call(Path(getattr(args, attr)), actor=args.actor, check=check)
