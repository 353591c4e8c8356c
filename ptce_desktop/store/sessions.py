"""Committee sessions: agenda, attendance and decisions with their split per funder."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from ..domain.model import Attendance, Decision, Session
from .audit import now_iso
from .db import CallStore
from .errors import ReadOnlyError


def create_session(store: CallStore, session: Session) -> int:
    cur = store.conn.execute(
        "INSERT INTO sessions (title, date, time, place, chair_id, secretary_id, state, "
        "quorum_note, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            session.title,
            session.date.isoformat(),
            session.time,
            session.place,
            session.chair_id,
            session.secretary_id,
            session.state.value,
            session.quorum_note,
            now_iso(),
        ),
    )
    session.id = cur.lastrowid
    return session.id  # type: ignore[return-value]


def ensure_editable(store: CallStore, session_id: int) -> None:
    row = store.conn.execute("SELECT state FROM sessions WHERE id = ?", (session_id,)).fetchone()
    if row is None:
        raise LookupError(f"séance {session_id} introuvable")
    if row[0] == "signed":
        raise ReadOnlyError(
            "procès-verbal signé : la séance est verrouillée, toute modification passe par un "
            "avenant"
        )


def set_agenda(store: CallStore, *, session_id: int, dossier_ids: Sequence[int]) -> None:
    ensure_editable(store, session_id)
    store.conn.execute("DELETE FROM agenda_items WHERE session_id = ?", (session_id,))
    store.conn.executemany(
        "INSERT INTO agenda_items (session_id, dossier_id, position) VALUES (?, ?, ?)",
        [(session_id, d, i) for i, d in enumerate(dossier_ids, start=1)],
    )


def set_attendance(store: CallStore, *, session_id: int, attendance: Iterable[Attendance]) -> None:
    ensure_editable(store, session_id)
    for a in attendance:
        store.conn.execute(
            "INSERT INTO attendance (session_id, person_id, status, proxy_holder_id) "
            "VALUES (?, ?, ?, ?) ON CONFLICT (session_id, person_id) DO UPDATE SET "
            "status = excluded.status, proxy_holder_id = excluded.proxy_holder_id",
            (session_id, a.person_id, a.status.value, a.proxy_holder_id),
        )


def record_decision(
    store: CallStore, *, session_id: int, decision: Decision, funder_ids: Mapping[str, int]
) -> int:
    ensure_editable(store, session_id)
    cur = store.conn.execute(
        "INSERT INTO decisions (session_id, dossier_id, outcome, amount_granted, votes_for, "
        "votes_against, votes_abstain, casting_vote_used, reasons, conditions, "
        "envelope_override, decided_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (session_id, dossier_id) DO UPDATE SET outcome = excluded.outcome, "
        "amount_granted = excluded.amount_granted, votes_for = excluded.votes_for, "
        "votes_against = excluded.votes_against, votes_abstain = excluded.votes_abstain, "
        "casting_vote_used = excluded.casting_vote_used, reasons = excluded.reasons, "
        "conditions = excluded.conditions, envelope_override = excluded.envelope_override, "
        "decided_at = excluded.decided_at RETURNING id",
        (
            session_id,
            decision.dossier_id,
            decision.outcome.value,
            decision.amount_granted,
            decision.votes_for,
            decision.votes_against,
            decision.votes_abstain,
            int(decision.casting_vote_used),
            decision.reasons,
            decision.conditions,
            decision.envelope_override,
            now_iso(),
        ),
    )
    decision_id = cur.fetchone()[0]
    store.conn.execute("DELETE FROM decision_splits WHERE decision_id = ?", (decision_id,))
    store.conn.executemany(
        "INSERT INTO decision_splits (decision_id, funder_id, amount) VALUES (?, ?, ?)",
        [(decision_id, funder_ids[code], amount) for code, amount in decision.split.items()],
    )
    return decision_id


def set_state(store: CallStore, *, session_id: int, state: str) -> None:
    ensure_editable(store, session_id)
    store.conn.execute("UPDATE sessions SET state = ? WHERE id = ?", (state, session_id))


def granted_splits(store: CallStore, *, exclude_dossier: int | None = None) -> list[dict]:
    """Per granted decision (latest per dossier), its split {funder code: amount}."""
    splits: dict[int, dict[str, float]] = {}
    for decision_id, code, amount in store.conn.execute(
        "SELECT d.id, f.code, s.amount FROM latest_decisions d "
        "JOIN decision_splits s ON s.decision_id = d.id JOIN funders f ON f.id = s.funder_id "
        "WHERE d.outcome IN ('selected', 'selected_with_conditions') "
        "AND d.dossier_id IS NOT ?",
        (exclude_dossier,),
    ):
        splits.setdefault(decision_id, {})[code] = amount
    return list(splits.values())
