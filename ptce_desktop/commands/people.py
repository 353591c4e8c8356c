"""`ptce people list|add|import|deactivate`: the committee and the rapporteurs headless."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from ..domain.model import stored_id
from ..domain.persons import role_labels
from ..services import people
from .base import Subparsers, UserError, open_store


def register(sub: Subparsers) -> None:
    p = sub.add_parser("people", help="comité, rapporteurs et secrétariat de l'appel")
    s = p.add_subparsers(dest="people_command", metavar="ACTION", required=True)

    c = s.add_parser("list", help="les personnes de l'appel")
    c.add_argument("file")
    c.add_argument("--json", action="store_true", help="sortie JSON pour les scripts")
    c.set_defaults(handler=cmd_list)

    c = s.add_parser("add", help="ajouter une personne")
    c.add_argument("file")
    c.add_argument("--name", required=True, help="prénom et nom")
    c.add_argument("--institution", default="")
    c.add_argument("--email", required=True)
    c.add_argument(
        "--role",
        action="append",
        required=True,
        help="president, secretaire, membre, rapporteur ou secretariat (répétable)",
    )
    c.add_argument("--region", default="", help="région ou code du département de l'institution")
    c.add_argument("--certificate", metavar="CERT.pem", help="certificat de signature (PEM ou DER)")
    c.set_defaults(handler=cmd_add)

    c = s.add_parser("import", help="importer des personnes (feuille « personnes » ou CSV)")
    c.add_argument("file")
    c.add_argument("source", help="classeur .xlsx ou fichier .csv")
    c.set_defaults(handler=cmd_import)

    c = s.add_parser("deactivate", help="désactiver une personne (elle reste aux registres)")
    c.add_argument("file")
    c.add_argument("person", help="id ou adresse électronique")
    c.add_argument("--reason", required=True, help="motif de la désactivation")
    c.set_defaults(handler=cmd_deactivate)


def cmd_list(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        found = people.list_people(store)
    if args.json:
        json.dump([people.person_json(p) for p in found], sys.stdout, ensure_ascii=False, indent=2)
        print()
        return 0
    if not found:
        print("Aucune personne.")
    for p in found:
        state = "" if p.active else f"  [désactivée : {p.inactive_reason}]"
        roles = ", ".join(role_labels(p))
        print(f"{p.id:>4}  {p.name:<28} {p.email:<32} {p.institution[:30]:<30} {roles}{state}")
    return 0


def cmd_add(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        try:
            person = people.add_person(
                store, name=args.name, institution=args.institution, email=args.email,
                roles=args.role, region=args.region,
                certificate=Path(args.certificate) if args.certificate else None,
            )  # fmt: skip
        except people.PeopleError as exc:
            raise UserError(f"{args.file} : {exc}") from None
    print(f"Personne ajoutée : {person.name} (id {person.id})")
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    source = Path(args.source)
    with open_store(args) as store:
        plan = people.plan_people_import(store, source)
        for warning in plan.parsed.problems.warnings:
            print(f"avertissement : {warning}", file=sys.stderr)
        try:
            result = people.apply_people_import(store, plan)
        except people.PeopleImportRefused as exc:
            for line in exc.lines():
                print(line, file=sys.stderr)
            raise UserError(str(exc)) from None
    print(f"{source.name} : {result.summary()}")
    print(f"Copie de sauvegarde avant import : {result.backup}")
    return 0


def cmd_deactivate(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        try:
            person_id = stored_id(people.resolve_person(store, args.person))
            person = people.deactivate_person(store, person_id=person_id, reason=args.reason)
        except people.PeopleError as exc:
            raise UserError(f"{args.file} : {exc}") from None
    print(f"Personne désactivée : {person.name} ({person.inactive_reason})")
    return 0
