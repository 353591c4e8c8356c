"""The audit log: every change, who/when/what, append-only and hash-chained.

How it works:
- SQLite triggers on every audited table append an entry (table, row, before/after as JSON)
  for any INSERT, UPDATE or DELETE, whoever makes it.
- The app *seals* the entries its own transaction created just before COMMIT: it sets the actor
  and time and chains each entry's SHA-256 to the previous sealed one.
- A bulk insert (an import) sets a table's insert trigger aside within its transaction and
  writes the same entries itself, already sealed (`append_inserts`, store/bulk_audit.py).
- A change made behind the app's back (plain `sqlite3`) leaves an unsealed entry, or, with the
  triggers dropped, a row that no longer matches its last sealed entry. `verify` reports both,
  as well as any edited entry (broken chain).
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from ..text import t
from .schema import AUDITED_TABLES, BLOB_COLUMNS

GENESIS = "0" * 64
HASH_VERSION = 1  # the entry-hash format `seal` writes (audit_log.hash_version defaults to it)


def now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")  # pragma: no mutate (the clock)


def _columns(conn: sqlite3.Connection, table: str) -> list[str]:
    skip = BLOB_COLUMNS.get(table, ())
    return [r[1] for r in conn.execute(f"PRAGMA table_info({table})") if r[1] not in skip]


def _json_expr(columns: list[str], ref: str) -> str:
    return "json_object(" + ", ".join(f"'{c}', {ref}{c}" for c in columns) + ")"


# pragma: no mutate start (trigger and migration SQL: the mutation run covers the hash chain)
def install_triggers(conn: sqlite3.Connection) -> None:
    """(Re)create the audit triggers from the tables' current columns; run after each migration.

    A table is audited from the migration that creates it on.
    """
    for table in AUDITED_TABLES:
        cols = _columns(conn, table)
        if not cols:
            continue
        new, old = _json_expr(cols, "NEW."), _json_expr(cols, "OLD.")
        for op, before, after, ref in (
            ("insert", "NULL", new, "NEW"),
            ("update", old, new, "NEW"),
            ("delete", old, "NULL", "OLD"),
        ):
            name = f"audit_{table}_{op}"
            conn.execute(f"DROP TRIGGER IF EXISTS {name}")
            conn.execute(
                f"CREATE TRIGGER {name} AFTER {op.upper()} ON {table} BEGIN "
                f"INSERT INTO audit_log (table_name, row_id, operation, before, after) "
                f"VALUES ('{table}', {ref}.id, '{op}', {before}, {after}); END"
            )


def baseline(conn: sqlite3.Connection, table: str) -> None:
    """Record every row of `table` as it is now: used by migrations that reshape a table."""
    expr = _json_expr(_columns(conn, table), "")
    conn.execute(
        f"INSERT INTO audit_log (table_name, row_id, operation, after) "
        f"SELECT '{table}', id, 'baseline', {expr} FROM {table} ORDER BY id"
    )


# pragma: no mutate end
def max_id(conn: sqlite3.Connection) -> int:
    return int(conn.execute("SELECT coalesce(max(id), 0) FROM audit_log").fetchone()[0])


def _entry_hash(prev: str, row: tuple[object, ...]) -> str:
    # Format 1. row: id, ts, actor, action, table_name, row_id, operation, before, after
    payload = "\x1f".join("" if v is None else str(v) for v in (prev, *row))
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


# Every entry-hash format ever used, by audit_log.hash_version: a new one is added, never changed.
ENTRY_HASHES = {1: _entry_hash}


def head_hash(conn: sqlite3.Connection) -> str:
    row = conn.execute(
        "SELECT hash FROM audit_log WHERE hash IS NOT NULL ORDER BY id DESC LIMIT 1"
    ).fetchone()
    return row[0] if row else GENESIS


def _chain(
    prev: str, rows: list[tuple[Any, ...]], *, ts: str, actor: str, action: str
) -> list[tuple[int, str, str]]:
    """(id, prev_hash, hash) of each entry (id, table, row_id, operation, before, after), chained
    from `prev`: exactly format 1's digests (`_entry_hash`, HASH_VERSION, what `verify`
    recomputes), built with the parts shared by the whole transaction (time, actor, action)
    joined once. A new format needs its own payload here as well as in ENTRY_HASHES."""
    shared = f"\x1f{ts}\x1f{actor}\x1f{action}\x1f"
    sha256 = hashlib.sha256
    chained = []
    for entry_id, table, row_id, op, before, after in rows:
        payload = (
            f"{prev}\x1f{entry_id}{shared}{'' if table is None else table}\x1f"
            f"{'' if row_id is None else row_id}\x1f{'' if op is None else op}\x1f"
            f"{'' if before is None else before}\x1f{'' if after is None else after}"
        )
        digest = sha256(payload.encode("utf-8")).hexdigest()
        chained.append((entry_id, prev, digest))
        prev = digest
    return chained


def seal(conn: sqlite3.Connection, *, since: int, actor: str, action: str) -> int:
    """Seal the entries after id `since` (this transaction's own); returns how many."""
    rows = conn.execute(
        "SELECT id, table_name, row_id, operation, before, after FROM audit_log "
        "WHERE id > ? AND hash IS NULL ORDER BY id",
        (since,),
    ).fetchall()
    if not rows:
        return 0
    ts = now_iso()
    updates = _chain(head_hash(conn), rows, ts=ts, actor=actor, action=action)
    # One UPDATE … FROM a temporary table of the digests: a third faster than an UPDATE per
    # entry on many entries.
    conn.execute(
        "CREATE TEMP TABLE IF NOT EXISTS audit_seals "
        "(id INTEGER PRIMARY KEY, prev_hash TEXT NOT NULL, hash TEXT NOT NULL)"
    )
    conn.execute("DELETE FROM temp.audit_seals")
    conn.executemany("INSERT INTO temp.audit_seals (id, prev_hash, hash) VALUES (?, ?, ?)", updates)
    conn.execute(
        "UPDATE main.audit_log SET ts = ?, actor = ?, action = ?, prev_hash = s.prev_hash, "
        "hash = s.hash FROM temp.audit_seals AS s WHERE audit_log.id = s.id",
        (ts, actor, action),
    )
    conn.execute("DELETE FROM temp.audit_seals")
    return len(updates)


def append_inserts(
    conn: sqlite3.Connection, *, table: str, after_row: int, actor: str, action: str
) -> int:
    """Write the 'insert' entry of each row of `table` with id > `after_row`, sealed as it is
    written; returns how many. For rows a bulk writer inserted with the table's insert trigger
    set aside, after sealing every earlier entry of its transaction: each entry holds the JSON
    the trigger writes (the same expression) and chains on from the head in format 1, what
    `seal` would have made of the trigger's entries, without their UPDATE.

    The rows' JSON is read once to hash it (the payload `_chain` builds, `before` empty); then
    one INSERT … SELECT writes every entry, the JSON made again by the same expression on the
    same rows, each entry's hash and the one before it taken from the chain of digests bound
    once: no Python tuple bound per entry (130,000 entries at a 10,000-dossier import, the
    binding three times the cost of SQLite's own writing)."""
    expr = _json_expr(_columns(conn, table), "")
    rows = conn.execute(
        f"SELECT id, {expr} FROM {table} WHERE id > ? ORDER BY id", (after_row,)
    ).fetchall()
    if not rows:
        return 0
    ts = now_iso()
    first = max_id(conn) + 1
    # Format 1's payload: prev, id, ts, actor, action, table, row_id, operation, before, after.
    shared = f"\x1f{ts}\x1f{actor}\x1f{action}\x1f{table}\x1f"
    sha256 = hashlib.sha256
    prev = head_hash(conn)
    chain = [prev]  # entry n (from 0) links chain[n] to chain[n + 1]
    for entry_id, (row_id, after) in enumerate(rows, start=first):
        payload = f"{prev}\x1f{entry_id}{shared}{row_id}\x1finsert\x1f\x1f{after}"
        prev = sha256(payload.encode("utf-8")).hexdigest()
        chain.append(prev)
    # Each row's place n from 0: its id less the first one's when the ids follow each other
    # (a bulk insert's own, the usual case), else counted (slower: SQLite sorts them again).
    contiguous = rows[-1][0] - rows[0][0] == len(rows) - 1
    place = "id - :base" if contiguous else "row_number() OVER (ORDER BY id) - 1"
    size = len(GENESIS)
    written = conn.execute(
        "INSERT INTO audit_log (id, ts, actor, action, table_name, row_id, operation, before, "
        "after, prev_hash, hash, hash_version) "
        "SELECT :first + n, :ts, :actor, :action, :table, id, 'insert', NULL, after, "
        f"CAST(substr(:chain, n * {size} + 1, {size}) AS TEXT), "
        f"CAST(substr(:chain, n * {size} + {size + 1}, {size}) AS TEXT), {HASH_VERSION} "
        f"FROM (SELECT {place} AS n, id, {expr} AS after FROM {table} WHERE id > :after_row)",
        # A BLOB: substr() counts bytes there (on TEXT it would walk the characters each time).
        {"first": first, "ts": ts, "actor": actor, "action": action, "table": table,
         "chain": "".join(chain).encode("ascii"), "after_row": after_row, "base": rows[0][0]},
    ).rowcount  # fmt: skip
    if written != len(rows):  # the rows are this transaction's own: cannot happen
        raise RuntimeError(f"{table}: {written} audit entries written for {len(rows)} rows")
    return written


def total(conn: sqlite3.Connection) -> int:
    return int(conn.execute("SELECT count(*) FROM audit_log").fetchone()[0])


def anchor_point(conn: sqlite3.Connection) -> tuple[str, int]:
    """The chain's head and how many entries lead to it (ids up to the head's): what an anchor
    records."""
    row = conn.execute(
        "SELECT id, hash FROM audit_log WHERE hash IS NOT NULL ORDER BY id DESC LIMIT 1"
    ).fetchone()
    if row is None:
        return GENESIS, 0
    count = conn.execute("SELECT count(*) FROM audit_log WHERE id <= ?", (row[0],)).fetchone()[0]
    return row[1], count


def recompute_head(conn: sqlite3.Connection, count: int) -> str | None:
    """The hash the first `count` entries chain to, recomputed from their content; None when
    there are fewer, one is unsealed, a link is broken or a format is unknown."""
    prev = GENESIS
    seen = 0
    cursor = conn.execute(
        "SELECT id, ts, actor, action, table_name, row_id, operation, before, after, "
        "prev_hash, hash, hash_version FROM audit_log ORDER BY id LIMIT ?",
        (count,),
    )
    for entry in cursor:
        entry_hash = ENTRY_HASHES.get(entry[11])
        if entry[10] is None or entry[9] != prev or entry_hash is None:
            return None
        prev = entry_hash(prev, entry[:9])
        if prev != entry[10]:
            return None
        seen += 1
    return prev if seen == count else None


@dataclass(slots=True, frozen=True, kw_only=True)
class Entry:
    """One audit entry as anchors read it: what changed, before and after (JSON objects)."""

    id: int
    table: str
    row_id: int
    operation: str
    before: dict[str, Any] | None
    after: dict[str, Any] | None


def entries(conn: sqlite3.Connection, *, tables: tuple[str, ...]) -> Iterator[tuple[int, Entry]]:
    """(position from 1, entry) of every entry on these tables, in chain order."""
    marks = ", ".join("?" for _ in tables)
    cursor = conn.execute(
        "SELECT position, id, table_name, row_id, operation, before, after FROM (SELECT "
        "row_number() OVER (ORDER BY id) AS position, * FROM audit_log) "
        f"WHERE table_name IN ({marks}) ORDER BY id",
        tables,
    )
    for position, entry_id, table, row_id, op, before, after in cursor:
        yield position, Entry(
            id=entry_id, table=table, row_id=row_id, operation=op,
            before=json.loads(before) if before else None,
            after=json.loads(after) if after else None,
        )  # fmt: skip


@dataclass(slots=True, frozen=True)
class Problem:
    table: str
    row_id: int | None
    message: str

    def __str__(self) -> str:
        if self.row_id is None:
            return t("{table} : {message}", table=self.table, message=self.message)
        return t(
            "{table}, ligne {row} : {message}", table=self.table, row=self.row_id,
            message=self.message,
        )  # fmt: skip


def verify(conn: sqlite3.Connection, *, limit: int = 1000) -> list[Problem]:
    """Every sign of tampering, in a stable order; an empty list means the file is intact."""
    problems: list[Problem] = []
    last_after: dict[tuple[str, int], str | None] = {}
    prev = GENESIS
    cursor = conn.execute(
        "SELECT id, ts, actor, action, table_name, row_id, operation, before, after, "
        "prev_hash, hash, hash_version FROM audit_log ORDER BY id"
    )
    for entry in cursor:
        entry_id, table, row_id, op, after, prev_hash, digest = (
            entry[0], entry[4], entry[5], entry[6], entry[8], entry[9], entry[10]
        )  # fmt: skip
        if digest is None:
            outside = t(
                "modification hors application ({op} sur {table}, ligne {row_id})",
                op=op, table=table, row_id=row_id,
            )  # fmt: skip
            problems.append(Problem("audit_log", entry_id, outside))
            continue
        entry_hash = ENTRY_HASHES.get(entry[11])
        if prev_hash != prev or entry_hash is None or entry_hash(prev, entry[:9]) != digest:
            problems.append(Problem("audit_log", entry_id, t("entrée du journal altérée")))
        prev = digest
        last_after[(table, row_id)] = after
    for table in AUDITED_TABLES:
        expr = _json_expr(_columns(conn, table), "")
        current = {rid: doc for rid, doc in conn.execute(f"SELECT id, {expr} FROM {table}")}
        recorded = {rid: after for (t, rid), after in last_after.items() if t == table}
        for rid in sorted(current.keys() | recorded.keys()):
            now, then = current.get(rid), recorded.get(rid)
            if now is None and then is not None:
                problems.append(Problem(table, rid, t("ligne supprimée hors application")))
            elif now is not None and then is None:
                problems.append(Problem(table, rid, t("ligne ajoutée hors application")))
            elif now is not None and then is not None and json.loads(now) != json.loads(then):
                problems.append(Problem(table, rid, t("ligne modifiée hors application")))
        for blob in BLOB_COLUMNS.get(table, ()):
            for rid, content, sha in conn.execute(f"SELECT id, {blob}, sha256 FROM {table}"):
                if hashlib.sha256(content or b"").hexdigest() != sha:
                    problems.append(Problem(table, rid, t("contenu ({blob}) altéré", blob=blob)))
        if len(problems) >= limit:
            break
    return problems[:limit]
