"""Envelope scenarios: examples, refusals and properties."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ptce_desktop.domain.model import Funder
from ptce_desktop.domain.scenario import (
    Comparison,
    Funded,
    FunderTotal,
    Outcome,
    Parameters,
    Ranked,
    ScenarioError,
    compare,
    run,
)

FUNDERS = [Funder(code="ETAT", name="État", amount=240_000), Funder(code="CDC", name="CDC",
           amount=60_000)]  # fmt: skip
RANKED = [Ranked(numero=f"P{i}", rank=i, amount=a) for i, a in
          enumerate((100_000, 90_000, 80_000, 70_000, 50_000, 10_000), start=1)]  # fmt: skip


def test_the_reference_funds_in_rank_order_until_the_first_that_does_not_fit() -> None:
    out = run(RANKED, FUNDERS, Parameters())
    # 100 + 90 = 190; P3 (80) would make 270 ≤ 300; P4 (70) does not fit: nothing after it enters,
    # not even P6 (10) which would.
    assert out.selected == ("P1", "P2", "P3")
    assert out.not_funded == ("P4", "P5", "P6")
    assert out.total == 270_000 and out.remaining == 30_000
    assert [(t.code, t.scenario) for t in out.totals] == [("ETAT", 216_000), ("CDC", 54_000)]


def test_funding_80_percent_lets_more_dossiers_in() -> None:
    ref = run(RANKED, FUNDERS, Parameters())
    out = run(RANKED, FUNDERS, Parameters(share=0.8))
    assert out.selected == ("P1", "P2", "P3", "P4")  # 80+72+64+56 = 272
    assert [f.amount for f in out.funded] == [80_000, 72_000, 64_000, 56_000]
    assert compare(out, ref).entering == ("P4",) and compare(out, ref).leaving == ()


def test_cutoff_forcing_and_funder_shares() -> None:
    assert run(RANKED, FUNDERS, Parameters(cutoff_rank=2)).selected == ("P1", "P2")
    forced = run(RANKED, FUNDERS, Parameters(force_in=frozenset({"P6"}),
                                             force_out=frozenset({"P1"})))  # fmt: skip
    # P6 first (10), then 90 + 80 + 70 + 50: exactly the 300 of the envelope.
    assert forced.selected == ("P2", "P3", "P4", "P5", "P6")
    assert forced.remaining == 0
    assert [f.forced for f in forced.funded] == [False, False, False, False, True]
    bigger = run(RANKED, FUNDERS, Parameters(funder_shares={"CDC": 140_000}))
    assert bigger.selected == ("P1", "P2", "P3", "P4")  # 340 ≤ 380; P5 would make 390
    assert {t.code: t.share for t in bigger.totals} == {"ETAT": 240_000, "CDC": 140_000}


def test_what_earlier_sessions_granted_is_spent_already() -> None:
    out = run(RANKED, FUNDERS, Parameters(), earlier_splits=[{"ETAT": 160_000, "CDC": 40_000}])
    assert out.selected == ("P1",)
    assert [(t.earlier, t.remaining) for t in out.totals] == [(160_000, 0), (40_000, 0)]


def test_a_forced_dossier_the_envelope_cannot_hold_is_reported_not_funded() -> None:
    out = run(RANKED, FUNDERS, Parameters(force_in=frozenset({"P1"})),
              earlier_splits=[{"ETAT": 200_000, "CDC": 50_000}])  # fmt: skip
    assert out.impossible == ("P1",) and "P1" not in out.selected


@pytest.mark.parametrize(
    ("params", "message"),
    [
        (Parameters(share=0), "part financée : 0"),
        (Parameters(share=1.2), "part financée : 1.2"),
        (Parameters(cutoff_rank=-1), "rang de coupure négatif"),
        (Parameters(force_in=frozenset({"X9"})), "dossier X9 : absent du classement"),
        (Parameters(force_in=frozenset({"P1"}), force_out=frozenset({"P1"})), "imposé et écarté"),
        (Parameters(funder_shares={"REG": 1.0}), "financeur inconnu : REG"),
        (Parameters(funder_shares={"CDC": -1.0}), "part du financeur CDC négative"),
    ],
)
def test_senseless_parameters_are_refused_with_the_reason(params, message) -> None:
    with pytest.raises(ScenarioError, match=message):
        run(RANKED, FUNDERS, params)


amounts = st.integers(min_value=1_000, max_value=300_000)
rankeds = st.lists(amounts, min_size=1, max_size=25).map(
    lambda xs: [Ranked(numero=f"D{i:02}", rank=i, amount=float(a)) for i, a in enumerate(xs, 1)]
)
funder_lists = st.lists(st.integers(min_value=0, max_value=2_000_000), min_size=1, max_size=3).map(
    lambda xs: [Funder(code=f"F{i}", name=f"F{i}", amount=float(a)) for i, a in enumerate(xs)]
)


@st.composite
def scenarios(draw):  # type: ignore[no-untyped-def]
    ranked, funders = draw(rankeds), draw(funder_lists)
    numeros = [r.numero for r in ranked]
    force_in = draw(st.sets(st.sampled_from(numeros), max_size=3))
    force_out = draw(st.sets(st.sampled_from(numeros), max_size=3)) - force_in
    params = Parameters(
        share=draw(st.sampled_from([0.5, 0.8, 0.9, 1.0])),
        cutoff_rank=draw(st.none() | st.integers(min_value=0, max_value=30)),
        force_in=frozenset(force_in),
        force_out=frozenset(force_out),
    )
    return ranked, funders, params


@settings(max_examples=200, deadline=None)
@given(scenarios())
def test_no_scenario_exceeds_any_funders_share(case) -> None:  # type: ignore[no-untyped-def]
    ranked, funders, params = case
    out = run(ranked, funders, params)
    for t in out.totals:
        assert t.remaining >= -0.005, t
    for f in out.funded:
        assert sum(f.split.values()) == pytest.approx(f.amount, abs=0.01)
    assert set(out.selected).isdisjoint(params.force_out)
    assert sorted((*out.selected, *out.not_funded)) == sorted(r.numero for r in ranked)


@settings(max_examples=200, deadline=None)
@given(scenarios())
def test_applying_then_recomputing_is_stable(case) -> None:  # type: ignore[no-untyped-def]
    """Forcing exactly what a scenario funded, and out what it left, gives the same grants."""
    ranked, funders, params = case
    out = run(ranked, funders, params)
    again = run(
        ranked,
        funders,
        Parameters(share=params.share, force_in=frozenset(out.selected),
                   force_out=frozenset(out.not_funded)),
    )  # fmt: skip
    assert again.selected == out.selected
    assert [f.amount for f in again.funded] == [f.amount for f in out.funded]
    assert again.total == out.total
    assert run(ranked, funders, params) == out  # deterministic


def test_comparison_lists_dossiers_in_rank_order_not_number_order() -> None:
    def outcome(*funded: tuple[str, int]) -> Outcome:
        return Outcome(
            parameters=Parameters(),
            funded=tuple(Funded(numero=n, rank=r, amount=1.0, split={}) for n, r in funded),
            not_funded=(),
            impossible=(),
            totals=(),
        )

    here = outcome(("Z", 1), ("B", 2), ("Y", 3))
    there = outcome(("A", 4), ("X", 5), ("C", 6), ("Y", 3))
    assert compare(here, there) == Comparison(entering=("Z", "B"), leaving=("A", "X", "C"))


def test_a_cutoff_at_zero_or_a_funder_at_zero_are_scenarios_too() -> None:
    nothing = run(RANKED, FUNDERS, Parameters(cutoff_rank=0))
    assert nothing.selected == () and nothing.not_funded == ("P1", "P2", "P3", "P4", "P5", "P6")
    state_only = run(RANKED, FUNDERS, Parameters(funder_shares={"CDC": 0}))
    assert state_only.selected == ("P1", "P2")  # 190 of the State's 240; P3 (80) does not fit
    assert [f.split for f in state_only.funded] == [
        {"ETAT": 100_000, "CDC": 0},
        {"ETAT": 90_000, "CDC": 0},
    ]


def test_an_outcome_in_full() -> None:
    params = Parameters(cutoff_rank=2, label="deux")
    out = run(RANKED, FUNDERS, params, earlier_splits=[{"ETAT": 8_000, "CDC": 2_000}])
    assert out.parameters is params
    assert out.funded == (
        Funded(numero="P1", rank=1, amount=100_000, split={"ETAT": 80_000, "CDC": 20_000}),
        Funded(numero="P2", rank=2, amount=90_000, split={"ETAT": 72_000, "CDC": 18_000}),
    )
    assert out.totals == (
        FunderTotal(code="ETAT", name="État", share=240_000, earlier=8_000, scenario=152_000),
        FunderTotal(code="CDC", name="CDC", share=60_000, earlier=2_000, scenario=38_000),
    )
    assert out.remaining == 100_000


def test_funder_totals_keep_the_cents() -> None:
    # The State has 0.50 € left: the CDC takes the other 99.50 € of a 100 € grant.
    out = run(
        [Ranked(numero="P1", rank=1, amount=100)],
        FUNDERS,
        Parameters(),
        earlier_splits=[{"ETAT": 239_999.5, "CDC": 0}],
    )
    assert out.funded[0].split == {"ETAT": 0.5, "CDC": 99.5}
    assert [(t.code, t.scenario) for t in out.totals] == [("ETAT", 0.5), ("CDC", 99.5)]
