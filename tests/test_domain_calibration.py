"""Calibration recovers rapporteurs' known severities on synthetic committees."""

from __future__ import annotations

import math
import random
import statistics

import pytest

from ptce_desktop.domain.calibration import (
    CalibrationError,
    NotLinkedError,
    Observation,
    Offset,
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


def two_by_two() -> list[Observation]:
    """Two rapporteurs reading the same two dossiers: B scores 5 points above A on average."""
    return [
        Observation("d1", "A", 10),
        Observation("d2", "A", 20),
        Observation("d1", "B", 14),
        Observation("d2", "B", 26),
    ]


def test_a_small_committee_fitted_by_hand() -> None:
    # Row means 12 and 23, column means 15 and 20 around 17.5: offsets -2.5 and +2.5, each
    # residual ±0.5, one degree of freedom (4 - 2 - 2 + 1): residual sd 1; each review of a
    # dossier read by two weighs 1/2, so 1 of information each: uncertainty 1.
    fit = fit_offsets(two_by_two(), shrinkage=0)
    assert fit.quality == {"d1": 12.0, "d2": 23.0}
    assert fit.offsets["A"] == Offset(rapporteur="A", reviews=2, offset=-2.5, uncertainty=1.0)
    assert fit.offsets["B"] == Offset(rapporteur="B", reviews=2, offset=2.5, uncertainty=1.0)
    assert (fit.residual_sd, fit.shrinkage, fit.iterations) == (1.0, 0, 2)
    assert fit.adjusted(Observation("d2", "B", 26)) == 23.5


def test_the_same_committee_with_the_default_shrinkage() -> None:
    # Residual sums -5 and +5 over 2 + 3: offsets ∓1; residuals ±1, ±2: sd √10; information
    # 1 + 3 = 4: uncertainty √10 / 2.
    fit = fit_offsets(two_by_two())
    assert fit.quality == {"d1": 12.0, "d2": 23.0}
    assert fit.offsets["A"].offset == -1.0 and fit.offsets["B"].offset == 1.0
    assert fit.residual_sd == pytest.approx(10**0.5)
    assert fit.offsets["A"].uncertainty == pytest.approx(10**0.5 / 2)
    assert (fit.shrinkage, fit.iterations) == (3.0, 2)


def test_a_lone_rapporteur_has_no_residual_and_an_unknown_offset() -> None:
    fit = fit_offsets([Observation("d1", "A", 10), Observation("d2", "A", 20)], shrinkage=0)
    assert fit.quality == {"d1": 10.0, "d2": 20.0}
    assert fit.offsets["A"] == Offset(rapporteur="A", reviews=2, offset=0.0, uncertainty=math.inf)
    assert (fit.residual_sd, fit.iterations) == (0.0, 1)


def test_groups_largest_first_then_by_name() -> None:
    obs = [
        Observation("d1", "A", 1),
        Observation("d2", "C", 1),
        Observation("d2", "B", 1),
        Observation("d3", "E", 1),
        Observation("d3", "D", 1),
    ]
    groups = [frozenset("BC"), frozenset("DE"), frozenset("A")]
    assert linked_groups(obs) == groups
    with pytest.raises(NotLinkedError) as e:
        fit_offsets(obs)
    assert e.value.groups == groups
    assert str(e.value) == (
        "les rapporteurs forment 3 groupes sans dossier commun (2, 2, 1 rapporteurs) : leurs "
        "sévérités ne peuvent pas être comparées ; attribuez des dossiers qui relient ces groupes"
    )


def test_standardised_scores_by_hand() -> None:
    few = [Observation(f"f{i}", "B", 5) for i in range(2)]  # too few reviews: left out
    flat = [Observation(f"g{i}", "D", 5) for i in range(3)]  # no spread: left out
    spread = [Observation(f"h{i}", "A", s) for i, s in enumerate((2, 4, 6))]
    obs = few + flat + spread
    everyone = [o.score for o in obs]
    mean, sd = statistics.fmean(everyone), statistics.stdev(everyone)
    # A's scores are their mean (4) minus, plus, one of their sd (2): the committee's mean
    # minus, plus, one of its sd.
    assert standardised(obs, min_reviews=3) == pytest.approx(
        {spread[0]: mean - sd, spread[1]: mean, spread[2]: mean + sd}
    )
    assert standardised(obs, min_reviews=4) == {}


def test_standardised_needs_two_scores() -> None:
    two = [Observation("d1", "A", 1), Observation("d2", "A", 3)]
    assert standardised(two, min_reviews=2) == pytest.approx({two[0]: 1.0, two[1]: 3.0})
    assert standardised(two[:1], min_reviews=1) == {}


def test_ranks_break_ties_by_key_text() -> None:
    assert ranks({"b": 1.0, "a": 1.0, "c": 2.0}) == {"c": 1, "a": 2, "b": 3}


def test_rank_moves_largest_first_then_by_adjusted_rank() -> None:
    raw = {"a": 10.0, "b": 9.0, "c": 8.0, "d": 7.0}
    adjusted = {"d": 11.0, "c": 10.5, "a": 10.0, "b": 9.0}
    moves = rank_moves(raw, adjusted, more_than=1)
    assert [(m.dossier, m.raw_rank, m.adjusted_rank, m.places) for m in moves] == [
        ("d", 4, 1, 3),
        ("a", 1, 3, -2),
        ("b", 2, 4, -2),
    ]


def test_the_fit_stops_after_the_maximum_of_iterations_and_says_so(monkeypatch) -> None:
    from ptce_desktop.domain import calibration

    monkeypatch.setattr(calibration, "MAX_ITERATIONS", 5)
    monkeypatch.setattr(calibration, "TOLERANCE", -1.0)  # never converged
    fit = fit_offsets(two_by_two(), shrinkage=0)
    assert fit.iterations == 5
    assert fit.offsets["A"].offset == -2.5
