"""Suggested conflicts of interest: pure matching of institutions, mail domains and SIRET."""

from ptce_desktop.domain.conflicts import (
    Suggestion,
    aliases,
    mail_domain_key,
    name_words,
    names_match,
    siret_digits,
    suggest_conflicts,
)
from ptce_desktop.domain.model import Dossier, Member, MemberCategory, Person


def dossier(did: int, lead: str, *members: tuple[str, str], siret: str = "") -> Dossier:
    return Dossier(
        id=did, numero=f"D-{did}", pole_name=f"Pôle {did}", lead_name=lead, lead_siret=siret,
        region="Bretagne", amount_requested=1.0,
        members=[Member(name=n, siret=s, category=MemberCategory.OTHER) for n, s in members],
    )  # fmt: skip


def person(pid: int, institution: str = "", email: str = "") -> Person:
    return Person(id=pid, name=f"P{pid}", institution=institution, email=email, is_member=True)


def test_legal_forms_case_and_accents_are_ignored():
    assert name_words("Association Les Jardins de Cocagne") == ("jardins", "cocagne")
    assert name_words("JARDINS DE COCAGNE (SCIC SA)") == ("jardins", "cocagne")
    found = suggest_conflicts(
        [person(1, "Association Les Jardins de Cocagne")],
        [dossier(10, "JARDINS DE COCAGNE (SCIC SA)"), dossier(11, "Énergie citoyenne")],
    )
    assert [(s.person_id, s.dossier_id) for s in found] == [(1, 10)]
    assert "structure porteuse" in found[0].reason


def test_an_institution_alias_in_parentheses_matches_the_acronym_a_dossier_uses():
    assert ("urscop",) in aliases("Union régionale des Scop (URSCOP)")
    found = suggest_conflicts(
        [person(1, "Union régionale des Scop (URSCOP) Bretagne")],
        [dossier(10, "Pôle Rance", ("URSCOP", "")), dossier(11, "Pôle Vilaine", ("Scopic", ""))],
    )
    assert [(s.dossier_id, "membre" in s.reason) for s in found] == [(10, True)]


def test_a_shorter_name_matches_inside_a_longer_one_only_with_two_words_or_more():
    people = [person(1, "Cocagne"), person(2, "Énergie Citoyenne")]
    dossiers = [dossier(10, "Les Jardins de Cocagne"), dossier(11, "Coopérative Énergie Citoyenne")]
    found = {(s.person_id, s.dossier_id) for s in suggest_conflicts(people, dossiers)}
    assert found == {(2, 11)}  # « Cocagne » alone is too vague to claim « Jardins de Cocagne »


def test_the_mail_domain_matches_a_structure_but_public_providers_do_not():
    assert mail_domain_key("a.b@mail.jardins-cocagne.org") == "jardinscocagne"
    assert mail_domain_key("someone@gmail.com") is None
    assert mail_domain_key("agent@developpement-durable.gouv.fr") == "developpementdurable"
    people = [person(1, "", "a.b@jardins-cocagne.org"), person(2, "", "x@orange.fr")]
    dossiers = [dossier(10, "Jardins Cocagne"), dossier(11, "Orange")]
    found = [(s.person_id, s.dossier_id) for s in suggest_conflicts(people, dossiers)]
    assert found == [(1, 10)]


def test_an_institution_given_as_a_siret_matches_the_same_legal_entity():
    people = [person(1, "732 829 320 00074"), person(2, "73282932000099")]
    dossiers = [
        dossier(10, "Porteur", siret="73282932000074"),
        dossier(11, "Autre", ("Membre", "40483304800022")),
    ]
    found = [(s.person_id, s.dossier_id) for s in suggest_conflicts(people, dossiers)]
    assert found == [(1, 10), (2, 10)]  # same SIREN: another establishment of the same entity
    assert "SIRET" in suggest_conflicts(people, dossiers)[0].reason


def test_known_pairs_are_not_suggested_again_and_one_suggestion_per_dossier():
    people = [person(1, "Jardins de Cocagne")]
    dossiers = [dossier(10, "Jardins de Cocagne", ("Jardins de Cocagne Thiers", ""))]
    assert len(suggest_conflicts(people, dossiers)) == 1
    assert suggest_conflicts(people, dossiers, known={(1, 10)}) == []


def pairs(people, dossiers) -> list[tuple[int, int]]:
    return [(s.person_id, s.dossier_id) for s in suggest_conflicts(people, dossiers)]


def test_the_aliases_of_a_name():
    assert aliases("Union régionale des Scop (URSCOP)") == (
        ("regionale", "urscop"),
        ("regionale",),
        ("urscop",),
    )
    assert aliases("Jardins de Cocagne") == (("jardins", "cocagne"),)
    assert aliases("SCIC (SA)") == ()


def test_names_match_as_whole_names_or_runs_of_two_words_or_more():
    assert names_match(("cocagne",), ("cocagne",))
    assert not names_match(("ab",), ("ab",))  # too short to tell
    assert names_match(("abc",), ("abc",))
    assert names_match(("ab", "cd"), ("ab", "cd"))
    assert names_match(("a", "b"), ("x", "a", "b"))
    assert names_match(("x", "a", "b"), ("a", "b"))
    assert names_match(("a", "b"), ("a", "b", "x"))
    assert not names_match(("a", "b"), ("a", "x", "b"))
    assert not names_match(("a", "b"), ("c", "d"))
    assert not names_match(("a",), ("a", "b"))


def test_mail_domain_keys():
    assert mail_domain_key('"a@b"@jardins-cocagne.org') == "jardinscocagne"
    assert mail_domain_key("x@mail.jardins-cocagne.asso.fr") == "jardinscocagne"
    assert mail_domain_key("x@asso.fr") is None
    assert mail_domain_key("x@abcd.fr") == "abcd"
    assert mail_domain_key("x@abc.fr") is None
    assert mail_domain_key("pas-une-adresse") is None


def test_siret_digits():
    assert siret_digits("732 829 320") == "732829320"
    assert siret_digits("732.829.320-00074") == "73282932000074"
    assert siret_digits("7328293200") is None
    assert siret_digits("ABCDEFGHI") is None


def test_reasons_say_what_matched_what():
    people = [
        person(1, "732 829 320 00074"),
        person(2, "Jardins de Cocagne"),
        person(3, "", "a@menuiserie-durand.fr"),
    ]
    dossiers = [
        dossier(10, "Porteur", siret="73282932000074"),
        dossier(11, "Les Jardins de Cocagne", ("Menuiserie Durand", "")),
    ]
    assert suggest_conflicts(people, dossiers) == [
        Suggestion(
            1, 10, "SIRET 732 829 320 00074 = structure porteuse « Porteur » (73282932000074)"
        ),
        Suggestion(
            2,
            11,
            "institution « Jardins de Cocagne » ≈ structure porteuse « Les Jardins de Cocagne »",
        ),
        Suggestion(
            3, 11, "domaine de courriel de a@menuiserie-durand.fr ≈ membre « Menuiserie Durand »"
        ),
    ]


def test_nothing_found_by_siret_or_domain_is_no_suggestion():
    people = [person(1, "404 833 048 00022"), person(2, "", "x@ailleurs-inconnu.fr")]
    assert pairs(people, [dossier(10, "Porteur", siret="73282932000074")]) == []


def test_a_part_of_the_institution_of_two_words_or_more_matches_a_structure():
    people = [
        person(1, "Réseau Jardins Cocagne Bretagne"),
        person(2, "Alpha Beta Gamma"),
        person(3, "AB"),
        person(4, "Jardins Cocagne Énergie Citoyenne"),
    ]
    dossiers = [
        dossier(10, "Jardins Cocagne"),
        dossier(11, "Gamma"),
        dossier(12, "AB"),
        dossier(13, "Énergie Citoyenne"),
    ]
    # « Gamma » alone is one word inside a longer name: too vague; « AB » is too short.
    assert pairs(people, dossiers) == [(1, 10), (4, 10), (4, 13)]


def test_the_institution_inside_a_longer_structure_name():
    people = [person(1, "Énergie Citoyenne"), person(2, "Citoyenne Énergie")]
    dossiers = [dossier(10, "Coopérative Énergie Citoyenne du Pays de Retz")]
    assert pairs(people, dossiers) == [(1, 10)]


def test_a_members_siret_is_matched_too():
    people = [person(1, "404 833 048 00022")]
    dossiers = [dossier(11, "Autre", ("Membre", "40483304800022"))]
    assert suggest_conflicts(people, dossiers) == [
        Suggestion(1, 11, "SIRET 404 833 048 00022 = membre « Membre » (40483304800022)")
    ]
