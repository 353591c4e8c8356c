"""`ptce conflicts list|declare|withdraw`: conflicts of interest headless."""

from __future__ import annotations

import argparse
import json
import sys

from ..domain.model import stored_id
from ..services import conflicts, people
from ..services.files import CallStore
from .base import Subparsers, UserError, open_store

_STATES = {"declared": "déclaré", "proposed": "proposé", "withdrawn": "retiré"}


def register(sub: Subparsers) -> None:
    p = sub.add_parser("conflicts", help="conflits d'intérêts : déclarer, retirer, lister")
    s = p.add_subparsers(dest="conflicts_command", metavar="ACTION", required=True)

    c = s.add_parser("list", help="les conflits d'intérêts (retirés compris)")
    c.add_argument("file")
    c.add_argument("--json", action="store_true", help="sortie JSON pour les scripts")
    c.add_argument(
        "--suggested",
        action="store_true",
        help="les conflits suggérés (institution, domaine de courriel ou SIRET) à confirmer",
    )
    c.set_defaults(handler=cmd_list)

    for name, verb in (("declare", "déclarer"), ("withdraw", "retirer")):
        c = s.add_parser(name, help=f"{verb} un conflit d'intérêts")
        c.add_argument("file")
        c.add_argument("--person", required=True, help="id ou adresse électronique")
        c.add_argument("--dossier", required=True, metavar="NUMERO")
        c.add_argument("--reason", required=True, help="motif (obligatoire)")
        c.set_defaults(handler=cmd_declare if name == "declare" else cmd_withdraw)


def cmd_list(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        if args.suggested:
            found = conflicts.suggested_conflicts(store)
            if args.json:
                json.dump([s.as_json() for s in found], sys.stdout, ensure_ascii=False, indent=2)
                print()
                return 0
            for s in found:
                print(f"{s.numero}  {s.person_name} (id {s.person_id}) : {s.reason}")
            print(f"{len(found)} conflit(s) suggéré(s), à confirmer par « ptce conflicts declare »")
            return 0
        entries = conflicts.list_conflicts(store)
    if args.json:
        json.dump([e.as_json() for e in entries], sys.stdout, ensure_ascii=False, indent=2)
        print()
        return 0
    if not entries:
        print("Aucun conflit d'intérêts.")
    for e in entries:
        line = f"{e.numero}  {e.person_name:<28} {_STATES[e.state]:<8} {e.reason}"
        if e.state == "withdrawn":
            line += f"  (retiré : {e.withdrawn_reason})"
        print(line)
    return 0


def _ids(store: CallStore, args: argparse.Namespace) -> tuple[int, int]:
    person = people.resolve_person(store, args.person)
    return stored_id(person), conflicts.dossier_id(store, args.dossier)


def cmd_declare(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        try:
            person_id, dossier_id = _ids(store, args)
            done = conflicts.declare_conflict(
                store, person_id=person_id, dossier_id=dossier_id, reason=args.reason
            )
        except (people.PeopleError, conflicts.ConflictError) as exc:
            raise UserError(f"{args.file} : {exc}") from None
    print(done.summary()[:1].upper() + done.summary()[1:])
    return 0


def cmd_withdraw(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        try:
            person_id, dossier_id = _ids(store, args)
            conflicts.withdraw_conflict(
                store, person_id=person_id, dossier_id=dossier_id, reason=args.reason
            )
        except (people.PeopleError, conflicts.ConflictError) as exc:
            raise UserError(f"{args.file} : {exc}") from None
    print(f"Conflit d'intérêts retiré : {args.person} sur {args.dossier} ({args.reason})")
    return 0
