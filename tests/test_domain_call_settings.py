"""A call's settings read from a mapping and checked, key by key (pure: no file, no store)."""

from __future__ import annotations

import copy
import dataclasses

import pytest

from ptce_desktop.domain.call_checks import (
    InvalidSettings,
    Problem,
    frozen_grid_changes,
    settings_problems,
)
from ptce_desktop.domain.call_settings import (
    DEFAULT_CRITERIA,
    changed_keys,
    parse_call,
    settings_dict,
)
from ptce_desktop.domain.model import Call, Criterion, EligibilitySettings, Funder

NBSP = "\u202f"


def data() -> dict:
    """Small, valid settings with every key spelt out."""
    return {
        "title": "Appel 2016",
        "year": 2016,
        "reference": "PV-2016-A",
        "place": "Lyon",
        "ministries": ["Économie"],
        "envelope": 1000,
        "grant_min": 100,
        "grant_max": 500,
        "rapporteurs_per_dossier": 3,
        "tie_break": ["a", "submitted_on"],
        "funders": [
            {"code": "F1", "name": "Un", "group": "État", "amount": 600},
            {"code": "F2", "name": "Deux", "group": "", "amount": 400},
        ],
        "criteria": [
            {
                "code": "a",
                "label": "A",
                "description": "d",
                "weight": 60,
                "scale_min": 1,
                "scale_max": 4,
                "eliminatory_below": 2,
            },
            {
                "code": "b",
                "label": "B",
                "description": "",
                "weight": 40,
                "scale_min": 0,
                "scale_max": 5,
            },
        ],
        "eligibility": {
            "ess_member": {"enabled": True},
            "commercial_member": {"enabled": False},
            "min_members": {"enabled": True, "min_members": 4},
            "authority_cofunding": {
                "enabled": True,
                "require_authority_cofunding": False,
                "authority_cofunding_max_each": 0.3,
                "authority_cofunding_max_total": 0.6,
            },
            "amount_bounds": {"enabled": True},
            "lead_siret": {"enabled": False},
            "attachments": {"enabled": True, "required_attachments": ["budget"]},
        },
    }


def keys_of(settings: dict) -> list[str]:
    with pytest.raises(InvalidSettings) as caught:
        parse_call(settings)
    return [p.key for p in caught.value.problems]


def edited(**changes) -> dict:
    d = copy.deepcopy(data())
    d.update(changes)
    return d


def test_every_key_is_read():
    call = parse_call(data())
    assert call == Call(
        title="Appel 2016",
        year=2016,
        reference="PV-2016-A",
        place="Lyon",
        ministries=("Économie",),
        envelope=1000.0,
        grant_min=100.0,
        grant_max=500.0,
        rapporteurs_per_dossier=3,
        tie_break=("a", "submitted_on"),
        funders=[
            Funder(code="F1", name="Un", group="État", amount=600.0),
            Funder(code="F2", name="Deux", group="", amount=400.0),
        ],
        criteria=[
            Criterion(
                code="a",
                label="A",
                description="d",
                weight=60.0,
                scale_min=1,
                scale_max=4,
                eliminatory_below=2.0,
                position=0,
            ),
            Criterion(
                code="b",
                label="B",
                description="",
                weight=40.0,
                scale_min=0,
                scale_max=5,
                position=1,
            ),
        ],
        eligibility=EligibilitySettings(
            min_members=4,
            require_authority_cofunding=False,
            authority_cofunding_max_each=0.3,
            authority_cofunding_max_total=0.6,
            required_attachments=("budget",),
            disabled_rules=("commercial_member", "lead_siret"),
        ),
    )
    assert isinstance(call.envelope, float) and isinstance(call.funders[0].amount, float)
    assert isinstance(call.criteria[0].weight, float)
    assert isinstance(call.criteria[0].eliminatory_below, float)


def test_settings_dict_gives_every_key_back():
    assert settings_dict(parse_call(data())) == {
        **data(),
        "envelope": 1000.0,
        "eligibility": {
            **data()["eligibility"],
            "authority_cofunding": {
                "enabled": True,
                "require_authority_cofunding": False,
                "authority_cofunding_max_each": 0.3,
                "authority_cofunding_max_total": 0.6,
            },
        },
    }


def test_left_out_keys_take_the_defaults():
    call = parse_call({"year": 2016, "envelope": 500})
    assert (call.title, call.reference, call.place, call.ministries) == (
        "Appel à projets PTCE 2016",
        "PV-2016",
        "Paris",
        (),
    )
    assert (call.grant_min, call.grant_max, call.rapporteurs_per_dossier, call.tie_break) == (
        0.0,
        500.0,
        2,
        (),
    )
    assert call.funders == [Funder(code="ETAT", name="État", group="État", amount=500.0)]
    assert call.criteria == [
        dataclasses.replace(c, position=i) for i, c in enumerate(DEFAULT_CRITERIA)
    ]
    assert [c.position for c in call.criteria] == [0, 1, 2, 3, 4, 5]
    assert call.eligibility == EligibilitySettings()
    short = copy.deepcopy(data())
    short["criteria"][1] = {"code": "b", "label": "B", "weight": 40}
    short["eligibility"] = {"min_members": {"min_members": 2}}
    call = parse_call(short)
    assert call.criteria[1] == Criterion(code="b", label="B", weight=40.0, position=1)
    assert call.eligibility == EligibilitySettings(min_members=2)


def test_year_and_envelope_are_required():
    assert keys_of({}) == ["year", "envelope"]
    with pytest.raises(InvalidSettings) as caught:
        parse_call({})
    assert [str(p) for p in caught.value.problems][:2] == [
        "year : l'année de l'appel est requise",
        "envelope : l'enveloppe de l'appel est requise",
    ]
    assert keys_of({"year": 2016})[0] == "envelope"
    assert keys_of({"envelope": 10})[0] == "year"


@pytest.mark.parametrize(
    ("name", "value", "message"),
    [
        ("title", 3, "un texte attendu, pas 3"),
        ("year", True, "un nombre entier attendu, pas true"),
        ("year", 2016.0, "un nombre entier attendu, pas 2016.0"),
        ("envelope", False, "un nombre attendu, pas false"),
        ("envelope", "mille", "un nombre attendu, pas « mille »"),
        ("ministries", "Économie", "une liste de textes attendu, pas « Économie »"),
        ("ministries", ["a", 1], "une liste de textes attendu, pas une liste"),
        ("tie_break", {"a": 1}, "une liste de textes attendu, pas une table"),
        ("place", None, "un texte attendu, pas None"),
        ("rapporteurs_per_dossier", 2.5, "un nombre entier attendu, pas 2.5"),
    ],
)
def test_a_value_of_the_wrong_type_names_its_key(name, value, message):
    with pytest.raises(InvalidSettings) as caught:
        parse_call(edited(**{name: value}))
    assert str(caught.value.problems[0]) == f"{name} : {message}"


def test_unknown_keys_are_refused_at_every_level():
    d = edited(colour="bleu")
    d["funders"][0]["poids"] = 1
    d["criteria"][1]["couleur"] = "x"
    d["eligibility"]["age"] = {}
    d["eligibility"]["min_members"]["minimum"] = 2
    assert keys_of(d) == [
        "colour",
        "funders[1].poids",
        "criteria[2].couleur",
        "eligibility.age",
        "eligibility.min_members.minimum",
    ]
    with pytest.raises(InvalidSettings) as caught:
        parse_call(edited(colour="bleu"))
    assert str(caught.value.problems[0]) == (
        "colour : clé inconnue (clés possibles : title, year, reference, place, ministries, "
        "envelope, grant_min, grant_max, rapporteurs_per_dossier, tie_break, funders, criteria, "
        "eligibility)"
    )


def test_tables_and_lists_of_tables_where_expected():
    assert keys_of(edited(funders={"code": "F"})) == ["funders"]
    assert keys_of(edited(criteria="a")) == ["criteria"]
    assert keys_of(edited(funders=["F1"])) == [
        "funders[1]",
        "funders[1].code",
        "funders[1].name",
        "funders[1].amount",
    ]
    with pytest.raises(InvalidSettings) as caught:
        parse_call(edited(funders={"code": "F"}))
    assert str(caught.value.problems[0]) == (
        "funders : une liste de tables [[funders]] est attendue, pas une table"
    )
    with pytest.raises(InvalidSettings) as caught:
        parse_call(edited(eligibility=["x"]))
    assert str(caught.value.problems[0]) == "eligibility : une table est attendue, pas une liste"
    with pytest.raises(InvalidSettings) as caught:
        parse_call(edited(eligibility={"lead_siret": True}))
    assert str(caught.value.problems[0]) == (
        "eligibility.lead_siret : une table est attendue, pas true"
    )


def test_required_keys_of_funders_and_criteria():
    d = copy.deepcopy(data())
    d["funders"][0] = {"group": "x"}
    d["criteria"][1] = {"description": "x"}
    keys = keys_of(d)
    assert keys[:6] == [
        "funders[1].code",
        "funders[1].name",
        "funders[1].amount",
        "criteria[2].code",
        "criteria[2].label",
        "criteria[2].weight",
    ]


def test_values_inside_tables_are_typed():
    d = copy.deepcopy(data())
    d["funders"][1]["amount"] = "400"
    d["criteria"][0]["scale_max"] = 4.0
    d["criteria"][0]["eliminatory_below"] = "2"
    d["eligibility"]["attachments"]["required_attachments"] = "budget"
    d["eligibility"]["lead_siret"]["enabled"] = "non"
    assert keys_of(d) == [
        "funders[2].amount",
        "criteria[1].eliminatory_below",
        "criteria[1].scale_max",
        "eligibility.lead_siret.enabled",
        "eligibility.attachments.required_attachments",
    ]


def test_a_good_call_has_no_problem():
    assert settings_problems(parse_call(data())) == []


def call(**changes) -> Call:
    return dataclasses.replace(parse_call(data()), **changes)


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        ({"title": "  "}, ["title : le titre est vide"]),
        ({"year": 1899}, ["year : 1899 n'est pas une année plausible"]),
        ({"year": 2201}, ["year : 2201 n'est pas une année plausible"]),
        ({"reference": " "}, ["reference : le préfixe des procès-verbaux est vide"]),
        ({"grant_min": -1}, ["grant_min : le montant minimal ne peut être négatif"]),
        ({"grant_min": 501}, ["grant_min : bornes inversées : 501 € dépasse grant_max (500 €)"]),
        (
            {"grant_max": 1000.5, "grant_min": 0},
            [f"grant_max : 1{NBSP}000,5 € dépasse l'enveloppe (1{NBSP}000 €)"],
        ),
        (
            {"rapporteurs_per_dossier": 0},
            ["rapporteurs_per_dossier : au moins un rapporteur par dossier"],
        ),
        ({"tie_break": ("b", "amount_requested", "b")}, ["tie_break[3] : « b » figure deux fois"]),
        (
            {"tie_break": ("zz",)},
            [
                "tie_break[1] : « zz » n'est ni un code de critère (a, b) ni submitted_on ni "
                "amount_requested"
            ],
        ),
    ],
)
def test_each_top_level_problem(changes, expected):
    assert [str(p) for p in settings_problems(call(**changes))] == expected


def test_boundaries_that_are_allowed():
    assert settings_problems(call(year=1900)) == []
    assert settings_problems(call(year=2200)) == []
    assert settings_problems(call(grant_min=0)) == []
    assert settings_problems(call(grant_min=500)) == []
    assert settings_problems(call(grant_max=1000)) == []
    assert settings_problems(call(rapporteurs_per_dossier=1)) == []


def test_an_envelope_of_one_euro_is_positive():
    one = [Funder(code="F1", name="Un", amount=1)]
    assert settings_problems(call(envelope=1, funders=one, grant_min=0, grant_max=1)) == []
    assert [
        str(p) for p in settings_problems(call(envelope=1, funders=one, grant_min=0, grant_max=2))
    ] == ["grant_max : 2 € dépasse l'enveloppe (1 €)"]


def test_envelope_must_be_positive_and_match_the_funders():
    assert [str(p) for p in settings_problems(call(envelope=0))] == [
        "envelope : l'enveloppe doit être positive",
        f"funders : les parts des financeurs font 1{NBSP}000 €, l'enveloppe 0 €",
    ]
    # Half a cent apart is the same amount.
    assert settings_problems(call(envelope=1000.005)) == []
    assert [p.key for p in settings_problems(call(envelope=1000.01, grant_max=500))] == ["funders"]


def test_funder_problems():
    funders = [
        Funder(code=" ", name="Un", amount=600),
        Funder(code="F2", name=" ", amount=400),
        Funder(code="F2", name="Trois", amount=-1),
    ]
    assert [str(p) for p in settings_problems(call(funders=funders, envelope=999))] == [
        "funders[1].code : le code est vide",
        "funders[2].name : le nom est vide",
        "funders[3].code : le code « F2 » est déjà pris",
        "funders[3].amount : un montant ne peut être négatif",
    ]
    assert [str(p) for p in settings_problems(call(funders=[]))] == [
        "funders : au moins un financeur est requis"
    ]
    zero = [Funder(code="F1", name="Un", amount=1000), Funder(code="F2", name="Deux", amount=0)]
    assert settings_problems(call(funders=zero)) == []


def criterion(**kw) -> Criterion:
    return Criterion(**{"code": "c", "label": "C", "weight": 100, **kw})


def test_criterion_problems():
    criteria = [
        criterion(code="", weight=10),
        criterion(code="a", label=" ", weight=0),
        criterion(code="a", weight=-5, scale_min=5, scale_max=5),
        criterion(code="submitted_on", weight=95, scale_min=1, scale_max=4, eliminatory_below=0.5),
        criterion(code="d", weight=0.5, eliminatory_below=5.5),
    ]
    assert [str(p) for p in settings_problems(call(criteria=criteria, tie_break=()))] == [
        "criteria[1].code : le code est vide",
        "criteria[2].label : le libellé est vide",
        "criteria[2].weight : le poids doit être positif",
        "criteria[3].code : le code « a » est déjà pris",
        "criteria[3].weight : le poids doit être positif",
        "criteria[3].scale_min : échelle inversée : scale_min (5) doit être inférieur à "
        "scale_max (5)",
        "criteria[4].code : « submitted_on » est réservé au départage",
        "criteria[4].eliminatory_below : seuil 0.5 hors de l'échelle 1–4",
        "criteria[5].eliminatory_below : seuil 5.5 hors de l'échelle 0–5",
        "criteria : les poids font 100.5, ils doivent faire 100",
    ]
    assert [str(p) for p in settings_problems(call(criteria=[], tie_break=()))] == [
        "criteria : la grille compte au moins un critère"
    ]
    edges = [
        criterion(code="a", weight=50, scale_min=1, scale_max=4, eliminatory_below=1),
        criterion(code="b", weight=50, eliminatory_below=5),
    ]
    assert settings_problems(call(criteria=edges, tie_break=())) == []


def test_eligibility_problems():
    e = EligibilitySettings(
        min_members=0,
        authority_cofunding_max_each=0,
        authority_cofunding_max_total=1.5,
        required_attachments=("budget", " "),
    )
    assert [str(p) for p in settings_problems(call(eligibility=e))] == [
        "eligibility.min_members.min_members : au moins 1 membre",
        "eligibility.authority_cofunding.authority_cofunding_max_each : une part entre 0 et 1 "
        "(0.2 pour 20 %)",
        "eligibility.authority_cofunding.authority_cofunding_max_total : une part entre 0 et 1 "
        "(0.2 pour 20 %)",
        "eligibility.attachments.required_attachments[2] : type de pièce vide",
    ]
    over = EligibilitySettings(authority_cofunding_max_each=0.6, authority_cofunding_max_total=0.5)
    assert [str(p) for p in settings_problems(call(eligibility=over))] == [
        "eligibility.authority_cofunding.authority_cofunding_max_each : dépasse "
        "authority_cofunding_max_total"
    ]
    edges = EligibilitySettings(
        min_members=1, authority_cofunding_max_each=1, authority_cofunding_max_total=1
    )
    assert settings_problems(call(eligibility=edges)) == []


def test_the_message_of_invalid_settings_counts_the_other_problems():
    one = InvalidSettings([Problem("a", "x")])
    assert str(one) == "a : x" and one.problems == (Problem("a", "x"),)
    assert str(InvalidSettings([Problem("a", "x"), Problem("b", "y")])) == (
        "a : x (et 1 autre problème)"
    )
    assert str(InvalidSettings([Problem("a", "x")] * 3)) == "a : x (et 2 autres problèmes)"


def test_frozen_grid_changes():
    old = call()
    new_criteria = [
        dataclasses.replace(old.criteria[1], weight=41, description="autre", label="Bé"),
        criterion(code="n", weight=0),
    ]
    assert frozen_grid_changes(old, call(criteria=new_criteria)) == [
        "criteria : critère « a » retiré",
        "criteria : critère « n » ajouté",
        "criteria[1].weight",
    ]
    rescaled = [dataclasses.replace(old.criteria[0], scale_min=0, scale_max=5), old.criteria[1]]
    assert frozen_grid_changes(old, call(criteria=rescaled)) == [
        "criteria[1].scale_min",
        "criteria[1].scale_max",
    ]
    assert frozen_grid_changes(old, call(title="Autre")) == []


def test_changed_keys_name_what_differs():
    old = call()
    new = call(
        title="Autre",
        grant_max=400.0,
        eligibility=dataclasses.replace(old.eligibility, min_members=5, disabled_rules=()),
    )
    assert changed_keys(old, new) == [
        "title",
        "grant_max",
        "eligibility.commercial_member",
        "eligibility.min_members",
        "eligibility.lead_siret",
    ]
    assert changed_keys(old, old) == []


def test_settings_that_are_not_a_table_or_give_zeros():
    with pytest.raises(InvalidSettings) as caught:
        parse_call(["year", 2016])  # type: ignore[arg-type]
    assert str(caught.value.problems[0]) == " : une table est attendue, pas une liste"
    assert [str(p) for p in problems(edited(year=0, envelope=0))][:2] == [
        "year : 0 n'est pas une année plausible",
        "envelope : l'enveloppe doit être positive",
    ]


def test_a_missing_required_key_says_so():
    d = copy.deepcopy(data())
    del d["funders"][1]["name"]
    assert [str(p) for p in problems(d)] == ["funders[2].name : clé requise absente"]


def problems(settings: dict) -> list[Problem]:
    with pytest.raises(InvalidSettings) as caught:
        parse_call(settings)
    return list(caught.value.problems)


def test_each_field_of_the_wrong_type_names_its_key():
    d = copy.deepcopy(data())
    d["funders"][0].update(code=1, name=2, group=3)
    d["criteria"][1].update(code=1, label=2, description=3, weight="x", scale_min=0.5)
    assert keys_of(d) == [
        "funders[1].code", "funders[1].name", "funders[1].group",
        "criteria[2].code", "criteria[2].label", "criteria[2].description",
        "criteria[2].weight", "criteria[2].scale_min",
    ]  # fmt: skip


def test_a_funder_without_a_group_has_none():
    d = copy.deepcopy(data())
    del d["funders"][0]["group"]
    assert parse_call(d).funders[0] == Funder(code="F1", name="Un", group="", amount=600)


def test_well_typed_settings_are_then_checked_as_a_call():
    with pytest.raises(InvalidSettings) as caught:
        parse_call(edited(grant_min=600))
    assert [str(p) for p in caught.value.problems] == [
        "grant_min : bornes inversées : 600 € dépasse grant_max (500 €)"
    ]
