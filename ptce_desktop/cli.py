"""`ptce`: the headless command line. It calls the same services as the GUI.

Exit codes: 0 success, 2 bad input (the message names file, row and column), 1 other failure
(among them a damaged file, a full disk, a file another program keeps locked, a write to a
read-only file). A user's mistake never shows a traceback; set PTCE_DEBUG=1 to see one for a
real bug.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import sys
from collections.abc import Sequence
from pathlib import Path

from . import __version__
from .commands import MODULES
from .commands.base import UserError
from .services.files import (
    DamagedFileError,
    DiskFullError,
    FileBusyError,
    ReadOnlyFileError,
    StoreError,
    from_sqlite,
    watch_busy,
)

# Failures of the file or the machine, not of what the user typed: exit code 1.
SYSTEM_ERRORS = (DamagedFileError, DiskFullError, FileBusyError, ReadOnlyFileError)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="ptce", description="PTCE Desktop en ligne de commande : appels à projets PTCE."
    )
    parser.add_argument("--version", action="version", version=f"ptce {__version__}")
    parser.add_argument(
        "--as",
        dest="actor",
        default=os.environ.get("PTCE_ACTOR") or os.environ.get("USER") or "ligne de commande",
        help="nom inscrit au journal d'audit (défaut : $PTCE_ACTOR ou l'utilisateur)",
    )
    parser.add_argument(
        "--full-check",
        action="store_true",
        help="à l'ouverture, contrôle complet du fichier (integrity_check, plus lent)",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMANDE", required=True)
    for module in MODULES:
        module.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    stop_watching = watch_busy(_say_busy)
    try:
        return int(args.handler(args) or 0)
    except SYSTEM_ERRORS as exc:
        print(f"ptce : {exc}", file=sys.stderr)
        return 1
    except sqlite3.Error as exc:  # a failure SQLite reports on the call file itself
        known = from_sqlite(exc, Path(getattr(args, "file", "") or "fichier d'appel"))
        if known is None:
            return _unexpected(exc)
        print(f"ptce : {known}", file=sys.stderr)
        return 1 if isinstance(known, SYSTEM_ERRORS) else 2
    except (UserError, StoreError) as exc:
        print(f"ptce : {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("ptce : interrompu", file=sys.stderr)
        return 1
    except BrokenPipeError:
        # `ptce … | head`: the reader has what it wanted. Python would complain again while
        # flushing stdout at exit, so stdout goes to /dev/null from here on.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
    except Exception as exc:  # a bug or the system: one line, the traceback on request
        return _unexpected(exc)
    finally:
        stop_watching()


def _unexpected(exc: Exception) -> int:
    if os.environ.get("PTCE_DEBUG"):
        raise exc
    print(f"ptce : erreur inattendue : {type(exc).__name__}: {exc}", file=sys.stderr)
    return 1


def _say_busy(path: Path, attempt: int) -> None:
    if attempt == 1:
        print(
            f"ptce : {path} : le fichier est utilisé par un autre programme ; nouvel essai…",
            file=sys.stderr,
        )


if __name__ == "__main__":
    sys.exit(main())
