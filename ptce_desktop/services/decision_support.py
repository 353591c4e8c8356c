"""Decision support: rapporteur calibration, envelope scenarios and review history.

Calibration is shown beside the raw scores, never instead of them; scenarios write nothing;
history is read from the audit log.
"""

from __future__ import annotations

import json
import statistics
from collections.abc import Hashable, Sequence
from dataclasses import asdict, dataclass, field

from ..domain import calibration, scenario, scoring
from ..domain.calibration import CalibrationError, Observation
from ..domain.model import Opinion
from ..domain.scenario import ScenarioError
from ..io.formatting import format_eur
from ..store import decision_support as rows
from ..store.calls import read_call
from ..store.db import CallStore
from ..store.dossiers import dossier_id_by_numero
from ..text import t
from .people import resolve_person
from .session_data import ranking

__all__ = [
    "CalibrationError",
    "CalibrationReport",
    "DecisionSupportError",
    "Proposal",
    "ScenarioError",
    "apply_scenario",
    "calibrate",
    "calibration_shown",
    "call_funders",
    "proposal",
    "review_history",
    "run_scenarios",
    "scenario_label",
    "scenarios_pdf",
    "set_calibration_shown",
]

DEFAULT_MOVES = 3  # places a dossier's rank must move once adjusted to be listed


class DecisionSupportError(ValueError):
    """A request about decision support that cannot be answered (unknown session, dossier)."""


# -- calibration -------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True, kw_only=True)
class RapporteurOffset:
    person_id: int
    name: str
    reviews: int
    offset: float  # on the weighted total (0-100): positive scores above the committee
    uncertainty: float
    criterion_offsets: dict[str, float]


@dataclass(frozen=True, slots=True, kw_only=True)
class ReviewAdjustment:
    review_id: int
    numero: str
    person_id: int
    raw: float
    adjusted: float
    standardised: float | None  # z-score cross-check, None under the minimum of reviews
    adjusted_scores: dict[str, float]  # per criterion, kept within the scale


@dataclass(frozen=True, slots=True, kw_only=True)
class DossierCalibration:
    numero: str
    raw_mean: float
    adjusted_mean: float
    raw_rank: int
    adjusted_rank: int

    @property
    def moved(self) -> int:
        return self.raw_rank - self.adjusted_rank


@dataclass(frozen=True, slots=True, kw_only=True)
class CalibrationReport:
    shrinkage: float
    z_min_reviews: int
    residual_sd: float
    rapporteurs: list[RapporteurOffset]
    reviews: list[ReviewAdjustment]
    dossiers: list[DossierCalibration]
    moves: list[DossierCalibration] = field(default_factory=list)  # beyond the threshold

    @property
    def method(self) -> str:
        """One sentence for the minutes' annex and the windows."""
        return (
            "Note = qualité du dossier + décalage du rapporteur, ajusté par moyennes "
            f"alternées ; décalages rétrécis vers zéro par n / (n + {self.shrinkage:g}) "
            f"(n : évaluations du rapporteur) ; contrôle par notes centrées-réduites pour les "
            f"rapporteurs d'au moins {self.z_min_reviews} évaluations. Affiché à côté des notes "
            "brutes, jamais à leur place."
        )


def calibrate(
    store: CallStore,
    *,
    shrinkage: float = calibration.DEFAULT_SHRINKAGE,
    moves_more_than: int = DEFAULT_MOVES,
) -> CalibrationReport:
    """Offsets per rapporteur and adjusted scores of every submitted review.

    Raises CalibrationError (NotLinkedError when the rapporteurs share no dossiers).
    """
    criteria = read_call(store).criteria
    reviews = [
        r
        for r in rows.submitted_reviews(store)
        if scoring.weighted_score(criteria, r.scores) is not None
    ]
    totals = [
        Observation(r.numero, r.person_id, scoring.weighted_score(criteria, r.scores) or 0.0)
        for r in reviews
    ]
    fit = calibration.fit_offsets(totals, shrinkage=shrinkage)
    per_criterion = {
        c.code: calibration.fit_offsets(
            [Observation(r.numero, r.person_id, float(r.scores[c.code] or 0)) for r in reviews],
            shrinkage=shrinkage,
        )
        for c in criteria
    }
    z = calibration.standardised(totals)
    people: dict[Hashable, tuple[int, str]] = {
        r.person_id: (r.person_id, r.person_name) for r in reviews
    }
    rapporteurs = sorted(
        (
            RapporteurOffset(
                person_id=people[o.rapporteur][0],
                name=people[o.rapporteur][1],
                reviews=o.reviews,
                offset=round(o.offset, 2),
                uncertainty=round(o.uncertainty, 2),
                criterion_offsets={
                    code: round(f.offsets[o.rapporteur].offset, 2)
                    for code, f in per_criterion.items()
                },
            )
            for o in fit.offsets.values()
        ),
        key=lambda r: (r.offset, r.name),
    )
    adjustments = []
    for r, obs in zip(reviews, totals, strict=True):
        adjusted_scores = {
            c.code: min(float(c.scale_max), max(float(c.scale_min),
                        per_criterion[c.code].adjusted(Observation(r.numero, r.person_id,
                                                                   float(r.scores[c.code] or 0)))))
            for c in criteria
        }  # fmt: skip
        adjustments.append(
            ReviewAdjustment(
                review_id=r.review_id,
                numero=r.numero,
                person_id=r.person_id,
                raw=round(obs.score, 2),
                adjusted=round(min(100.0, max(0.0, fit.adjusted(obs))), 2),
                standardised=round(z[obs], 2) if obs in z else None,
                adjusted_scores={k: round(v, 2) for k, v in adjusted_scores.items()},
            )
        )
    raw_means = {
        numero: statistics.fmean(a.raw for a in adjustments if a.numero == numero)
        for numero in {a.numero for a in adjustments}
    }
    adjusted_means = {
        numero: statistics.fmean(a.adjusted for a in adjustments if a.numero == numero)
        for numero in raw_means
    }
    raw_ranks, adjusted_ranks = calibration.ranks(raw_means), calibration.ranks(adjusted_means)
    dossiers = sorted(
        (
            DossierCalibration(
                numero=str(n),
                raw_mean=round(raw_means[n], 2),
                adjusted_mean=round(adjusted_means[n], 2),
                raw_rank=raw_ranks[n],
                adjusted_rank=adjusted_ranks[n],
            )
            for n in raw_means
        ),
        key=lambda d: d.adjusted_rank,
    )
    moves = sorted(
        (d for d in dossiers if abs(d.moved) > moves_more_than),
        key=lambda d: (-abs(d.moved), d.adjusted_rank),
    )
    return CalibrationReport(
        shrinkage=shrinkage,
        z_min_reviews=calibration.Z_MIN_REVIEWS,
        residual_sd=round(fit.residual_sd, 2),
        rapporteurs=rapporteurs,
        reviews=adjustments,
        dossiers=dossiers,
        moves=moves,
    )


def calibration_shown(store: CallStore, *, session_id: int) -> bool:
    """Whether the session recorded that calibration was shown to the committee."""
    return rows.calibration_shown(store, session_id=session_id)


def set_calibration_shown(store: CallStore, *, session_id: int, shown: bool) -> None:
    """Record (audited) whether calibration is shown to the committee in this session; the
    minutes' annex then states the method, its parameters and each rapporteur's offset."""
    state = rows.session_state(store, session_id)
    if state is None:
        raise DecisionSupportError(t("séance {session_id} introuvable", session_id=session_id))
    if state == "signed":
        raise DecisionSupportError(
            t("séance {session_id} : procès-verbal signé, plus modifiable", session_id=session_id)
        )
    verb = "présentée" if shown else "non présentée"
    with store.transaction(f"calibration {verb} au comité — séance {session_id}"):
        rows.set_calibration_shown(store, session_id=session_id, shown=shown)


# -- scenarios -------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True, kw_only=True)
class ScenarioResult:
    outcome: scenario.Outcome
    reference: scenario.Outcome
    comparison: scenario.Comparison
    pole_names: dict[str, str]


def run_scenarios(
    store: CallStore, *, session_id: int, scenarios: Sequence[scenario.Parameters]
) -> list[ScenarioResult]:
    """Each scenario against the reference (every amount in full, the ranking's order), for the
    dossiers not settled by another session; grants of other sessions are spent already."""
    if not rows.session_exists(store, session_id):
        raise DecisionSupportError(t("séance {session_id} introuvable", session_id=session_id))
    call = read_call(store)
    settled = rows.settled_elsewhere(store, session_id=session_id)
    entries = [e for e in ranking(store) if e.rank is not None and e.dossier_id not in settled]
    ranked = [scenario.Ranked(numero=e.numero, rank=e.rank or 0, amount=e.amount) for e in entries]
    earlier = rows.granted_splits_outside(store, session_id=session_id)
    reference = scenario.run(ranked, call.funders, scenario.Parameters(), earlier_splits=earlier)
    names = {e.numero: e.pole_name for e in entries}
    results = []
    for params in scenarios:
        outcome = scenario.run(ranked, call.funders, params, earlier_splits=earlier)
        results.append(
            ScenarioResult(
                outcome=outcome,
                reference=reference,
                comparison=scenario.compare(outcome, reference),
                pole_names=names,
            )
        )
    return results


def scenario_label(params: scenario.Parameters) -> str:
    """What a scenario changes, in a few words (its own label when it has one)."""
    if params.label:
        return params.label
    parts = []
    if params.share != 1:
        parts.append(f"{round(params.share * 100):d} % des montants")
    if params.cutoff_rank is not None:
        parts.append(f"les {params.cutoff_rank} premiers")
    for code, amount in sorted(params.funder_shares.items()):
        parts.append(f"{code} = {format_eur(amount)}")
    if params.force_in:
        parts.append("imposés : " + ", ".join(sorted(params.force_in)))
    if params.force_out:
        parts.append("écartés : " + ", ".join(sorted(params.force_out)))
    return " ; ".join(parts) or "Classement, montants demandés"


def scenarios_pdf(
    store: CallStore, *, session_id: int, scenarios: Sequence[scenario.Parameters]
) -> bytes:
    """Two to four scenarios side by side, in the house style, for the committee."""
    from ..io.compare_pdf import Row, render_comparison  # reportlab: not at start-up

    if not 1 <= len(scenarios) <= 4:
        raise DecisionSupportError(
            t(
                "1 à 4 scénarios côte à côte : {scenarios_count} donnés",
                scenarios_count=len(scenarios),
            )
        )
    results = run_scenarios(store, session_id=session_id, scenarios=scenarios)
    call = read_call(store)
    heads = [(f"Scénario {i}", scenario_label(p)) for i, p in enumerate(scenarios, start=1)]
    rows: list[Row] = []

    def add(section: str, label: str, values: list[str]) -> None:
        rows.append(Row(section=section, label=label, values=values, differs=len(set(values)) > 1))

    outcomes = [r.outcome for r in results]
    add("Synthèse", "Dossiers financés", [str(len(o.funded)) for o in outcomes])
    add("Synthèse", "Montant total", [format_eur(o.total) for o in outcomes])
    add("Synthèse", "Reste de l'enveloppe", [format_eur(o.remaining) for o in outcomes])
    for i, funder in enumerate(call.funders):
        add(
            "Par financeur",
            f"{funder.name} (part)",
            [format_eur(o.totals[i].share) for o in outcomes],
        )
        add("Par financeur", f"{funder.name} (ce scénario)",
            [format_eur(o.totals[i].scenario) for o in outcomes])  # fmt: skip
        add("Par financeur", f"{funder.name} (reste)",
            [format_eur(o.totals[i].remaining) for o in outcomes])  # fmt: skip
    add("Par rapport au classement", "Entrent",
        [", ".join(r.comparison.entering) or "—" for r in results])  # fmt: skip
    add("Par rapport au classement", "Sortent",
        [", ".join(r.comparison.leaving) or "—" for r in results])  # fmt: skip
    add("Par rapport au classement", "Imposés hors enveloppe",
        [", ".join(o.impossible) or "—" for o in outcomes])  # fmt: skip
    names = results[0].pole_names if results else {}
    order = sorted({f.numero: f.rank for o in outcomes for f in o.funded}.items(),
                   key=lambda kv: kv[1])  # fmt: skip
    for numero, rank in order:
        amounts = [
            next((format_eur(f.amount) for f in o.funded if f.numero == numero), "—")
            for o in outcomes
        ]
        add("Dossiers financés", f"{rank}. {numero} {names.get(numero, '')}", amounts)
    return render_comparison(
        call_title=call.title,
        heads=heads,
        rows=rows,
        heading=f"Scénarios d'enveloppe — séance {session_id}",
        title=f"Scénarios d'enveloppe, séance {session_id}",
        note=(
            "Simulations : aucune décision n'est prise. Chaque dossier est financé dans l'ordre "
            "du classement tant que l'enveloppe de chaque financeur le permet."
        ),
        subject="scénarios",
    )


@dataclass(frozen=True, slots=True, kw_only=True)
class Proposal:
    """A scenario's outcome for one agenda item: a proposal, never a decision until voted."""

    outcome: str  # 'selected' or 'not_selected'
    amount: float
    split: dict[str, float]
    scenario: str


def apply_scenario(
    store: CallStore, *, session_id: int, params: scenario.Parameters
) -> dict[str, Proposal]:
    """Keep the scenario's outcome and amount on each of the session's agenda items, for the
    decision form to pre-fill; nothing is decided. Returns the proposals by numero."""
    state = rows.session_state(store, session_id)
    if state is None:
        raise DecisionSupportError(t("séance {session_id} introuvable", session_id=session_id))
    if state in ("closed", "signed"):
        raise DecisionSupportError(
            t("séance {session_id} close : plus rien à proposer", session_id=session_id)
        )
    (result,) = run_scenarios(store, session_id=session_id, scenarios=[params])
    label = scenario_label(params)
    funded = {f.numero: f for f in result.outcome.funded}
    agenda = rows.agenda_dossiers(store, session_id=session_id)
    proposals = {
        numero: Proposal(
            outcome="selected" if numero in funded else "not_selected",
            amount=funded[numero].amount if numero in funded else 0.0,
            split=dict(funded[numero].split) if numero in funded else {},
            scenario=label,
        )
        for numero in agenda
        if numero in funded or numero in result.outcome.not_funded
    }
    with store.transaction(f"scénario appliqué comme proposition — séance {session_id} : {label}"):
        rows.set_proposals(
            store,
            {agenda[n]: json.dumps(asdict(p), ensure_ascii=False) for n, p in proposals.items()},
        )
    return proposals


def proposal(store: CallStore, *, session_id: int, dossier_id: int) -> Proposal | None:
    """The proposal kept on an agenda item, if a scenario was applied."""
    text = rows.proposal_of(store, session_id=session_id, dossier_id=dossier_id)
    if not text:
        return None
    data = json.loads(text)
    return Proposal(
        outcome=data["outcome"],
        amount=float(data["amount"]),
        split=dict(data.get("split", {})),
        scenario=data.get("scenario", ""),
    )


# -- review history ----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True, kw_only=True)
class HistoryEvent:
    ts: str
    actor: str
    action: str
    rapporteur: str
    change: str  # in French, e.g. « C2 : 3 → 4 », « soumise », « rouverte »


_REVIEW_FIELDS = {"opinion": "avis", "summary": "appréciation", "set_aside": "écartée"}


def _fmt(value: object) -> str:
    if value is None or value == "":
        return "—"
    if isinstance(value, str) and value in set(Opinion):
        return Opinion(value).label
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def review_history(
    store: CallStore, *, numero: str, rapporteur: str | None = None
) -> list[HistoryEvent]:
    """Who changed which score or comment of a dossier's reviews, and when, oldest first."""
    dossier_id = dossier_id_by_numero(store).get(numero.strip())
    if dossier_id is None:
        raise DecisionSupportError(t("dossier {numero} introuvable", numero=numero))
    person_id = resolve_person(store, rapporteur).id if rapporteur else None
    reviews = rows.reviews_of(store, dossier_id=dossier_id, person_id=person_id)
    author = {r["id"]: r["name"] for r in reviews}
    labels = {c.id: c.code for c in read_call(store).criteria}
    events: list[HistoryEvent] = []
    for e in rows.review_entries(store, review_ids=list(author)):
        before, after = e.before or {}, e.after or {}
        review_id = e.row_id if e.table == "reviews" else (after or before).get("review_id")
        changes: list[str] = []
        if e.table == "reviews":
            if e.operation == "insert":
                changes.append("évaluation ouverte")
            if before.get("state") != after.get("state") and e.operation == "update":
                changes.append("soumise" if after.get("state") == "submitted" else "rouverte")
            for key, label in _REVIEW_FIELDS.items():
                if e.operation == "update" and before.get(key) != after.get(key):
                    changes.append(f"{label} : {_fmt(before.get(key))} → {_fmt(after.get(key))}")
        else:
            code = labels.get((after or before).get("criterion_id"), "?")
            if before.get("score") != after.get("score"):
                changes.append(f"{code} : {_fmt(before.get('score'))} → {_fmt(after.get('score'))}")
            if (before.get("comment") or "") != (after.get("comment") or ""):
                changes.append(f"{code} : commentaire « {_fmt(after.get('comment'))} »")
        events.extend(
            HistoryEvent(ts=e.ts, actor=e.actor, action=e.action,
                         rapporteur=author.get(review_id, "?"), change=c)
            for c in changes
        )  # fmt: skip
    return events


def call_funders(store: CallStore) -> list[tuple[str, str, float]]:
    """(code, name, share) of each funder, for scenario editors."""
    return [(f.code, f.name, f.amount) for f in read_call(store).funders]
