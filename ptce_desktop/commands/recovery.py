"""`ptce backup list` and `ptce backup restore`."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from ..services import recovery
from .base import Subparsers


def register(sub: Subparsers) -> None:
    p = sub.add_parser("backup", help="copies de sauvegarde d'un fichier d'appel")
    backup_sub = p.add_subparsers(dest="backup_command", metavar="ACTION", required=True)
    b = backup_sub.add_parser("list", help="les sauvegardes, la plus récente en premier")
    b.add_argument("file", help="fichier d'appel (.ptce) ; ses sauvegardes sont dans backups/")
    b.add_argument("--json", action="store_true", help="sortie JSON pour les scripts")
    b.set_defaults(handler=cmd_list)
    b = backup_sub.add_parser("restore", help="restaurer une sauvegarde dans un nouveau fichier")
    b.add_argument("file", help="fichier d'appel (.ptce), même endommagé")
    b.add_argument("backup", help="numéro dans « ptce backup list » ou chemin de la sauvegarde")
    b.add_argument("--out", required=True, help="nouveau fichier d'appel (jamais écrasé)")
    b.set_defaults(handler=cmd_restore)


def cmd_list(args: argparse.Namespace) -> int:
    found = recovery.backups(Path(args.file))
    if args.json:
        rows = [
            {
                "number": b.number,
                "path": str(b.path),
                "date": b.taken.isoformat(timespec="seconds"),
                "reason": b.reason,
                "counts": b.counts,
            }
            for b in found
        ]
        json.dump(rows, sys.stdout, indent=2, ensure_ascii=False)
        print()
        return 0
    if not found:
        print(f"Aucune sauvegarde de {args.file}.")
        return 0
    for b in found:
        if b.counts is None:
            counts = "illisible"
        else:
            c = b.counts
            counts = (
                f"{c['dossiers']} dossiers, {c['reviews']} évaluations, {c['decisions']} décisions"
            )
        print(f"{b.number:>3}  {b.taken:%d/%m/%Y %H:%M:%S}  {b.reason:<28} {counts}  {b.path.name}")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    out = recovery.restore(Path(args.file), args.backup, out=Path(args.out), actor=args.actor)
    print(f"Sauvegarde restaurée dans {out} ; ouvrez ce fichier (l'original n'est pas touché).")
    return 0
