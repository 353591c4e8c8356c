"""The rapporteur's desk headless: access rules, one transaction per change, submit/reopen,
annotations and who sees what."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from ptce_desktop.domain.model import Opinion
from ptce_desktop.services import browse
from ptce_desktop.services import review as desk
from ptce_desktop.store.db import CallStore
from ptce_desktop.store.errors import ReadOnlyError
from tests.review_helpers import fresh_assignment, recused


@pytest.fixture
def store(demo_call: Path):  # type: ignore[no-untyped-def]
    s = CallStore.open(demo_call, actor=browse.SECRETARIAT)
    yield s
    s.close()


def audit_count(store: CallStore) -> int:
    return store.conn.execute("SELECT count(*) FROM audit_log").fetchone()[0]


def fill(store: CallStore, dossier_id: int, value: float = 3) -> None:
    for line in desk.open_grid(store, dossier_id).lines:
        desk.set_score(store, dossier_id, line.criterion.id, value)  # type: ignore[arg-type]


CRASH_SCRIPT = """
import os, sys
from ptce_desktop.services import review
from ptce_desktop.store.db import CallStore
store = CallStore.open(sys.argv[1], actor=sys.argv[2])
dossier, criterion = int(sys.argv[3]), int(sys.argv[4])
review.set_score(store, dossier, criterion, 4)
review.set_comment(store, dossier, criterion, "Coopération réelle")
os._exit(1)  # killed: no close, no checkpoint, no save step
"""


def test_a_score_is_written_at_once_and_survives_a_crash(store: CallStore, demo_call: Path) -> None:
    name, dossier_id = fresh_assignment(store)
    store.actor = name
    grid = desk.open_grid(store, dossier_id)
    assert grid.review_id is None and grid.missing == len(grid.lines)
    first = grid.lines[0].criterion
    done = subprocess.run(
        [sys.executable, "-c", CRASH_SCRIPT, str(demo_call), name, str(dossier_id), str(first.id)],
        check=False,
    )
    assert done.returncode == 1
    line = desk.open_grid(store, dossier_id).lines[0]
    assert (line.score, line.comment) == (4, "Coopération réelle")
    entries = store.conn.execute(
        "SELECT actor, action FROM audit_log WHERE table_name = 'scores' ORDER BY id DESC LIMIT 2"
    ).fetchall()
    assert [e[0] for e in entries] == [name, name]
    assert entries[1][1] == f"note « {first.label} » 4/5 — {grid.numero}"


def test_a_conflicted_person_cannot_open_or_write_the_grid(store: CallStore) -> None:
    name, dossier_id = recused(store)
    store.actor = name
    before = audit_count(store)
    with pytest.raises(desk.ReviewRefused, match="conflit d'intérêts"):
        desk.open_grid(store, dossier_id)
    criterion_id = desk.read_criteria(store)[0].id
    with pytest.raises(desk.ReviewRefused, match="conflit d'intérêts"):
        desk.set_score(store, dossier_id, criterion_id, 5)  # type: ignore[arg-type]
    with pytest.raises(desk.ReviewRefused):
        desk.add_note(store, dossier_id, "note")
    assert audit_count(store) == before
    assert "conflit" in desk.reviews_of(store, dossier_id).message


def test_only_the_assigned_rapporteur_scores(store: CallStore) -> None:
    name, dossier_id = fresh_assignment(store)
    other = next(
        p for p in desk.people_rows.load_people(store) if p.is_rapporteur and p.name != name
    )
    store.actor = other.name
    if not desk.review_rows.is_assigned(store, dossier_id=dossier_id, person_id=other.id):  # type: ignore[arg-type]
        with pytest.raises(desk.ReviewRefused, match="pas rapporteur de ce dossier"):
            desk.open_grid(store, dossier_id)
    store.actor = browse.SECRETARIAT
    with pytest.raises(desk.ReviewRefused, match="rapporteurs désignés"):
        desk.open_grid(store, dossier_id)


def test_scores_outside_the_scale_are_refused(store: CallStore) -> None:
    name, dossier_id = fresh_assignment(store)
    store.actor = name
    before = audit_count(store)
    with pytest.raises(ValueError, match="hors de l'échelle"):
        desk.set_score(store, dossier_id, desk.read_criteria(store)[0].id, 7)  # type: ignore[arg-type]
    assert audit_count(store) == before


def test_submit_needs_every_criterion_then_locks_and_reopen_is_audited(store: CallStore) -> None:
    name, dossier_id = fresh_assignment(store)
    store.actor = name
    criteria = desk.read_criteria(store)
    desk.set_score(store, dossier_id, criteria[0].id, 2)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="sans note"):
        desk.submit(store, dossier_id)
    assert desk.open_grid(store, dossier_id).state == "draft"
    fill(store, dossier_id, 4)
    desk.set_opinion(store, dossier_id, Opinion.FAVOURABLE)
    desk.set_summary(store, dossier_id, "Pôle solide.")
    desk.submit(store, dossier_id)
    grid = desk.open_grid(store, dossier_id)
    assert grid.submitted and grid.total == 80.0 and grid.opinion is Opinion.FAVOURABLE
    with pytest.raises(ReadOnlyError, match="rouvrez"):
        desk.set_score(store, dossier_id, criteria[0].id, 1)  # type: ignore[arg-type]

    # Another rapporteur may not reopen it; the secretariat may.
    other = next(
        p for p in desk.people_rows.load_people(store) if p.is_rapporteur and p.name != name
    )
    store.actor = other.name
    with pytest.raises(desk.ReviewRefused, match="auteur"):
        desk.reopen(store, dossier_id, grid.person_id)
    store.actor = browse.SECRETARIAT
    desk.reopen(store, dossier_id, grid.person_id)
    actor, action = store.conn.execute(
        "SELECT actor, action FROM audit_log WHERE table_name = 'reviews' ORDER BY id DESC"
    ).fetchone()
    assert actor == browse.SECRETARIAT and action.startswith(
        f"réouverture de l'évaluation de {name}"
    )
    store.actor = name
    assert desk.open_grid(store, dossier_id).state == "draft"


def test_a_rapporteur_sees_the_others_once_their_own_is_submitted(store: CallStore) -> None:
    name, dossier_id = fresh_assignment(store)
    store.actor = name
    seen = desk.reviews_of(store, dossier_id)
    others = [r for r in seen.reviews if not r.mine]
    assert others == [] and "soumis" in seen.message
    fill(store, dossier_id, 5)
    desk.submit(store, dossier_id)
    seen = desk.reviews_of(store, dossier_id)
    assert any(r.mine for r in seen.reviews)
    store.actor = browse.SECRETARIAT
    assert all(r.state == "submitted" for r in desk.reviews_of(store, dossier_id).reviews)


def test_private_notes_stay_private_and_shared_ones_are_searchable(store: CallStore) -> None:
    name, dossier_id = fresh_assignment(store)
    store.actor = name
    private = desk.add_note(store, dossier_id, "Gouvernance zorglub fragile")
    shared = desk.add_note(store, dossier_id, "Locaux partagés à Quimperlé", shared=True)
    assert {n.id for n in desk.search_notes(store, "ZORGLUB")} == {private}
    assert browse.search(store, "zorglub") == set()  # never in the shared index
    assert dossier_id in browse.search(store, "quimperle")  # type: ignore[operator]
    other = next(p for p in desk.people_rows.load_people(store) if p.is_member and p.name != name)
    store.actor = other.name
    if (other.id, dossier_id) not in set(desk.people_rows.conflicts(store)):
        assert [n.id for n in desk.notes_for(store, dossier_id)] == [shared]
        assert desk.search_notes(store, "zorglub") == []
        with pytest.raises(desk.ReviewRefused, match="auteur"):
            desk.edit_note(store, shared, body="changé", shared=True)
    store.actor = name
    row = desk.delete_note(store, shared)
    assert dossier_id not in (browse.search(store, "quimperle") or set())
    desk.restore_note(store, row)
    assert [n.id for n in desk.notes_for(store, dossier_id)] == [private, shared]
    with pytest.raises(ValueError, match="vide"):
        desk.add_note(store, dossier_id, "   ")
