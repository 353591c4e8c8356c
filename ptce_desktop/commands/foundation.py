"""`ptce new`, `ptce demo`, `ptce stats`, `ptce audit verify` (anchors: history.py)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from ..domain.call_checks import InvalidSettings
from ..io.call_settings import SettingsFileError
from ..services import audit, browse, calls, demo
from ..services.calls import UnknownTemplateError
from . import history
from .base import Subparsers, UserError, open_store


def register(sub: Subparsers) -> None:
    p = sub.add_parser("new", help="créer un fichier d'appel vide à partir d'un modèle")
    p.add_argument("file", help="fichier d'appel à créer (.ptce)")
    p.add_argument("--title", required=True, help="titre de l'appel")
    p.add_argument(
        "--template",
        default=calls.DEFAULT_TEMPLATE,
        help="modèle : " + ", ".join(calls.available_templates()) + " ou un fichier .toml",
    )
    p.set_defaults(handler=cmd_new)

    p = sub.add_parser("demo", help="créer un appel de démonstration complet")
    p.add_argument("file")
    p.add_argument("--dossiers", type=int, default=180, help="nombre de dossiers (180)")
    p.add_argument("--seed", type=int, default=2013, help="graine (même graine, même appel)")
    p.add_argument("--stage", choices=demo.STAGES, default="minutes", help="jusqu'où aller")
    p.set_defaults(handler=cmd_demo)

    p = sub.add_parser("stats", help="chiffres clés de l'appel")
    p.add_argument("file")
    p.add_argument("--json", action="store_true", help="sortie JSON pour les scripts")
    p.set_defaults(handler=cmd_stats)

    p = sub.add_parser("audit", help="journal d'audit")
    audit_sub = p.add_subparsers(dest="audit_command", metavar="ACTION", required=True)
    v = audit_sub.add_parser("verify", help="vérifier que rien n'a été modifié hors application")
    v.add_argument("file")
    v.set_defaults(handler=cmd_audit_verify)
    history.register(audit_sub, v)


def cmd_new(args: argparse.Namespace) -> int:
    try:
        store = calls.new_call(
            Path(args.file), title=args.title, template=args.template, actor=args.actor
        )
    except (UnknownTemplateError, SettingsFileError, InvalidSettings) as exc:
        raise UserError(f"{args.template} : {exc}" if isinstance(exc, InvalidSettings)
                        else str(exc)) from exc  # fmt: skip
    store.close()
    print(f"Appel créé : {args.file}")
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    try:
        store = demo.make_demo(
            Path(args.file), dossiers=args.dossiers, seed=args.seed, stage=args.stage,
            actor=args.actor,
        )  # fmt: skip
    except ValueError as exc:
        raise UserError(str(exc)) from exc
    with store:
        counts = browse.call_counts(store)
    print(
        f"Appel de démonstration créé : {args.file} ({counts['dossiers']} dossiers, "
        f"{counts['selected']} retenus)"
    )
    return 0


def cmd_stats(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        counts = browse.call_counts(store)
    if args.json:
        json.dump(counts, sys.stdout, indent=2)
        print()
    else:
        for key, value in counts.items():
            print(f"{key:>18} : {value}")
    return 0


def cmd_audit_verify(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        store.integrity_check()  # damage first: a damaged file is not a tampered one
        problems = [str(p) for p in audit.verify(store)]
        entries = audit.entry_count(store)
        anchored = history.anchored_history(args, store)
    for note in anchored.notes:
        print(f"Note : {note}")
    problems += anchored.problems
    if not problems:
        print(
            f"Journal d'audit intact : {entries} entrées, toutes les lignes concordent ; "
            f"schéma conforme ; {anchored.anchors} signature(s) d'ancrage vérifiée(s)."
        )
        return 0
    for p in problems:
        print(p, file=sys.stderr)
    print(f"{len(problems)} anomalie(s) : le fichier a été modifié hors application.",
          file=sys.stderr)  # fmt: skip
    return 1
