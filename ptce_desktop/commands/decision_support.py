"""`ptce calibration`, `ptce scenario` and `ptce review history`: decision support headless."""

from __future__ import annotations

import argparse
import json
from dataclasses import asdict

from ..domain.scenario import Parameters
from ..io.formatting import format_eur, format_score
from ..services import decision_support as support
from ..services.people import PeopleError
from .base import Subparsers, UserError, open_store


def register(sub: Subparsers) -> None:
    c = sub.add_parser(
        "calibration", help="sévérité estimée de chaque rapporteur et notes ajustées"
    )
    c.add_argument("file")
    c.add_argument("--shrinkage", type=float, default=3.0, metavar="K",
                   help="rétrécissement des décalages : n / (n + K) (défaut 3)")  # fmt: skip
    c.add_argument("--moves", type=int, default=support.DEFAULT_MOVES, metavar="N",
                   help="lister les dossiers dont le rang bouge de plus de N places")  # fmt: skip
    c.add_argument("--json", action="store_true", help="sortie JSON pour les scripts")
    c.set_defaults(handler=cmd_calibration)

    s = sub.add_parser("scenario", help="simuler l'enveloppe sans rien décider")
    s.add_argument("file")
    s.add_argument("--session", type=int, required=True, help="numéro de la séance")
    s.add_argument("--share", type=float, default=1.0, help="part financée de chaque montant")
    s.add_argument("--cutoff-rank", type=int, help="seulement les N premiers du classement")
    s.add_argument("--force-in", default="", metavar="N1,N2", help="dossiers imposés")
    s.add_argument("--force-out", default="", metavar="N1,N2", help="dossiers écartés")
    s.add_argument("--funder", action="append", default=[], metavar="CODE=MONTANT",
                   help="changer la part d'un financeur (répétable)")  # fmt: skip
    s.add_argument("--json", action="store_true", help="sortie JSON pour les scripts")
    s.set_defaults(handler=cmd_scenario)

    r = sub.add_parser("review", help="évaluations : historique des versions")
    rs = r.add_subparsers(dest="review_command", metavar="ACTION", required=True)
    h = rs.add_parser("history", help="qui a changé quelle note, quand (journal d'audit)")
    h.add_argument("file")
    h.add_argument("--dossier", required=True, metavar="NUMERO")
    h.add_argument("--rapporteur", metavar="P", help="id ou e-mail du rapporteur")
    h.add_argument("--json", action="store_true", help="sortie JSON pour les scripts")
    h.set_defaults(handler=cmd_history)


def cmd_calibration(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        try:
            report = support.calibrate(store, shrinkage=args.shrinkage,
                                       moves_more_than=args.moves)  # fmt: skip
        except support.CalibrationError as exc:
            raise UserError(f"{args.file} : {exc}") from exc
    if args.json:
        print(json.dumps(asdict(report) | {"method": report.method}, ensure_ascii=False,
                         indent=2))  # fmt: skip
        return 0
    print(report.method)
    print(
        f"\nDécalage de chaque rapporteur (sur 100, écart-type résiduel {report.residual_sd:g}) :"
    )
    for r in report.rapporteurs:
        print(f"  {r.offset:+6.1f} ± {r.uncertainty:.1f}  {r.name} ({r.reviews} évaluations)")
    if report.moves:
        print(f"\nDossiers dont le rang bouge de plus de {args.moves} places une fois ajusté :")
        for d in report.moves:
            means = f"{format_score(d.raw_mean)} → {format_score(d.adjusted_mean)}"
            print(f"  {d.numero}  rang {d.raw_rank} → {d.adjusted_rank}  (moyenne {means})")
    else:
        print(f"\nAucun rang ne bouge de plus de {args.moves} places une fois ajusté.")
    return 0


def _numeros(text: str) -> frozenset[str]:
    return frozenset(n.strip() for n in text.split(",") if n.strip())


def _funders(items: list[str]) -> dict[str, float]:
    shares = {}
    for item in items:
        code, sep, amount = item.partition("=")
        try:
            shares[code.strip()] = float(amount)
        except ValueError:
            raise UserError(f"--funder {item} : attendu CODE=MONTANT (ex. CDC=600000)") from None
        if not sep:
            raise UserError(f"--funder {item} : attendu CODE=MONTANT (ex. CDC=600000)")
    return shares


def cmd_scenario(args: argparse.Namespace) -> int:
    params = Parameters(
        share=args.share,
        cutoff_rank=args.cutoff_rank,
        funder_shares=_funders(args.funder),
        force_in=_numeros(args.force_in),
        force_out=_numeros(args.force_out),
    )
    with open_store(args) as store:
        try:
            (result,) = support.run_scenarios(store, session_id=args.session, scenarios=[params])
        except (support.ScenarioError, support.DecisionSupportError) as exc:
            raise UserError(f"{args.file} : {exc}") from exc
    out = result.outcome
    if args.json:
        print(json.dumps({
            "selected": [asdict(f) for f in out.funded],
            "not_funded": list(out.not_funded),
            "impossible": list(out.impossible),
            "totals": [asdict(t) | {"remaining": t.remaining} for t in out.totals],
            "total": out.total,
            "remaining": out.remaining,
            "entering": list(result.comparison.entering),
            "leaving": list(result.comparison.leaving),
        }, ensure_ascii=False, indent=2))  # fmt: skip
        return 0
    print(f"{len(out.funded)} dossiers financés pour {format_eur(out.total)} "
          f"(reste {format_eur(out.remaining)}) — aucune décision n'est écrite")  # fmt: skip
    for f in out.funded:
        mark = " (imposé)" if f.forced else ""
        print(f"  {f.rank:>3}. {f.numero}  {format_eur(f.amount)}  "
              f"{result.pole_names.get(f.numero, '')}{mark}")  # fmt: skip
    for t in out.totals:
        print(f"  {t.name} : {format_eur(t.scenario)} ce scénario, {format_eur(t.earlier)} déjà "
              f"accordés, reste {format_eur(t.remaining)}")  # fmt: skip
    if out.impossible:
        print("  Imposés mais hors enveloppe : " + ", ".join(out.impossible))
    print("  Entrent par rapport au classement : " + (", ".join(result.comparison.entering) or "—"))
    print("  Sortent : " + (", ".join(result.comparison.leaving) or "—"))
    return 0


def cmd_history(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        try:
            events = support.review_history(store, numero=args.dossier,
                                            rapporteur=args.rapporteur)  # fmt: skip
        except (support.DecisionSupportError, PeopleError) as exc:
            raise UserError(f"{args.file} : {exc}") from exc
    if args.json:
        print(json.dumps([asdict(e) for e in events], ensure_ascii=False, indent=2))
        return 0
    if not events:
        print(f"Aucune évaluation enregistrée pour le dossier {args.dossier}.")
    for e in events:
        print(f"{e.ts}  {e.rapporteur:<24}  {e.change}  (par {e.actor})")
    return 0
