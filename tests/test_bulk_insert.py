"""The bulk insert of dossiers (import, demo): the full-text index is filled once at the end
instead of by a trigger per row. It must index exactly what the per-row triggers index, put the
triggers back, stay all or nothing, and leave every row audited."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from helpers import sample_dossier

from ptce_desktop.domain.model import Member, MemberCategory
from ptce_desktop.services import browse
from ptce_desktop.services.calls import new_call
from ptce_desktop.store import audit
from ptce_desktop.store.dossiers import (
    BULK_CACHE_KIB,
    DOSSIER_FIELDS,
    _dossier_values,
    bulk_cache,
    insert_dossiers,
)


def _dossiers(count: int, start: int = 1) -> list:
    out = []
    for i in range(start, start + count):
        d = sample_dossier(f"PTCE-2013-{i:03d}")
        d.pole_name = f"Pôle n° {i}"
        d.members.append(Member(name=f"Scierie Lebrun {i}", category=MemberCategory.OTHER,
                                siret=f"4{i:013d}"))  # fmt: skip
        out.append(d)
    return out


def _search_rows(conn: sqlite3.Connection) -> list[tuple]:
    return conn.execute("SELECT rowid, * FROM dossier_search ORDER BY rowid").fetchall()


def _triggers(conn: sqlite3.Connection) -> list[tuple]:
    return conn.execute(
        "SELECT name, tbl_name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name"
    ).fetchall()


def test_bulk_index_is_what_the_row_triggers_make(tmp_path: Path) -> None:
    bulk = new_call(tmp_path / "bulk.ptce", title="Appel", actor="test")
    rowwise = new_call(tmp_path / "rows.ptce", title="Appel", actor="test")
    triggers = _triggers(bulk.conn)
    with bulk.transaction("import"):
        insert_dossiers(bulk, _dossiers(2))
    with bulk.transaction("import"):  # a second batch after the first
        insert_dossiers(bulk, _dossiers(3, start=3))
    # The same rows written one by one through the triggers (what the app did before).
    with rowwise.transaction("import"):
        for d in _dossiers(5):
            cur = rowwise.conn.execute(
                f"INSERT INTO dossiers ({', '.join(DOSSIER_FIELDS)}) "
                f"VALUES ({', '.join('?' for _ in DOSSIER_FIELDS)})",
                _dossier_values(d),
            )
            for i, m in enumerate(d.members):
                rowwise.conn.execute(
                    "INSERT INTO members (dossier_id, name, category, siret, role, position) "
                    "VALUES (?, ?, ?, ?, ?, ?)",
                    (cur.lastrowid, m.name, m.category.value, m.siret, m.role, i),
                )
    assert _search_rows(bulk.conn) == _search_rows(rowwise.conn)
    assert len(_search_rows(bulk.conn)) == 5
    assert _triggers(bulk.conn) == triggers
    # Members are found by name and SIRET, accents ignored.
    assert browse.search(bulk, "scierie lebrun") == {1, 2, 3, 4, 5}
    assert browse.search(bulk, "40000000000003") == {3}
    assert browse.search(bulk, "energie citoyenne") == {1, 2, 3, 4, 5}
    assert audit.verify(bulk.conn) == []
    bulk.close()
    rowwise.close()


def test_the_row_triggers_still_work_after_a_bulk_insert(tmp_path: Path) -> None:
    store = new_call(tmp_path / "appel.ptce", title="Appel", actor="test")
    with store.transaction("import"):
        insert_dossiers(store, _dossiers(2))
    with store.transaction("ajout d'un membre"):
        store.conn.execute(
            "INSERT INTO members (dossier_id, name, category, siret, role, position) "
            "VALUES (2, 'Brasserie Kerné', 'other', '', 'membre', 9)"
        )
    assert browse.search(store, "kerne") == {2}
    assert audit.verify(store.conn) == []
    store.close()


def test_a_failed_bulk_insert_leaves_nothing_not_even_dropped_triggers(tmp_path: Path) -> None:
    store = new_call(tmp_path / "appel.ptce", title="Appel", actor="test")
    with store.transaction("import"):
        insert_dossiers(store, _dossiers(2))
    before = (_triggers(store.conn), _search_rows(store.conn), audit.max_id(store.conn))
    clash = _dossiers(2, start=2)  # PTCE-2013-002 already there: UNIQUE fails mid-insert
    with pytest.raises(sqlite3.IntegrityError), store.transaction("import"):
        insert_dossiers(store, clash)
    assert (_triggers(store.conn), _search_rows(store.conn), audit.max_id(store.conn)) == before
    assert store.conn.execute("SELECT count(*) FROM dossiers").fetchone()[0] == 2
    store.close()


def test_outside_a_transaction_is_refused(tmp_path: Path) -> None:
    store = new_call(tmp_path / "appel.ptce", title="Appel", actor="test")
    with pytest.raises(RuntimeError):
        insert_dossiers(store, _dossiers(1))
    assert store.conn.execute("SELECT count(*) FROM dossiers").fetchone()[0] == 0
    store.close()


def test_every_bulk_row_is_audited_and_sealed(tmp_path: Path) -> None:
    store = new_call(tmp_path / "appel.ptce", title="Appel", actor="test")
    with store.transaction("import"):
        insert_dossiers(store, _dossiers(4))
    counts = dict(
        store.conn.execute(
            "SELECT table_name, count(*) FROM audit_log WHERE operation = 'insert' "
            "AND hash IS NOT NULL GROUP BY table_name"
        ).fetchall()
    )
    assert counts["dossiers"] == 4 and counts["members"] == 16
    assert counts["cofundings"] == 4 and counts["attachments"] == 4
    assert audit.verify(store.conn) == []
    # Changing an imported member behind the app's back is caught.
    store.conn.execute("DROP TRIGGER audit_members_update")
    store.conn.execute("UPDATE members SET name = 'X' WHERE id = 3")
    assert [p.message for p in audit.verify(store.conn)] == ["ligne modifiée hors application"]
    store.close()


def test_seal_digests_are_the_entry_hash_format(tmp_path: Path) -> None:
    """`seal` builds its payloads its own way: they must be `_entry_hash`'s, byte for byte
    (None as empty, numbers as text), whatever the actor and action hold."""
    store = new_call(tmp_path / "appel.ptce", title="Appel", actor="Zoé «\x1f» Ñ")
    with store.transaction("import ; ✓ 100 %"):
        insert_dossiers(store, _dossiers(1))
    prev = audit.GENESIS
    for row in store.conn.execute(
        "SELECT id, ts, actor, action, table_name, row_id, operation, before, after, "
        "prev_hash, hash FROM audit_log ORDER BY id"
    ):
        assert row[9] == prev
        assert audit._entry_hash(prev, row[:9]) == row[10]
        prev = row[10]
    store.close()


def test_the_bulk_cache_is_given_back_even_on_failure(tmp_path: Path) -> None:
    store = new_call(tmp_path / "appel.ptce", title="Appel", actor="test")
    size = store.conn.execute("PRAGMA cache_size").fetchone()[0]
    with pytest.raises(sqlite3.IntegrityError), bulk_cache(store), store.transaction("import"):
        assert store.conn.execute("PRAGMA cache_size").fetchone()[0] == -BULK_CACHE_KIB
        insert_dossiers(store, _dossiers(1) + _dossiers(1))  # the same numero twice
    assert store.conn.execute("PRAGMA cache_size").fetchone()[0] == size
    assert store.conn.execute("SELECT count(*) FROM dossiers").fetchone()[0] == 0
    store.close()
