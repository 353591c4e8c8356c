"""The assignment proposal: k per dossier, no conflict, balanced loads, connected groups,
hand assignments kept, the same answer for the same input."""

from __future__ import annotations

import itertools
import random

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from ptce_desktop.domain.assignment import Located, Plan, Shortage, groups_of, propose

REGIONS = ("Bretagne", "Normandie", "Occitanie")


@st.composite
def problems(draw: st.DrawFn, *, max_dossiers: int = 12, max_rapporteurs: int = 8) -> dict:
    dossiers = [
        Located(id=i, region=draw(st.sampled_from(REGIONS)))
        for i in range(1, draw(st.integers(0, max_dossiers)) + 1)
    ]
    rapporteurs = [
        Located(id=100 + i, region=draw(st.sampled_from((*REGIONS, ""))))
        for i in range(draw(st.integers(0, max_rapporteurs)))
    ]
    pairs = [(d.id, r.id) for d in dossiers for r in rapporteurs]
    conflicts = draw(st.sets(st.sampled_from(pairs), max_size=len(pairs) // 3)) if pairs else set()
    free = [p for p in pairs if p not in conflicts]
    existing = draw(st.sets(st.sampled_from(free), max_size=4)) if free else set()
    return {
        "dossiers": dossiers,
        "rapporteurs": rapporteurs,
        "existing": existing,
        "conflicts": conflicts,
        "per_dossier": draw(st.integers(1, 3)),
        "avoid_same_region": draw(st.booleans()),
    }


def _final(problem: dict, plan: Plan) -> set[tuple[int, int]]:
    return set(problem["existing"]) | set(plan.added)


def _allowed(problem: dict, dossier: Located, rapporteur: Located) -> bool:
    if (dossier.id, rapporteur.id) in problem["conflicts"]:
        return False
    same = rapporteur.region and rapporteur.region == dossier.region
    return not (problem["avoid_same_region"] and same)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(problems())
def test_every_rule_holds(problem: dict) -> None:
    plan = propose(**problem)
    assert not set(plan.added) & set(problem["existing"])
    assert not set(plan.added) & set(problem["conflicts"])
    by_id = {d.id: d for d in problem["dossiers"]}
    people = {r.id: r for r in problem["rapporteurs"]}
    for d, p in plan.added:
        assert _allowed(problem, by_id[d], people[p])
    assert len(set(plan.added)) == len(plan.added)
    _each_dossier_gets_k_or_is_reported_short(problem, plan)
    _loads_and_groups_describe_the_result(problem, plan)


def _each_dossier_gets_k_or_is_reported_short(problem: dict, plan: Plan) -> None:
    final = _final(problem, plan)
    k = problem["per_dossier"]
    short = {s.dossier_id: s for s in plan.shortages}
    for d in problem["dossiers"]:
        count = sum(1 for dd, _ in final if dd == d.id)
        before = sum(1 for dd, _ in problem["existing"] if dd == d.id)
        possible = before + sum(
            1
            for r in problem["rapporteurs"]
            if _allowed(problem, d, r) and (d.id, r.id) not in problem["existing"]
        )
        if possible >= k:
            assert d.id not in short
            assert count == max(k, before)
        else:  # every possible rapporteur is on it, and the report says how many
            assert short[d.id] == Shortage(dossier_id=d.id, needed=k, possible=possible)
            assert count == possible


def _loads_and_groups_describe_the_result(problem: dict, plan: Plan) -> None:
    final = _final(problem, plan)
    ids = [r.id for r in problem["rapporteurs"]]
    assert plan.loads == {r: sum(1 for _, p in final if p == r) for r in ids}
    assert plan.groups == groups_of(final, ids)
    assert sorted(r for g in plan.groups for r in g) == sorted(ids)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(problems(), st.randoms(use_true_random=False))
def test_same_input_in_any_order_gives_the_same_proposal(problem: dict, rnd: random.Random) -> None:
    first = propose(**problem)
    shuffled = dict(problem)
    for key in ("dossiers", "rapporteurs"):
        shuffled[key] = list(problem[key])
        rnd.shuffle(shuffled[key])
    for key in ("existing", "conflicts"):
        items = sorted(problem[key])
        rnd.shuffle(items)
        shuffled[key] = items
    assert propose(**shuffled) == first
    assert propose(**problem) == first


@settings(max_examples=200, deadline=None)
@given(st.integers(0, 40), st.integers(1, 12), st.integers(1, 3))
def test_without_constraints_loads_differ_by_one_at_most(d: int, r: int, k: int) -> None:
    plan = propose(
        dossiers=[Located(id=i) for i in range(d)],
        rapporteurs=[Located(id=100 + i) for i in range(r)],
        per_dossier=k,
    )
    assert plan.spread <= 1
    if k <= r:
        assert not plan.shortages
        assert len(plan.added) == d * k
    # Connected whenever the dossiers give enough links: every rapporteur has one, and the
    # shared places (k - 1 per dossier) can chain r rapporteurs.
    if k >= 2 and k <= r and d * k >= r and d * (k - 1) >= r - 1:
        assert plan.connected, plan


def _completions(problem: dict):  # type: ignore[no-untyped-def]
    """Every way to complete the existing assignment (tiny problems only)."""
    choices = []
    k = problem["per_dossier"]
    for d in problem["dossiers"]:
        on = {p for dd, p in problem["existing"] if dd == d.id}
        free = [r.id for r in problem["rapporteurs"] if r.id not in on and _allowed(problem, d, r)]
        need = min(max(0, k - len(on)), len(free))
        choices.append([[(d.id, p) for p in combo] for combo in itertools.combinations(free, need)])
    for picked in itertools.product(*choices):
        yield set(problem["existing"]) | {pair for group in picked for pair in group}


def _tiny(conflicts: set, existing: set, *, regions: str = "AAAA", k: int) -> dict:
    return {
        "dossiers": [Located(id=i, region=regions[i - 1]) for i in range(1, 5)],
        "rapporteurs": [Located(id=p, region="A") for p in range(10, 14)],
        "conflicts": conflicts,
        "existing": existing,
        "per_dossier": k,
        "avoid_same_region": False,
    }


# Found by a random search: the greedy pass alone leaves loads 2 apart (the first) or two
# groups (the second), which the balancing and joining passes repair.
BALANCE_NEEDED = _tiny({(2, 10), (2, 12)}, {(1, 13), (1, 10)}, k=3)
JOIN_NEEDED = _tiny({(4, 10), (1, 12), (4, 13), (3, 10), (2, 11)}, set(), regions="AABB", k=2)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(problems(max_dossiers=4, max_rapporteurs=4))
@example(BALANCE_NEEDED)
@example(JOIN_NEEDED)
def test_balance_is_the_best_possible_and_connected_when_it_can_be(problem: dict) -> None:
    plan = propose(**problem)
    ids = [r.id for r in problem["rapporteurs"]]
    if not ids:
        return
    outcomes = []
    for final in _completions(problem):
        loads = [sum(1 for _, p in final if p == r) for r in ids]
        outcomes.append((max(loads) - min(loads), len(groups_of(final, ids)) == 1))
    best_spread = min(s for s, _ in outcomes)
    connectable = any(c for s, c in outcomes if s == best_spread)
    assert plan.spread == best_spread
    if connectable:
        assert plan.connected


def test_round_robin_chains_rapporteurs_into_one_group() -> None:
    plan = propose(
        dossiers=[Located(id=i) for i in range(1, 7)],
        rapporteurs=[Located(id=p) for p in (11, 12, 13, 14)],
        per_dossier=2,
    )
    assert plan.loads == {11: 3, 12: 3, 13: 3, 14: 3}
    assert plan.groups == ((11, 12, 13, 14),)
    assert plan.connected and plan.spread == 0


def test_hand_assignments_count_towards_k_and_loads() -> None:
    plan = propose(
        dossiers=[Located(id=1), Located(id=2)],
        rapporteurs=[Located(id=11), Located(id=12), Located(id=13)],
        existing=[(1, 11), (1, 12), (2, 11)],
        per_dossier=2,
    )
    # Dossier 1 is complete; dossier 2 needs one more, not 11 again: 13 carries least.
    assert plan.added == ((2, 13),)
    assert plan.loads == {11: 2, 12: 1, 13: 1}


def test_a_dossier_without_enough_free_rapporteurs_is_reported() -> None:
    plan = propose(
        dossiers=[Located(id=1, region="Bretagne"), Located(id=2, region="Normandie")],
        rapporteurs=[
            Located(id=11, region="Bretagne"),
            Located(id=12, region="bretagne"),
            Located(id=13, region="Normandie"),
        ],
        conflicts=[(2, 11)],
        per_dossier=2,
        avoid_same_region=True,
    )
    # Dossier 1: only 13 is outside Brittany. Dossier 2: 11 in conflict, 13 same region.
    assert plan.shortages == (
        Shortage(dossier_id=1, needed=2, possible=1),
        Shortage(dossier_id=2, needed=2, possible=1),
    )
    assert plan.added == ((1, 13), (2, 12))


def test_an_assignment_that_is_complete_proposes_nothing() -> None:
    problem = {
        "dossiers": [Located(id=i) for i in range(1, 9)],
        "rapporteurs": [Located(id=p) for p in range(11, 16)],
        "per_dossier": 2,
    }
    first = propose(**problem)
    again = propose(**problem, existing=first.added)
    assert again.added == ()
    assert again.loads == first.loads


def test_k_below_one_is_refused() -> None:
    with pytest.raises(ValueError, match="au moins un rapporteur"):
        propose(dossiers=[], rapporteurs=[], per_dossier=0)


def test_groups_of_counts_lone_rapporteurs() -> None:
    assert groups_of([(1, 11), (1, 12), (2, 13)], [11, 12, 13, 14]) == ((11, 12), (13,), (14,))
