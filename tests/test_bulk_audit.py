"""Bulk inserts audited in one pass (`audited_inserts`): the per-row insert triggers set aside,
one entry per new row written already sealed. The entries must be what the triggers and `seal`
make (same JSON, same entry-hash format), every row audited, nothing left on failure, and the
chain must not swallow an earlier change made behind the app's back."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest
from helpers import sample_dossier

from ptce_desktop.cli import main as ptce
from ptce_desktop.domain.eligibility import RuleResult
from ptce_desktop.services import browse, importing
from ptce_desktop.services.calls import new_call
from ptce_desktop.store import audit
from ptce_desktop.store.bulk_audit import audited_inserts
from ptce_desktop.store.db import CallStore
from ptce_desktop.store.dossiers import DOSSIER_FIELDS, _dossier_values, insert_dossiers
from ptce_desktop.store.eligibility import insert_first_results


def _entries(conn: sqlite3.Connection, since: int) -> list[tuple]:
    """What each entry after `since` records (not when, nor its place in the chain)."""
    return sorted(
        conn.execute(
            "SELECT table_name, row_id, operation, before, after FROM audit_log WHERE id > ?",
            (since,),
        )
    )


def _triggers(conn: sqlite3.Connection) -> list[tuple]:
    return conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name"
    ).fetchall()


def _count(conn: sqlite3.Connection, table: str) -> int:
    return int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


RESULTS = [RuleResult("lead_siret", "SIRET du porteur", True, "SIRET valide"),
           RuleResult("amount_bounds", "Montant demandé", False, "hors bornes")]  # fmt: skip


def test_the_entries_are_the_ones_the_row_triggers_make(tmp_path: Path) -> None:
    bulk = new_call(tmp_path / "bulk.ptce", title="Appel", actor="test")
    rowwise = new_call(tmp_path / "rows.ptce", title="Appel", actor="test")
    since = audit.max_id(bulk.conn)
    assert audit.max_id(rowwise.conn) == since
    with bulk.transaction("import"):
        insert_dossiers(bulk, [sample_dossier("PTCE-1"), sample_dossier("PTCE-2")])
        insert_first_results(bulk, [(1, RESULTS), (2, RESULTS)])
    with rowwise.transaction("import"):  # the same rows, one statement each, triggers on
        for i, numero in enumerate(("PTCE-1", "PTCE-2"), start=1):
            d = sample_dossier(numero)
            rowwise.conn.execute(
                f"INSERT INTO dossiers (id, {', '.join(DOSSIER_FIELDS)}) "
                f"VALUES ({i}, {', '.join('?' for _ in DOSSIER_FIELDS)})",
                _dossier_values(d),
            )
            for k, m in enumerate(d.members):
                rowwise.conn.execute(
                    "INSERT INTO members (dossier_id, name, category, siret, role, position) "
                    "VALUES (?, ?, ?, ?, ?, ?)",
                    (i, m.name, m.category.value, m.siret, m.role, k),
                )
            for c in d.cofundings:
                rowwise.conn.execute(
                    "INSERT INTO cofundings (dossier_id, funder, funder_type, amount, status) "
                    "VALUES (?, ?, ?, ?, ?)",
                    (i, c.funder, c.funder_type, c.amount, c.status.value),
                )
            for a in d.attachments:
                rowwise.conn.execute(
                    "INSERT INTO attachments (dossier_id, filename, kind, mime, size, sha256, "
                    "content, added_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    (i, a.filename, a.kind, a.mime, len(a.content),
                     hashlib.sha256(a.content).hexdigest(), a.content,
                     bulk.conn.execute("SELECT added_at FROM attachments WHERE id = ?",
                                       (i,)).fetchone()[0]),
                )  # fmt: skip
            for r in RESULTS:
                rowwise.conn.execute(
                    "INSERT INTO eligibility_results (dossier_id, rule, label, passed, reason, "
                    "evaluated_at) VALUES (?, ?, ?, ?, ?, ?)",
                    (i, r.rule, r.label, int(r.passed), r.reason,
                     bulk.conn.execute("SELECT evaluated_at FROM eligibility_results "
                                       "LIMIT 1").fetchone()[0]),
                )  # fmt: skip
    assert len(_entries(bulk.conn, since)) == 2 * (1 + 3 + 1 + 1 + 2)
    assert _entries(bulk.conn, since) == _entries(rowwise.conn, since)
    assert audit.verify(bulk.conn) == []
    # Sealed entries all, each in format 1, chained in id order.
    prev = audit.GENESIS
    for row in bulk.conn.execute(
        "SELECT id, ts, actor, action, table_name, row_id, operation, before, after, "
        "prev_hash, hash, hash_version FROM audit_log ORDER BY id"
    ):
        assert row[9] == prev and row[11] == audit.HASH_VERSION
        assert audit._entry_hash(prev, row[:9]) == row[10]
        prev = row[10]
    bulk.close()
    rowwise.close()


@pytest.mark.parametrize("ids", [(7, 8, 9, 10), (7, 9, 30, 31)], ids=["following", "gaps"])
def test_entries_are_the_trigger_ones_whether_the_new_ids_follow_or_not(
    tmp_path: Path, ids: tuple[int, ...]
) -> None:
    """The bulk entries are written by one INSERT … SELECT that places each row by its id:
    rows whose ids follow each other and rows with gaps between them (a file where rows were
    deleted or given ids) get the entries the triggers and `seal` make, hashes stored as text."""
    stores = [new_call(tmp_path / f"{name}.ptce", title="Appel", actor="Zoé")
              for name in ("bulk", "rows")]  # fmt: skip
    for store in stores:
        with store.transaction("import"):
            insert_dossiers(store, [sample_dossier("PTCE-1")])
    since = audit.max_id(stores[0].conn)
    insert = "INSERT INTO members (id, dossier_id, name, category, siret) VALUES (?, 1, ?, ?, ?)"
    rows = [(i, f"Membre « {i} » ✓", "other", f"{i:014d}") for i in ids]
    bulk, rowwise = stores
    with bulk.transaction("ajout"), audited_inserts(bulk, ("members",)):
        bulk.conn.executemany(insert, rows)
    with rowwise.transaction("ajout"):
        rowwise.conn.executemany(insert, rows)
    assert _entries(bulk.conn, since) == _entries(rowwise.conn, since)
    assert [r[1] for r in _entries(bulk.conn, since)] == list(ids)
    assert audit.verify(bulk.conn) == []
    types = bulk.conn.execute(
        "SELECT DISTINCT typeof(prev_hash), typeof(hash), typeof(ts) FROM audit_log WHERE id > ?",
        (since,),
    ).fetchall()
    assert types == [("text", "text", "text")]
    for store in stores:
        store.close()


def test_entries_of_the_transaction_made_before_are_chained_first(tmp_path: Path) -> None:
    store = new_call(tmp_path / "appel.ptce", title="Appel", actor="Zoé")
    since = audit.max_id(store.conn)
    with store.transaction("import ; ✓"):
        store.conn.execute("UPDATE calls SET title = 'Appel 2013'")  # a trigger entry, unsealed
        insert_dossiers(store, [sample_dossier("PTCE-1")])
        store.conn.execute("UPDATE dossiers SET pole_name = 'Renommé' WHERE id = 1")  # after
    assert audit.verify(store.conn) == []
    actions = store.conn.execute(
        "SELECT table_name, operation, actor, action FROM audit_log WHERE id > ? ORDER BY id",
        (since,),
    ).fetchall()
    assert [a[:2] for a in actions] == [("calls", "update"), ("dossiers", "insert")] + [
        ("members", "insert")] * 3 + [("cofundings", "insert"), ("attachments", "insert"),
        ("dossiers", "update")]  # fmt: skip
    assert {a[2:] for a in actions} == {("Zoé", "import ; ✓")}
    store.close()


def test_an_unsealed_change_from_before_stays_reported(tmp_path: Path) -> None:
    """Sealing the transaction's entries early must not seal a change made behind the app's
    back before it began."""
    path = tmp_path / "appel.ptce"
    new_call(path, title="Appel", actor="test").close()
    conn = sqlite3.connect(path)
    conn.execute("UPDATE calls SET title = 'Appel falsifié'")
    conn.commit()
    conn.close()
    with CallStore.open(path, actor="test") as store:
        with store.transaction("import"):
            insert_dossiers(store, [sample_dossier("PTCE-1")])
        problems = [p.message for p in audit.verify(store.conn)]
        assert problems and problems[0].startswith("modification hors application")
        assert browse.search(store, "energie") == {1}


def test_a_failure_in_the_block_leaves_no_row_no_entry_and_the_triggers(tmp_path: Path) -> None:
    store = new_call(tmp_path / "appel.ptce", title="Appel", actor="test")
    with store.transaction("import"):
        insert_dossiers(store, [sample_dossier("PTCE-1")])
    before = (_triggers(store.conn), _count(store.conn, "members"), audit.max_id(store.conn))
    with store.transaction("import"):
        with pytest.raises(sqlite3.IntegrityError), audited_inserts(store, ("members",)):
            store.conn.execute(
                "INSERT INTO members (dossier_id, name, category) VALUES (1, 'A', 'other')"
            )
            store.conn.execute(
                "INSERT INTO members (dossier_id, name, category) VALUES (1, 'B', 'inconnue')"
            )
        # The caller went on: what it writes next is still audited by the triggers.
        store.conn.execute(
            "INSERT INTO members (dossier_id, name, category) VALUES (1, 'C', 'other')"
        )
    assert _triggers(store.conn) == before[0]
    assert _count(store.conn, "members") == before[1] + 1
    assert audit.max_id(store.conn) == before[2] + 1
    assert audit.verify(store.conn) == []
    store.close()


def test_an_update_in_the_block_is_refused(tmp_path: Path) -> None:
    store = new_call(tmp_path / "appel.ptce", title="Appel", actor="test")
    with store.transaction("import"):
        insert_dossiers(store, [sample_dossier("PTCE-1")])
    before = (_count(store.conn, "members"), audit.max_id(store.conn))
    with (
        pytest.raises(RuntimeError),
        store.transaction("import"),
        audited_inserts(store, ("members",)),
    ):
        store.conn.execute(
            "INSERT INTO members (dossier_id, name, category) VALUES (1, 'A', 'other')"
        )
        store.conn.execute("UPDATE members SET name = 'B' WHERE id = 1")
    assert (_count(store.conn, "members"), audit.max_id(store.conn)) == before
    assert audit.verify(store.conn) == []
    store.close()


def test_outside_a_transaction_or_on_an_unaudited_table_is_refused(tmp_path: Path) -> None:
    store = new_call(tmp_path / "appel.ptce", title="Appel", actor="test")
    with pytest.raises(RuntimeError), audited_inserts(store, ("members",)):
        pass
    with pytest.raises(RuntimeError):
        store.seal_so_far()
    with (
        pytest.raises(ValueError),
        store.transaction("x"),
        audited_inserts(store, ("audit_log",)),
    ):
        pass
    store.close()


def test_first_results_refuse_a_dossier_already_screened(tmp_path: Path) -> None:
    store = new_call(tmp_path / "appel.ptce", title="Appel", actor="test")
    with store.transaction("import"):
        insert_dossiers(store, [sample_dossier("PTCE-1")])
        insert_first_results(store, [(1, RESULTS)])
    before = audit.max_id(store.conn)
    with pytest.raises(sqlite3.IntegrityError), store.transaction("import"):
        insert_first_results(store, [(1, RESULTS)])
    assert audit.max_id(store.conn) == before and _count(store.conn, "eligibility_results") == 2
    store.close()


def test_an_imported_workbook_verifies_row_by_row(tmp_path: Path, capsys) -> None:
    """Every row an import writes has its sealed entry; `ptce audit verify` passes, and a row
    changed afterwards behind the app's back is caught."""
    from test_import import HEADER, ROWS, write_csv

    path = tmp_path / "appel.ptce"
    new_call(path, title="Appel", actor="test").close()
    source = write_csv(tmp_path / "d.csv", HEADER, ROWS)
    with CallStore.open(path, actor="test") as store:
        importing.import_source(store, source)
        for table in ("dossiers", "eligibility_results"):
            rows = {r[0] for r in store.conn.execute(f"SELECT id FROM {table}")}
            audited = {
                r[0] for r in store.conn.execute(
                    "SELECT row_id FROM audit_log WHERE table_name = ? AND operation = 'insert' "
                    "AND hash IS NOT NULL", (table,)
                )
            }  # fmt: skip
            assert rows and rows == audited
    assert ptce(["audit", "verify", str(path)]) == 0
    conn = sqlite3.connect(path)
    conn.execute("DROP TRIGGER audit_eligibility_results_update")
    conn.execute("UPDATE eligibility_results SET passed = 1 - passed WHERE id = 3")
    conn.commit()
    conn.close()
    capsys.readouterr()
    assert ptce(["audit", "verify", str(path)]) == 1
    assert "eligibility_results, ligne 3 : ligne modifiée hors application" in (
        capsys.readouterr().err
    )
