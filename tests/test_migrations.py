"""Migrations: a file made by an older version opens, keeps every row and still verifies."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from ptce_desktop.services.demo import make_demo
from ptce_desktop.store import audit, migrations
from ptce_desktop.store.backup import list_backups
from ptce_desktop.store.db import CallStore
from ptce_desktop.store.schema import LATEST_VERSION, MIGRATIONS

V1_ROWS = """
INSERT INTO calls (id, title, year, envelope, grant_min, grant_max, created_at)
    VALUES (1, 'Appel', 2013, 3000000, 72000, 290000, '2013-07-01');
INSERT INTO funders (id, code, name, amount) VALUES (1, 'ETAT', 'État', 3000000);
INSERT INTO criteria (id, code, label, weight) VALUES (1, 'c1', 'Ancrage', 100);
INSERT INTO dossiers (id, numero, pole_name, lead_name, region, amount_requested)
    VALUES (1, 'P-001', 'Pôle A', 'Asso A', '84', 100000),
           (2, 'P-002', 'Pôle B', 'Asso B', '11', 150000);
INSERT INTO people (id, name, is_member, is_rapporteur, is_chair)
    VALUES (1, 'Présidente', 1, 0, 1), (2, 'Rapporteur', 1, 1, 0);
INSERT INTO conflicts (person_id, dossier_id, reason, declared_at)
    VALUES (2, 2, 'administrateur du porteur', '2013-09-01');
INSERT INTO assignments (dossier_id, person_id, assigned_at) VALUES (1, 2, '2013-09-01');
INSERT INTO reviews (id, dossier_id, person_id, state, updated_at)
    VALUES (1, 1, 2, 'submitted', '2013-09-02');
INSERT INTO scores (review_id, criterion_id, score) VALUES (1, 1, 4);
INSERT INTO sessions (id, title, date, chair_id, state, created_at)
    VALUES (1, 'Séance 1', '2013-10-01', 1, 'closed', '2013-09-20');
INSERT INTO agenda_items (session_id, dossier_id, position) VALUES (1, 1, 1), (1, 2, 2);
INSERT INTO decisions (id, session_id, dossier_id, outcome, amount_granted, decided_at)
    VALUES (1, 1, 1, 'selected', 100000, '2013-10-01'),
           (2, 1, 2, 'not_selected', 0, '2013-10-01');
INSERT INTO decision_splits (decision_id, funder_id, amount) VALUES (1, 1, 100000);
"""


@pytest.fixture
def v1_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A call file as schema version 1 wrote it, its rows sealed in the audit log."""
    path = tmp_path / "ancien.ptce"
    monkeypatch.setattr(migrations, "MIGRATIONS", MIGRATIONS[:1])
    with CallStore.create(path, actor="t") as store, store.transaction("v1"):
        for statement in V1_ROWS.split(";"):
            if statement.strip():
                store.conn.execute(statement)
    monkeypatch.undo()
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
    conn.close()
    return path


def _counts(path: Path) -> dict[str, int]:
    conn = sqlite3.connect(path)
    try:
        tables = ("dossiers", "people", "conflicts", "reviews", "decisions", "decision_splits")
        return {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}
    finally:
        conn.close()


def test_v1_file_migrates_keeps_rows_and_verifies(v1_file: Path) -> None:
    before = _counts(v1_file)
    with CallStore.open(v1_file, actor="t") as store:
        assert store.conn.execute("PRAGMA user_version").fetchone()[0] == LATEST_VERSION
        assert audit.verify(store.conn) == []
        uid = store.conn.execute("SELECT uid FROM calls").fetchone()[0]
        assert len(uid) == 32
        states = {r[0] for r in store.conn.execute("SELECT state FROM conflicts")}
        assert states == {"declared"}
        weighted = store.conn.execute("SELECT weighted FROM review_scores").fetchall()
        assert weighted == [(80.0,)]
        assert store.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert store.conn.execute("PRAGMA foreign_key_check").fetchall() == []
    assert _counts(v1_file) == before
    assert any("avant-migration-v2" in p.name for p in list_backups(v1_file))


def test_reserve_outcome_needs_a_rank_and_no_amount(v1_file: Path) -> None:
    with CallStore.open(v1_file, actor="t") as store:
        row = store.conn.execute("SELECT session_id, dossier_id FROM decisions LIMIT 1").fetchone()
        with pytest.raises(sqlite3.IntegrityError), store.transaction("t"):
            store.conn.execute(
                "UPDATE decisions SET outcome = 'reserve', amount_granted = 0, reserve_rank = NULL "
                "WHERE session_id = ? AND dossier_id = ?",
                row,
            )
        with store.transaction("t"):
            store.conn.execute(
                "DELETE FROM decision_splits WHERE decision_id IN (SELECT id FROM decisions "
                "WHERE session_id = ? AND dossier_id = ?)",
                row,
            )
            store.conn.execute(
                "UPDATE decisions SET outcome = 'reserve', amount_granted = 0, reserve_rank = 1 "
                "WHERE session_id = ? AND dossier_id = ?",
                row,
            )
        assert audit.verify(store.conn) == []


def test_a_new_call_gets_its_own_random_uid(tmp_path: Path) -> None:
    uids = set()
    for name in ("a.ptce", "b.ptce"):
        with make_demo(tmp_path / name, dossiers=3, seed=1, stage="intake") as store:
            uids.add(store.conn.execute("SELECT uid FROM calls").fetchone()[0])
    assert len(uids) == 2 and all(len(u) == 32 for u in uids)


def test_a_file_to_migrate_is_checked_at_opening_even_when_its_check_comes_later(
    v1_file: Path, tmp_path: Path
) -> None:
    """The window leaves the check of every page for later; not for a file it must migrate
    first (a migration writes): that one is checked before, as before."""
    from ptce_desktop.store.errors import DamagedFileError
    from tests.test_open_check_later import damage_audit_page

    intact = tmp_path / "intact.ptce"
    intact.write_bytes(v1_file.read_bytes())
    with CallStore.open(intact, actor="t", check="later") as store:
        assert not store.unchecked  # checked there and then, and migrated
        assert store.conn.execute("PRAGMA user_version").fetchone()[0] == LATEST_VERSION
    damage_audit_page(v1_file)
    before = v1_file.read_bytes()
    with pytest.raises(DamagedFileError, match="endommagé"):
        CallStore.open(v1_file, actor="t", check="later")
    assert v1_file.read_bytes() == before and not list_backups(v1_file)
