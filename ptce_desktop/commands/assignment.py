"""`ptce assign` (the automatic proposal, or one pair by hand) and `ptce assignments`."""

from __future__ import annotations

import argparse
import json
import sys
from typing import TypedDict

from ..services import assignment
from ..services.people import PeopleError
from .base import Subparsers, UserError, open_store


def register(sub: Subparsers) -> None:
    a = sub.add_parser(
        "assign",
        help="répartir les dossiers éligibles entre les rapporteurs, ou attribuer un dossier",
        description="Sans --person : propose k rapporteurs par dossier éligible (jamais une "
        "personne en conflit, charges équilibrées, attributions existantes gardées) et "
        "l'applique. Avec --person et --dossier : attribue (ou retire, --remove) à la main.",
    )
    a.add_argument("file")
    a.add_argument("--per-dossier", type=int, metavar="K",
                   help="rapporteurs par dossier (défaut : celui de l'appel)")  # fmt: skip
    a.add_argument("--avoid-same-region", action="store_true",
                   help="aucun rapporteur de la région du dossier")  # fmt: skip
    a.add_argument("--dry-run", action="store_true", help="montrer sans rien écrire")
    a.add_argument("--json", action="store_true", help="sortie JSON pour les scripts")
    a.add_argument("--person", metavar="P", help="la personne (id ou e-mail)")
    a.add_argument("--dossier", metavar="NUMERO", help="le numéro du dossier")
    a.add_argument("--remove", action="store_true", help="retirer l'attribution")
    a.set_defaults(handler=cmd_assign)

    s = sub.add_parser("assignments", help="rapporteurs de chaque dossier éligible et charges")
    s.add_argument("file")
    s.add_argument("--json", action="store_true", help="sortie JSON pour les scripts")
    s.set_defaults(handler=cmd_assignments)


def cmd_assign(args: argparse.Namespace) -> int:
    by_hand = args.person is not None or args.dossier is not None
    if by_hand:
        if args.person is None or args.dossier is None:
            raise UserError("--person et --dossier vont ensemble")
        if args.per_dossier is not None or args.avoid_same_region or args.dry_run:
            raise UserError(
                "--per-dossier, --avoid-same-region et --dry-run valent pour la répartition "
                "automatique, pas avec --person"
            )
        return _by_hand(args)
    if args.remove:
        raise UserError("--remove demande --person et --dossier")
    with open_store(args) as store:
        try:
            proposal = assignment.preview(
                store, per_dossier=args.per_dossier, avoid_same_region=args.avoid_same_region
            )
            if not args.dry_run:
                assignment.apply(store, proposal)
        except assignment.AssignmentError as exc:
            raise UserError(f"{args.file} : {exc}") from exc
    _print_proposal(proposal, applied=not args.dry_run, as_json=args.json)
    return 0


def _by_hand(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        try:
            if args.remove:
                who, dossier = assignment.unassign(store, person=args.person, numero=args.dossier)
            else:
                who, dossier = assignment.assign(store, person=args.person, numero=args.dossier)
        except (assignment.AssignmentError, PeopleError) as exc:
            raise UserError(f"{args.file} : {exc}") from exc
    done = "retiré(e) du" if args.remove else "rapporteur du"
    if args.json:
        json.dump(
            {"person_id": who.id, "numero": dossier.numero, "assigned": not args.remove},
            sys.stdout,
        )
        print()
    else:
        print(f"{who.name} : {done} dossier {dossier.numero}")
    return 0


def proposal_json(proposal: assignment.Proposal, *, applied: bool) -> dict[str, object]:
    plan = proposal.plan
    return {
        "applied": applied,
        "per_dossier": proposal.per_dossier,
        "avoid_same_region": proposal.avoid_same_region,
        "added": [
            {"numero": proposal.numero(d), "person_id": p, "name": proposal.name(p)}
            for d, p in plan.added
        ],
        "loads": [
            {"person_id": r.id, "name": r.name, "load": plan.loads[r.id]}
            for r in proposal.board.rapporteurs
        ],
        "spread": plan.spread,
        "connected": plan.connected,
        "groups": [list(g) for g in plan.groups],
        "shortages": [
            {"numero": proposal.numero(s.dossier_id), "needed": s.needed, "possible": s.possible}
            for s in plan.shortages
        ],
    }


def _print_proposal(proposal: assignment.Proposal, *, applied: bool, as_json: bool) -> None:
    if as_json:
        json.dump(proposal_json(proposal, applied=applied), sys.stdout, ensure_ascii=False,
                  indent=2)  # fmt: skip
        print()
        return
    plan = proposal.plan
    verb = "ajoutée(s)" if applied else "proposée(s) (rien n'est écrit : --dry-run)"
    print(f"{len(plan.added)} attribution(s) {verb}, {proposal.per_dossier} par dossier")
    for d, p in plan.added:
        print(f"  {proposal.numero(d):<16} {proposal.name(p)}")
    print("Charges :")
    for r in proposal.board.rapporteurs:
        print(f"  {r.name:<32} {plan.loads[r.id]:>3}")
    print(_connection_line(plan.connected, len(plan.groups)))
    for s in plan.shortages:
        print(
            f"  {proposal.numero(s.dossier_id)} : {s.possible} rapporteur(s) possible(s) "
            f"sur {s.needed} (conflits ou région)"
        )


def _connection_line(connected: bool, groups: int) -> str:
    if groups == 0:
        return "Aucun rapporteur actif : ajoutez des personnes avec le rôle rapporteur."
    if connected:
        return "Rapporteurs reliés : un seul groupe (l'étalonnage des notes est possible)."
    return f"Rapporteurs en {groups} groupes sans dossier commun : l'étalonnage sera partiel."


class _AssignedJson(TypedDict):
    person_id: int
    name: str
    method: str
    review: str | None  # None: not begun, "draft", "submitted"


class _DossierJson(TypedDict):
    numero: str
    pole_name: str
    rapporteurs: list[_AssignedJson]


def cmd_assignments(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        current = assignment.board(store)
    dossiers: list[_DossierJson] = [
        {
            "numero": d.numero,
            "pole_name": d.pole_name,
            "rapporteurs": [
                {
                    "person_id": r.id,
                    "name": r.name,
                    "method": cell.method,
                    "review": cell.review_state,
                }
                for r in current.rapporteurs
                if (cell := current.cells.get((d.id, r.id))) is not None
            ],
        }
        for d in current.dossiers
    ]
    if args.json:
        out = {
            "per_dossier": current.per_dossier,
            "dossiers": dossiers,
            "rapporteurs": [
                {"person_id": r.id, "name": r.name, "email": r.email, "load": r.load,
                 "submitted": r.submitted}
                for r in current.rapporteurs
            ],
            "connected": current.connected,
            "groups": [list(g) for g in current.groups],
        }  # fmt: skip
        json.dump(out, sys.stdout, ensure_ascii=False, indent=2)
        print()
        return 0
    for d in dossiers:
        who = ", ".join(r["name"] for r in d["rapporteurs"]) or "—"
        short = " (incomplet)" if len(d["rapporteurs"]) < current.per_dossier else ""
        print(f"{d['numero']:<16} {who}{short}")
    print("Charges :")
    for r in current.rapporteurs:
        print(f"  {r.name:<32} {r.load:>3} dont {r.submitted} soumise(s)")
    print(_connection_line(current.connected, len(current.groups)))
    return 0
