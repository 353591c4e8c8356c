import pytest
from hypothesis import given
from hypothesis import strategies as st

from ptce_desktop.domain.budget import balances, overruns, propose_split, split_proportional
from ptce_desktop.domain.model import Funder

FUNDERS = [
    Funder(code="METL", name="Ministère", amount=2_000_000),
    Funder(code="ETAT", name="Autres ministères", amount=400_000),
    Funder(code="CDC", name="Caisse des dépôts", amount=600_000),
]


def test_split_follows_the_shares():
    assert split_proportional(150_000, FUNDERS) == {"METL": 100_000, "ETAT": 20_000, "CDC": 30_000}


@given(st.integers(min_value=0, max_value=5_000_000_00))
def test_split_sums_exactly_to_the_amount(cents):
    amount = cents / 100
    split = split_proportional(amount, FUNDERS)
    assert round(sum(split.values()) * 100) == cents
    assert all(v >= 0 for v in split.values())


def test_overrun_is_reported_per_funder():
    granted = [{"METL": 1_900_000, "ETAT": 380_000, "CDC": 570_000}]
    assert overruns(FUNDERS, granted, {"METL": 100_000, "ETAT": 20_000, "CDC": 30_000}) == {}
    over = overruns(FUNDERS, granted, {"METL": 120_000, "ETAT": 24_000, "CDC": 36_000})
    assert over == {"METL": 20_000, "ETAT": 4_000, "CDC": 6_000}


def test_balances_show_what_remains():
    b = {x.code: x for x in balances(FUNDERS, [{"CDC": 100_000}, {"CDC": 50_000}])}
    assert b["CDC"].granted == 150_000 and b["CDC"].remaining == 450_000
    assert b["METL"].remaining == 2_000_000


def test_proposed_split_never_passes_a_funders_share():
    # After many grants rounded to whole euros, a funder can be a euro short.
    granted = [{"METL": 1_900_000, "ETAT": 380_001, "CDC": 569_999}]
    split = propose_split(150_000 - 1, FUNDERS, granted)
    assert round(sum(split.values()), 2) == 149_999
    assert overruns(FUNDERS, granted, split) == {}


def test_proposed_split_refuses_more_than_the_envelope_holds():
    granted = [{"METL": 1_950_000, "ETAT": 390_000, "CDC": 585_000}]
    with pytest.raises(ValueError, match="enveloppe"):
        propose_split(80_000, FUNDERS, granted)


def test_proposed_split_gives_nothing_more_to_a_funder_already_past_its_share():
    # An override took ETAT past its share: the next grant comes from the others only.
    granted = [{"METL": 100_000, "ETAT": 450_000, "CDC": 0}]
    split = propose_split(100_000, FUNDERS, granted)
    assert split["ETAT"] == 0 and sum(split.values()) == 100_000
    assert overruns(FUNDERS, granted, split) == {}


def test_overrun_on_one_funder_even_when_the_envelope_total_holds():
    # Plenty left in total, but the split puts on the CDC more than its remaining share.
    granted = [{"METL": 500_000, "ETAT": 100_000, "CDC": 550_000}]
    assert overruns(FUNDERS, granted, {"METL": 0, "ETAT": 0, "CDC": 80_000}) == {"CDC": 30_000}
    assert overruns(FUNDERS, granted, {"METL": 50_000, "ETAT": 0, "CDC": 30_000}) == {}


def test_leftover_euros_go_to_the_largest_fractional_parts_first():
    funders = [
        Funder(code="A", name="A", amount=1),
        Funder(code="B", name="B", amount=2),
        Funder(code="C", name="C", amount=4),
    ]
    # 100 € in sevenths: 14.29, 28.57, 57.14; the leftover euro goes to B (0.57), not C.
    assert split_proportional(100, funders) == {"A": 14, "B": 29, "C": 57}
    # 100.50 €: 14.36, 28.71, 57.43; B gets the euro (0.71 is the largest part) and the cents.
    assert split_proportional(100.5, funders) == {"A": 14, "B": 29.5, "C": 57}
    # 300 €: 42.86, 85.71, 171.43; two leftover euros: B (0.71) first, then A (0.86)... in
    # order of the fractional parts: A 0.86, B 0.71, C 0.43.
    assert split_proportional(300, funders) == {"A": 43, "B": 86, "C": 171}


def test_equal_fractional_parts_give_the_leftover_euro_in_the_funders_order():
    funders = [Funder(code=c, name=c, amount=1) for c in "ABC"]
    assert split_proportional(100, funders) == {"A": 34, "B": 33, "C": 33}


def test_no_split_without_shares():
    assert split_proportional(100, []) == {}
    assert split_proportional(100, [Funder(code="A", name="A", amount=0)]) == {}


def test_balances_round_to_the_cent_and_count_funders_outside_the_call():
    b = balances(FUNDERS, [{"CDC": 0.1}, {"CDC": 0.2}, {"AUTRE": 5}])
    assert [(x.code, x.name, x.share, x.granted) for x in b] == [
        ("METL", "Ministère", 2_000_000, 0.0),
        ("ETAT", "Autres ministères", 400_000, 0.0),
        ("CDC", "Caisse des dépôts", 600_000, 0.3),
    ]
    assert b[2].remaining == 599_999.7


def test_an_overrun_is_counted_to_the_cent_and_a_missing_funder_adds_nothing():
    granted = [{"METL": 2_000_000, "ETAT": 400_000, "CDC": 600_000}]
    assert overruns(FUNDERS, granted, {"CDC": 0.01}) == {"CDC": 0.01}
    assert overruns(FUNDERS, granted, {"CDC": 1.236}) == {"CDC": 1.24}
    assert overruns(FUNDERS, granted, {}) == {}
    # Half a cent over is rounding, not an overrun.
    assert overruns(FUNDERS, granted, {"CDC": 0.004}) == {}
    # A funder already past its share: the whole new amount is excess, not less.
    past = [{"METL": 0, "ETAT": 400_500, "CDC": 0}]
    assert overruns(FUNDERS, past, {"ETAT": 0.5}) == {"ETAT": 0.5}


def test_proposed_split_takes_the_excess_from_the_funders_with_most_room():
    funders = [
        Funder(code="A", name="A", amount=100),
        Funder(code="B", name="B", amount=100),
        Funder(code="C", name="C", amount=100),
    ]
    # A has 10 € left: its third of 90 (30) is cut to 10 and the 20 go to C, which has most room.
    granted = [{"A": 90, "B": 40, "C": 0}]
    assert propose_split(90, funders, granted) == {"A": 10, "B": 30, "C": 50}
    # 160: thirds of 53.33 (A 54, B 53, C 53); A's 44 over go to C, the most room (47).
    assert propose_split(160, funders, granted) == {"A": 10, "B": 53, "C": 97}
    # The exact remaining total is accepted; a cent more is not.
    assert propose_split(170, funders, granted) == {"A": 10, "B": 60, "C": 100}
    with pytest.raises(ValueError, match="enveloppe restante"):
        propose_split(170.01, funders, granted)


ABC = [
    Funder(code="A", name="A", amount=100),
    Funder(code="B", name="B", amount=100),
    Funder(code="C", name="C", amount=200),
]


def test_a_single_small_share_still_splits():
    assert split_proportional(10, [Funder(code="A", name="A", amount=0.5)]) == {"A": 10}


def test_granted_amounts_are_counted_to_the_cent():
    assert balances(ABC, [{"A": 0.004}])[0].granted == 0.0


def test_the_excess_of_every_funder_past_its_remainder_is_moved():
    funders = [Funder(code=c, name=c, amount=100) for c in "ABC"]
    # A and B have 10 € left each: 20 + 20 over their thirds of 90 go to C.
    assert propose_split(90, funders, [{"A": 90, "B": 90, "C": 0}]) == {"A": 10, "B": 10, "C": 70}


def test_the_excess_goes_first_to_the_funder_with_the_most_room_left():
    # A (4.50 € left) is 20.50 € over its 25. Rooms: B 35.25 - 25 = 10.25, C 70 - 50 = 20:
    # C takes 20, then B the last 0.50.
    granted = [{"A": 95.5, "B": 64.75, "C": 130}]
    assert propose_split(100, ABC, granted) == {"A": 4.5, "B": 25.5, "C": 70}
    # B has the most room (60 - 25 = 35 against 60 - 50 = 10): it takes all 20.50.
    granted = [{"A": 95.5, "B": 40, "C": 140}]
    assert propose_split(100, ABC, granted) == {"A": 4.5, "B": 45.5, "C": 50}


def test_half_a_cent_more_than_the_envelope_holds_is_rounding():
    funders = [Funder(code=c, name=c, amount=100) for c in "ABC"]
    granted = [{"A": 90, "B": 40, "C": 0}]
    assert propose_split(170.005, funders, granted) == {"A": 10, "B": 60, "C": 100}


def test_each_leftover_euro_goes_to_the_next_funder_then_the_cents_to_the_first():
    funders = [Funder(code=c, name=c, amount=1) for c in "ABCD"]
    # 3.99 € in quarters: 0 € each, then 3 leftover euros to A, B, C and 0.99 to A.
    assert split_proportional(3.99, funders) == {"A": 1.99, "B": 1, "C": 1, "D": 0}
