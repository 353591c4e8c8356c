from datetime import date

import pytest

from ptce_desktop.domain.model import Criterion
from ptce_desktop.domain.scoring import (
    Aggregate,
    Candidate,
    aggregate,
    eliminated_on,
    rank,
    weighted_score,
)

GRID = [
    Criterion(code="coop", label="Coopération", weight=25, eliminatory_below=2),
    Criterion(code="terr", label="Territoire", weight=20),
    Criterion(code="util", label="Utilité", weight=20),
    Criterion(code="eco", label="Économie", weight=15),
    Criterion(code="inno", label="Innovation", weight=10),
    Criterion(code="gouv", label="Gouvernance", weight=10),
]


def scores(**kw: float) -> dict[str, float]:
    base = {c.code: 3.0 for c in GRID}
    base.update(kw)
    return base


def test_weighted_score_is_out_of_100_and_uses_weights():
    assert weighted_score(GRID, {c.code: 5 for c in GRID}) == 100.0
    assert weighted_score(GRID, {c.code: 0 for c in GRID}) == 0.0
    # Only cooperation (weight 25) at 5, the rest 0: 25/100.
    assert weighted_score(GRID, scores(coop=5, terr=0, util=0, eco=0, inno=0, gouv=0)) == 25.0


def test_weighted_score_none_when_a_criterion_is_missing():
    partial = scores()
    del partial["eco"]
    assert weighted_score(GRID, partial) is None


def test_eliminatory_threshold():
    assert eliminated_on(GRID, scores(coop=1)) == ["coop"]
    assert eliminated_on(GRID, scores(coop=2)) == []


def test_aggregate_means_and_spread():
    agg = aggregate(GRID, [scores(coop=5, terr=1), scores(coop=3, terr=4)])
    assert agg.review_count == 2
    assert agg.per_criterion["coop"] == 4.0
    assert agg.spread["terr"] == 3.0
    assert agg.max_spread == 3.0
    assert agg.weighted == weighted_score(GRID, agg.per_criterion)


def test_aggregate_ignores_incomplete_reviews():
    incomplete = {"coop": 5.0}
    agg = aggregate(GRID, [incomplete])
    assert agg.weighted is None and agg.review_count == 0


def cand(num: str, reviews: list[dict], amount: float = 100_000, day: int = 1) -> Candidate:
    return Candidate(
        dossier_id=hash(num),
        numero=num,
        amount=amount,
        aggregate=aggregate(GRID, reviews),
        submitted_on=date(2013, 7, day),
    )


def test_rank_orders_by_score_and_cuts_at_envelope():
    cs = [
        cand("1", [scores(coop=4)], amount=150_000),
        cand("2", [scores(coop=5, terr=5)], amount=150_000),
        cand("3", [scores()], amount=100_000),
        cand("4", [scores(terr=1)], amount=90_000),
    ]
    ranked = rank(cs, envelope=300_000, reserve_size=1)
    assert [e.candidate.numero for e in ranked] == ["2", "1", "3", "4"]
    assert [e.within_envelope for e in ranked] == [True, True, False, False]
    assert [e.reserve for e in ranked] == [False, False, True, False]
    assert ranked[1].cumulated == 300_000


def test_rank_excludes_eliminated_and_unscored():
    ranked = rank([cand("1", [scores(coop=1, terr=5)]), cand("2", [])], envelope=1e6)
    assert all(e.rank is None for e in ranked)
    assert "éliminatoire" in ranked[0].excluded_reason
    assert ranked[1].excluded_reason == "non noté"


def test_tie_break_on_cooperation_then_submission_date():
    # One more point on cooperation (weight 25) balanced by 2.5 fewer on governance (10).
    a = cand("A", [scores(coop=4, gouv=0.5)], day=5)
    b = cand("B", [scores(coop=3, gouv=3)], day=1)
    assert a.aggregate.weighted == b.aggregate.weighted
    by_coop = rank([b, a], envelope=1e6, tie_break=("coop", "submitted_on"))
    assert [e.candidate.numero for e in by_coop] == ["A", "B"]
    by_date = rank([a, b], envelope=1e6, tie_break=("submitted_on",))
    assert [e.candidate.numero for e in by_date] == ["B", "A"]


@pytest.mark.parametrize("order", [[0, 1], [1, 0]])
def test_rank_does_not_depend_on_input_order(order):
    twins = [cand("X", [scores()]), cand("Y", [scores()])]
    ranked = rank([twins[i] for i in order], envelope=1e6)
    assert [e.candidate.numero for e in ranked] == ["X", "Y"]


def test_tie_break_falls_to_submission_date_when_cooperation_is_equal_too():
    # Same weighted score and same cooperation mean: the earlier submission goes first,
    # a dossier with no submission date last.
    a = cand("A", [scores(terr=4, util=2)], day=9)
    b = cand("B", [scores(terr=2, util=4)], day=2)
    c = cand("C", [scores()])
    c.submitted_on = None
    assert a.aggregate.weighted == b.aggregate.weighted == c.aggregate.weighted
    ranked = rank([a, c, b], envelope=1e6, tie_break=("coop", "submitted_on"))
    assert [e.candidate.numero for e in ranked] == ["B", "A", "C"]


def test_without_tie_break_rules_the_number_decides():
    a = cand("B-2", [scores(coop=4, gouv=0.5)], day=1)
    b = cand("B-1", [scores(coop=3, gouv=3)], day=9)
    assert [e.candidate.numero for e in rank([a, b], envelope=1e6)] == ["B-1", "B-2"]


def test_tie_break_on_the_smaller_amount():
    big = cand("A", [scores()], amount=200_000, day=1)
    small = cand("B", [scores()], amount=90_000, day=9)
    ranked = rank([big, small], envelope=1e6, tie_break=("amount_requested", "submitted_on"))
    assert [e.candidate.numero for e in ranked] == ["B", "A"]
    ranked = rank([big, small], envelope=1e6, tie_break=("submitted_on", "amount_requested"))
    assert [e.candidate.numero for e in ranked] == ["A", "B"]


def test_ranks_are_numbered_from_one_without_gaps():
    cs = [cand(n, [scores(coop=c)]) for n, c in (("A", 5), ("B", 4), ("C", 3), ("D", 2))]
    ranked = rank(cs, envelope=1e6)
    assert [(e.rank, e.candidate.numero) for e in ranked] == [
        (1, "A"),
        (2, "B"),
        (3, "C"),
        (4, "D"),
    ]


def test_after_the_first_dossier_that_does_not_fit_nothing_else_enters():
    # B does not fit in what A leaves; the smaller C would, but the envelope is closed.
    cs = [
        cand("A", [scores(coop=5)], amount=200_000),
        cand("B", [scores(coop=4)], amount=150_000),
        cand("C", [scores(coop=3)], amount=50_000),
        cand("D", [scores(coop=2)], amount=10_000),
    ]
    ranked = rank(cs, envelope=300_000, reserve_size=2)
    assert [e.within_envelope for e in ranked] == [True, False, False, False]
    assert [e.reserve for e in ranked] == [False, True, True, False]
    assert [e.cumulated for e in ranked] == [200_000, 350_000, 250_000, 210_000]


def test_a_dossier_that_fills_the_envelope_exactly_is_within_it():
    cs = [cand("A", [scores(coop=5)], amount=100_000), cand("B", [scores()], amount=200_000)]
    ranked = rank(cs, envelope=300_000, reserve_size=0)
    assert [e.within_envelope for e in ranked] == [True, True]
    assert [e.reserve for e in ranked] == [False, False]
    over = rank(cs, envelope=299_999.99, reserve_size=0)
    assert [e.within_envelope for e in over] == [True, False]
    assert [e.reserve for e in over] == [False, False]  # no reserve asked for


def test_reserve_defaults_to_five_dossiers():
    cs = [cand(f"N{i}", [scores()], amount=100_000) for i in range(8)]
    ranked = rank(cs, envelope=100_000)
    assert [e.within_envelope for e in ranked] == [True] + [False] * 7
    assert [e.reserve for e in ranked] == [False] + [True] * 5 + [False] * 2


def test_excluded_dossiers_come_last_in_number_order_with_their_reasons():
    ranked = rank(
        [
            cand("Z", []),
            cand("M", [scores(coop=1.5, terr=0)]),
            cand("A", [scores()]),
            cand("B", []),
        ],
        envelope=1e6,
    )
    assert [(e.candidate.numero, e.rank, e.excluded_reason) for e in ranked] == [
        ("A", 1, ""),
        ("B", None, "non noté"),
        ("M", None, "note éliminatoire : coop"),
        ("Z", None, "non noté"),
    ]
    assert [e.within_envelope for e in ranked] == [True, False, False, False]


def test_a_scale_that_does_not_start_at_zero():
    grid = [
        Criterion(code="a", label="A", weight=60, scale_min=1, scale_max=4),
        Criterion(code="b", label="B", weight=40, scale_min=2, scale_max=10),
    ]
    assert weighted_score(grid, {"a": 1, "b": 2}) == 0.0
    assert weighted_score(grid, {"a": 4, "b": 10}) == 100.0
    # a: (2.5 - 1) / 3 = 0.5 of 60; b: (4 - 2) / 8 = 0.25 of 40.
    assert weighted_score(grid, {"a": 2.5, "b": 4}) == 40.0


def test_weighted_score_is_rounded_to_two_decimals():
    grid = [Criterion(code="a", label="A", weight=1, scale_max=3)]
    assert weighted_score(grid, {"a": 1}) == 33.33
    assert weighted_score(grid, {"a": 2}) == 66.67


def test_no_criteria_or_no_weight_gives_no_score():
    assert weighted_score([], {}) is None
    zero = [Criterion(code="a", label="A", weight=0)]
    assert weighted_score(zero, {"a": 3}) is None


def test_a_score_at_the_threshold_is_not_eliminatory_and_a_missing_one_neither():
    grid = [
        Criterion(code="a", label="A", weight=50, eliminatory_below=2.5),
        Criterion(code="b", label="B", weight=50, eliminatory_below=1),
    ]
    assert eliminated_on(grid, {"a": 2.5, "b": 1}) == []
    assert eliminated_on(grid, {"a": 2.49, "b": 0.5}) == ["a", "b"]
    assert eliminated_on(grid, {"a": None, "b": 0}) == ["b"]


def test_aggregate_of_means_rounded_spread_and_elimination():
    agg = aggregate(GRID, [scores(coop=1, terr=1), scores(coop=2, terr=2), scores(coop=2)])
    assert agg.per_criterion == {
        "coop": 1.67, "terr": 2.0, "util": 3.0, "eco": 3.0, "inno": 3.0, "gouv": 3.0
    }  # fmt: skip
    assert agg.spread == {"coop": 1.0, "terr": 2.0, "util": 0, "eco": 0, "inno": 0, "gouv": 0}
    assert agg.review_count == 3
    assert agg.eliminated_on == ["coop"]
    assert agg.weighted == 49.35
    empty = aggregate(GRID, [])
    assert (empty.per_criterion, empty.spread, empty.eliminated_on) == ({}, {}, [])
    assert empty.max_spread == 0.0


def test_tie_break_on_an_unknown_criterion_counts_it_as_zero():
    a = cand("A", [scores(coop=4, gouv=0.5)])
    b = cand("B", [scores(coop=3, gouv=3)])
    ranked = rank([a, b], envelope=1e6, tie_break=("gouv",))
    assert [e.candidate.numero for e in ranked] == ["B", "A"]
    ranked = rank([b, a], envelope=1e6, tie_break=("nope", "coop"))
    assert [e.candidate.numero for e in ranked] == ["A", "B"]


def plain(num: str, weighted: float, **per_criterion: float) -> Candidate:
    agg = Aggregate(weighted=weighted, per_criterion=per_criterion, spread={}, review_count=1)
    return Candidate(dossier_id=0, numero=num, amount=1.0, aggregate=agg)


def test_a_zero_score_ranks_below_any_positive_one():
    ranked = rank([plain("A", 0.0), plain("B", 0.5)], envelope=10)
    assert [(e.candidate.numero, e.rank) for e in ranked] == [("B", 1), ("A", 2)]


def test_a_dossier_without_the_tie_break_criterion_counts_zero_on_it():
    ranked = rank([plain("A", 50, x=0.0), plain("B", 50)], envelope=10, tie_break=("x",))
    assert [e.candidate.numero for e in ranked] == ["A", "B"]
    ranked = rank([plain("A", 50, x=-0.5), plain("B", 50)], envelope=10, tie_break=("x",))
    assert [e.candidate.numero for e in ranked] == ["B", "A"]


def test_the_envelope_tolerates_a_millionth_of_a_euro():
    tiny = plain("A", 50)
    tiny.amount = 1e-6
    assert rank([tiny], envelope=0)[0].within_envelope
