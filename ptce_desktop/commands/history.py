"""`ptce audit verify --against/--trust` and `ptce audit checkpoint`: the audit chain held
against the signatures that anchor it."""

from __future__ import annotations

import argparse
from pathlib import Path

from ..io.files import write_atomic
from ..io.signing import SigningError
from ..services import history
from ..services.files import CallStore
from .base import Subparsers, UserError, open_store


def register(audit_sub: Subparsers, verify: argparse.ArgumentParser) -> None:
    verify.add_argument("--against", metavar="PV.pdf|C.p7s",
                        help="procès-verbal signé ou point d'ancrage gardé ailleurs")  # fmt: skip
    verify.add_argument("--trust", action="append", default=[], metavar="CA.pem",
                        help="autorité de confiance des signataires (répétable)")  # fmt: skip
    p = audit_sub.add_parser("checkpoint", help="ancrer le journal par une signature (CMS)")
    p.add_argument("file")
    p.add_argument("--pkcs12", required=True, help="identité du secrétariat (.p12)")
    p.add_argument("--passphrase-file", required=True, help="fichier de la phrase de passe")
    p.add_argument("--out", required=True, help="signature à garder ailleurs (.p7s)")
    p.set_defaults(handler=cmd_audit_checkpoint)


def _read(path: str) -> bytes:
    p = Path(path)
    if not p.is_file():
        raise UserError(f"{path} : fichier introuvable")
    return p.read_bytes()


def anchored_history(args: argparse.Namespace, store: CallStore) -> history.HistoryReport:
    """What `ptce audit verify` adds to the row-by-row check: schema and anchors."""
    trust = [_read(t) for t in args.trust]
    try:
        report = history.verify_history(store, trust=trust)
        if args.against:
            against = history.verify_against(store, _read(args.against), trust=trust)
            report.problems += against.problems
            report.notes += [n for n in against.notes if n not in report.notes]
            report.anchors += against.anchors
    except (history.HistoryError, SigningError) as exc:
        raise UserError(f"{args.against or args.file} : {exc}") from exc
    return report


def cmd_audit_checkpoint(args: argparse.Namespace) -> int:
    p12 = _read(args.pkcs12)
    text = _read(args.passphrase_file).decode("utf-8", errors="replace")
    passphrase = text.splitlines()[0] if text else ""
    with open_store(args) as store:
        try:
            p7s = history.make_checkpoint(store, pkcs12=p12, passphrase=passphrase)
        except SigningError as exc:
            raise UserError(f"{args.pkcs12} : {exc}") from exc
    write_atomic(Path(args.out), p7s)
    print(f"Point d'ancrage signé écrit : {args.out} (gardez-le hors du fichier d'appel)")
    return 0
