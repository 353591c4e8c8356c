"""People's roles as words, e-mail addresses and regions (pure: no store, no file)."""

from __future__ import annotations

import pytest

from ptce_desktop.domain.model import Person
from ptce_desktop.domain.persons import (
    Role,
    RoleError,
    email_problem,
    fold,
    normalize_region,
    parse_role,
    parse_roles,
    role_labels,
    roles_of,
    set_roles,
)


def test_fold_drops_case_accents_and_extra_blanks_and_opens_ligatures():
    assert fold("  Œuvre   Æsthétique\tÉTÉ ") == "oeuvre aesthetique ete"
    assert fold("") == ""


@pytest.mark.parametrize(
    ("word", "role"),
    [
        ("Président", Role.PRESIDENT),
        ("PRÉSIDENTE", Role.PRESIDENT),
        ("présidence", Role.PRESIDENT),
        ("chair", Role.PRESIDENT),
        ("secrétaire", Role.SECRETARY),
        ("secretary", Role.SECRETARY),
        ("membre", Role.MEMBER),
        ("Membre du comité", Role.MEMBER),
        ("membre-du-comite", Role.MEMBER),
        ("member", Role.MEMBER),
        ("rapporteur", Role.RAPPORTEUR),
        ("Rapporteure", Role.RAPPORTEUR),
        ("rapporteuse", Role.RAPPORTEUR),
        (" secrétariat ", Role.SECRETARIAT),
    ],
)
def test_role_words(word, role):
    assert parse_role(word) is role


def test_an_unknown_role_word_is_refused_with_the_expected_ones():
    with pytest.raises(RoleError) as e:
        parse_role("  trésorier ")
    assert str(e.value) == (
        "rôle « trésorier » inconnu (attendu : president, secretaire, membre, rapporteur, "
        "secretariat)"
    )


def test_role_lists_keep_the_order_given_each_role_once():
    assert parse_roles("rapporteur, Président;membre/rapporteure,, ") == (
        Role.RAPPORTEUR,
        Role.PRESIDENT,
        Role.MEMBER,
    )
    assert parse_roles("") == ()
    with pytest.raises(RoleError):
        parse_roles("membre, inconnu")


def test_roles_are_flags_of_the_person():
    p = Person(name="A", is_expert=True)
    set_roles(p, [Role.SECRETARY, Role.RAPPORTEUR])
    assert (p.is_chair, p.is_secretary, p.is_member, p.is_rapporteur, p.is_secretariat) == (
        False,
        True,
        False,
        True,
        False,
    )
    assert roles_of(p) == (Role.SECRETARY, Role.RAPPORTEUR)
    assert role_labels(p) == ["secrétaire", "rapporteur", "expert"]
    set_roles(p, (Role.PRESIDENT, Role.MEMBER, Role.SECRETARIAT))
    assert roles_of(p) == (Role.PRESIDENT, Role.MEMBER, Role.SECRETARIAT)
    p.is_expert = False
    assert role_labels(p) == ["président", "membre du comité", "secrétariat"]
    assert [r.flag for r in Role] == [
        "is_chair",
        "is_secretary",
        "is_member",
        "is_rapporteur",
        "is_secretariat",
    ]


@pytest.mark.parametrize(
    "email", ["claire.martin@ville-pornic.fr", "A.B@Example.ORG", "x+y@a.b.c", "a@b-c.fr"]
)
def test_addresses_that_look_right(email):
    assert email_problem(email) is None


@pytest.mark.parametrize(
    "email",
    [
        "claire",
        "a@b",
        "a b@c.fr",
        "a@@b.fr",
        "a@b..fr",
        "a..b@c.fr",
        "a@-b.fr",
        "a@b-.fr",
        "a,b@c.fr",
        "a@b.fr ",
        "<a@b.fr>",
    ],
)
def test_addresses_that_do_not(email):
    assert email_problem(email) == (
        f"adresse électronique « {email} » invalide (forme attendue : nom@domaine.fr)"
    )


def test_a_missing_address():
    assert email_problem("") == "adresse électronique absente"


def test_regions_and_departements_from_what_was_typed():
    assert normalize_region("  ") == ""
    assert normalize_region(" bretagne ") == "Bretagne"
    assert normalize_region("Loire-Atlantique") == "44"
    assert normalize_region("44") == "44"
    assert normalize_region("Atlantide") is None
