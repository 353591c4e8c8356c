"""`ptce grid export` and `ptce grid import`: a rapporteur's scoring grid as a workbook."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..io.files import write_atomic
from ..services import grids
from ..services.people import PeopleError
from .base import Subparsers, UserError, open_store


def register(sub: Subparsers) -> None:
    g = sub.add_parser("grid", help="grille d'un rapporteur en classeur Excel (export, import)")
    actions = g.add_subparsers(dest="grid_command", metavar="ACTION", required=True)
    e = actions.add_parser("export", help="la grille d'un rapporteur, ses dossiers attribués")
    e.add_argument("file")
    e.add_argument("--rapporteur", required=True, metavar="P", help="id ou e-mail")
    e.add_argument("out", help="classeur à écrire (.xlsx)")
    e.set_defaults(handler=cmd_export)

    i = actions.add_parser("import", help="importer une grille remplie (tout ou rien)")
    i.add_argument("file")
    i.add_argument("source", help="la grille remplie (.xlsx)")
    i.add_argument("--rapporteur", metavar="P", help="vérifier que c'est la grille de P")
    i.add_argument("--submit", action="store_true", help="soumettre les évaluations complètes")
    i.set_defaults(handler=cmd_import)


def cmd_export(args: argparse.Namespace) -> int:
    out = Path(args.out)
    if out.suffix.lower() != ".xlsx":
        raise UserError(f"{out.name} : la grille est un classeur .xlsx")
    if not out.parent.is_dir():
        raise UserError(f"{out} : le dossier {out.parent} n'existe pas")
    with open_store(args) as store:
        try:
            data, person, count = grids.export_grid(store, rapporteur=args.rapporteur)
        except (grids.GridError, PeopleError) as exc:
            raise UserError(f"{args.file} : {exc}") from exc
    write_atomic(out, data)
    print(f"Grille de {person.name} écrite : {out} ({count} dossier(s))")
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    source = Path(args.source)
    if not source.is_file():
        raise UserError(f"{source} : fichier introuvable")
    with open_store(args) as store:
        try:
            result = grids.import_grid(
                store, source, rapporteur=args.rapporteur, submit=args.submit
            )
        except grids.GridRefused as exc:
            for line in exc.problems:
                print(f"{source.name}, {line}", file=sys.stderr)
            raise UserError(str(exc)) from None
        except (grids.GridError, PeopleError) as exc:
            raise UserError(str(exc)) from exc
    print(f"{source.name} : {result.summary()}")
    return 0
