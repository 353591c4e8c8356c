import os
import sqlite3

import pytest

from ptce_desktop.store.db import CallStore
from ptce_desktop.store.errors import NewerVersionError, NotACallFileError, StoreError
from ptce_desktop.store.schema import LATEST_VERSION
from tests.helpers import call_with_dossier


def test_new_file_is_migrated_to_latest_with_wal_and_foreign_keys(tmp_path):
    store = call_with_dossier(tmp_path / "a.ptce")
    with store:
        assert store.conn.execute("PRAGMA user_version").fetchone()[0] == LATEST_VERSION
        assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert store.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        versions = [r[0] for r in store.conn.execute("SELECT version FROM schema_migrations")]
        assert versions == list(range(1, LATEST_VERSION + 1))
        assert "dossiers" in store.db.table_names()


def test_reopen_keeps_data(tmp_path):
    call_with_dossier(tmp_path / "a.ptce").close()
    with CallStore.open(tmp_path / "a.ptce", actor="t") as store:
        assert store.db["dossiers"].count == 1
        assert store.db["members"].count == 3


def test_create_refuses_an_existing_file(tmp_path):
    call_with_dossier(tmp_path / "a.ptce").close()
    with pytest.raises(StoreError, match="existe déjà"):
        CallStore.create(tmp_path / "a.ptce", actor="t")


def _unchanged_after_open_fails(path, error, match):
    before = path.read_bytes()
    with pytest.raises(error, match=match):
        CallStore.open(path, actor="t")
    assert path.read_bytes() == before
    assert not (path.parent / (path.name + "-wal")).exists()


def test_text_file_is_refused_and_unchanged(tmp_path):
    path = tmp_path / "notes.ptce"
    path.write_text("ceci n'est pas une base\n", encoding="utf-8")
    _unchanged_after_open_fails(path, NotACallFileError, "pas SQLite")


def test_random_bytes_are_refused_and_unchanged(tmp_path):
    path = tmp_path / "random.ptce"
    path.write_bytes(os.urandom(8192))
    _unchanged_after_open_fails(path, NotACallFileError, "pas SQLite")


def test_corrupt_call_file_is_refused(tmp_path):
    path = tmp_path / "corrupt.ptce"
    call_with_dossier(path).close()
    data = bytearray(path.read_bytes())
    # Keep the header, scribble over the schema and table pages.
    data[100 : 4096 * 3] = os.urandom(4096 * 3 - 100)
    path.write_bytes(bytes(data))
    _unchanged_after_open_fails(path, NotACallFileError, "endommagé|autre application")


def test_other_sqlite_database_is_refused(tmp_path):
    path = tmp_path / "other.ptce"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    _unchanged_after_open_fails(path, NotACallFileError, "autre application")


def test_newer_schema_is_refused_and_unchanged(tmp_path):
    path = tmp_path / "future.ptce"
    call_with_dossier(path).close()
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {LATEST_VERSION + 1}")
    conn.commit()
    conn.close()
    _unchanged_after_open_fails(path, NewerVersionError, "version plus récente")


def test_missing_file_is_not_created(tmp_path):
    path = tmp_path / "absent.ptce"
    with pytest.raises(NotACallFileError, match="introuvable"):
        CallStore.open(path, actor="t")
    assert not path.exists()


def test_failed_transaction_leaves_nothing(tmp_path):
    with call_with_dossier(tmp_path / "a.ptce") as store:
        entries = store.conn.execute("SELECT count(*) FROM audit_log").fetchone()[0]
        with pytest.raises(sqlite3.IntegrityError), store.transaction("échec"):
            store.conn.execute("UPDATE dossiers SET pole_name = 'Changé'")
            store.conn.execute(
                "INSERT INTO members (dossier_id, name, category) VALUES (1, 'x', 'bad')"
            )
        assert store.conn.execute("SELECT pole_name FROM dossiers").fetchone()[0] != "Changé"
        assert store.conn.execute("SELECT count(*) FROM audit_log").fetchone()[0] == entries
