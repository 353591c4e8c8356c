"""Conflicts of interest: declaring one unassigns the person and sets their review aside (out
of every score), withdrawing one keeps the record, recusals in a session are the same record."""

from __future__ import annotations

import pytest

from ptce_desktop.domain.model import Person
from ptce_desktop.services import browse, compare, conflicts, deliberation, exporting, people
from ptce_desktop.services import minutes as minutes_service
from ptce_desktop.services.review import reviews_of
from ptce_desktop.store import people as people_rows
from ptce_desktop.store.db import CallStore
from ptce_desktop.store.errors import ReadOnlyError


def submitted_pair(store: CallStore) -> tuple[int, int]:
    """A rapporteur's submitted review on a dossier that has another submitted review."""
    return store.conn.execute(
        "SELECT r.person_id, r.dossier_id FROM reviews r WHERE r.state = 'submitted' AND "
        "(SELECT count(*) FROM reviews x WHERE x.dossier_id = r.dossier_id "
        " AND x.state = 'submitted') >= 2 ORDER BY r.dossier_id LIMIT 1"
    ).fetchone()


def weighted(store: CallStore, dossier_id: int) -> list[float]:
    return sorted(
        r[0]
        for r in store.conn.execute(
            "SELECT weighted FROM review_scores WHERE dossier_id = ?", (dossier_id,)
        )
    )


def test_declaring_unassigns_sets_the_review_aside_and_scores_exclude_it(demo_call):
    with CallStore.open(demo_call, actor="Secrétariat") as store:
        person, dossier = submitted_pair(store)
        numero = browse.list_row(store, dossier).numero
        mine = store.conn.execute(
            "SELECT v.weighted FROM review_scores v WHERE person_id = ? AND dossier_id = ?",
            (person, dossier),
        ).fetchone()[0]
        others = [w for w in weighted(store, dossier)]
        others.remove(mine)
        row_before = browse.list_row(store, dossier)
        done = conflicts.declare_conflict(
            store, person_id=person, dossier_id=dossier, reason="administrateur du porteur"
        )
        assert done.unassigned and done.set_aside
        assert "évaluation est écartée" in done.summary()
        assert person not in {
            r[0]
            for r in store.conn.execute(
                "SELECT person_id FROM assignments WHERE dossier_id = ?", (dossier,)
            )
        }
        kept = store.conn.execute(
            "SELECT state, set_aside, set_aside_reason FROM reviews "
            "WHERE person_id = ? AND dossier_id = ?",
            (person, dossier),
        ).fetchone()
        assert tuple(kept) == ("submitted", 1, "conflit d'intérêts : administrateur du porteur")
        assert weighted(store, dossier) == others
        row = browse.list_row(store, dossier)
        assert row.reviews_done == row_before.reviews_done - 1
        assert row.reviews_expected == row_before.reviews_expected - 1
        assert row.score != row_before.score
        ranked = {e.numero: e for e in deliberation.ranking(store)}
        assert ranked[numero].review_count == row.reviews_done
        compared = compare.compare_dossiers(store, [dossier, dossier + 1])
        counts = next(r for r in compared.rows if r.label == "Évaluations soumises")
        assert counts.values[0] == str(row.reviews_done)
        shown = reviews_of(store, dossier).reviews  # the committee still reads it, marked
        assert [r.set_aside for r in shown].count(True) == 1
        exported = {row[3] for row in exporting.reviews_table(store).rows if row[0] == numero}
        assert "écartée (conflit d'intérêts)" in exported and "soumise" in exported


def test_withdrawing_keeps_the_record_with_its_reason(demo_call):
    with CallStore.open(demo_call, actor="Secrétariat") as store:
        person, dossier = submitted_pair(store)
        conflicts.declare_conflict(store, person_id=person, dossier_id=dossier, reason="lien")
        with pytest.raises(conflicts.ConflictError, match="pourquoi"):
            conflicts.withdraw_conflict(store, person_id=person, dossier_id=dossier, reason=" ")
        conflicts.withdraw_conflict(
            store, person_id=person, dossier_id=dossier, reason="erreur de saisie"
        )
        assert not people_rows.has_conflict(store, person_id=person, dossier_id=dossier)
        entry = next(
            e
            for e in conflicts.list_conflicts(store)
            if (e.person_id, e.dossier_id) == (person, dossier)
        )
        assert (entry.state, entry.reason, entry.withdrawn_reason, entry.withdrawn_by) == (
            "withdrawn", "lien", "erreur de saisie", "Secrétariat",
        )  # fmt: skip
        with pytest.raises(conflicts.ConflictNotFoundError, match="aucun conflit"):
            conflicts.withdraw_conflict(store, person_id=person, dossier_id=dossier, reason="x")
        assert all(e.state == "declared" for e in conflicts.list_conflicts(store, withdrawn=False))


def test_a_reason_is_required_and_nothing_is_written_without_it(demo_call):
    with CallStore.open(demo_call, actor="Secrétariat") as store:
        person, dossier = submitted_pair(store)
        before = store.conn.execute("SELECT count(*) FROM audit_log").fetchone()[0]
        with pytest.raises(conflicts.ConflictError, match="nature de l'intérêt"):
            conflicts.declare_conflict(store, person_id=person, dossier_id=dossier, reason="  ")
        assert store.conn.execute("SELECT count(*) FROM audit_log").fetchone()[0] == before


def test_only_the_secretariat_or_the_person_declares(demo_call):
    with CallStore.open(demo_call, actor="Secrétariat") as store:
        person, dossier = submitted_pair(store)
        other = next(
            p for p in people.list_people(store)
            if p.is_rapporteur and not p.is_secretariat and p.id != person
        )  # fmt: skip
        store.actor = other.name
        with pytest.raises(conflicts.ConflictNotAllowedError, match="seuls le secrétariat"):
            conflicts.declare_conflict(store, person_id=person, dossier_id=dossier, reason="x")
        store.actor = next(p.name for p in people.list_people(store) if p.id == person)
        conflicts.declare_conflict(store, person_id=person, dossier_id=dossier, reason="moi")
        assert people_rows.has_conflict(store, person_id=person, dossier_id=dossier)


def test_a_session_recusal_is_the_same_record_and_the_minutes_drop_withdrawn_ones(demo_call):
    with CallStore.open(demo_call, actor="Secrétariat") as store:
        session_id = deliberation.list_sessions(store)[0][0].id
        deliberation.reopen_session(store, session_id=session_id)  # a closed one refuses it
        entry = deliberation.session_report(store, session_id).agenda[0]
        member = next(
            p for p in people.list_people(store)
            if p.is_member and p.id not in {r.person_id for r in entry.recused}
        )  # fmt: skip
        deliberation.declare_recusal(
            store, person_id=member.id, dossier_id=entry.dossier_id, reason="élu local",
            session_id=session_id,
        )  # fmt: skip
        row = people_rows.conflict_row(store, person_id=member.id, dossier_id=entry.dossier_id)
        assert (row["state"], row["session_id"]) == ("declared", session_id)
        deliberation.close_session(store, session_id=session_id)
        item = next(
            i for i in minutes_service.minutes_data(store, session_id).agenda
            if i.numero == entry.numero
        )  # fmt: skip
        assert member.name in item.recused
        with pytest.raises(deliberation.RecusalError, match="nature"):
            deliberation.declare_recusal(
                store, person_id=member.id, dossier_id=entry.dossier_id, reason=" "
            )
        deliberation.withdraw_recusal(
            store, person_id=member.id, dossier_id=entry.dossier_id, reason="pas d'intérêt",
            session_id=session_id,
        )  # fmt: skip
        again = deliberation.session_report(store, session_id).agenda[0]
        assert member.name not in {r.name for r in again.recused}
        item = next(
            i for i in minutes_service.minutes_data(store, session_id).agenda
            if i.numero == entry.numero
        )  # fmt: skip
        assert member.name not in item.recused
        row = people_rows.conflict_row(store, person_id=member.id, dossier_id=entry.dossier_id)
        assert (row["state"], row["withdrawn_reason"]) == ("withdrawn", "pas d'intérêt")
        with store.transaction("test : séance signée"):
            store.conn.execute("UPDATE sessions SET state = 'signed' WHERE id = ?", (session_id,))
        with pytest.raises(ReadOnlyError, match="verrouillée"):
            deliberation.declare_recusal(
                store, person_id=member.id, dossier_id=entry.dossier_id, reason="élu",
                session_id=session_id,
            )  # fmt: skip


def test_suggestions_propose_without_applying_and_skip_known_pairs(demo_call):
    with CallStore.open(demo_call, actor="Secrétariat") as store:
        lead = store.conn.execute(
            "SELECT id, lead_name FROM dossiers ORDER BY numero LIMIT 1"
        ).fetchone()
        with store.transaction("t"):
            (pid,) = people_rows.insert_people(
                store,
                [Person(name="Zoé", institution=f"Association {lead[1].upper()}",
                        email="zoe@example.fr", is_rapporteur=True)],
            )  # fmt: skip
        before = store.conn.execute("SELECT count(*) FROM conflicts").fetchone()[0]
        found = conflicts.suggested_conflicts(store, person_id=pid)
        assert lead[0] in {s.dossier_id for s in found}
        assert store.conn.execute("SELECT count(*) FROM conflicts").fetchone()[0] == before
        conflicts.declare_conflict(store, person_id=pid, dossier_id=lead[0], reason="confirmé")
        assert lead[0] not in {s.dossier_id for s in conflicts.suggested_conflicts(store)}
