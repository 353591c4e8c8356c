import hashlib
import json
import sqlite3
from datetime import UTC, datetime, timedelta

import pytest

from ptce_desktop.store import audit
from ptce_desktop.store.db import CallStore
from tests.helpers import call_with_dossier


@pytest.fixture
def call_path(tmp_path):
    path = tmp_path / "a.ptce"
    store = call_with_dossier(path)
    with store.transaction("modification"):
        store.conn.execute("UPDATE dossiers SET summary = 'Résumé revu' WHERE id = 1")
    store.close()
    return path


def backdoor(path, *sql):
    """Change the file as someone with the plain sqlite3 tool would."""
    conn = sqlite3.connect(path)
    for statement in sql:
        conn.execute(statement)
    conn.commit()
    conn.close()


def problems(path):
    with CallStore.open(path, actor="verif") as store:
        return [str(p) for p in audit.verify(store.conn)]


def test_intact_file_verifies(call_path):
    assert problems(call_path) == []


def test_entries_record_who_what_and_before_after(call_path):
    with CallStore.open(call_path, actor="x") as store:
        row = store.conn.execute(
            "SELECT actor, action, operation, before, after FROM audit_log "
            "WHERE table_name = 'dossiers' ORDER BY id DESC LIMIT 1"
        ).fetchone()
    assert row[0] == "test" and row[1] == "modification" and row[2] == "update"
    assert '"summary":""' in row[3] and '"summary":"Résumé revu"' in row[4]


def test_update_behind_the_apps_back_is_named(call_path):
    backdoor(call_path, "UPDATE dossiers SET amount_requested = 999999 WHERE id = 1")
    found = problems(call_path)
    assert any("modification hors application (update sur dossiers, ligne 1)" in p for p in found)


def test_update_with_triggers_dropped_is_named(call_path):
    backdoor(
        call_path,
        "DROP TRIGGER audit_members_update",
        "UPDATE members SET name = 'Autre' WHERE id = 2",
    )
    assert problems(call_path) == ["members, ligne 2 : ligne modifiée hors application"]


def test_deleted_row_is_named(call_path):
    backdoor(
        call_path, "DROP TRIGGER audit_cofundings_delete", "DELETE FROM cofundings WHERE id = 1"
    )
    assert problems(call_path) == ["cofundings, ligne 1 : ligne supprimée hors application"]


def test_inserted_row_is_named(call_path):
    backdoor(
        call_path,
        "DROP TRIGGER audit_people_insert",
        "INSERT INTO people (id, name) VALUES (7, 'Intrus')",
    )
    assert problems(call_path) == ["people, ligne 7 : ligne ajoutée hors application"]


def test_edited_audit_entry_breaks_the_chain(call_path):
    backdoor(
        call_path,
        "DROP TRIGGER audit_log_no_update",
        "UPDATE audit_log SET actor = 'quelquun' WHERE id = 2",
    )
    assert "audit_log, ligne 2 : entrée du journal altérée" in problems(call_path)


def test_audit_log_is_append_only_through_sql(call_path):
    conn = sqlite3.connect(call_path)
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        conn.execute("DELETE FROM audit_log WHERE id = 1")
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        conn.execute("UPDATE audit_log SET actor = 'x' WHERE id = 1")
    conn.close()


def test_attachment_content_swap_is_named(call_path):
    backdoor(call_path, "UPDATE attachments SET content = X'00' WHERE id = 1")
    found = problems(call_path)
    assert "attachments, ligne 1 : contenu (content) altéré" in found


def test_app_writes_after_a_backdoor_change_do_not_hide_it(call_path):
    backdoor(call_path, "UPDATE dossiers SET pole_name = 'X' WHERE id = 1")
    with CallStore.open(call_path, actor="secrétariat") as store, store.transaction("suite"):
        store.conn.execute("UPDATE dossiers SET summary = 'encore' WHERE id = 1")
    assert any("hors application" in p for p in problems(call_path))


def test_a_backdoor_change_is_one_problem_even_when_the_app_writes_after_it(call_path):
    backdoor(call_path, "UPDATE dossiers SET amount_requested = 999999 WHERE id = 1")
    with CallStore.open(call_path, actor="secrétariat") as store, store.transaction("suite"):
        store.conn.execute("UPDATE dossiers SET summary = 'encore' WHERE id = 1")
        unsealed = store.conn.execute(
            "SELECT id FROM audit_log WHERE hash IS NULL AND table_name = 'dossiers'"
        ).fetchone()[0]
    # The entries sealed after the unsealed one are still read: the row's last state is known.
    assert problems(call_path) == [
        f"audit_log, ligne {unsealed} : "
        "modification hors application (update sur dossiers, ligne 1)"
    ]


def test_an_empty_attachment_is_intact(call_path):
    empty = hashlib.sha256(b"").hexdigest()
    with CallStore.open(call_path, actor="x") as store, store.transaction("pièce vide"):
        store.conn.execute(
            "UPDATE attachments SET content = X'', sha256 = ? WHERE id = 1", (empty,)
        )
    assert problems(call_path) == []


def test_problems_are_capped_at_the_limit(call_path):
    backdoor(
        call_path,
        "DROP TRIGGER audit_people_insert",
        "WITH RECURSIVE n(i) AS (SELECT 100 UNION ALL SELECT i + 1 FROM n WHERE i < 1100) "
        "INSERT INTO people (id, name) SELECT i, 'x' FROM n",
    )
    with CallStore.open(call_path, actor="verif") as store:
        found = audit.verify(store.conn)
        assert len(found) == 1000
        assert str(found[0]) == "people, ligne 100 : ligne ajoutée hors application"
        assert [str(p) for p in audit.verify(store.conn, limit=2)] == [
            "people, ligne 100 : ligne ajoutée hors application",
            "people, ligne 101 : ligne ajoutée hors application",
        ]


def test_a_problem_without_a_row_names_the_table_only():
    assert str(audit.Problem("audit_log", None, "chaîne rompue")) == "audit_log : chaîne rompue"
    assert str(audit.Problem("people", 3, "x")) == "people, ligne 3 : x"


def chain(call_path):
    """(id, hash) of every entry, in order."""
    with CallStore.open(call_path, actor="verif") as store:
        return store.conn.execute("SELECT id, hash FROM audit_log ORDER BY id").fetchall()


def test_the_anchor_point_is_the_last_sealed_entry_and_how_many_lead_to_it(call_path):
    rows = chain(call_path)
    with CallStore.open(call_path, actor="verif") as store:
        assert audit.total(store.conn) == len(rows)
        assert audit.anchor_point(store.conn) == (rows[-1][1], len(rows))
    backdoor(call_path, "UPDATE dossiers SET summary = 'x' WHERE id = 1")
    with CallStore.open(call_path, actor="verif") as store:
        assert audit.total(store.conn) == len(rows) + 1
        assert audit.anchor_point(store.conn) == (rows[-1][1], len(rows))


def test_an_empty_log_anchors_at_the_genesis(tmp_path):
    conn = sqlite3.connect(tmp_path / "vide.db")
    conn.execute("CREATE TABLE audit_log (id INTEGER PRIMARY KEY, hash TEXT)")
    assert audit.anchor_point(conn) == (audit.GENESIS, 0)
    conn.close()


def test_the_head_is_recomputed_from_the_entries(call_path):
    rows = chain(call_path)
    with CallStore.open(call_path, actor="verif") as store:
        assert audit.recompute_head(store.conn, len(rows)) == rows[-1][1]
        assert audit.recompute_head(store.conn, 3) == rows[2][1]
        assert audit.recompute_head(store.conn, 0) == audit.GENESIS
        assert audit.recompute_head(store.conn, len(rows) + 1) is None  # fewer entries


@pytest.mark.parametrize(
    "sql",
    [
        "UPDATE audit_log SET actor = 'quelquun' WHERE id = 2",  # content edited
        "UPDATE audit_log SET prev_hash = hash WHERE id = 2",  # link broken
        "UPDATE audit_log SET hash = NULL WHERE id = 2",  # unsealed
        "UPDATE audit_log SET hash_version = 9 WHERE id = 2",  # unknown format
    ],
)
def test_a_tampered_entry_has_no_head(call_path, sql):
    rows = chain(call_path)
    backdoor(call_path, "DROP TRIGGER audit_log_no_update", sql)
    with CallStore.open(call_path, actor="verif") as store:
        assert audit.recompute_head(store.conn, 1) == rows[0][1]
        assert audit.recompute_head(store.conn, len(rows)) is None


def test_an_entry_with_an_unknown_hash_format_breaks_the_chain(call_path):
    backdoor(
        call_path,
        "DROP TRIGGER audit_log_no_update",
        "UPDATE audit_log SET hash_version = 9 WHERE id = 2",
    )
    assert problems(call_path) == ["audit_log, ligne 2 : entrée du journal altérée"]


def test_entries_of_some_tables_with_their_place_in_the_chain(call_path):
    with CallStore.open(call_path, actor="verif") as store:
        everything = store.conn.execute(
            "SELECT id, table_name, row_id, operation, before, after FROM audit_log ORDER BY id"
        ).fetchall()
        found = list(audit.entries(store.conn, tables=("dossiers", "members")))
    expected = [
        (
            position,
            audit.Entry(
                id=i,
                table=t,
                row_id=r,
                operation=op,
                before=json.loads(b) if b else None,
                after=json.loads(a) if a else None,
            ),
        )
        for position, (i, t, r, op, b, a) in enumerate(everything, start=1)
        if t in ("dossiers", "members")
    ]
    assert found == expected
    assert {e.table for _, e in found} == {"dossiers", "members"}
    last = found[-1][1]
    assert (last.table, last.row_id, last.operation) == ("dossiers", 1, "update")
    assert last.before["summary"] == "" and last.after["summary"] == "Résumé revu"
    first = next(e for _, e in found if e.table == "members")
    assert (
        first.operation == "insert" and first.before is None and first.after["id"] == first.row_id
    )


def test_the_entry_hash_format_is_frozen():
    # Files already sealed depend on it: the fields joined by U+001F, None as nothing, UTF-8.
    row = (7, "2026-01-02T03:04:05+00:00", "Claire", "modification", "dossiers", 1, "update")
    payload = "\x1f".join([audit.GENESIS, "7", *row[1:5], "1", "update", "", '{"a":"é"}'])
    expected = hashlib.sha256(payload.encode("utf-8")).hexdigest()
    assert audit._entry_hash(audit.GENESIS, (*row, None, '{"a":"é"}')) == expected
    assert expected == "a7ba2630c353b60f18a6a8085f801b57605d45ba8d3b65fa31646b2c0b99c5d9"


def test_sealing_sets_time_actor_and_action_and_counts_what_it_sealed(call_path):
    with CallStore.open(call_path, actor="x") as store:
        since = audit.max_id(store.conn)
        assert audit.seal(store.conn, since=since, actor="x", action="rien") == 0
        store.conn.execute("INSERT INTO people (name) VALUES ('Un'), ('Deux')")
        assert audit.seal(store.conn, since=since, actor="Claire", action="ajout") == 2
        rows = store.conn.execute(
            "SELECT ts, actor, action, prev_hash, hash FROM audit_log WHERE id > ? ORDER BY id",
            (since,),
        ).fetchall()
        store.conn.rollback()
    assert [(r[1], r[2]) for r in rows] == [("Claire", "ajout"), ("Claire", "ajout")]
    stamp = datetime.fromisoformat(rows[0][0])
    assert stamp.tzinfo is not None and abs(datetime.now(UTC) - stamp) < timedelta(minutes=5)
    assert rows[1][3] == rows[0][4]  # chained


def test_a_deleted_row_has_no_after(call_path):
    with CallStore.open(call_path, actor="x") as store:
        with store.transaction("retrait"):
            store.conn.execute("DELETE FROM members WHERE id = 2")
        last = list(audit.entries(store.conn, tables=("members",)))[-1][1]
    assert (last.row_id, last.operation, last.after) == (2, "delete", None)
    assert last.before is not None and last.before["id"] == 2
