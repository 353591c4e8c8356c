"""Suggested conflicts of interest: pure matching of institutions, mail domains and SIRET."""

from ptce_desktop.domain.conflicts import (
    aliases,
    mail_domain_key,
    name_words,
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
