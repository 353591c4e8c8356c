from datetime import date

import pytest

from ptce_desktop.domain.model import Criterion
from ptce_desktop.domain.scoring import Candidate, aggregate, eliminated_on, rank, weighted_score

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
