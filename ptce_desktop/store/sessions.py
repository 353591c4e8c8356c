"""Committee sessions: agenda, attendance and decisions with their split per funder."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import date
from typing import Any

from ..domain.model import (
    Attendance,
    AttendanceStatus,
    Decision,
    Outcome,
    Session,
    SessionState,
)
from ..text import t
from .audit import now_iso
from .db import CallStore, inserted_id
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
    session.id = inserted_id(cur)
    return session.id


def ensure_editable(store: CallStore, session_id: int) -> None:
    row = store.conn.execute("SELECT state FROM sessions WHERE id = ?", (session_id,)).fetchone()
    if row is None:
        raise LookupError(t("séance {session_id} introuvable", session_id=session_id))
    if row[0] == "signed":
        raise ReadOnlyError(
            t(
                "procès-verbal signé : la séance est verrouillée, toute modification "
                "passe par un avenant"
            )
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
        "envelope_override, reserve_rank, decided_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (session_id, dossier_id) DO UPDATE SET outcome = excluded.outcome, "
        "amount_granted = excluded.amount_granted, votes_for = excluded.votes_for, "
        "votes_against = excluded.votes_against, votes_abstain = excluded.votes_abstain, "
        "casting_vote_used = excluded.casting_vote_used, reasons = excluded.reasons, "
        "conditions = excluded.conditions, envelope_override = excluded.envelope_override, "
        "reserve_rank = excluded.reserve_rank, decided_at = excluded.decided_at RETURNING id",
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
            decision.reserve_rank,
            now_iso(),
        ),
    )
    decision_id: int = cur.fetchone()[0]
    store.conn.execute("DELETE FROM decision_splits WHERE decision_id = ?", (decision_id,))
    store.conn.executemany(
        "INSERT INTO decision_splits (decision_id, funder_id, amount) VALUES (?, ?, ?)",
        [(decision_id, funder_ids[code], amount) for code, amount in decision.split.items()],
    )
    return decision_id


def set_state(store: CallStore, *, session_id: int, state: str) -> None:
    ensure_editable(store, session_id)
    store.conn.execute("UPDATE sessions SET state = ? WHERE id = ?", (state, session_id))


def granted_splits(store: CallStore, *, exclude_dossier: int | None = None) -> list[dict[str, Any]]:
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


# -- reading sessions back ----------------------------------------------------------------


def _session_from_row(r: dict[str, Any]) -> Session:
    return Session(
        id=r["id"],
        title=r["title"],
        date=date.fromisoformat(r["date"]),
        time=r["time"],
        place=r["place"],
        chair_id=r["chair_id"],
        secretary_id=r["secretary_id"],
        state=SessionState(r["state"]),
        quorum_note=r["quorum_note"],
    )


def load_session(store: CallStore, session_id: int) -> Session:
    row = next(store.query("SELECT * FROM sessions WHERE id = ?", [session_id]), None)
    if row is None:
        raise LookupError(t("séance {session_id} introuvable", session_id=session_id))
    return _session_from_row(row)


def list_sessions(store: CallStore) -> list[tuple[Session, int, int]]:
    """Every session with its number of agenda items and of decisions, oldest first."""
    return [
        (_session_from_row(r), r["agenda_count"], r["decision_count"])
        for r in store.query(
            "SELECT s.*, (SELECT count(*) FROM agenda_items a WHERE a.session_id = s.id) "
            "AS agenda_count, (SELECT count(*) FROM decisions d WHERE d.session_id = s.id) "
            "AS decision_count FROM sessions s ORDER BY s.date, s.id"
        )
    ]


def update_session(store: CallStore, session: Session) -> None:
    assert session.id is not None
    ensure_editable(store, session.id)
    store.conn.execute(
        "UPDATE sessions SET title = ?, date = ?, time = ?, place = ?, chair_id = ?, "
        "secretary_id = ? WHERE id = ?",
        (session.title, session.date.isoformat(), session.time, session.place, session.chair_id,
         session.secretary_id, session.id),
    )  # fmt: skip


def set_quorum_note(store: CallStore, *, session_id: int, note: str) -> None:
    ensure_editable(store, session_id)
    store.conn.execute("UPDATE sessions SET quorum_note = ? WHERE id = ?", (note, session_id))


def agenda(store: CallStore, session_id: int) -> list[int]:
    """Dossier ids of the agenda, in order."""
    return [
        r[0]
        for r in store.conn.execute(
            "SELECT dossier_id FROM agenda_items WHERE session_id = ? ORDER BY position",
            (session_id,),
        )
    ]


def attendance(store: CallStore, session_id: int) -> list[Attendance]:
    return [
        Attendance(person_id=p, status=AttendanceStatus(s), proxy_holder_id=h)
        for p, s, h in store.conn.execute(
            "SELECT person_id, status, proxy_holder_id FROM attendance WHERE session_id = ? "
            "ORDER BY id",
            (session_id,),
        )
    ]


def replace_attendance(
    store: CallStore, *, session_id: int, attendance: Iterable[Attendance]
) -> None:
    """The whole attendance list at once: members left out are no longer recorded."""
    ensure_editable(store, session_id)
    rows = list(attendance)
    keep = [a.person_id for a in rows]
    store.conn.execute(
        f"DELETE FROM attendance WHERE session_id = ? AND person_id NOT IN "
        f"({', '.join('?' for _ in keep) or 'NULL'})",
        (session_id, *keep),
    )
    set_attendance(store, session_id=session_id, attendance=rows)


def decisions(store: CallStore, session_id: int) -> dict[int, Decision]:
    """dossier id -> the decision this session took on it, with its split."""
    result: dict[int, Decision] = {}
    by_id: dict[int, Decision] = {}
    for r in store.query("SELECT * FROM decisions WHERE session_id = ?", [session_id]):
        d = Decision(
            dossier_id=r["dossier_id"],
            outcome=Outcome(r["outcome"]),
            amount_granted=r["amount_granted"],
            votes_for=r["votes_for"],
            votes_against=r["votes_against"],
            votes_abstain=r["votes_abstain"],
            casting_vote_used=bool(r["casting_vote_used"]),
            reasons=r["reasons"],
            conditions=r["conditions"],
            envelope_override=r["envelope_override"],
            reserve_rank=r["reserve_rank"],
        )
        result[d.dossier_id] = by_id[r["id"]] = d
    for decision_id, code, amount in store.conn.execute(
        "SELECT s.decision_id, f.code, s.amount FROM decision_splits s "
        "JOIN funders f ON f.id = s.funder_id JOIN decisions d ON d.id = s.decision_id "
        "WHERE d.session_id = ? ORDER BY f.position, f.id",
        (session_id,),
    ):
        by_id[decision_id].split[code] = amount
    return result


def delete_decision(store: CallStore, *, session_id: int, dossier_id: int) -> None:
    ensure_editable(store, session_id)
    store.conn.execute(
        "DELETE FROM decisions WHERE session_id = ? AND dossier_id = ?", (session_id, dossier_id)
    )


def latest_outcomes(store: CallStore) -> dict[int, tuple[int, Outcome]]:
    """dossier id -> (session id, outcome) of the latest decision on it."""
    return {
        d: (s, Outcome(o))
        for d, s, o in store.conn.execute(
            "SELECT dossier_id, session_id, outcome FROM latest_decisions"
        )
    }


def reserve_ranks(store: CallStore, *, exclude_dossier: int | None = None) -> dict[int, int]:
    """rank -> dossier id of the reserve list as voted (latest decision per dossier)."""
    return dict(
        store.conn.execute(
            "SELECT reserve_rank, dossier_id FROM latest_decisions "
            "WHERE outcome = 'reserve' AND dossier_id IS NOT ?",
            (exclude_dossier,),
        ).fetchall()
    )


def review_summaries(store: CallStore, dossier_id: int) -> list[dict[str, Any]]:
    """The submitted reviews of a dossier: rapporteur, opinion, summary, weighted score."""
    return list(
        store.query(
            "SELECT p.name AS rapporteur, r.opinion, r.summary, r.submitted_at, v.weighted "
            "FROM reviews r JOIN people p ON p.id = r.person_id "
            "LEFT JOIN review_scores v ON v.review_id = r.id "
            "WHERE r.dossier_id = ? AND r.state = 'submitted' AND r.set_aside = 0 "
            "ORDER BY p.name",
            [dossier_id],
        )
    )


def conflict_rows(store: CallStore) -> list[dict[str, Any]]:
    """Every declared conflict of interest, with the person's name and the reason."""
    return list(
        store.query(
            "SELECT c.person_id, c.dossier_id, c.reason, c.declared_at, p.name, d.numero "
            "FROM active_conflicts c JOIN people p ON p.id = c.person_id "
            "JOIN dossiers d ON d.id = c.dossier_id ORDER BY d.numero, p.name"
        )
    )


def eligible_dossiers(store: CallStore) -> list[dict[str, Any]]:
    """What ranking and agendas need of each eligible dossier, in numero order."""
    return list(
        store.query(
            "SELECT d.id, d.numero, d.pole_name, d.lead_name, d.region, d.departement, "
            "d.amount_requested, d.submitted_on FROM dossiers d "
            "JOIN dossier_eligibility e ON e.dossier_id = d.id WHERE e.eligible = 1 "
            "ORDER BY d.numero"
        )
    )


def dossier_rows(store: CallStore, dossier_ids: Sequence[int]) -> dict[int, dict[str, Any]]:
    """id -> the dossier's row (any eligibility), for agendas and reports."""
    marks = ", ".join("?" for _ in dossier_ids) or "NULL"
    return {
        r["id"]: r
        for r in store.query(
            "SELECT id, numero, pole_name, lead_name, region, departement, amount_requested, "
            f"submitted_on FROM dossiers WHERE id IN ({marks})",
            list(dossier_ids),
        )
    }


def private_notes(store: CallStore, dossier_id: int) -> list[dict[str, Any]]:
    """Private annotations on a dossier (never projected), oldest first."""
    return list(
        store.query(
            "SELECT a.body, a.created_at, p.name FROM annotations a "
            "JOIN people p ON p.id = a.person_id WHERE a.dossier_id = ? AND a.shared = 0 "
            "ORDER BY a.id",
            [dossier_id],
        )
    )


def add_private_note(store: CallStore, *, dossier_id: int, person_id: int, body: str) -> None:
    at = now_iso()
    store.conn.execute(
        "INSERT INTO annotations (dossier_id, person_id, body, shared, created_at, updated_at) "
        "VALUES (?, ?, ?, 0, ?, ?)",
        (dossier_id, person_id, body, at, at),
    )
