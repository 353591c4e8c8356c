"""`ptce session new|attendance|open|close|recuse|decide`: a session driven headless, through
the same services and with the same refusals as the session window."""

from __future__ import annotations

import argparse
import json
import re
from collections.abc import Callable
from datetime import date

from ..domain.model import Attendance, AttendanceStatus, Outcome, stored_id
from ..io.formatting import format_eur
from ..services import browse, deliberation
from ..services.decision_support import set_calibration_shown
from ..services.files import CallStore
from ..services.people import PeopleError, resolve_person
from ..services.session_data import QuorumInfo
from .base import Subparsers, UserError, open_store

AMOUNT = re.compile(r"\d+(\.\d{1,2})?")
TIME = re.compile(r"([01]\d|2[0-3]):[0-5]\d")


def register(s: Subparsers) -> None:
    c = s.add_parser("new", help="une nouvelle séance (préparée), avec son ordre du jour")
    c.add_argument("file")
    c.add_argument("--date", required=True, help="AAAA-MM-JJ")
    c.add_argument("--time", default="", help="HH:MM")
    c.add_argument("--place", required=True, help="lieu de la séance")
    c.add_argument("--chair", required=True, metavar="P", help="président : id ou e-mail")
    c.add_argument("--secretary", required=True, metavar="P", help="secrétaire : id ou e-mail")
    c.add_argument(
        "--calibration",
        action="store_true",
        help="calibration des rapporteurs présentée au comité (annexe du PV)",
    )
    c.add_argument("--agenda", default="ranked", metavar="ranked|eligible|N1,N2,…",
                   help="ranked : les dossiers classés non encore tranchés, dans l'ordre du "
                   "classement (défaut) ; eligible : puis les éligibles non classés ; ou la "
                   "liste des numéros")  # fmt: skip
    c.add_argument("--title", default="", help="intitulé (défaut : Séance du comité de sélection)")
    c.add_argument("--json", action="store_true", help='affiche {"id": N}')
    c.set_defaults(handler=cmd_new)

    c = s.add_parser("attendance", help="les présences (remplacent les précédentes), le quorum")
    c.add_argument("file")
    c.add_argument("id", type=int)
    c.add_argument("--present", action="append", default=[], metavar="P")
    c.add_argument("--excused", action="append", default=[], metavar="P")
    c.add_argument("--proxy", action="append", default=[], metavar="P:MANDATAIRE",
                   help="P représenté par MANDATAIRE, présent (un mandat au plus)")  # fmt: skip
    c.set_defaults(handler=cmd_attendance)

    for name, what in (("open", "ouvrir la délibération"), ("close", "clore la séance")):
        c = s.add_parser(name, help=what)
        c.add_argument("file")
        c.add_argument("id", type=int)
        c.set_defaults(handler=cmd_open if name == "open" else cmd_close)

    c = s.add_parser("recuse", help="un déport (conflit d'intérêts déclaré en séance)")
    c.add_argument("file")
    c.add_argument("id", type=int)
    c.add_argument("--person", required=True, metavar="P")
    c.add_argument("--dossier", required=True, metavar="NUMERO")
    c.add_argument("--reason", required=True)
    c.set_defaults(handler=cmd_recuse)

    c = s.add_parser("decide", help="la décision votée sur un dossier de l'ordre du jour")
    c.add_argument("file")
    c.add_argument("id", type=int)
    c.add_argument("numero")
    c.add_argument("--outcome", required=True, choices=[o.value for o in Outcome])
    c.add_argument("--amount", default="0", help="montant accordé, ex. 150000 ou 150000.50")
    c.add_argument("--split", default=None, metavar="CODE=A,…",
                   help="répartition par financeur (défaut : au prorata des parts)")  # fmt: skip
    c.add_argument("--votes", required=True, metavar="POUR,CONTRE,ABST")
    c.add_argument("--casting", choices=("for", "against"),
                   help="voix prépondérante du président en cas de partage")  # fmt: skip
    c.add_argument("--rank", type=int, default=None,
                   help="rang en liste complémentaire (défaut : le suivant)")  # fmt: skip
    c.add_argument("--reasons", default="")
    c.add_argument("--conditions", default="")
    c.add_argument("--envelope-override", default="",
                   help="justification écrite d'un dépassement de l'enveloppe")  # fmt: skip
    c.set_defaults(handler=cmd_decide)


def _refusals(fn: Callable[[argparse.Namespace], int]) -> Callable[[argparse.Namespace], int]:
    """A refusal, the services' or the arguments', is one line naming the file: exit code 2."""

    def wrapper(args: argparse.Namespace) -> int:
        try:
            return fn(args)
        except (deliberation.DeliberationError, PeopleError, LookupError, UserError) as exc:
            raise UserError(f"{args.file} : {exc}") from exc

    return wrapper


def _person(store: CallStore, ref: str) -> int:
    return stored_id(resolve_person(store, ref))


def _dossier(store: CallStore, numero: str) -> int:
    found = browse.dossier_ids(store).get(numero.strip())
    if found is None:
        raise LookupError(f"dossier {numero} introuvable")
    return found


def _amount(text: str, what: str) -> float:
    if not AMOUNT.fullmatch(text.strip()):
        raise UserError(f"{what} : « {text} » n'est pas un montant (chiffres, point décimal)")
    return float(text)


def _quorum_line(q: QuorumInfo) -> str:
    verdict = "atteint" if q.reached else "NON atteint"
    return (
        f"Quorum {verdict} : {q.present} présents + {q.represented} représentés = {q.counted} "
        f"sur {q.members} (il en faut {q.required})"
    )


@_refusals
def cmd_new(args: argparse.Namespace) -> int:
    try:
        day = date.fromisoformat(args.date)
    except ValueError as exc:
        raise UserError(f"--date : « {args.date} » n'est pas une date AAAA-MM-JJ") from exc
    if args.time and not TIME.fullmatch(args.time):
        raise UserError(f"--time : « {args.time} » n'est pas une heure HH:MM")
    with open_store(args) as store:
        chair, secretary = _person(store, args.chair), _person(store, args.secretary)
        if args.agenda in ("ranked", "eligible"):
            agenda = deliberation.default_agenda(store, unranked=args.agenda == "eligible")
        else:
            numeros = [n.strip() for n in args.agenda.split(",") if n.strip()]
            agenda = deliberation.agenda_of_numeros(store, numeros=numeros)
        session_id = deliberation.create_session(
            store, title=args.title, day=day, time=args.time, place=args.place,
            chair_id=chair, secretary_id=secretary, dossier_ids=agenda,
        )  # fmt: skip
        if args.calibration:
            set_calibration_shown(store, session_id=session_id, shown=True)
    if args.json:
        print(json.dumps({"id": session_id}))
    else:
        print(session_id)
    return 0


@_refusals
def cmd_attendance(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        rows: dict[int, Attendance] = {}

        def add(ref: str, status: AttendanceStatus, holder: int | None = None) -> None:
            pid = _person(store, ref)
            if pid in rows:
                raise UserError(f"« {ref} » figure deux fois dans les présences")
            rows[pid] = Attendance(person_id=pid, status=status, proxy_holder_id=holder)

        for ref in args.present:
            add(ref, AttendanceStatus.PRESENT)
        for ref in args.excused:
            add(ref, AttendanceStatus.EXCUSED)
        for pair in args.proxy:
            who, sep, holder = pair.partition(":")
            if not sep or not who.strip() or not holder.strip():
                raise UserError(f"--proxy : « {pair} » attendu sous la forme P:MANDATAIRE")
            add(who, AttendanceStatus.REPRESENTED, _person(store, holder))
        deliberation.set_attendance(store, session_id=args.id, attendance=list(rows.values()))
        report = deliberation.session_report(store, args.id)
    print(_quorum_line(report.quorum))
    return 0


@_refusals
def cmd_open(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        deliberation.open_session(store, session_id=args.id)
        report = deliberation.session_report(store, args.id)
    print(f"Séance {args.id} ouverte. {_quorum_line(report.quorum)}")
    return 0


@_refusals
def cmd_close(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        deliberation.close_session(store, session_id=args.id)
    print(f"Séance {args.id} close.")
    return 0


@_refusals
def cmd_recuse(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        deliberation.declare_recusal(
            store, person_id=_person(store, args.person),
            dossier_id=_dossier(store, args.dossier), reason=args.reason, session_id=args.id,
        )  # fmt: skip
    print(f"Déport enregistré sur le dossier {args.dossier}.")
    return 0


def _votes(text: str) -> tuple[int, int, int]:
    parts = text.split(",")
    if len(parts) != 3 or not all(p.strip().isdigit() for p in parts):
        raise UserError(f"--votes : « {text} » attendu sous la forme POUR,CONTRE,ABSTENTIONS")
    return int(parts[0]), int(parts[1]), int(parts[2])


def _split(text: str) -> dict[str, float]:
    split: dict[str, float] = {}
    for part in text.split(","):
        code, sep, value = part.partition("=")
        if not sep or not code.strip():
            raise UserError(f"--split : « {part} » attendu sous la forme CODE=MONTANT")
        split[code.strip()] = _amount(value, f"--split {code.strip()}")
    return split


@_refusals
def cmd_decide(args: argparse.Namespace) -> int:
    votes_for, votes_against, votes_abstain = _votes(args.votes)
    outcome = Outcome(args.outcome)  # the arguments checked before the file is opened
    amount = _amount(args.amount, "--amount")
    split = _split(args.split) if args.split is not None else None
    with open_store(args) as store:
        d = deliberation.record_decision(
            store,
            session_id=args.id,
            dossier_id=_dossier(store, args.numero),
            outcome=outcome,
            amount_granted=amount,
            split=split,
            votes_for=votes_for,
            votes_against=votes_against,
            votes_abstain=votes_abstain,
            chair_votes_for=None if args.casting is None else args.casting == "for",
            reasons=args.reasons,
            conditions=args.conditions,
            envelope_override=args.envelope_override,
            reserve_rank=args.rank,
        )
    line = f"{args.numero} : {d.outcome.label}"
    if d.amount_granted:
        parts = " ; ".join(f"{code} {format_eur(v)}" for code, v in d.split.items())
        line += f", {format_eur(d.amount_granted)} ({parts})"
    if d.reserve_rank is not None:
        line += f", rang {d.reserve_rank}"
    if d.casting_vote_used:
        line += " — voix prépondérante du président"
    print(line)
    return 0
