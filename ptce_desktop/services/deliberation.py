"""Deliberation use cases: sessions, agenda, attendance and quorum, recusals, decisions within
the envelope, closing. Every write is one transaction named for the audit log.

Each refusal is a specific exception (all ValueError, so the GUI's task runner and the CLI
show their French message as is); nothing is written when one is raised.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from enum import StrEnum
from typing import Any

from .. import clock
from ..domain import budget, committee
from ..domain.model import (
    Attendance,
    AttendanceStatus,
    Decision,
    Funder,
    Outcome,
    Person,
    Session,
    SessionState,
    stored_id,
)
from ..io.formatting import format_eur
from ..store import people as people_rows
from ..store import sessions as session_rows
from ..store.calls import read_call
from ..store.db import CallStore
from ..store.dossiers import dossier_id_by_numero
from ..store.errors import ReadOnlyError
from ..text import t, text_of
from . import conflicts
from .session_data import (
    SessionReport,
    committee_members,
    envelope,
    quorum_info,
    ranking,
    session_report,
)

__all__ = [
    "envelope",
    "ranking",
    "session_report",
]

MIN_JUSTIFICATION = 10  # characters: a reason, not "ok"


class DeliberationError(ValueError):
    """A deliberation step the rules do not allow; the message says why, in French."""


class SessionStateError(DeliberationError):
    """The session is not in the state the step needs (planned, open, closed)."""


class AgendaError(DeliberationError):
    pass


class AttendanceError(DeliberationError):
    pass


class QuorumError(DeliberationError):
    pass


class RecusalError(DeliberationError):
    pass


class VoteError(DeliberationError):
    pass


class DecisionError(DeliberationError):
    """Amount, reasons, conditions or split that do not fit the call's rules."""


class EnvelopeExceededError(DeliberationError):
    """The grant would take a funder past its share; `overruns` says by how much."""

    def __init__(self, message: str, overruns: Mapping[str, float]) -> None:
        super().__init__(message)
        self.overruns = dict(overruns)


class AgendaOrder(StrEnum):
    RANKING = "ranking"
    REGION = "region"
    NUMERO = "numero"


# -- sessions -----------------------------------------------------------------------------------


def list_sessions(store: CallStore) -> list[tuple[Session, int, int]]:
    """(session, agenda items, decisions), oldest first."""
    return session_rows.list_sessions(store)


def create_session(
    store: CallStore,
    *,
    title: str,
    day: date,
    time: str = "",
    place: str = "",
    chair_id: int | None = None,
    secretary_id: int | None = None,
    dossier_ids: Sequence[int] = (),
) -> int:
    """A planned session; chair and secretary default to the active people holding those
    roles."""
    title = title.strip() or "Séance du comité de sélection"
    people = [p for p in people_rows.load_people(store) if p.active]
    if chair_id is None:
        chair_id = next((p.id for p in people if p.is_chair and p.is_member), None)
    if secretary_id is None:
        secretary_id = next((p.id for p in people if p.is_secretary), None)
    _check_officers(store, chair_id, secretary_id)
    session = Session(
        title=title, date=day, time=time.strip(), place=place.strip(), chair_id=chair_id,
        secretary_id=secretary_id,
    )  # fmt: skip
    with store.transaction(f"séance créée : {title} du {day:%d/%m/%Y}"):
        session_id = session_rows.create_session(store, session)
        if dossier_ids:
            _write_agenda(store, session_id, dossier_ids)
    return session_id


def update_session(
    store: CallStore,
    *,
    session_id: int,
    title: str,
    day: date,
    time: str = "",
    place: str = "",
    chair_id: int | None,
    secretary_id: int | None,
) -> None:
    session = session_rows.load_session(store, session_id)
    _check_officers(store, chair_id, secretary_id)
    session.title, session.date = title.strip() or session.title, day
    session.time, session.place = time.strip(), place.strip()
    session.chair_id, session.secretary_id = chair_id, secretary_id
    with store.transaction(f"séance modifiée : {session.title}"):
        session_rows.update_session(store, session)


def officer_candidates(store: CallStore) -> tuple[list[Person], list[Person]]:
    """(possible chairs, possible secretaries): the active people `_check_officers` accepts."""
    people = [p for p in people_rows.load_people(store) if p.active]
    chairs = [p for p in people if p.is_chair and p.is_member]
    return chairs, [p for p in people if p.is_secretary]


def _check_officers(store: CallStore, chair_id: int | None, secretary_id: int | None) -> None:
    """The chair: an active committee member with the role président; the secretary: an
    active person with the role secrétaire; two people."""
    people = {p.id: p for p in people_rows.load_people(store)}
    for pid, role in ((chair_id, t("président")), (secretary_id, t("secrétaire"))):
        if pid is None:
            continue
        person = people.get(pid)
        if person is None:
            raise DeliberationError(
                t("{role} de séance : personne n° {pid} introuvable", role=role, pid=pid)
            )
        if not (person.is_chair if role == "président" else person.is_secretary):
            raise DeliberationError(
                t(
                    "{role} de séance : {name} n'a pas le rôle « {role} » dans l'appel",
                    role=role,
                    name=person.name,
                )
            )
        if not person.active:
            raise DeliberationError(
                t(
                    "{role} de séance : {name} est une personne désactivée",
                    role=role,
                    name=person.name,
                )
            )
    if chair_id is not None and not people[chair_id].is_member:
        raise DeliberationError(t("le président de séance doit être membre du comité"))
    if chair_id is not None and chair_id == secretary_id:
        raise DeliberationError(t("le président et le secrétaire de séance sont deux personnes"))


def _state(store: CallStore, session_id: int) -> SessionState:
    state = session_rows.load_session(store, session_id).state
    if state is SessionState.SIGNED:
        raise ReadOnlyError(
            t(
                "procès-verbal signé : la séance est verrouillée, toute modification "
                "passe par un avenant"
            )
        )
    return state


# -- agenda -------------------------------------------------------------------------------------


def default_agenda(store: CallStore, *, unranked: bool = False) -> list[int]:
    """Ranked dossiers not yet settled by a session, in ranking order (what « Nouvelle
    séance » proposes); with `unranked`, the eligible dossiers the ranking keeps out follow."""
    # A deferred dossier comes back to a later session; the others are settled.
    settled = {
        d for d, (_, outcome) in session_rows.latest_outcomes(store).items()
        if outcome is not Outcome.DEFERRED
    }  # fmt: skip
    return [
        e.dossier_id
        for e in ranking(store)
        if (unranked or e.rank is not None) and e.dossier_id not in settled
    ]


def agenda_of_numeros(store: CallStore, *, numeros: Sequence[str]) -> list[int]:
    """The dossiers with these numeros, in that order; each must exist and be eligible."""
    ids = dossier_id_by_numero(store)
    unknown = [n for n in numeros if n not in ids]
    if unknown:
        raise AgendaError(
            t("numéro(s) de dossier inconnu(s) : {unknown}", unknown=", ".join(unknown))
        )
    eligible = {r["id"] for r in session_rows.eligible_dossiers(store)}
    ineligible = [n for n in numeros if ids[n] not in eligible]
    if ineligible:
        raise AgendaError(
            t(
                "dossier(s) non éligible(s), hors de l'ordre du jour : {ineligible}",
                ineligible=", ".join(ineligible),
            )
        )
    return [ids[n] for n in numeros]


def order_agenda(store: CallStore, *, dossier_ids: Sequence[int], order: AgendaOrder) -> list[int]:
    """The same dossiers in the order the secretariat chose: by ranking (unranked last), by
    region (then ranking), or by number."""
    ranks = {e.dossier_id: e.rank for e in ranking(store)}
    rows = session_rows.dossier_rows(store, dossier_ids)

    def by_rank(d: int) -> tuple[int, str]:
        return (ranks.get(d) or 10**6, rows[d]["numero"])

    if order is AgendaOrder.RANKING:
        return sorted(dossier_ids, key=by_rank)
    if order is AgendaOrder.REGION:
        return sorted(dossier_ids, key=lambda d: (rows[d]["region"], *by_rank(d)))
    return sorted(dossier_ids, key=lambda d: rows[d]["numero"])


def set_agenda(store: CallStore, *, session_id: int, dossier_ids: Sequence[int]) -> None:
    """The agenda in the given order. A dossier already decided here cannot be taken off."""
    state = _state(store, session_id)
    if state is SessionState.CLOSED:
        raise SessionStateError(t("séance close : rouvrez-la pour modifier l'ordre du jour"))
    with store.transaction("ordre du jour modifié"):
        _write_agenda(store, session_id, dossier_ids)


def _write_agenda(store: CallStore, session_id: int, dossier_ids: Sequence[int]) -> None:
    ids = list(dossier_ids)
    if len(set(ids)) != len(ids):
        raise AgendaError(t("un dossier figure deux fois à l'ordre du jour"))
    rows = session_rows.dossier_rows(store, ids)
    missing = [d for d in ids if d not in rows]
    if missing:
        raise AgendaError(t("dossiers introuvables : {missing}", missing=missing))
    decided = session_rows.decisions(store, session_id)
    dropped = sorted(set(decided) - set(ids))
    if dropped:
        numeros = session_rows.dossier_rows(store, dropped)
        raise AgendaError(
            "ces dossiers ont déjà une décision dans cette séance et restent à l'ordre du jour : "
            + ", ".join(numeros[d]["numero"] for d in dropped)
        )
    session_rows.set_agenda(store, session_id=session_id, dossier_ids=ids)


# -- attendance and quorum --------------------------------------------------------------------


def set_attendance(store: CallStore, *, session_id: int, attendance: Sequence[Attendance]) -> None:
    """Record who is present, represented (by one present member, who holds no other proxy)
    or excused. Raises AttendanceError naming the people concerned."""
    state = _state(store, session_id)
    if state is SessionState.CLOSED:
        raise SessionStateError(t("séance close : rouvrez-la pour modifier les présences"))
    members = committee_members(store)
    people = {stored_id(p): p for p in people_rows.load_people(store)}
    names = {pid: p.name for pid, p in people.items()}
    member_ids = [stored_id(p) for p in members]
    try:
        committee.check_attendance(set(member_ids), attendance, names=names)
    except committee.CommitteeRuleError as exc:
        raise AttendanceError(text_of(exc)) from exc
    inactive = sorted(
        names[a.person_id]
        for a in attendance
        if a.status is not AttendanceStatus.EXCUSED and not people[a.person_id].active
    )
    if inactive:
        raise AttendanceError(
            t(
                "membres inactifs, ni présents ni représentés : {inactive}",
                inactive=", ".join(inactive),
            )
        )
    q = quorum_info(member_ids, attendance)
    with store.transaction(
        f"présences : {q.present} présents, {q.represented} représentés sur {q.members}"
    ):
        session_rows.replace_attendance(store, session_id=session_id, attendance=attendance)


def open_session(store: CallStore, *, session_id: int, quorum_note: str = "") -> None:
    """Open the deliberation. Without quorum, only with a written note (for instance: second
    convocation, the committee then sits whatever the number present)."""
    state = _state(store, session_id)
    if state is SessionState.OPEN:
        return
    if state is SessionState.CLOSED:
        raise SessionStateError(t("séance close : utilisez « Rouvrir la séance »"))
    report = session_report(store, session_id)
    note = quorum_note.strip() or report.quorum.note
    if not any(line.status for line in report.attendance):
        raise QuorumError(t("relevez les présences avant d'ouvrir la séance"))
    if not report.quorum.reached and len(note) < MIN_JUSTIFICATION:
        q = report.quorum
        raise QuorumError(
            t(
                "quorum non atteint ({counted} membres présents ou représentés "
                "sur {members}, il en faut {required}) : la séance ne peut se tenir "
                "que sur seconde convocation, à indiquer par écrit",
                counted=q.counted,
                members=q.members,
                required=q.required,
            )
        )
    with store.transaction(f"séance ouverte : {report.title}"):
        if note != report.quorum.note:
            session_rows.set_quorum_note(store, session_id=session_id, note=note)
        session_rows.set_state(store, session_id=session_id, state=SessionState.OPEN.value)


def set_quorum_note(store: CallStore, *, session_id: int, note: str) -> None:
    _state(store, session_id)
    with store.transaction("quorum : mention de seconde convocation"):
        session_rows.set_quorum_note(store, session_id=session_id, note=note.strip())


def close_session(store: CallStore, *, session_id: int) -> None:
    """Close the deliberation; every agenda item must have a decision."""
    state = _state(store, session_id)
    if state is not SessionState.OPEN:
        raise SessionStateError(t("seule une séance ouverte peut être close"))
    report = session_report(store, session_id)
    if not report.agenda:
        raise SessionStateError(t("ordre du jour vide : rien n'a été délibéré"))
    if report.undecided:
        numeros = ", ".join(e.numero for e in report.undecided)
        raise SessionStateError(
            t(
                "{undecided_count} dossier(s) de l'ordre du jour sans décision : {numeros}",
                undecided_count=len(report.undecided),
                numeros=numeros,
            )
        )
    with store.transaction(f"séance close : {report.title}"):
        session_rows.set_state(store, session_id=session_id, state=SessionState.CLOSED.value)


def reopen_session(store: CallStore, *, session_id: int) -> None:
    """A closed session whose minutes are not signed can be reopened."""
    if _state(store, session_id) is not SessionState.CLOSED:
        raise SessionStateError(t("seule une séance close peut être rouverte"))
    with store.transaction("séance rouverte"):
        session_rows.set_state(store, session_id=session_id, state=SessionState.OPEN.value)


# -- recusals -----------------------------------------------------------------------------------


def declare_recusal(
    store: CallStore,
    *,
    person_id: int,
    dossier_id: int,
    reason: str,
    session_id: int | None = None,
) -> None:
    """A conflict of interest: the person takes no part in the dossier (no score, no vote).
    With `session_id`, declared in that session: a member, on a dossier of its agenda, while
    the session is not closed."""
    reason = reason.strip()
    if not reason:
        raise RecusalError(t("indiquez la nature de l'intérêt (lien avec le porteur, mandat…)"))
    people = {p.id: p for p in people_rows.load_people(store)}
    rows = session_rows.dossier_rows(store, [dossier_id])
    if person_id not in people or dossier_id not in rows:
        raise RecusalError(t("personne ou dossier introuvable"))
    name, numero = people[person_id].name, rows[dossier_id]["numero"]
    if session_id is not None:
        if _state(store, session_id) is SessionState.CLOSED:
            raise SessionStateError(t("séance close : rouvrez-la pour déclarer un déport"))
        if not people[person_id].is_member:
            raise RecusalError(
                t("{name} n'est pas membre du comité : rien à déporter en séance", name=name)
            )
        if dossier_id not in session_rows.agenda(store, session_id):
            raise RecusalError(
                t("le dossier {numero} n'est pas à l'ordre du jour de la séance", numero=numero)
            )
    try:
        conflicts.declare_conflict(
            store, person_id=person_id, dossier_id=dossier_id, reason=reason,
            session_id=session_id,
        )  # fmt: skip
    except conflicts.ConflictError as exc:  # a refusal of the session's, as its callers expect
        raise RecusalError(text_of(exc)) from exc


def withdraw_recusal(
    store: CallStore,
    *,
    person_id: int,
    dossier_id: int,
    reason: str,
    session_id: int | None = None,
) -> None:
    """The recusal withdrawn with its reason; the record stays (state « withdrawn »)."""
    if session_id is not None:
        _state(store, session_id)
    try:
        conflicts.withdraw_conflict(
            store, person_id=person_id, dossier_id=dossier_id, reason=reason
        )
    except conflicts.ConflictError as exc:
        raise RecusalError(text_of(exc)) from exc


# -- decisions ----------------------------------------------------------------------------------


def proposed_split(store: CallStore, *, dossier_id: int, amount: float) -> dict[str, float]:
    """The amount split in proportion to the funders' shares, kept within what remains of each
    share when that is possible."""
    funders = read_call(store).funders
    if amount <= 0:
        return {f.code: 0.0 for f in funders}
    try:
        return budget.propose_split(
            amount, funders, session_rows.granted_splits(store, exclude_dossier=dossier_id)
        )
    except (
        budget.EnvelopeExhaustedError
    ):  # the envelope cannot hold it: show the plain split and its overrun
        return budget.split_proportional(amount, funders)


def record_decision(
    store: CallStore,
    *,
    session_id: int,
    dossier_id: int,
    outcome: Outcome,
    amount_granted: float = 0.0,
    split: Mapping[str, float] | None = None,
    votes_for: int,
    votes_against: int = 0,
    votes_abstain: int = 0,
    chair_votes_for: bool | None = None,
    reasons: str = "",
    conditions: str = "",
    envelope_override: str = "",
    reserve_rank: int | None = None,
) -> Decision:
    """Check a decision against the committee's and the call's rules, then record it (it
    replaces this session's earlier decision on the dossier). Votes are those cast for the
    outcome proposed, among the members present or represented and not recused. A reserve
    decision takes `reserve_rank`, by default the next rank of the list."""
    state = _state(store, session_id)
    if state is not SessionState.OPEN:
        raise SessionStateError(
            "séance close : rouvrez-la pour modifier une décision"
            if state is SessionState.CLOSED
            else "ouvrez la séance (présences et quorum) avant d'enregistrer une décision"
        )
    report = session_report(store, session_id)
    if not report.quorum.may_deliberate:
        raise QuorumError(t("quorum non atteint : le comité ne peut pas délibérer"))
    entry = next((e for e in report.agenda if e.dossier_id == dossier_id), None)
    if entry is None:
        raise DecisionError(t("ce dossier n'est pas inscrit à l'ordre du jour de la séance"))
    call = read_call(store)
    reasons, conditions = reasons.strip(), conditions.strip()
    envelope_override = envelope_override.strip()
    amount = round(float(amount_granted), 2) if outcome.is_grant else 0.0
    _check_amount(outcome, amount, float(amount_granted), entry.amount_requested, call.grant_min,
                  call.grant_max, reasons, conditions)  # fmt: skip
    if not outcome.is_grant and split and any(split.values()):
        raise DecisionError(
            t("une décision « {label} » ne répartit aucun montant", label=outcome.label)
        )
    rank = _reserve_rank(store, dossier_id, outcome, reserve_rank)
    split = dict(split) if split is not None else proposed_split(
        store, dossier_id=dossier_id, amount=amount
    )  # fmt: skip
    _check_split(split, amount, [f.code for f in call.funders])
    casting = _check_votes(report, entry.dossier_id, outcome, votes_for, votes_against,
                           votes_abstain, chair_votes_for)  # fmt: skip
    _check_envelope(store, call.funders, dossier_id, split, envelope_override)
    decision = Decision(
        dossier_id=dossier_id,
        outcome=outcome,
        amount_granted=amount,
        split={k: v for k, v in split.items() if v} if amount else {},
        votes_for=votes_for,
        votes_against=votes_against,
        votes_abstain=votes_abstain,
        casting_vote_used=casting,
        reasons=reasons,
        conditions=conditions,
        envelope_override=envelope_override,
        reserve_rank=rank,
    )
    what = f"{entry.numero} {outcome.label}"
    if amount:
        what += f", {format_eur(amount)}"
    if rank is not None:
        what += f", rang {rank}"
    with store.transaction(f"décision : {what}"):
        session_rows.record_decision(
            store,
            session_id=session_id,
            decision=decision,
            funder_ids={f.code: stored_id(f) for f in call.funders},
        )
    return decision


def delete_decision(store: CallStore, *, session_id: int, dossier_id: int) -> None:
    if _state(store, session_id) is not SessionState.OPEN:
        raise SessionStateError(t("seule une décision d'une séance ouverte peut être retirée"))
    numero = session_rows.dossier_rows(store, [dossier_id])[dossier_id]["numero"]
    with store.transaction(f"décision retirée : {numero}"):
        session_rows.delete_decision(store, session_id=session_id, dossier_id=dossier_id)


def next_reserve_rank(store: CallStore, *, dossier_id: int) -> int:
    """The rank a reserve decision on the dossier gets by default: its own if it is already on
    the list, else the next one."""
    ranks = session_rows.reserve_ranks(store)
    own = [r for r, d in ranks.items() if d == dossier_id]
    return own[0] if own else max(ranks, default=0) + 1


def _reserve_rank(
    store: CallStore, dossier_id: int, outcome: Outcome, requested: int | None
) -> int | None:
    if outcome is not Outcome.RESERVE:
        if requested is not None:
            raise DecisionError(t("un rang ne se donne qu'à un dossier en liste complémentaire"))
        return None
    if requested is None:
        return next_reserve_rank(store, dossier_id=dossier_id)
    taken = session_rows.reserve_ranks(store, exclude_dossier=dossier_id)
    last = max(taken, default=0) + 1
    if requested < 1 or requested > last:
        raise DecisionError(
            t(
                "rang {requested} impossible sur la liste complémentaire : de 1 à {last}",
                requested=requested,
                last=last,
            )
        )
    if requested in taken:
        numero = session_rows.dossier_rows(store, [taken[requested]])[taken[requested]]["numero"]
        raise DecisionError(
            t(
                "le rang {requested} de la liste complémentaire est déjà celui du dossier {numero}",
                requested=requested,
                numero=numero,
            )
        )
    return requested


def _check_amount(
    outcome: Outcome,
    amount: float,
    entered: float,
    requested: float,
    grant_min: float,
    grant_max: float,
    reasons: str,
    conditions: str,
) -> None:
    if not outcome.is_grant:
        if entered > 0:
            raise DecisionError(
                t("une décision « {label} » ne comporte aucun montant", label=outcome.label)
            )
        if outcome is Outcome.NOT_SELECTED and not reasons:
            raise DecisionError(t("un refus doit être motivé : indiquez les motifs"))
        return
    if amount <= 0:
        raise DecisionError(t("indiquez le montant accordé"))
    if amount > requested + 0.005:
        raise DecisionError(
            t(
                "le montant accordé ({amount}) dépasse le montant sollicité ({requested})",
                amount=format_eur(amount),
                requested=format_eur(requested),
            )
        )
    if not grant_min - 0.005 <= amount <= grant_max + 0.005:
        raise DecisionError(
            t(
                "le montant accordé doit être compris entre {grant_min} et {grant_max} "
                "(bornes de l'appel)",
                grant_min=format_eur(grant_min),
                grant_max=format_eur(grant_max),
            )
        )
    if amount < requested - 0.005 and not reasons:
        raise DecisionError(t("un montant réduit doit être motivé : indiquez les motifs"))
    if outcome is Outcome.SELECTED_WITH_CONDITIONS and not conditions:
        raise DecisionError(t("indiquez les conditions de la sélection"))


def _check_split(split: Mapping[str, float], amount: float, codes: Sequence[str]) -> None:
    unknown = set(split) - set(codes)
    if unknown:
        raise DecisionError(t("financeur inconnu : {unknown}", unknown=", ".join(sorted(unknown))))
    if any(v < 0 for v in split.values()):
        raise DecisionError(t("la part d'un financeur ne peut être négative"))
    total = round(sum(split.values()), 2)
    if abs(total - amount) > 0.005:
        raise DecisionError(
            t(
                "la répartition entre financeurs ({total}) ne fait pas le montant "
                "accordé ({amount})",
                total=format_eur(total),
                amount=format_eur(amount),
            )
        )


def _check_votes(
    report: SessionReport,
    dossier_id: int,
    outcome: Outcome,
    votes_for: int,
    votes_against: int,
    votes_abstain: int,
    chair_votes_for: bool | None,
) -> bool:
    """The vote must adopt the outcome; returns whether the chair's casting vote decided."""
    entry = next(e for e in report.agenda if e.dossier_id == dossier_id)
    recused = {r.person_id for r in entry.recused}
    chair_votes = report.chair_id is not None and report.chair_id not in recused and any(
        line.person_id == report.chair_id and line.status is not None
        and line.status.value == "present" for line in report.attendance
    )  # fmt: skip
    tie = votes_for == votes_against and votes_for > 0
    if tie and not chair_votes:
        raise VoteError(
            t(
                "partage des voix alors que le président ne prend pas part au vote "
                ": la proposition n'est pas adoptée"
            )
        )
    try:
        result = committee.tally(
            votes_for=votes_for,
            votes_against=votes_against,
            votes_abstain=votes_abstain,
            voter_count=entry.voters,
            chair_votes_for=chair_votes_for if tie else None,
        )
    except committee.TooManyVotesError as exc:
        raise VoteError(
            t(
                "{cast} voix exprimées pour {voters} votants (membres présents "
                "ou représentés, hors déports)",
                cast=exc.cast,
                voters=exc.voters,
            )
        ) from exc
    except committee.CommitteeRuleError as exc:
        raise VoteError(text_of(exc)) from exc
    if not result.adopted:
        raise VoteError(
            t(
                "la proposition « {label} » n'est pas adoptée ({votes_for} pour, "
                "{votes_against} contre) : mettez aux voix une autre issue",
                label=outcome.label,
                votes_for=votes_for,
                votes_against=votes_against,
            )
        )
    return result.casting_vote_used


def _check_envelope(
    store: CallStore,
    funders: Sequence[Funder],
    dossier_id: int,
    split: Mapping[str, float],
    override: str,
) -> None:
    over = budget.overruns(
        funders, session_rows.granted_splits(store, exclude_dossier=dossier_id), split
    )
    if not over:
        return
    if len(override) >= MIN_JUSTIFICATION:
        return
    names = {f.code: f.name for f in funders}
    detail = " ; ".join(f"{names[c]} de {format_eur(v)}" for c, v in over.items())
    raise EnvelopeExceededError(
        t(
            "dépassement de l'enveloppe : {detail}. Réduisez le montant, changez "
            "la répartition ou justifiez par écrit le dépassement",
            detail=detail,
        ),
        over,
    )


# -- documents ----------------------------------------------------------------------------------


def convocation_pdf(store: CallStore, *, session_id: int) -> bytes:
    """The convocation letters (one per member) listing the agenda."""
    try:
        from ..io import letters_pdf
        from ..io.minutes_data import AgendaItem, ConvocationData, MemberLine
    except ImportError as exc:  # the letters module ships separately
        raise DeliberationError(
            t("la convocation PDF n'est pas disponible dans cette version")
        ) from exc
    report = session_report(store, session_id)
    if not report.agenda:
        raise AgendaError(t("ordre du jour vide : ajoutez des dossiers avant de convoquer"))
    call = read_call(store)
    data = ConvocationData(
        document_id=f"CONV-{call.year}-S{session_id:02d}",
        call_title=call.title,
        ministries=call.ministries,
        session_title=report.title,
        session_date=report.date,
        session_time=report.time,
        session_place=report.place,
        chair=report.chair,
        recipients=tuple(
            MemberLine(name=a.name, institution=a.institution) for a in report.attendance
        ),
        agenda=tuple(
            AgendaItem(
                numero=e.numero,
                pole_name=e.pole_name,
                region=e.region,
                lead_name=e.lead_name,
                amount_requested=e.amount_requested,
                departement=e.departement,
            )
            for e in report.agenda
        ),
        issued_on=clock.today(),
        made_at=call.place,
        reply_to=report.secretary,
    )
    return letters_pdf.render_convocation(data)


# -- private notes ------------------------------------------------------------------------------


def private_notes(store: CallStore, *, dossier_id: int) -> list[dict[str, Any]]:
    """The secretariat's private notes on a dossier: {body, created_at, name}."""
    return session_rows.private_notes(store, dossier_id)


def add_private_note(store: CallStore, *, session_id: int, dossier_id: int, body: str) -> None:
    """A private note in the session secretary's name; the projector never shows it."""
    body = body.strip()
    if not body:
        raise DeliberationError(t("note vide"))
    session = session_rows.load_session(store, session_id)
    if session.secretary_id is None:
        raise DeliberationError(t("désignez le secrétaire de séance pour prendre des notes"))
    with store.transaction("note privée du secrétariat"):
        session_rows.add_private_note(
            store, dossier_id=dossier_id, person_id=session.secretary_id, body=body
        )
