"""Eligibility screening: each rule of the call passes and fails with a reason; screening runs
after an import and on demand (`ptce eligibility`), and never drops a person's override."""

from __future__ import annotations

import dataclasses

import pytest

from ptce_desktop.cli import main as ptce
from ptce_desktop.domain.eligibility import evaluate
from ptce_desktop.domain.model import (
    Attachment,
    Call,
    Cofunding,
    EligibilitySettings,
    Member,
    MemberCategory,
)
from ptce_desktop.services import screening
from ptce_desktop.store import eligibility as results
from ptce_desktop.store.db import CallStore
from tests.helpers import call_with_dossier, sample_dossier

CALL = Call(
    title="Appel", year=2013, envelope=3_000_000, grant_min=72_000, grant_max=290_000,
    eligibility=EligibilitySettings(required_attachments=("dossier_candidature",)),
)  # fmt: skip


def _verdict(dossier, rule: str) -> tuple[bool, str]:
    found = {r.rule: r for r in evaluate(CALL, dossier)}[rule]
    return found.passed, found.reason


def test_the_sample_dossier_passes_every_rule():
    assert all(r.passed for r in evaluate(CALL, sample_dossier()))
    assert len(evaluate(CALL, sample_dossier())) == 7


def _without(category: MemberCategory):
    d = sample_dossier()
    d.members = [m for m in d.members if m.category is not category]
    d.members += [Member(name=f"Autre {i}", category=MemberCategory.OTHER) for i in range(2)]
    return d


@pytest.mark.parametrize(
    ("rule", "make", "reason"),
    [
        ("ess_member", lambda: _without(MemberCategory.ESS_ENTERPRISE), "aucune entreprise"),
        ("commercial_member", lambda: _without(MemberCategory.COMMERCIAL_ENTERPRISE),
         "aucune entreprise commerciale"),
        ("min_members", lambda: dataclasses.replace(sample_dossier(), members=sample_dossier()
                                                    .members[:2]), "3 au moins"),
        ("amount_bounds", lambda: dataclasses.replace(sample_dossier(), amount_requested=300_000),
         "hors des bornes"),
        ("amount_bounds", lambda: dataclasses.replace(sample_dossier(), amount_requested=50_000),
         "hors des bornes"),
        ("lead_siret", lambda: dataclasses.replace(sample_dossier(), lead_siret="73282932000075"),
         "clé de contrôle invalide"),
        ("lead_siret", lambda: dataclasses.replace(sample_dossier(), lead_siret="1234"),
         "14 chiffres"),
        ("attachments", lambda: dataclasses.replace(sample_dossier(), attachments=[
            Attachment(filename="budget.pdf", kind="budget")]), "dossier_candidature"),
        ("authority_cofunding", lambda: dataclasses.replace(sample_dossier(), cofundings=[]),
         "(requis)"),
        ("authority_cofunding", lambda: dataclasses.replace(sample_dossier(), cofundings=[
            Cofunding(funder="Ville", funder_type="collectivité territoriale",
                      amount=100_000)]), "par collectivité"),
        ("authority_cofunding", lambda: dataclasses.replace(sample_dossier(), cofundings=[
            Cofunding(funder=f"Ville {i}", funder_type="collectivité territoriale",
                      amount=80_000) for i in range(3)]), "au total)"),
        ("authority_cofunding", lambda: dataclasses.replace(sample_dossier(), total_cost=None),
         "coût total du projet absent"),
    ],
)  # fmt: skip
def test_each_rule_fails_with_a_reason(rule, make, reason):
    passed, text = _verdict(make(), rule)
    assert not passed
    assert reason in text
    others = [r for r in evaluate(CALL, make()) if r.rule != rule]
    assert all(r.reason for r in others)


def test_screening_keeps_an_override_and_eligibility_prints_it(tmp_path, capsys):
    path = tmp_path / "appel.ptce"
    store = call_with_dossier(path)
    with store:
        screening.screen(store)
        dossier_id = store.conn.execute("SELECT id FROM dossiers").fetchone()[0]
        with store.transaction("dérogation"):
            results.set_override(store, dossier_id=dossier_id, rule="lead_siret", passed=False,
                                 reason="SIRET radié au répertoire Sirene")  # fmt: skip
        screening.screen(store)
        row = next(r for r in results.results_for(store, dossier_id) if r["rule"] == "lead_siret")
        assert row["passed"] == 1 and row["override_passed"] == 0
    assert ptce(["eligibility", str(path)]) == 0
    out = capsys.readouterr().out
    assert "PTCE-2013-001" in out and "✗*" in out and "non" in out
    assert "0 dossier(s) éligible(s) sur 1 (* : dérogation justifiée)" in out
    with CallStore.open(path, actor="t") as store:
        assert store.conn.execute("SELECT override_passed FROM eligibility_results "
                                  "WHERE rule = 'lead_siret'").fetchone()[0] == 0  # fmt: skip


def test_shares_are_written_the_french_way() -> None:
    from ptce_desktop.domain.eligibility import _pct

    assert _pct(0.222) == "22,2\u202f%"
    assert _pct(0.2) == "20\u202f%"
