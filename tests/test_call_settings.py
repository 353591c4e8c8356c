"""A call's settings: parsing and checking (domain), the TOML file (io), applying (service)."""

from __future__ import annotations

import copy
import sqlite3
import tomllib
from dataclasses import replace
from pathlib import Path

import pytest

from ptce_desktop.domain import eligibility
from ptce_desktop.domain.call_checks import InvalidSettings
from ptce_desktop.domain.call_settings import (
    RULE_PARAMETERS,
    changed_keys,
    parse_call,
    settings_dict,
)
from ptce_desktop.domain.model import EligibilitySettings
from ptce_desktop.io.call_settings import (
    SettingsFileError,
    parse_settings,
    read_settings,
    render_settings,
)
from ptce_desktop.services import call_settings as svc
from ptce_desktop.services.calls import available_templates, load_template, new_call
from ptce_desktop.store.calls import read_call
from ptce_desktop.store.db import CallStore
from tests.helpers import call_with_dossier


def base() -> dict:
    return settings_dict(load_template("ptce-2013"))


def problems_of(data: dict) -> list[str]:
    with pytest.raises(InvalidSettings) as caught:
        parse_call(data)
    return [str(p) for p in caught.value.problems]


def test_every_rule_has_its_settings_and_parameters_are_settings_fields():
    assert set(RULE_PARAMETERS) == set(eligibility.RULES)
    names = EligibilitySettings.__dataclass_fields__
    assert all(p in names for params in RULE_PARAMETERS.values() for p in params)


def test_a_short_file_takes_the_defaults():
    call = parse_call(parse_settings("year = 2016\nenvelope = 500_000\n", source="court.toml"))
    assert call.title == "Appel à projets PTCE 2016"
    assert call.reference == "PV-2016" and call.place == "Paris"
    assert call.grant_min == 0 and call.grant_max == 500_000
    assert [(f.code, f.amount) for f in call.funders] == [("ETAT", 500_000)]
    assert sum(c.weight for c in call.criteria) == 100 and len(call.criteria) == 6
    assert call.rapporteurs_per_dossier == 2 and call.tie_break == ()
    assert call.eligibility == EligibilitySettings()


@pytest.mark.parametrize(
    ("edit", "expected"),
    [
        (lambda d: d["funders"][0].update(amount=1_900_000),
         "funders : les parts des financeurs font 2\u202f900\u202f000 €, "
         "l'enveloppe 3\u202f000\u202f000 €"),
        (lambda d: d["criteria"][0].update(weight=15),
         "criteria : les poids font 90, ils doivent faire 100"),
        (lambda d: d["criteria"][0].update(eliminatory_below=7),
         "criteria[1].eliminatory_below : seuil 7 hors de l'échelle 0–5"),
        (lambda d: d.update(grant_min=300_000),
         "grant_min : bornes inversées : 300\u202f000 € dépasse grant_max (290\u202f000 €)"),
        (lambda d: d["criteria"][1].update(scale_min=5),
         "criteria[2].scale_min : échelle inversée : scale_min (5) doit être inférieur à "
         "scale_max (5)"),
        (lambda d: d.update(tie_break=["cooperation", "age"]),
         "tie_break[2] : « age » n'est ni un code de critère"),
        (lambda d: d.update(colour="bleu"), "colour : clé inconnue (clés possibles : title,"),
        (lambda d: d["criteria"][2].update(poids=3), "criteria[3].poids : clé inconnue"),
        (lambda d: d["eligibility"]["min_members"].update(minimum=2),
         "eligibility.min_members.minimum : clé inconnue (clés possibles : enabled, min_members)"),
        (lambda d: d["eligibility"].update(age_limit={"enabled": True}),
         "eligibility.age_limit : clé inconnue"),
        (lambda d: d.update(envelope="trois millions"),
         "envelope : un nombre attendu, pas « trois millions »"),
        (lambda d: d.update(year=2013.5), "year : un nombre entier attendu, pas 2013.5"),
        (lambda d: d["eligibility"]["lead_siret"].update(enabled="oui"),
         "eligibility.lead_siret.enabled : true ou false attendu, pas « oui »"),
        (lambda d: d["funders"][1].pop("amount"), "funders[2].amount : clé requise absente"),
        (lambda d: d["criteria"][0].update(code="territory"),
         "criteria[2].code : le code « territory » est déjà pris"),
        (lambda d: d.pop("envelope"), "envelope : l'enveloppe de l'appel est requise"),
        (lambda d: d["eligibility"]["authority_cofunding"].update(authority_cofunding_max_each=20),
         "eligibility.authority_cofunding.authority_cofunding_max_each : une part entre 0 et 1"),
    ],
)  # fmt: skip
def test_each_problem_names_its_key(edit, expected):
    data = copy.deepcopy(base())
    edit(data)
    assert any(p.startswith(expected) for p in problems_of(data)), problems_of(data)


def test_all_problems_are_reported_and_the_message_counts_them():
    data = base()
    data["criteria"][0]["weight"] = 15
    data["grant_min"] = 300_000
    with pytest.raises(InvalidSettings) as caught:
        parse_call(data)
    assert len(caught.value.problems) == 2
    assert str(caught.value).endswith("(et 1 autre problème)")


def test_a_toml_syntax_error_names_the_line(tmp_path: Path):
    path = tmp_path / "appel.toml"
    path.write_text('title = "Appel"\nyear = 2015\nenvelope = \n', encoding="utf-8")
    with pytest.raises(
        SettingsFileError, match=r"appel\.toml, ligne 3, colonne 12 : TOML invalide"
    ):
        read_settings(path)


def test_the_file_is_commented_toml_that_reads_back_to_the_same_call():
    call = load_template("ptce-2013")
    text = render_settings(call)
    assert "# Préfixe des procès-verbaux" in text and "envelope = 3_000_000" in text
    assert "# Grille d'évaluation" in text and "[eligibility.authority_cofunding]" in text
    again = parse_call(tomllib.loads(text))
    again.template = call.template
    assert again == call


def test_awkward_text_survives_the_round_trip():
    call = load_template("ptce-2013")
    call.title = 'Appel "spécial"\\ à\tla\nligne \x7f et # pas un commentaire'
    call.criteria[0].description = '« guillemets » \' et "doubles"'
    call.envelope = call.funders[0].amount = 3_000_000.5 - 1_000_000
    call.funders[0].amount = 1_000_000.5
    assert parse_call(tomllib.loads(render_settings(call))).title == call.title
    assert settings_dict(parse_call(tomllib.loads(render_settings(call)))) == settings_dict(call)


@pytest.mark.parametrize("name", ["ptce-2013", "ptce-2015", "ami-ptce-2021"])
def test_the_built_in_templates_load_and_validate(name):
    assert name in available_templates()
    call = load_template(name)
    assert call.template == name
    assert abs(sum(f.amount for f in call.funders) - call.envelope) < 0.01


def test_the_templates_carry_the_calls_facts():
    t2015, ami = load_template("ptce-2015"), load_template("ami-ptce-2021")
    assert (t2015.envelope, t2015.grant_min, t2015.grant_max) == (2_700_000, 26_000, 290_000)
    assert t2015.eligibility.min_members == 3
    assert t2015.eligibility.enabled("ess_member") and t2015.eligibility.enabled(
        "commercial_member"
    )
    assert (ami.envelope, ami.grant_min, ami.grant_max) == (1_500_000, 100_000, 100_000)
    assert not ami.eligibility.enabled("authority_cofunding")


def test_disabled_rules_give_no_verdict(tmp_path: Path):
    from tests.helpers import sample_dossier

    call = load_template("ami-ptce-2021")
    rules = [r.rule for r in eligibility.evaluate(call, sample_dossier())]
    assert "authority_cofunding" not in rules and "ess_member" in rules


# -- the service ----------------------------------------------------------------------------------


def audit_rows(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT count(*) FROM audit_log").fetchone()[0]
    finally:
        conn.close()


def test_apply_writes_the_changes_in_one_audited_transaction(tmp_path: Path):
    path = tmp_path / "appel.ptce"
    with call_with_dossier(path) as store:
        call = read_call(store)
        call.place = "Lyon"
        call.criteria[1].label = "Ancrage territorial"
        call.eligibility = replace(call.eligibility, disabled_rules=("lead_siret",))
        before = store.conn.execute("SELECT max(id) FROM audit_log").fetchone()[0]
        keys = svc.apply(store, call)
        assert keys == ["place", "criteria", "eligibility.lead_siret"]
        actions = store.conn.execute(
            "SELECT DISTINCT action FROM audit_log WHERE id > ?", [before]
        ).fetchall()
        assert actions == [("paramètres de l'appel : place, criteria, eligibility.lead_siret",)]
        # the dossiers were screened again: the disabled rule's verdict is gone
        rules = {r for (r,) in store.conn.execute("SELECT rule FROM eligibility_results")}
        assert "lead_siret" not in rules and "ess_member" in rules
        assert read_call(store).place == "Lyon"
        assert svc.apply(store, read_call(store)) == []  # nothing to do: nothing written


def test_export_then_apply_is_a_no_op(tmp_path: Path):
    path = tmp_path / "appel.ptce"
    with call_with_dossier(path) as store:
        svc.export(store, tmp_path / "p.toml")
        before = audit_rows(path)
        assert svc.apply_file(store, tmp_path / "p.toml") == []
    assert audit_rows(path) == before


def test_a_call_made_from_an_exported_file_has_the_same_settings_and_a_new_uid(tmp_path: Path):
    with new_call(tmp_path / "a.ptce", title="AMI", template="ami-ptce-2021", actor="t") as a:
        svc.export(a, tmp_path / "ami.toml")
        first, uid = svc.show(a), a.conn.execute("SELECT uid FROM calls").fetchone()[0]
    with new_call(tmp_path / "b.ptce", title="AMI", template=str(tmp_path / "ami.toml"),
                  actor="t") as b:  # fmt: skip
        second = svc.show(b)
    assert "uid" not in read_settings(tmp_path / "ami.toml")
    assert {k: v for k, v in first.items() if k not in ("uid", "template")} == {
        k: v for k, v in second.items() if k not in ("uid", "template")
    }
    assert second["uid"] != uid and len(uid) == 32


def submit_a_review(store: CallStore) -> None:
    with store.transaction("test : une évaluation soumise"):
        store.conn.execute("INSERT INTO people (name, is_rapporteur) VALUES ('Rapporteur', 1)")
        store.conn.execute(
            "INSERT INTO reviews (dossier_id, person_id, state, submitted_at, updated_at) "
            "VALUES (1, 1, 'submitted', '2013-10-01', '2013-10-01')"
        )


@pytest.mark.parametrize(
    ("edit", "where"),
    [
        (lambda c: setattr(c.criteria[0], "weight", 20) or setattr(c.criteria[1], "weight", 25),
         "criteria[1].weight"),
        (lambda c: setattr(c.criteria[2], "scale_max", 10), "criteria[3].scale_max"),
        (lambda c: c.criteria.pop() and setattr(c.criteria[0], "weight", 35),
         "criteria : critère « governance » retiré"),
    ],
)  # fmt: skip
def test_the_grid_is_frozen_once_a_review_is_submitted(tmp_path: Path, edit, where):
    path = tmp_path / "appel.ptce"
    with call_with_dossier(path) as store:
        submit_a_review(store)
        call = read_call(store)
        edit(call)
        before = audit_rows(path)
        with pytest.raises(
            svc.FrozenGridError, match="grille figée : 1 évaluation est soumise"
        ) as e:
            svc.apply(store, call)
        assert str(e.value).startswith(where)
        assert audit_rows(path) == before
        # labels, descriptions and everything else stay editable
        call = read_call(store)
        call.criteria[0].label, call.criteria[0].description = "Coopération", "Nouvelle"
        call.envelope = call.funders[0].amount = 1_000_000
        call.funders = call.funders[:1]
        call.grant_max = 200_000
        assert svc.apply(store, call) == ["envelope", "grant_max", "funders", "criteria"]


def test_a_funder_decisions_rely_on_cannot_be_removed(demo_call: Path):
    with CallStore.open(demo_call, actor="t") as store:
        call = read_call(store)
        call.funders[0].amount += call.funders.pop().amount
        with pytest.raises(svc.FunderInUseError, match="funders : « CDC » ne peut être retiré"):
            svc.apply(store, call)


def test_invalid_settings_write_nothing(tmp_path: Path):
    path = tmp_path / "appel.ptce"
    with call_with_dossier(path) as store:
        call = read_call(store)
        call.criteria[0].weight = 30
        before = audit_rows(path)
        with pytest.raises(InvalidSettings, match="criteria : les poids font 105"):
            svc.apply(store, call)
        assert audit_rows(path) == before
        assert changed_keys(read_call(store), load_template("ptce-2013")) == ["title"]


def test_the_minutes_use_the_calls_reference_and_place(demo_call: Path):
    from ptce_desktop.services.minutes import minutes_data

    with CallStore.open(demo_call, actor="t") as store:
        session_id = store.conn.execute("SELECT min(id) FROM sessions").fetchone()[0]
        assert minutes_data(store, session_id).document_id == f"PV-2013-S{session_id}"
        call = read_call(store)
        call.reference, call.place = "CR-PTCE-2013", "Lyon"
        assert svc.apply(store, call) == ["reference", "place"]
        data = minutes_data(store, session_id)
    assert data.document_id == f"CR-PTCE-2013-S{session_id}"
    assert data.made_at == "Lyon"
