"""`ptce import`, `ptce template`, `ptce eligibility`, `ptce export`: the intake headless."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..io.ds_export import is_ds_export
from ..io.export import write_template
from ..services import exporting, importing, screening
from . import ds
from .base import Subparsers, UserError, open_store


def register(sub: Subparsers) -> None:
    p = sub.add_parser("import", help="importer des candidatures (classeur, CSV, dossier, zip)")
    p.add_argument("file", help="fichier d'appel (.ptce)")
    p.add_argument("source", help="classeur .xlsx, fichier .csv, dossier ou archive .zip")
    p.add_argument(
        "--update",
        action="store_true",
        help="mettre à jour les dossiers dont le numéro existe déjà",
    )
    p.add_argument("--mapping", help="export Démarche Numérique : correspondance (TOML)")
    p.add_argument("--attachments", help="export Démarche Numérique : archive .zip des pièces")
    p.set_defaults(handler=cmd_import)

    p = sub.add_parser("template", help="classeur vide à remplir, avec une feuille d'aide")
    p.add_argument("out", help="classeur à écrire (.xlsx)")
    p.set_defaults(handler=cmd_template)

    p = sub.add_parser("eligibility", help="contrôler l'éligibilité et afficher le tableau")
    p.add_argument("file")
    p.set_defaults(handler=cmd_eligibility)

    p = sub.add_parser("export", help="exporter dossiers et résultats (.xlsx ou .zip de CSV)")
    p.add_argument("file")
    p.add_argument("out", help="OUT.xlsx (pièces dans OUT-pieces/) ou OUT.zip (CSV et pièces)")
    p.set_defaults(handler=cmd_export)


def cmd_import(args: argparse.Namespace) -> int:
    source = Path(args.source)
    if is_ds_export(source):
        return ds.cmd_import_export(args)
    if args.mapping or args.attachments:
        raise UserError(
            f"{source.name} : --mapping et --attachments valent pour un export de "
            "Démarche Numérique (feuille « Dossiers » commençant par ID, Email)"
        )
    with open_store(args) as store:
        plan = importing.plan_import(store, source, update=args.update)
        for warning in plan.problems.warnings:
            print(f"avertissement : {warning}", file=sys.stderr)
        if plan.problems.warnings_total > len(plan.problems.warnings):
            extra = plan.problems.warnings_total - len(plan.problems.warnings)
            print(f"avertissement : … et {extra} autre(s)", file=sys.stderr)
        try:
            result = importing.apply_import(store, plan)
        except importing.ImportRefused as exc:
            for line in exc.lines():
                print(line, file=sys.stderr)
            raise UserError(str(exc)) from None
    print(f"{source.name} : {result.summary()}")
    print(f"Copie de sauvegarde avant import : {result.backup}")
    return 0


def cmd_template(args: argparse.Namespace) -> int:
    out = Path(args.out)
    if out.suffix.lower() != ".xlsx":
        raise UserError(f"{out.name} : le modèle est un classeur .xlsx")
    try:
        write_template(out)
    except OSError as exc:
        raise UserError(f"{out} : écriture impossible ({exc.strerror or exc})") from exc
    print(f"Modèle écrit : {out}")
    return 0


_MARK = {True: "✓", False: "✗"}


def cmd_eligibility(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        screening.screen(store)
        results = screening.results_table(store)
        dossiers = {d.numero: d for d in screening.all_dossiers(store)}
    rules: list[tuple[str, str]] = []
    table: dict[str, dict[str, tuple[bool, bool]]] = {}
    for r in results:
        if (r["rule"], r["label"]) not in rules:
            rules.append((r["rule"], r["label"]))
        effective = r["passed"] if r["override_passed"] is None else r["override_passed"]
        table.setdefault(r["numero"], {})[r["rule"]] = (
            bool(effective),
            r["override_passed"] is not None,
        )
    width = max((len(n) for n in table), default=6)
    heads = " ".join(f"R{i + 1}" for i in range(len(rules)))
    print(f"{'Numéro':<{width}}  {heads}  Éligible  Pôle")
    eligible = 0
    for numero, verdicts in table.items():
        marks = " ".join(
            f"{_MARK[verdicts[rule][0]]}{'*' if verdicts[rule][1] else ' '}"
            if rule in verdicts
            else "- "
            for rule, _ in rules
        )
        ok = all(v[0] for v in verdicts.values())
        eligible += ok
        pole = dossiers[numero].pole_name if numero in dossiers else ""
        print(f"{numero:<{width}}  {marks}  {'oui' if ok else 'non':<8}  {pole[:50]}")
    print()
    for i, (rule, label) in enumerate(rules):
        failed = sum(not v[rule][0] for v in table.values() if rule in v)
        print(f"R{i + 1} {label} : {failed} non conforme(s)")
    print(f"{eligible} dossier(s) éligible(s) sur {len(table)} (* : dérogation justifiée)")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    out = Path(args.out)
    with open_store(args) as store:
        try:
            exporting.export(store, out)
        except ValueError as exc:
            raise UserError(str(exc)) from exc
        except OSError as exc:
            raise UserError(f"{out} : écriture impossible ({exc.strerror or exc})") from exc
    extra = ""
    if out.suffix.lower() == ".xlsx":
        extra = f" (pièces jointes dans {exporting.pieces_folder(out).name}/)"
    print(f"Export écrit : {out}{extra}")
    return 0
