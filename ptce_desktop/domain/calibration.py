"""Rapporteur calibration: is a dossier's rank its own, or its rapporteurs' severity?

Shown beside the raw scores, never instead of them.

The model: a review's score = the dossier's quality + its rapporteur's offset + noise. It is
fitted by alternating means: each dossier's quality is the mean of its reviews' scores less
their rapporteurs' offsets; each rapporteur's offset is the sum of their residuals divided by
n + k, which is their mean residual shrunk toward zero by n / (n + k) (n: their reviews, k: the
shrinkage constant), so that a rapporteur seen on three dossiers is not judged harsh on little
evidence. The offsets are then centred on zero (the committee as a whole is the reference).

As a cross-check, scores standardised per rapporteur (z-scores mapped back to the scale of the
whole committee), only for rapporteurs with enough reviews for a standard deviation to mean
something.

Offsets can only be compared between rapporteurs linked through shared dossiers (one connected
group): otherwise a harsh group and a weak set of dossiers cannot be told apart, and the fit is
refused.
"""

from __future__ import annotations

import math
import statistics
from collections import defaultdict
from collections.abc import Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import TypeVar

from ..text import t

DEFAULT_SHRINKAGE = 3.0
Z_MIN_REVIEWS = 8
MAX_ITERATIONS = 1000
TOLERANCE = 1e-9

K = TypeVar("K", bound=Hashable)


class CalibrationError(ValueError):
    """The reviews cannot be calibrated (with the reason, for the user)."""


class NotLinkedError(CalibrationError):
    """The rapporteurs fall into groups that share no dossier."""

    def __init__(self, groups: Sequence[frozenset[Hashable]]) -> None:
        self.groups = groups
        sizes = ", ".join(str(len(g)) for g in groups)
        super().__init__(
            t(
                "les rapporteurs forment {groups_count} groupes sans dossier commun "
                "({sizes} rapporteurs) : leurs sévérités ne peuvent pas être comparées "
                "; attribuez des dossiers qui relient ces groupes",
                groups_count=len(groups),
                sizes=sizes,
            )
        )


@dataclass(slots=True, frozen=True)
class Observation:
    """One submitted review's score (a weighted total, or one criterion's score)."""

    dossier: Hashable
    rapporteur: Hashable
    score: float


@dataclass(slots=True, frozen=True)
class Offset:
    rapporteur: Hashable
    reviews: int
    offset: float  # positive: scores higher than the committee would
    uncertainty: float  # standard error of the offset


@dataclass(slots=True, frozen=True)
class Fit:
    quality: Mapping[Hashable, float]  # dossier -> its estimated score without severity
    offsets: Mapping[Hashable, Offset]
    residual_sd: float
    shrinkage: float
    iterations: int

    def adjusted(self, observation: Observation) -> float:
        """The review's score with its rapporteur's offset taken out."""
        return observation.score - self.offsets[observation.rapporteur].offset


def linked_groups(observations: Iterable[Observation]) -> list[frozenset[Hashable]]:
    """The groups of rapporteurs connected through shared dossiers, largest first."""
    parent: dict[Hashable, Hashable] = {}

    def find(x: Hashable) -> Hashable:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    first_of_dossier: dict[Hashable, Hashable] = {}
    for o in observations:
        parent.setdefault(o.rapporteur, o.rapporteur)
        other = first_of_dossier.setdefault(o.dossier, o.rapporteur)
        parent[find(o.rapporteur)] = find(other)
    groups: dict[Hashable, set[Hashable]] = defaultdict(set)
    for r in parent:
        groups[find(r)].add(r)
    return sorted(
        (frozenset(g) for g in groups.values()), key=lambda g: (-len(g), sorted(map(str, g)))
    )


def fit_offsets(
    observations: Sequence[Observation], *, shrinkage: float = DEFAULT_SHRINKAGE
) -> Fit:
    """Dossier qualities and rapporteur offsets by alternating means (see the module's doc)."""
    if shrinkage < 0:
        raise CalibrationError(t("la constante de rétrécissement doit être positive ou nulle"))
    if not observations:
        raise CalibrationError(t("aucune évaluation soumise à calibrer"))
    groups = linked_groups(observations)
    if len(groups) > 1:
        raise NotLinkedError(groups)
    by_dossier: dict[Hashable, list[Observation]] = defaultdict(list)
    by_rapporteur: dict[Hashable, list[Observation]] = defaultdict(list)
    for o in observations:
        by_dossier[o.dossier].append(o)
        by_rapporteur[o.rapporteur].append(o)
    offset = dict.fromkeys(by_rapporteur, 0.0)
    # pragma: no mutate start (both set by the loop below, which runs at least once)
    quality: dict[Hashable, float] = {}
    iterations = 0
    # pragma: no mutate end
    for iterations in range(1, MAX_ITERATIONS + 1):  # noqa: B007 (the count is reported)
        quality = {
            d: statistics.fmean(o.score - offset[o.rapporteur] for o in obs)
            for d, obs in by_dossier.items()
        }
        new = {
            r: sum(o.score - quality[o.dossier] for o in obs) / (len(obs) + shrinkage)
            for r, obs in by_rapporteur.items()
        }
        centre = statistics.fmean(new.values())
        new = {r: v - centre for r, v in new.items()}
        change = max(abs(new[r] - offset[r]) for r in new)
        offset = new
        if change < TOLERANCE:
            break
    quality = {
        d: statistics.fmean(o.score - offset[o.rapporteur] for o in obs)
        for d, obs in by_dossier.items()
    }
    residuals = [o.score - quality[o.dossier] - offset[o.rapporteur] for o in observations]
    dof = len(observations) - len(by_dossier) - len(by_rapporteur) + 1
    residual_sd = math.sqrt(sum(e * e for e in residuals) / dof) if dof > 0 else 0.0
    # A review tells about its rapporteur only what the dossier's other reviews do not already
    # say: a dossier read by m rapporteurs weighs 1 - 1/m (nothing when read by one alone).
    information = {
        r: sum(1 - 1 / len(by_dossier[o.dossier]) for o in obs) + shrinkage
        for r, obs in by_rapporteur.items()
    }
    offsets = {
        r: Offset(
            rapporteur=r,
            reviews=len(obs),
            offset=offset[r],
            uncertainty=residual_sd / math.sqrt(information[r]) if information[r] else math.inf,
        )
        for r, obs in by_rapporteur.items()
    }
    return Fit(
        quality=quality,
        offsets=offsets,
        residual_sd=residual_sd,
        shrinkage=shrinkage,
        iterations=iterations,
    )


def standardised(
    observations: Sequence[Observation], *, min_reviews: int = Z_MIN_REVIEWS
) -> dict[Observation, float]:
    """Each score as its rapporteur's z-score mapped back to the committee's mean and spread.

    Only rapporteurs with at least `min_reviews` reviews and some spread in their scores are
    standardised; the others' observations are absent from the result.
    """
    scores = [o.score for o in observations]
    if len(scores) < 2:
        return {}
    mean, sd = statistics.fmean(scores), statistics.stdev(scores)
    by_rapporteur: dict[Hashable, list[Observation]] = defaultdict(list)
    for o in observations:
        by_rapporteur[o.rapporteur].append(o)
    result: dict[Observation, float] = {}
    for obs in by_rapporteur.values():
        if len(obs) < min_reviews:
            continue
        own = [o.score for o in obs]
        own_mean, own_sd = statistics.fmean(own), statistics.stdev(own)
        if own_sd == 0:
            continue
        for o in obs:
            result[o] = mean + (o.score - own_mean) / own_sd * sd
    return result


def ranks(scores: Mapping[K, float]) -> dict[K, int]:
    """1 for the highest score; ties share the order of their keys' text (stable)."""
    ordered = sorted(scores, key=lambda d: (-scores[d], str(d)))
    return {d: i for i, d in enumerate(ordered, start=1)}


@dataclass(slots=True, frozen=True)
class RankMove:
    dossier: Hashable
    raw_rank: int
    adjusted_rank: int

    @property
    def places(self) -> int:
        """Positive: the dossier climbs once severity is taken out."""
        return self.raw_rank - self.adjusted_rank


def rank_moves(
    raw: Mapping[Hashable, float], adjusted: Mapping[Hashable, float], *, more_than: int
) -> list[RankMove]:
    """The dossiers whose rank moves by more than `more_than` places, the largest moves first."""
    raw_ranks, adjusted_ranks = ranks(raw), ranks(adjusted)
    moves = [
        RankMove(dossier=d, raw_rank=raw_ranks[d], adjusted_rank=adjusted_ranks[d])
        for d in raw_ranks
        if d in adjusted_ranks and abs(raw_ranks[d] - adjusted_ranks[d]) > more_than
    ]
    return sorted(moves, key=lambda m: (-abs(m.places), m.adjusted_rank))
