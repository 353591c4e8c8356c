"""Minutes PDFs kept in the call file (draft and signed), and the rows the minutes read that
no other query gives: each rapporteur's grid, sessions amending others."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from ..text import t
from .audit import now_iso
from .db import CallStore, inserted_id


@dataclass(frozen=True, slots=True, kw_only=True)
class StoredMinutes:
    id: int
    session_id: int
    kind: str  # "draft" | "signed"
    filename: str
    sha256: str
    data_sha256: str
    created_at: str


_COLUMNS = "id, session_id, kind, filename, sha256, data_sha256, created_at"


def insert_minutes(
    store: CallStore,
    *,
    session_id: int,
    kind: str,
    filename: str,
    sha256: str,
    data_sha256: str,
    content: bytes,
) -> int:
    cur = store.conn.execute(
        "INSERT INTO minutes (session_id, kind, filename, sha256, data_sha256, content, "
        "created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
        (session_id, kind, filename, sha256, data_sha256, content, now_iso()),
    )
    return inserted_id(cur)


def list_minutes(store: CallStore, session_id: int) -> list[StoredMinutes]:
    """The session's stored minutes, oldest first."""
    return [
        StoredMinutes(**r)
        for r in store.db.query(
            f"SELECT {_COLUMNS} FROM minutes WHERE session_id = ? ORDER BY id", [session_id]
        )
    ]


def latest_minutes(store: CallStore, session_id: int, kind: str) -> StoredMinutes | None:
    row = next(
        store.db.query(
            f"SELECT {_COLUMNS} FROM minutes WHERE session_id = ? AND kind = ? "
            "ORDER BY id DESC LIMIT 1",
            [session_id, kind],
        ),
        None,
    )
    return StoredMinutes(**row) if row else None


def minutes_content(store: CallStore, minutes_id: int) -> bytes:
    row = store.conn.execute("SELECT content FROM minutes WHERE id = ?", (minutes_id,)).fetchone()
    if row is None:
        raise LookupError(t("procès-verbal {minutes_id} introuvable", minutes_id=minutes_id))
    return bytes(row[0])


def rapporteur_scores(store: CallStore, dossier_ids: Sequence[int]) -> list[dict[str, Any]]:
    """Each submitted review of these dossiers: dossier_id, rapporteur, code, score, weighted;
    one row per criterion, by dossier then rapporteur."""
    marks = ", ".join("?" for _ in dossier_ids) or "NULL"
    return list(
        store.db.query(
            "SELECT r.dossier_id, r.id AS review_id, p.name AS rapporteur, c.code, s.score, "
            "v.weighted FROM reviews r JOIN people p ON p.id = r.person_id "
            "JOIN scores s ON s.review_id = r.id JOIN criteria c ON c.id = s.criterion_id "
            "LEFT JOIN review_scores v ON v.review_id = r.id "
            f"WHERE r.state = 'submitted' AND r.set_aside = 0 AND r.dossier_id IN ({marks}) "
            "ORDER BY r.dossier_id, p.name, r.id, c.position",
            list(dossier_ids),
        )
    )


def amends(store: CallStore, session_id: int) -> int | None:
    row = store.conn.execute(
        "SELECT amends_session_id FROM sessions WHERE id = ?", (session_id,)
    ).fetchone()
    if row is None:
        raise LookupError(t("séance {session_id} introuvable", session_id=session_id))
    amended: int | None = row[0]
    return amended


def amendment_chain(store: CallStore, session_id: int) -> list[int]:
    """The session ids from the original one to `session_id` (amendments of amendments)."""
    chain = [session_id]
    while (previous := amends(store, chain[0])) is not None:
        chain.insert(0, previous)
    return chain


def amendments_of(store: CallStore, session_id: int) -> list[int]:
    return [
        r[0]
        for r in store.conn.execute(
            "SELECT id FROM sessions WHERE amends_session_id = ? ORDER BY id", (session_id,)
        )
    ]


def copy_session(store: CallStore, *, session_id: int, title: str) -> int:
    """A new editable session amending `session_id`, with its agenda, attendance, decisions
    and splits copied (the decided_at of each decision is kept)."""
    at = now_iso()
    cur = store.conn.execute(
        "INSERT INTO sessions (title, date, time, place, chair_id, secretary_id, state, "
        "quorum_note, amends_session_id, created_at) SELECT ?, date, time, place, chair_id, "
        "secretary_id, 'open', quorum_note, id, ? FROM sessions WHERE id = ?",
        (title, at, session_id),
    )
    new_id = inserted_id(cur)
    store.conn.execute(
        "INSERT INTO agenda_items (session_id, dossier_id, position) "
        "SELECT ?, dossier_id, position FROM agenda_items WHERE session_id = ? ORDER BY id",
        (new_id, session_id),
    )
    store.conn.execute(
        "INSERT INTO attendance (session_id, person_id, status, proxy_holder_id) "
        "SELECT ?, person_id, status, proxy_holder_id FROM attendance WHERE session_id = ? "
        "ORDER BY id",
        (new_id, session_id),
    )
    old_decisions = store.conn.execute(
        "SELECT id FROM decisions WHERE session_id = ? ORDER BY id", (session_id,)
    ).fetchall()
    for (old_id,) in old_decisions:
        cur = store.conn.execute(
            "INSERT INTO decisions (session_id, dossier_id, outcome, amount_granted, votes_for, "
            "votes_against, votes_abstain, casting_vote_used, reasons, conditions, "
            "envelope_override, reserve_rank, decided_at) SELECT ?, dossier_id, outcome, "
            "amount_granted, votes_for, votes_against, votes_abstain, casting_vote_used, "
            "reasons, conditions, envelope_override, reserve_rank, decided_at "
            "FROM decisions WHERE id = ?",
            (new_id, old_id),
        )
        store.conn.execute(
            "INSERT INTO decision_splits (decision_id, funder_id, amount) "
            "SELECT ?, funder_id, amount FROM decision_splits WHERE decision_id = ? ORDER BY id",
            (inserted_id(cur), old_id),
        )
    return new_id


def letter_rows(store: CallStore, dossier_ids: Sequence[int]) -> dict[int, dict[str, Any]]:
    """id -> who a notification letter goes to: contact_name, contact_email, communes."""
    marks = ", ".join("?" for _ in dossier_ids) or "NULL"
    return {
        r["id"]: r
        for r in store.db.query(
            f"SELECT id, contact_name, contact_email, communes FROM dossiers WHERE id IN ({marks})",
            list(dossier_ids),
        )
    }
