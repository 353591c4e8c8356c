import sqlite3

from ptce_desktop.store import backup
from tests.helpers import call_with_dossier


def test_backup_is_a_consistent_standalone_copy(tmp_path):
    with call_with_dossier(tmp_path / "a.ptce") as store:
        target = store.backup("avant-import")
        # Uncommitted work in the source is not in the copy.
        assert target.parent == tmp_path / "backups"
        assert "avant-import" in target.name
    conn = sqlite3.connect(target)
    assert conn.execute("SELECT count(*) FROM dossiers").fetchone()[0] == 1
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()


def test_backups_are_rotated(tmp_path):
    with call_with_dossier(tmp_path / "a.ptce") as store:
        for i in range(5):
            backup.make_backup(store.conn, store.path, reason=f"n{i}", keep=3)
        kept = backup.list_backups(store.path)
    assert len(kept) == 3
    assert [p.name.rsplit("-", 1)[-1] for p in kept] == ["n2.ptce", "n3.ptce", "n4.ptce"]
