"""What signatures anchor the audit chain to: one row per signed minutes recorded (with the
data they printed) and per checkpoint signed by the secretariat."""

from __future__ import annotations

from dataclasses import dataclass

from .audit import now_iso
from .db import CallStore, inserted_id


@dataclass(frozen=True, slots=True, kw_only=True)
class StoredAnchor:
    id: int
    kind: str  # "minutes" | "checkpoint"
    session_id: int | None
    minutes_id: int | None
    head_hash: str
    entry_count: int
    hash_version: int
    data_sha256: str
    snapshot: str  # minutes: the canonical JSON they printed
    signature: str  # checkpoint: the CMS signature, base64 DER
    created_at: str


_COLUMNS = (
    "id, kind, session_id, minutes_id, head_hash, entry_count, hash_version, data_sha256, "
    "snapshot, signature, created_at"
)


def insert_anchor(
    store: CallStore,
    *,
    kind: str,
    head_hash: str,
    entry_count: int,
    hash_version: int,
    session_id: int | None = None,
    minutes_id: int | None = None,
    data_sha256: str = "",
    snapshot: str = "",
    signature: str = "",
) -> int:
    cur = store.conn.execute(
        f"INSERT INTO anchors ({_COLUMNS.removeprefix('id, ')}) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (kind, session_id, minutes_id, head_hash, entry_count, hash_version, data_sha256,
         snapshot, signature, now_iso()),
    )  # fmt: skip
    return inserted_id(cur)


def list_anchors(store: CallStore, kind: str) -> list[StoredAnchor]:
    return [
        StoredAnchor(**r)
        for r in store.query(f"SELECT {_COLUMNS} FROM anchors WHERE kind = ? ORDER BY id", (kind,))
    ]


def anchor_of_minutes(store: CallStore, minutes_id: int) -> StoredAnchor | None:
    row = next(
        store.query(f"SELECT {_COLUMNS} FROM anchors WHERE minutes_id = ?", (minutes_id,)), None
    )
    return StoredAnchor(**row) if row else None


def signed_minutes_ids(store: CallStore) -> list[tuple[int, int]]:
    """(minutes id, session id) of every signed minutes recorded, oldest first."""
    return [
        tuple(r)
        for r in store.conn.execute(
            "SELECT id, session_id FROM minutes WHERE kind = 'signed' ORDER BY id"
        )
    ]


def sessions_in_state(store: CallStore, state: str) -> list[int]:
    return [
        r[0]
        for r in store.conn.execute("SELECT id FROM sessions WHERE state = ? ORDER BY id", (state,))
    ]


def call_uid(store: CallStore) -> str:
    row = store.conn.execute("SELECT uid FROM calls ORDER BY id LIMIT 1").fetchone()
    return row[0] if row else ""
