"""Bulk inserts audited in one pass: the per-row insert triggers set aside, then one entry per
new row, written already sealed.

A row-by-row audit costs three writes per row: the trigger's entry, then, at commit, `seal`
reading it back and rewriting it with its hashes. For the rows a bulk writer only inserts, the
same entries (the trigger's own JSON, the same entry-hash format, every row) can be written
once, sealed as they go in. Everything happens inside the caller's transaction, within a
savepoint: a failure anywhere leaves neither rows nor entries, and the triggers are back.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager

from . import audit
from .db import CallStore
from .schema import AUDITED_TABLES


@contextmanager
def audited_inserts(store: CallStore, tables: Sequence[str]) -> Iterator[None]:
    """Within `store.transaction()`: rows INSERTed into `tables` in the block are audited at
    its end, one sealed 'insert' entry each, table after table in the order given.

    Only inserts into these tables belong in the block: an UPDATE or DELETE of one of them
    there would be recorded before the insert it follows, so it is refused (RuntimeError,
    the block undone)."""
    conn = store.conn
    if not conn.in_transaction:
        raise RuntimeError("audited_inserts must run inside store.transaction()")
    unknown = sorted(set(tables) - set(AUDITED_TABLES))
    if unknown:
        raise ValueError(f"tables not audited: {unknown}")
    conn.execute("SAVEPOINT audited_inserts")
    try:
        with triggers_set_aside(conn, [f"audit_{t}_insert" for t in tables]):
            last_row = {t: conn.execute(f"SELECT coalesce(max(id), 0) FROM {t}").fetchone()[0]
                        for t in tables}  # fmt: skip
            last_entry = audit.max_id(conn)
            yield
            marks = ", ".join("?" for _ in tables)
            if conn.execute(
                f"SELECT 1 FROM audit_log WHERE id > ? AND table_name IN ({marks}) LIMIT 1",
                (last_entry, *tables),
            ).fetchone():
                raise RuntimeError(f"only inserts into {', '.join(tables)} in audited_inserts")
            store.seal_so_far()
            for t in tables:
                audit.append_inserts(
                    conn, table=t, after_row=last_row[t], actor=store.sealing_actor,
                    action=store.sealing_action,
                )  # fmt: skip
    except BaseException:
        if conn.in_transaction:  # SQLite may have rolled all back itself (a full disk)
            conn.execute("ROLLBACK TO audited_inserts")
            conn.execute("RELEASE audited_inserts")
        raise
    conn.execute("RELEASE audited_inserts")


@contextmanager
def triggers_set_aside(conn: sqlite3.Connection, names: Sequence[str]) -> Iterator[None]:
    """The named triggers (those that exist) dropped for the block, then made again from their
    own SQL once it has run. Inside the caller's transaction: when the block fails they are not
    made again here, the caller's rollback brings them back with everything else."""
    triggers = conn.execute(
        f"SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name IN "
        f"({', '.join('?' for _ in names)})",
        list(names),
    ).fetchall()
    for name, _sql in triggers:
        conn.execute(f"DROP TRIGGER {name}")
    yield
    for _name, sql in triggers:
        conn.execute(sql)
