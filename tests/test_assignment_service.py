"""Assignment headless: the automatic proposal previewed then applied in one audited
transaction, and every refusal by hand with its message and nothing changed."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from ptce_desktop.services import assignment, audit
from ptce_desktop.services.people import PersonNotFoundError
from ptce_desktop.store.db import CallStore
from tests.assignment_helpers import INACTIVE, MEMBER, eligible_ids, numero, pairs, person_id


@pytest.fixture
def store(assignment_call: Path) -> Iterator[CallStore]:
    s = CallStore.open(assignment_call, actor="Secrétariat")
    yield s
    s.close()


def snapshot(store: CallStore) -> tuple:
    audit_rows = store.conn.execute("SELECT count(*) FROM audit_log").fetchone()[0]
    return pairs(store), audit_rows


def test_preview_writes_nothing_and_apply_writes_it_in_one_audited_transaction(
    store: CallStore,
) -> None:
    before = snapshot(store)
    proposal = assignment.preview(store)
    assert snapshot(store) == before
    assert proposal.per_dossier == 2
    eligible = eligible_ids(store)
    assert len(proposal.plan.added) == 2 * len(eligible)

    assert assignment.apply(store, proposal) == len(proposal.plan.added)
    written = pairs(store)
    assert {(d, p) for d, p, _ in written} == set(proposal.plan.added)
    assert {m for _, _, m in written} == {"automatic"}
    actions = {
        r[0]
        for r in store.conn.execute(
            "SELECT DISTINCT action FROM audit_log WHERE table_name = 'assignments'"
        )
    }
    assert actions == {f"répartition automatique : {len(written)} attribution(s)"}
    assert audit.verify(store) == []
    assert list((store.path.parent / "backups").glob("*avant-attribution*"))

    now = assignment.board(store)
    loads = [r.load for r in now.rapporteurs]
    assert len(now.rapporteurs) == 5  # the inactive rapporteur and the member are not there
    assert max(loads) - min(loads) <= 1 and sum(loads) == 2 * len(eligible)
    assert now.connected
    anne = person_id(store, "anne@exemple.fr")
    assert (eligible[0], anne) in now.conflicts
    assert (eligible[0], anne) not in now.cells
    assert all(now.count_on(d) == 2 for d in eligible)


def test_hand_assignments_are_kept_and_count(store: CallStore) -> None:
    first = numero(store, eligible_ids(store)[1])
    assignment.assign(store, person="david@exemple.fr", numero=first)
    assignment.assign(store, person="elise@exemple.fr", numero=first)
    proposal = assignment.preview(store, per_dossier=3)
    assignment.apply(store, proposal)
    written = pairs(store)
    david, elise = person_id(store, "david@exemple.fr"), person_id(store, "elise@exemple.fr")
    dossier = eligible_ids(store)[1]
    assert (dossier, david, "manual") in written and (dossier, elise, "manual") in written
    assert sum(1 for d, _, _ in written if d == dossier) == 3


def test_a_proposal_is_refused_once_the_file_changed_since_the_preview(store: CallStore) -> None:
    proposal = assignment.preview(store)
    assignment.assign(
        store, person="bruno@exemple.fr", numero=numero(store, eligible_ids(store)[2])
    )
    before = snapshot(store)
    with pytest.raises(assignment.StaleProposalError, match="changé depuis l'aperçu"):
        assignment.apply(store, proposal)
    assert snapshot(store) == before


def test_avoiding_the_region_takes_departement_codes_into_account(store: CallStore) -> None:
    assignment.apply(store, assignment.preview(store, avoid_same_region=True))
    regions = {r[0]: r[1] for r in store.conn.execute("SELECT id, region FROM dossiers")}
    bruno = person_id(store, "bruno@exemple.fr")  # region "14": Calvados, in Normandie
    elise = person_id(store, "elise@exemple.fr")  # Occitanie
    chloe = person_id(store, "chloe@exemple.fr")  # Bourgogne-Franche-Comté
    for dossier, person, _ in pairs(store):
        region = regions[dossier]
        assert not (person == bruno and region == "Normandie")
        assert not (person == elise and region == "Occitanie")
        assert not (person == chloe and region == "Bourgogne-Franche-Comté")


def test_fewer_rapporteurs_than_k_reports_every_dossier(store: CallStore) -> None:
    proposal = assignment.preview(store, per_dossier=6)
    shortages = proposal.plan.shortages
    assert len(shortages) == len(eligible_ids(store))
    first = eligible_ids(store)[0]  # Anne is in conflict there: 4 possible
    assert next(s for s in shortages if s.dossier_id == first).possible == 4
    with pytest.raises(assignment.AssignmentError, match="au moins 1"):
        assignment.preview(store, per_dossier=0)


def test_assign_and_unassign_by_hand(store: CallStore) -> None:
    dossier = eligible_ids(store)[3]
    who, d = assignment.assign(store, person=str(person_id(store, "chloe@exemple.fr")),
                               numero=numero(store, dossier))  # fmt: skip
    assert who.name == "Chloé Dijon" and d.id == dossier
    assert (dossier, who.id, "manual") in pairs(store)
    assignment.unassign(store, person="CHLOE@exemple.fr", numero=numero(store, dossier))
    assert pairs(store) == set()
    actions = [r[0] for r in store.conn.execute(
        "SELECT action FROM audit_log WHERE table_name = 'assignments' ORDER BY id")]  # fmt: skip
    assert actions == [
        f"attribution de Chloé Dijon au dossier {d.numero}",
        f"retrait de Chloé Dijon du dossier {d.numero}",
    ]


def _ineligible_numero(store: CallStore) -> str:
    return store.conn.execute(
        "SELECT numero FROM dossiers WHERE id NOT IN "
        "(SELECT dossier_id FROM dossier_eligibility WHERE eligible = 1)"
    ).fetchone()[0]


@pytest.mark.parametrize(
    ("person", "which", "error", "message"),
    [
        ("anne@exemple.fr", "conflict", assignment.AssignmentRefused,
         "Anne Bretonneau a déclaré un conflit d'intérêts sur le dossier PTCE-2013-001 "
         "(administratrice d'un membre)"),
        ("gisele@exemple.fr", "eligible", assignment.AssignmentRefused,
         f"{MEMBER} n'est pas rapporteur de cet appel"),
        ("fabien@exemple.fr", "eligible", assignment.AssignmentRefused,
         f"{INACTIVE} est désactivé(e) (a quitté le service)"),
        ("anne@exemple.fr", "ineligible", assignment.AssignmentRefused,
         "n'est pas éligible (ou pas encore examiné)"),
        ("anne@exemple.fr", "unknown", assignment.DossierNotFoundError,
         "dossier inconnu dans cet appel : « PTCE-1999-999 »"),
        ("personne@exemple.fr", "eligible", PersonNotFoundError,
         "personne inconnue dans cet appel : « personne@exemple.fr »"),
        ("9999", "eligible", PersonNotFoundError, "personne inconnue"),
    ],
)  # fmt: skip
def test_refusals_by_hand_change_nothing(
    store: CallStore, person: str, which: str, error: type, message: str
) -> None:
    target = {
        "conflict": numero(store, eligible_ids(store)[0]),
        "eligible": numero(store, eligible_ids(store)[1]),
        "ineligible": _ineligible_numero(store),
        "unknown": "PTCE-1999-999",
    }[which]
    before = snapshot(store)
    with pytest.raises(error) as caught:
        assignment.assign(store, person=person, numero=target)
    assert message in str(caught.value)
    assert snapshot(store) == before


def test_twice_the_same_pair_or_removing_what_is_not_there_is_refused(store: CallStore) -> None:
    target = numero(store, eligible_ids(store)[1])
    assignment.assign(store, person="bruno@exemple.fr", numero=target)
    before = snapshot(store)
    with pytest.raises(assignment.AssignmentRefused, match="déjà rapporteur du dossier"):
        assignment.assign(store, person="bruno@exemple.fr", numero=target)
    with pytest.raises(assignment.AssignmentRefused, match="n'est pas rapporteur du dossier"):
        assignment.unassign(store, person="david@exemple.fr", numero=target)
    assert snapshot(store) == before


def test_an_assignment_with_a_submitted_review_is_not_removed_by_hand(demo_call: Path) -> None:
    with CallStore.open(demo_call, actor="Secrétariat") as store:
        person, number = store.conn.execute(
            "SELECT r.person_id, d.numero FROM reviews r JOIN dossiers d ON d.id = r.dossier_id "
            "WHERE r.state = 'submitted' ORDER BY r.id"
        ).fetchone()
        before = snapshot(store)
        with pytest.raises(assignment.AssignmentRefused, match="seul un conflit d'intérêts"):
            assignment.unassign(store, person=person, numero=number)
        assert snapshot(store) == before


def test_removing_a_rapporteur_keeps_their_draft(store: CallStore) -> None:
    dossier = eligible_ids(store)[1]
    assignment.assign(store, person="david@exemple.fr", numero=numero(store, dossier))
    david = person_id(store, "david@exemple.fr")
    with store.transaction("test : brouillon"):
        store.conn.execute(
            "INSERT INTO reviews (dossier_id, person_id, updated_at) VALUES (?, ?, 'x')",
            (dossier, david),
        )
    assignment.unassign(store, person="david@exemple.fr", numero=numero(store, dossier))
    assert store.conn.execute("SELECT count(*) FROM reviews").fetchone()[0] == 1
    assert assignment.board(store).cells == {}
