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
