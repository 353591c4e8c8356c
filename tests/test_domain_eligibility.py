"""Each eligibility rule's verdict and reason, at its boundaries (pure: no store, no file)."""

from __future__ import annotations

import dataclasses

import pytest

from ptce_desktop.domain.eligibility import RULES, evaluate
from ptce_desktop.domain.model import (
    Attachment,
    Call,
    Cofunding,
    EligibilitySettings,
    Member,
    MemberCategory,
)
from tests.helpers import sample_dossier

NBSP = "\u202f"
CALL = Call(
    title="Appel",
    year=2013,
    envelope=3_000_000,
    grant_min=72_000,
    grant_max=290_000,
    eligibility=EligibilitySettings(required_attachments=("dossier_candidature", "budget")),
)


def verdict(rule: str, call: Call = CALL, **changes) -> tuple[bool, str, str]:
    dossier = dataclasses.replace(sample_dossier(), **changes)
    found = {r.rule: r for r in evaluate(call, dossier)}[rule]
    return found.passed, found.label, found.reason


def authority(*amounts: float, kind: str = "collectivité territoriale") -> list[Cofunding]:
    return [
        Cofunding(funder=f"Ville {i}", funder_type=kind, amount=a) for i, a in enumerate(amounts)
    ]


def members(*categories: MemberCategory) -> list[Member]:
    return [Member(name=f"M{i}", category=c) for i, c in enumerate(categories)]


ESS, COM, OTHER = (
    MemberCategory.ESS_ENTERPRISE,
    MemberCategory.COMMERCIAL_ENTERPRISE,
    MemberCategory.OTHER,
)


def test_the_rules_in_their_order_with_their_labels():
    results = evaluate(CALL, sample_dossier())
    assert [(r.rule, r.label) for r in results] == [
        ("ess_member", "Entreprise de l'ESS"),
        ("commercial_member", "Entreprise commerciale"),
        ("min_members", "Nombre de membres"),
        ("authority_cofunding", "Cofinancement des collectivités"),
        ("amount_bounds", "Montant demandé"),
        ("lead_siret", "SIRET du porteur"),
        ("attachments", "Pièces obligatoires"),
    ]
    assert list(RULES) == [r.rule for r in results]


def test_member_rules():
    assert verdict("ess_member", members=members(ESS)) == (
        True,
        "Entreprise de l'ESS",
        "au moins une entreprise ESS",
    )
    assert verdict("ess_member", members=members(COM, OTHER))[::2] == (
        False,
        "aucune entreprise de l'ESS parmi les membres",
    )
    assert verdict("commercial_member", members=members(COM))[::2] == (
        True,
        "au moins une entreprise commerciale",
    )
    assert verdict("commercial_member", members=members(ESS, OTHER))[::2] == (
        False,
        "aucune entreprise commerciale",
    )


def test_minimum_members_is_inclusive():
    assert verdict("min_members", members=members(ESS, COM, OTHER))[::2] == (True, "3 membres")
    assert verdict("min_members", members=members(ESS, COM))[::2] == (
        False,
        "2 membres, 3 au moins sont requis",
    )


def test_an_amount_equal_to_either_bound_is_accepted():
    assert verdict("amount_bounds", amount_requested=72_000)[::2] == (
        True,
        f"72{NBSP}000 € demandés",
    )
    assert verdict("amount_bounds", amount_requested=290_000)[0]
    assert verdict("amount_bounds", amount_requested=71_999.99)[::2] == (
        False,
        f"72{NBSP}000 € demandés, hors des bornes de l'appel "
        f"(entre 72{NBSP}000 € et 290{NBSP}000 €)",
    )
    assert not verdict("amount_bounds", amount_requested=290_000.01)[0]


def test_authority_cofunding_under_the_caps():
    # Total cost 450 000: 20 % is 90 000 each, 50 % is 225 000 in all.
    assert verdict("authority_cofunding", cofundings=authority(90_000, 90_000))[::2] == (
        True,
        f"2 collectivité(s), 40{NBSP}% du coût",
    )
    assert verdict("authority_cofunding", cofundings=authority(50_000))[::2] == (
        True,
        f"1 collectivité(s), 11,1{NBSP}% du coût",
    )


def test_authority_cofunding_over_the_share_of_one():
    assert verdict("authority_cofunding", cofundings=authority(10_000, 90_010))[::2] == (
        False,
        f"Ville 1 : 90{NBSP}010 € soit 20{NBSP}% du coût total "
        f"(maximum 20{NBSP}% par collectivité)",
    )


def test_authority_cofunding_over_the_total():
    assert verdict("authority_cofunding", cofundings=authority(90_000, 90_000, 45_010)) == (
        False,
        "Cofinancement des collectivités",
        f"collectivités : 225{NBSP}010 € soit 50{NBSP}% du coût total (maximum 50{NBSP}% au total)",
    )
    assert verdict("authority_cofunding", cofundings=authority(90_000, 90_000, 45_000))[0]
    assert not verdict("authority_cofunding", cofundings=authority(90_000, 90_000, 45_000.01))[0]


def test_authority_cofunding_recognises_authorities_by_type_whatever_the_case():
    assert verdict("authority_cofunding", cofundings=authority(1000, kind=" Collectivité "))[0]
    assert verdict(
        "authority_cofunding", cofundings=authority(1000, kind="COLLECTIVITE TERRITORIALE")
    )[0]
    # An association's money is not an authority's: as if there were none.
    assert verdict("authority_cofunding", cofundings=authority(1000, kind="association")) == (
        False,
        "Cofinancement des collectivités",
        "aucun cofinancement d'une collectivité (requis)",
    )


def test_authority_cofunding_not_required():
    call = dataclasses.replace(
        CALL, eligibility=EligibilitySettings(require_authority_cofunding=False)
    )
    assert verdict("authority_cofunding", call, cofundings=[])[::2] == (
        True,
        "aucun cofinancement d'une collectivité",
    )


def test_authority_cofunding_needs_the_total_cost():
    for cost in (None, 0):
        assert verdict("authority_cofunding", total_cost=cost) == (
            False,
            "Cofinancement des collectivités",
            "coût total du projet absent",
        )


def test_siret_rule():
    assert verdict("lead_siret")[::2] == (True, "SIRET valide")
    assert verdict("lead_siret", lead_siret="")[::2] == (False, "SIRET absent")


def test_attachments_rule_lists_what_is_missing():
    both = [
        Attachment(filename="a", kind="dossier_candidature"),
        Attachment(filename="b", kind="budget"),
    ]
    assert verdict("attachments", attachments=both)[::2] == (True, "pièces requises présentes")
    assert verdict("attachments", attachments=[])[::2] == (
        False,
        "pièces manquantes : dossier_candidature, budget",
    )


@pytest.mark.parametrize("rule", list(RULES))
def test_a_disabled_rule_gives_no_verdict(rule):
    call = dataclasses.replace(CALL, eligibility=EligibilitySettings(disabled_rules=(rule,)))
    rules = [r.rule for r in evaluate(call, sample_dossier())]
    assert rules == [r for r in RULES if r != rule]
