"""Versioned migrations: each runs in one transaction, after a backup of a non-empty file."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from . import audit
from .backup import make_backup
from .schema import MIGRATIONS


def current_version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def migrate(conn: sqlite3.Connection, path: Path | None) -> list[int]:
    """Bring the file to the latest schema; returns the versions applied."""
    version = current_version(conn)
    pending = [m for m in MIGRATIONS if m[0] > version]
    if not pending:
        return []
    if version > 0 and path is not None:
        make_backup(conn, path, reason=f"avant-migration-v{pending[0][0]}")
    applied = []
    # A migration may rebuild a table that others reference (SQLite's twelve-step procedure):
    # foreign keys are off while it runs (the pragma is a no-op inside a transaction) and
    # checked before its COMMIT.
    conn.execute("PRAGMA foreign_keys = OFF")
    try:
        for number, name, sql, reshaped in pending:
            _apply(conn, number=number, name=name, sql=sql, reshaped=reshaped, fresh=version == 0)
            applied.append(number)
    finally:
        conn.execute("PRAGMA foreign_keys = ON")
    return applied


def _apply(
    conn: sqlite3.Connection,
    *,
    number: int,
    name: str,
    sql: str,
    reshaped: tuple[str, ...],
    fresh: bool,
) -> None:
    # The migration's own statements may fire the old audit triggers: their entries are sealed
    # with the baseline.
    since = 0 if fresh else audit.max_id(conn)
    try:
        # executescript commits any open transaction first, so the BEGIN goes inside it.
        conn.executescript("BEGIN IMMEDIATE;\n" + sql)
        conn.execute(
            "CREATE TABLE IF NOT EXISTS schema_migrations "
            "(version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)"
        )
        audit.install_triggers(conn)
        if not fresh:
            for table in reshaped:
                audit.baseline(conn, table)
            audit.seal(conn, since=since, actor="migration", action=f"migration v{number}")
        broken = conn.execute("PRAGMA foreign_key_check").fetchone()
        if broken is not None:
            raise sqlite3.IntegrityError(f"migration v{number} : clé étrangère rompue {broken}")
        conn.execute(
            "INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)",
            (number, name, audit.now_iso()),
        )
        conn.execute(f"PRAGMA user_version = {int(number)}")
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise


def reference_schema(version: int) -> dict[tuple[str, str], str]:
    """{(type, name): SQL, whitespace normalised} of a file freshly migrated to `version`: what
    a file of that version must hold, audit triggers included (made from the same columns)."""
    conn = sqlite3.connect(":memory:", isolation_level=None)
    try:
        for number, name, sql, reshaped in MIGRATIONS:
            if number > version:
                break
            _apply(conn, number=number, name=name, sql=sql, reshaped=reshaped, fresh=True)
        return schema_objects(conn)
    finally:
        conn.close()


def schema_objects(conn: sqlite3.Connection) -> dict[tuple[str, str], str]:
    """{(type, name): SQL with whitespace runs made one space} of the file's own objects."""
    return {
        (kind, name): " ".join((sql or "").split())
        for kind, name, sql in conn.execute(
            "SELECT type, name, sql FROM sqlite_schema WHERE name NOT LIKE 'sqlite\\_%' ESCAPE '\\'"
        )
    }
