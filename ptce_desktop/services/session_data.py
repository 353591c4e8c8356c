"""Reading deliberations as plain data: the ranking, a session's report, one agenda item as
the projector shows it, the envelope's balances.

The GUI, the CLI (`ptce session show --json`), the spreadsheet export and the minutes all read
these same values; nothing here writes.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any

from ..domain import budget, committee, scoring
from ..domain.model import (
    MEMBER_CATEGORY_LABELS,
    Attendance,
    AttendanceStatus,
    Call,
    Decision,
    Opinion,
    Person,
    Session,
    SessionState,
    stored_id,
)
from ..store import people as people_rows
from ..store import reviews as review_rows
from ..store import sessions as session_rows
from ..store.calls import read_call
from ..store.db import CallStore
from ..store.dossiers import load_dossiers

STATE_LABELS = {
    SessionState.PLANNED: "préparée",
    SessionState.OPEN: "ouverte",
    SessionState.CLOSED: "close",
    SessionState.SIGNED: "PV signé",
}
RESERVE_SIZE = 5


# -- ranking -----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True, kw_only=True)
class RankingEntry:
    """One eligible dossier in the ranked list; `rank` None when kept out (see reason)."""

    rank: int | None
    dossier_id: int
    numero: str
    pole_name: str
    region: str
    amount_requested: float
    amount: float  # what ranking counts against the envelope: requested, capped at grant_max
    weighted_score: float | None
    criterion_means: Mapping[str, float]
    max_spread: float
    review_count: int
    submitted_on: date | None
    cumulated: float
    within_envelope: bool
    reserve: bool
    excluded_reason: str = ""


def tie_break_rules(call: Call) -> tuple[str, ...]:
    """The call's rules, else cooperation and pooling, then the earlier submission."""
    if call.tie_break:
        return call.tie_break
    coop = [c.code for c in call.criteria if c.code.startswith("coop")]
    return (*coop[:1], "submitted_on")


def ranking(store: CallStore, *, reserve_size: int = RESERVE_SIZE) -> list[RankingEntry]:
    """Eligible dossiers by weighted mean of their submitted reviews; those below an
    eliminatory threshold or without a complete review come last, unranked."""
    call = read_call(store)
    scores = review_rows.submitted_scores(store)
    rows = {r["id"]: r for r in session_rows.eligible_dossiers(store)}
    candidates = [
        scoring.Candidate(
            dossier_id=r["id"],
            numero=r["numero"],
            amount=min(r["amount_requested"], call.grant_max),
            aggregate=scoring.aggregate(call.criteria, scores.get(r["id"], [])),
            submitted_on=date.fromisoformat(r["submitted_on"]) if r["submitted_on"] else None,
        )
        for r in rows.values()
    ]
    ranked = scoring.rank(
        candidates,
        envelope=call.envelope,
        tie_break=tie_break_rules(call),
        reserve_size=reserve_size,
    )
    return [
        RankingEntry(
            rank=e.rank,
            dossier_id=e.candidate.dossier_id,
            numero=e.candidate.numero,
            pole_name=rows[e.candidate.dossier_id]["pole_name"],
            region=rows[e.candidate.dossier_id]["region"],
            amount_requested=rows[e.candidate.dossier_id]["amount_requested"],
            amount=e.candidate.amount,
            weighted_score=e.candidate.aggregate.weighted,
            criterion_means=dict(e.candidate.aggregate.per_criterion),
            max_spread=e.candidate.aggregate.max_spread,
            review_count=e.candidate.aggregate.review_count,
            submitted_on=e.candidate.submitted_on,
            cumulated=e.cumulated,
            within_envelope=e.within_envelope,
            reserve=e.reserve,
            excluded_reason=e.excluded_reason,
        )
        for e in ranked
    ]


# -- the envelope -----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True, kw_only=True)
class FunderGauge:
    code: str
    name: str
    share: float
    granted: float  # granted on the whole call, the pending split included
    pending: float = 0.0  # the part of `granted` that the decision being entered would add

    @property
    def remaining(self) -> float:
        return round(self.share - self.granted, 2)

    @property
    def exceeded(self) -> bool:
        return self.granted > self.share + 0.005


def envelope(
    store: CallStore,
    *,
    dossier_id: int | None = None,
    pending_split: Mapping[str, float] | None = None,
) -> list[FunderGauge]:
    """Each funder's share against what the call has granted from it. With `dossier_id`, that
    dossier's current grant is replaced by `pending_split` (the decision being entered)."""
    funders = read_call(store).funders
    granted = session_rows.granted_splits(store, exclude_dossier=dossier_id)
    pending = dict(pending_split or {})
    return [
        FunderGauge(
            code=b.code,
            name=b.name,
            share=b.share,
            granted=round(b.granted + pending.get(b.code, 0.0), 2),
            pending=pending.get(b.code, 0.0),
        )
        for b in budget.balances(funders, granted)
    ]


# -- a session's report -----------------------------------------------------------------------


@dataclass(frozen=True, slots=True, kw_only=True)
class AttendanceLine:
    person_id: int
    name: str
    institution: str
    status: AttendanceStatus | None  # None: not recorded yet
    proxy_holder_id: int | None = None
    proxy_holder: str = ""
    is_chair: bool = False


@dataclass(frozen=True, slots=True, kw_only=True)
class QuorumInfo:
    members: int
    present: int
    represented: int
    required: int
    reached: bool
    note: str = ""  # the recorded reason to sit without quorum (second convocation)

    @property
    def counted(self) -> int:
        return self.present + self.represented

    @property
    def may_deliberate(self) -> bool:
        return self.reached or bool(self.note.strip())


@dataclass(frozen=True, slots=True, kw_only=True)
class Recusal:
    person_id: int
    name: str
    reason: str


@dataclass(frozen=True, slots=True, kw_only=True)
class AgendaEntry:
    position: int
    dossier_id: int
    numero: str
    pole_name: str
    lead_name: str
    region: str
    departement: str
    amount_requested: float
    rank: int | None
    ranking_reserve: bool  # the ranking puts it on the reserve list, after the cut-off
    weighted_score: float | None
    max_spread: float | None
    criterion_means: Mapping[str, float]
    recused: tuple[Recusal, ...]
    voters: int  # members present or represented and not recused
    decision: Decision | None


@dataclass(frozen=True, slots=True, kw_only=True)
class SessionReport:
    id: int
    title: str
    date: date
    time: str
    place: str
    state: SessionState
    chair_id: int | None
    chair: str
    secretary_id: int | None
    secretary: str
    attendance: tuple[AttendanceLine, ...]
    quorum: QuorumInfo
    agenda: tuple[AgendaEntry, ...]
    envelope: tuple[FunderGauge, ...]

    @property
    def undecided(self) -> list[AgendaEntry]:
        return [e for e in self.agenda if e.decision is None]

    @property
    def locked(self) -> bool:
        return self.state is SessionState.SIGNED

    def as_json(self) -> dict[str, Any]:
        """Plain JSON types; amounts in euros, codes in English, labels in French."""
        data = asdict(self)
        data["date"] = self.date.isoformat()
        data["state_label"] = STATE_LABELS[self.state]
        data["quorum"]["counted"] = self.quorum.counted
        for line in data["attendance"]:
            line["status_label"] = line["status"].label if line["status"] else "non renseigné"
        for item in data["agenda"]:
            if item["decision"]:
                item["decision"]["outcome_label"] = item["decision"]["outcome"].label
                item["decision"].pop("dossier_id")
        for g, gauge in zip(data["envelope"], self.envelope, strict=True):
            g["remaining"] = gauge.remaining
        plain: dict[str, Any] = _plain(data)
        return plain


def _plain(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    if isinstance(value, date):
        return value.isoformat()
    if hasattr(value, "value") and isinstance(value.value, str):  # StrEnum
        return value.value
    return value


def committee_members(store: CallStore) -> list[Person]:
    """Members of the committee, the chair first, then by name."""
    return sorted(
        (p for p in people_rows.load_people(store) if p.is_member),
        key=lambda p: (not p.is_chair, p.name),
    )


def quorum_info(
    member_ids: Sequence[int], attendance: Sequence[Attendance], note: str = ""
) -> QuorumInfo:
    q = committee.quorum(set(member_ids), attendance)
    return QuorumInfo(
        members=q.members,
        present=q.present,
        represented=q.represented,
        required=q.required,
        reached=q.reached,
        note=note,
    )


def recusals(store: CallStore) -> dict[int, list[Recusal]]:
    """dossier id -> its declared conflicts of interest."""
    result: dict[int, list[Recusal]] = {}
    for r in session_rows.conflict_rows(store):
        result.setdefault(r["dossier_id"], []).append(
            Recusal(person_id=r["person_id"], name=r["name"], reason=r["reason"])
        )
    return result


def session_report(
    store: CallStore, session_id: int, *, ranked: Sequence[RankingEntry] | None = None
) -> SessionReport:
    """Everything about one session: attendance, quorum, agenda with recusals and decisions,
    the envelope. `ranked`: the call's `ranking`, when the caller has it already. Raises
    LookupError for an unknown session."""
    session = session_rows.load_session(store, session_id)
    people = {p.id: p for p in people_rows.load_people(store)}
    members = committee_members(store)
    member_ids = [stored_id(p) for p in members]
    attendance = session_rows.attendance(store, session_id)
    by_person = {a.person_id: a for a in attendance}
    lines = tuple(
        _attendance_line(p, by_person.get(stored_id(p)), people, session) for p in members
    )
    return SessionReport(
        id=session_id,
        title=session.title,
        date=session.date,
        time=session.time,
        place=session.place,
        state=session.state,
        chair_id=session.chair_id,
        chair=_name(people, session.chair_id),
        secretary_id=session.secretary_id,
        secretary=_name(people, session.secretary_id),
        attendance=lines,
        quorum=quorum_info(member_ids, attendance, session.quorum_note),
        agenda=tuple(_agenda(store, session, attendance, set(member_ids), ranked)),
        envelope=tuple(envelope(store)),
    )


def _attendance_line(
    p: Person, a: Attendance | None, people: Mapping[int | None, Person], session: Session
) -> AttendanceLine:
    return AttendanceLine(
        person_id=stored_id(p),
        name=p.name,
        institution=p.institution,
        status=a.status if a else None,
        proxy_holder_id=a.proxy_holder_id if a else None,
        proxy_holder=_name(people, a.proxy_holder_id) if a else "",
        is_chair=p.id == session.chair_id,
    )


def _name(people: Mapping[int | None, Person], pid: int | None) -> str:
    p = people.get(pid)
    return p.name if p else ""


def _agenda(
    store: CallStore,
    session: Session,
    attendance: Sequence[Attendance],
    member_ids: set[int],
    ranked: Sequence[RankingEntry] | None,
) -> list[AgendaEntry]:
    assert session.id is not None
    ids = session_rows.agenda(store, session.id)
    rows = session_rows.dossier_rows(store, ids)
    decided = session_rows.decisions(store, session.id)
    ranks = {e.dossier_id: e for e in (ranking(store) if ranked is None else ranked)}
    conflicts = recusals(store)
    counted = [a for a in attendance if a.person_id in member_ids]
    out = []
    for position, dossier_id in enumerate(ids, start=1):
        r, e = rows[dossier_id], ranks.get(dossier_id)
        recused = tuple(x for x in conflicts.get(dossier_id, []) if x.person_id in member_ids)
        out.append(
            AgendaEntry(
                position=position,
                dossier_id=dossier_id,
                numero=r["numero"],
                pole_name=r["pole_name"],
                lead_name=r["lead_name"],
                region=r["region"],
                departement=r["departement"],
                amount_requested=r["amount_requested"],
                rank=e.rank if e else None,
                ranking_reserve=bool(e and e.reserve),
                weighted_score=e.weighted_score if e else None,
                max_spread=e.max_spread if e and e.review_count else None,
                criterion_means=dict(e.criterion_means) if e else {},
                recused=recused,
                voters=len(committee.voters(counted, {x.person_id for x in recused})),
                decision=decided.get(dossier_id),
            )
        )
    return out


# -- one agenda item, as the projector shows it ---------------------------------------------


@dataclass(frozen=True, slots=True, kw_only=True)
class CriterionRow:
    code: str
    label: str
    weight: float
    scale_max: int
    mean: float | None
    low: float | None
    high: float | None

    @property
    def spread(self) -> float | None:
        return None if self.low is None or self.high is None else self.high - self.low


@dataclass(frozen=True, slots=True, kw_only=True)
class RapporteurView:
    name: str
    opinion: str  # French label
    summary: str
    weighted_score: float | None


@dataclass(frozen=True, slots=True, kw_only=True)
class MeetingItem:
    entry: AgendaEntry
    total: int  # agenda length, for "3 / 12"
    sectors: str
    communes: str
    members: tuple[tuple[str, str], ...]  # (name, category label)
    criteria: tuple[CriterionRow, ...]
    rapporteurs: tuple[RapporteurView, ...]
    envelope: tuple[FunderGauge, ...] = field(default_factory=tuple)


def meeting_item(store: CallStore, report: SessionReport, position: int) -> MeetingItem:
    """The agenda item at `position` (1-based) with what the committee needs to see of it."""
    entry = report.agenda[position - 1]
    dossier = load_dossiers(store, ids=[entry.dossier_id])[0]
    call = read_call(store)
    reviews = review_rows.submitted_scores(store).get(entry.dossier_id, [])
    criteria = []
    for c in call.criteria:
        values = [float(v) for r in reviews if (v := r.get(c.code)) is not None]
        criteria.append(
            CriterionRow(
                code=c.code,
                label=c.label,
                weight=c.weight,
                scale_max=c.scale_max,
                mean=entry.criterion_means.get(c.code),
                low=min(values) if values else None,
                high=max(values) if values else None,
            )
        )
    return MeetingItem(
        entry=entry,
        total=len(report.agenda),
        sectors=", ".join(dossier.sectors),
        communes=dossier.communes,
        members=tuple((m.name, MEMBER_CATEGORY_LABELS[m.category]) for m in dossier.members),
        criteria=tuple(criteria),
        rapporteurs=tuple(
            RapporteurView(
                name=r["rapporteur"],
                opinion=Opinion(r["opinion"]).label if r["opinion"] else "—",
                summary=r["summary"],
                weighted_score=r["weighted"],
            )
            for r in session_rows.review_summaries(store, entry.dossier_id)
        ),
        envelope=report.envelope,
    )
