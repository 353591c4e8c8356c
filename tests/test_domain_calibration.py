"""Calibration recovers rapporteurs' known severities on synthetic committees."""

from __future__ import annotations

import random
import statistics

import pytest

from ptce_desktop.domain.calibration import (
    CalibrationError,
    NotLinkedError,
    Observation,
    fit_offsets,
    linked_groups,
    rank_moves,
    ranks,
    standardised,
)

TRUE_OFFSETS = {"A": -9.0, "B": -4.0, "C": -1.0, "D": 0.0, "E": 2.0, "F": 5.0, "G": 7.0}


def committee(
    *, dossiers: int = 60, per_dossier: int = 3, noise: float = 2.0, seed: int = 1
) -> tuple[list[Observation], dict[int, float]]:
    """Each dossier scored by `per_dossier` rapporteurs in a rotation that links them all."""
    rng = random.Random(seed)
    names = sorted(TRUE_OFFSETS)
    quality = {d: rng.uniform(30, 80) for d in range(dossiers)}
    obs = []
    for d in range(dossiers):
        for j in range(per_dossier):
            r = names[(d + j * 2) % len(names)]
            obs.append(Observation(d, r, quality[d] + TRUE_OFFSETS[r] + rng.gauss(0, noise)))
    return obs, quality


def centred(offsets: dict[str, float]) -> dict[str, float]:
    mean = statistics.fmean(offsets.values())
    return {r: v - mean for r, v in offsets.items()}


def test_without_shrinkage_the_true_offsets_are_recovered_within_stated_error() -> None:
    """60 dossiers, 3 rapporteurs each among 7, noise sd 2 on a 0-100 scale: over five
    committees every offset is within 1.6 points of the truth and within 3.5 of its own
    stated uncertainties, and on average within 0.5."""
    errors = []
    for seed in range(1, 6):
        obs, _ = committee(seed=seed)
        fit = fit_offsets(obs, shrinkage=0)
        truth = centred(TRUE_OFFSETS)
        assert fit.residual_sd == pytest.approx(2.0, abs=0.4)
        for r, o in fit.offsets.items():
            assert o.reviews in (25, 26)
            assert 0.3 < o.uncertainty < 0.7
            error = abs(o.offset - truth[r])
            assert error < min(1.6, 3.5 * o.uncertainty), (seed, r)
            errors.append(error)
    assert statistics.fmean(errors) < 0.5


def test_shrinkage_pulls_each_offset_toward_zero_by_n_over_n_plus_k() -> None:
    obs, _ = committee()
    free, shrunk = fit_offsets(obs, shrinkage=0), fit_offsets(obs, shrinkage=3)
    for r in TRUE_OFFSETS:
        n = free.offsets[r].reviews
        assert abs(shrunk.offsets[r].offset) < abs(free.offsets[r].offset)
        assert shrunk.offsets[r].offset == pytest.approx(
            free.offsets[r].offset * n / (n + 3), abs=0.35
        )
    assert sum(o.offset for o in shrunk.offsets.values()) == pytest.approx(0, abs=1e-9)


def test_a_rapporteur_seen_twice_is_barely_moved() -> None:
    obs, _ = committee()
    # « H » scored two dossiers 20 points too high: two reviews say little.
    obs += [Observation(0, "H", obs[0].score + 20), Observation(1, "H", obs[3].score + 20)]
    fit = fit_offsets(obs, shrinkage=3)
    assert 0 < fit.offsets["H"].offset < 20 * 2 / 5 + 1
    assert fit.offsets["H"].uncertainty > fit.offsets["A"].uncertainty


def test_adjusted_scores_rank_dossiers_closer_to_their_true_quality() -> None:
    obs, quality = committee(noise=1.0)
    fit = fit_offsets(obs, shrinkage=0)
    raw = {d: statistics.fmean(o.score for o in obs if o.dossier == d) for d in quality}
    error_raw = sum(
        abs(
            raw[d]
            - quality[d]
            - statistics.fmean(TRUE_OFFSETS[o.rapporteur] for o in obs if o.dossier == d)
        )
        for d in quality
    )
    assert error_raw < 60 * 1.5  # the raw mean carries the rapporteurs' severity
    true_ranks, fit_ranks, raw_ranks = ranks(quality), ranks(fit.quality), ranks(raw)
    displaced_fit = sum(abs(true_ranks[d] - fit_ranks[d]) for d in quality)
    displaced_raw = sum(abs(true_ranks[d] - raw_ranks[d]) for d in quality)
    assert displaced_fit < displaced_raw / 2
    assert fit.adjusted(obs[0]) == pytest.approx(
        obs[0].score - fit.offsets[obs[0].rapporteur].offset
    )


def test_rapporteurs_in_separate_groups_are_refused_with_the_reason() -> None:
    obs = [Observation(1, "A", 50), Observation(1, "B", 60), Observation(2, "C", 40),
           Observation(2, "D", 45), Observation(3, "D", 70)]  # fmt: skip
    assert linked_groups(obs) == [frozenset({"A", "B"}), frozenset({"C", "D"})]
    with pytest.raises(NotLinkedError, match="2 groupes sans dossier commun") as caught:
        fit_offsets(obs)
    assert len(caught.value.groups) == 2
    with pytest.raises(CalibrationError, match="aucune évaluation"):
        fit_offsets([])
    with pytest.raises(CalibrationError, match="positive"):
        fit_offsets(obs[:2], shrinkage=-1)


def test_standardised_scores_only_for_rapporteurs_with_enough_reviews() -> None:
    obs, _ = committee()
    obs.append(Observation(0, "Z", 50.0))  # one review: not standardised
    z = standardised(obs, min_reviews=8)
    assert all(o.rapporteur != "Z" for o in z)
    assert len(z) == len(obs) - 1
    mean = statistics.fmean(o.score for o in obs)
    for r in TRUE_OFFSETS:  # each rapporteur's mapped scores are centred on the committee's mean
        mapped = [v for o, v in z.items() if o.rapporteur == r]
        assert statistics.fmean(mapped) == pytest.approx(mean)
    assert standardised(obs, min_reviews=100) == {}


def test_rank_moves_lists_only_moves_beyond_the_threshold_largest_first() -> None:
    raw = {"a": 90, "b": 80, "c": 70, "d": 60, "e": 50}
    adjusted = {"a": 60, "b": 80, "c": 70, "d": 95, "e": 50}
    moves = rank_moves(raw, adjusted, more_than=1)
    assert [(m.dossier, m.raw_rank, m.adjusted_rank, m.places) for m in moves] == [
        ("d", 4, 1, 3), ("a", 1, 4, -3)
    ]  # fmt: skip
    assert rank_moves(raw, adjusted, more_than=3) == []
    assert ranks({"x": 1.0, "y": 1.0, "z": 2.0}) == {"z": 1, "x": 2, "y": 3}
