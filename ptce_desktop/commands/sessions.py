"""`ptce session list|show|ranking|convocation`: deliberations read headless; the steps that
write (new, attendance, open, close, recuse, decide) are in `session_steps`."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from ..io.files import write_atomic
from ..io.formatting import format_eur
from ..services import deliberation
from ..services.session_data import STATE_LABELS, SessionReport
from . import session_steps
from .base import Subparsers, UserError, open_store


def register(sub: Subparsers) -> None:
    p = sub.add_parser("session", help="séances du comité : présences, quorum, décisions")
    s = p.add_subparsers(dest="session_command", metavar="ACTION", required=True)

    c = s.add_parser("list", help="les séances de l'appel")
    c.add_argument("file")
    c.add_argument("--json", action="store_true", help="sortie JSON pour les scripts")
    c.set_defaults(handler=cmd_list)

    c = s.add_parser("show", help="une séance : présences, quorum, déports, décisions")
    c.add_argument("file")
    c.add_argument("id", type=int, help="numéro de la séance (voir « ptce session list »)")
    c.add_argument("--json", action="store_true", help="sortie JSON pour les scripts")
    c.set_defaults(handler=cmd_show)

    c = s.add_parser("ranking", help="classement des dossiers éligibles et seuil d'enveloppe")
    c.add_argument("file")
    c.add_argument("--json", action="store_true", help="sortie JSON pour les scripts")
    c.set_defaults(handler=cmd_ranking)

    c = s.add_parser("convocation", help="convocation PDF des membres avec l'ordre du jour")
    c.add_argument("file")
    c.add_argument("id", type=int)
    c.add_argument("--out", required=True, help="fichier PDF à écrire")
    c.set_defaults(handler=cmd_convocation)

    session_steps.register(s)


def _report(args: argparse.Namespace) -> SessionReport:
    with open_store(args) as store:
        try:
            return deliberation.session_report(store, args.id)
        except LookupError as exc:
            raise UserError(f"{args.file} : {exc}") from exc


def cmd_list(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        sessions = deliberation.list_sessions(store)
    if args.json:
        rows = [
            {"id": s.id, "title": s.title, "date": s.date.isoformat(), "time": s.time,
             "place": s.place, "state": s.state.value, "agenda_items": n, "decisions": d}
            for s, n, d in sessions
        ]  # fmt: skip
        json.dump(rows, sys.stdout, ensure_ascii=False, indent=2)
        print()
        return 0
    if not sessions:
        print("Aucune séance.")
    for s, n, d in sessions:
        when = f"{s.date:%d/%m/%Y}" + (f" {s.time}" if s.time else "")
        print(
            f"{s.id:>3}  {when:<16}  {STATE_LABELS[s.state]:<9}  {d:>3}/{n:<3} décisions  "
            f"{s.title}" + (f" — {s.place}" if s.place else "")
        )
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    report = _report(args)
    if args.json:
        json.dump(report.as_json(), sys.stdout, ensure_ascii=False, indent=2)
        print()
        return 0
    q = report.quorum
    print(f"Séance {report.id} : {report.title} — {report.date:%d/%m/%Y} {report.time}")
    print(f"{report.place}  ·  {STATE_LABELS[report.state]}")
    print(f"Président : {report.chair or '—'}  ·  Secrétaire : {report.secretary or '—'}")
    verdict = "atteint" if q.reached else "NON atteint"
    print(
        f"Quorum {verdict} : {q.present} présents + {q.represented} représentés = {q.counted} "
        f"sur {q.members} (il en faut {q.required})" + (f" — {q.note}" if q.note else "")
    )
    for a in report.attendance:
        status = a.status.label if a.status else "non renseigné"
        proxy = f" (mandat à {a.proxy_holder})" if a.proxy_holder else ""
        print(f"   {a.name:<28} {status}{proxy}")
    print("Ordre du jour :")
    for e in report.agenda:
        d = e.decision
        verdict = "— sans décision —"
        if d is not None:
            verdict = d.outcome.label + (f" {format_eur(d.amount_granted)}" if d.amount_granted
                                         else f", rang {d.reserve_rank}" if d.reserve_rank
                                         else "")  # fmt: skip
            verdict += f"  ({d.votes_for} pour, {d.votes_against} contre, {d.votes_abstain} abst.)"
        print(f"{e.position:>3}. {e.numero}  {e.pole_name[:44]:<44}  {verdict}")
        for r in e.recused:
            print(f"       déport : {r.name} ({r.reason})")
    print("Enveloppe :")
    for g in report.envelope:
        print(f"   {g.name[:44]:<44} {format_eur(g.granted):>14} / {format_eur(g.share)}")
    return 0


def cmd_ranking(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        entries = deliberation.ranking(store)
    if args.json:
        rows = [
            {"rank": e.rank, "numero": e.numero, "pole_name": e.pole_name, "region": e.region,
             "weighted_score": e.weighted_score, "amount_requested": e.amount_requested,
             "cumulated": e.cumulated, "within_envelope": e.within_envelope,
             "reserve": e.reserve, "excluded_reason": e.excluded_reason}
            for e in entries
        ]  # fmt: skip
        json.dump(rows, sys.stdout, ensure_ascii=False, indent=2)
        print()
        return 0
    cut = False
    for e in entries:
        if e.rank and not e.within_envelope and not cut:
            print("  ---------- limite de l'enveloppe ----------")
            cut = True
        mark = "liste complémentaire" if e.reserve else e.excluded_reason
        score = "—" if e.weighted_score is None else f"{e.weighted_score:5.1f}"
        print(
            f"{e.rank or '':>3} {e.numero}  {score:>5}  {format_eur(e.amount):>12}  "
            f"{format_eur(e.cumulated) if e.rank else '':>14}  {e.pole_name[:40]:<40} {mark}"
        )
    return 0


def cmd_convocation(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        try:
            pdf = deliberation.convocation_pdf(store, session_id=args.id)
        except LookupError as exc:
            raise UserError(f"{args.file} : {exc}") from exc
        except deliberation.DeliberationError as exc:
            raise UserError(str(exc)) from exc
    write_atomic(Path(args.out), pdf)
    print(f"Convocation écrite : {args.out}")
    return 0
