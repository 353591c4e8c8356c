"""Weighted scores, their aggregation over rapporteurs, ranking and the envelope cut-off."""

from __future__ import annotations

import statistics
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date

from ..text import t
from .model import Criterion

MAX_WEIGHTED = 100.0


def weighted_score(
    criteria: Sequence[Criterion], scores: Mapping[str, float | None]
) -> float | None:
    """Score out of 100: each criterion's score scaled to its weight. None if any is missing."""
    total_weight = sum(c.weight for c in criteria)
    if not criteria or total_weight <= 0:
        return None
    total = 0.0
    for c in criteria:
        value = scores.get(c.code)
        if value is None:
            return None
        span = c.scale_max - c.scale_min
        total += c.weight * (value - c.scale_min) / span
    return round(MAX_WEIGHTED * total / total_weight, 2)


def eliminated_on(criteria: Sequence[Criterion], scores: Mapping[str, float | None]) -> list[str]:
    """Codes of the criteria whose score is below their eliminatory threshold."""
    return [
        c.code
        for c in criteria
        if c.eliminatory_below is not None
        and (score := scores.get(c.code)) is not None
        and score < c.eliminatory_below
    ]


@dataclass(slots=True, kw_only=True)
class Aggregate:
    """What the submitted reviews of one dossier say together."""

    weighted: float | None
    per_criterion: dict[str, float]
    spread: dict[str, float]  # max - min per criterion
    review_count: int
    eliminated_on: list[str] = field(default_factory=list)

    @property
    def max_spread(self) -> float:
        return max(self.spread.values(), default=0.0)


def aggregate(
    criteria: Sequence[Criterion], reviews: Iterable[Mapping[str, float | None]]
) -> Aggregate:
    """Mean of each criterion over complete reviews; the weighted score of those means."""
    complete = [r for r in reviews if all(r.get(c.code) is not None for c in criteria)]
    if not complete:
        return Aggregate(weighted=None, per_criterion={}, spread={}, review_count=0)
    means: dict[str, float] = {}
    spread: dict[str, float] = {}
    for c in criteria:
        values = [float(v) for r in complete if (v := r[c.code]) is not None]
        means[c.code] = round(statistics.fmean(values), 2)
        spread[c.code] = max(values) - min(values)
    return Aggregate(
        weighted=weighted_score(criteria, means),
        per_criterion=means,
        spread=spread,
        review_count=len(complete),
        eliminated_on=eliminated_on(criteria, means),
    )


@dataclass(slots=True, kw_only=True)
class Candidate:
    """A dossier as ranking sees it."""

    dossier_id: int
    numero: str
    amount: float  # what it would receive if selected (requested or proposed)
    aggregate: Aggregate
    submitted_on: date | None = None


@dataclass(slots=True, kw_only=True)
class RankedEntry:
    rank: int | None  # None: not ranked (no complete review, or eliminated)
    candidate: Candidate
    cumulated: float = 0.0
    within_envelope: bool = False
    reserve: bool = False
    excluded_reason: str = ""


def rank(
    candidates: Iterable[Candidate],
    *,
    envelope: float,
    tie_break: Sequence[str] = (),
    reserve_size: int = 5,
) -> list[RankedEntry]:
    """Ranked list, best first; the envelope cut-off, then a reserve list of `reserve_size`.

    Ties on the weighted score are broken by each criterion of `tie_break` in turn (higher
    mean first), "submitted_on" by the earlier submission, "amount_requested" by the smaller
    amount; the number last, so the order never depends on input order.
    """

    def key(c: Candidate) -> tuple[float | date | str, ...]:
        parts: list[float | date | str] = [-(c.aggregate.weighted or 0.0)]
        for rule in tie_break:
            if rule == "submitted_on":
                parts.append(c.submitted_on or date.max)
            elif rule == "amount_requested":
                parts.append(c.amount)
            else:
                parts.append(-c.aggregate.per_criterion.get(rule, 0.0))
        parts.append(c.numero)
        return tuple(parts)

    ranked: list[RankedEntry] = []
    excluded: list[RankedEntry] = []
    for c in candidates:
        if c.aggregate.weighted is None:
            excluded.append(RankedEntry(rank=None, candidate=c, excluded_reason=t("non noté")))
        elif c.aggregate.eliminated_on:
            codes = ", ".join(c.aggregate.eliminated_on)
            reason = t("note éliminatoire : {codes}", codes=codes)
            excluded.append(RankedEntry(rank=None, candidate=c, excluded_reason=reason))
        else:
            ranked.append(RankedEntry(rank=0, candidate=c))
    ranked.sort(key=lambda e: key(e.candidate))
    cumulated = 0.0
    reserve_left = reserve_size
    envelope_full = False
    for i, entry in enumerate(ranked, start=1):
        entry.rank = i
        if not envelope_full and cumulated + entry.candidate.amount <= envelope + 1e-6:
            cumulated += entry.candidate.amount
            entry.within_envelope = True
        else:
            envelope_full = True
            if reserve_left > 0:
                entry.reserve = True
                reserve_left -= 1
        entry.cumulated = cumulated if entry.within_envelope else cumulated + entry.candidate.amount
    excluded.sort(key=lambda e: e.candidate.numero)
    return ranked + excluded
