"""Decision support: rapporteur calibration, envelope scenarios and review history.

Calibration is shown beside the raw scores, never instead of them; scenarios write nothing;
history is read from the audit log.
"""

from __future__ import annotations

import statistics
from collections.abc import Sequence
from dataclasses import dataclass, field

from ..domain import calibration, scenario, scoring
from ..domain.calibration import CalibrationError, Observation
from ..domain.model import Opinion
from ..domain.scenario import ScenarioError
from ..store import decision_support as rows
from ..store.calls import read_call
from ..store.db import CallStore
from ..store.dossiers import dossier_id_by_numero
from .people import resolve_person
from .session_data import ranking

__all__ = [
    "CalibrationError",
    "CalibrationReport",
    "DecisionSupportError",
    "ScenarioError",
    "calibrate",
    "review_history",
    "run_scenarios",
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
    names = {r.person_id: r.person_name for r in reviews}
    rapporteurs = sorted(
        (
            RapporteurOffset(
                person_id=int(o.rapporteur),  # type: ignore[call-overload]  # ids are ints
                name=names[o.rapporteur],  # type: ignore[index]
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
        raise DecisionSupportError(f"séance {session_id} introuvable")
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
    if value in set(Opinion):
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
        raise DecisionSupportError(f"dossier {numero} introuvable")
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
