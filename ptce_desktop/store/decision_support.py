"""What calibration, scenarios and review history read: reviews per rapporteur, grants by
session, and the audit log's entries about reviews."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from .db import CallStore


@dataclass(frozen=True, slots=True, kw_only=True)
class SubmittedReview:
    review_id: int
    dossier_id: int
    numero: str
    person_id: int
    person_name: str
    scores: dict[str, float | None]  # criterion code -> score


def submitted_reviews(store: CallStore) -> list[SubmittedReview]:
    """Every submitted review that counts (not set aside), with its rapporteur and scores."""
    reviews: dict[int, SubmittedReview] = {}
    for review_id, dossier_id, numero, person_id, name, code, score in store.conn.execute(
        "SELECT r.id, r.dossier_id, d.numero, r.person_id, p.name, c.code, s.score "
        "FROM reviews r JOIN dossiers d ON d.id = r.dossier_id "
        "JOIN people p ON p.id = r.person_id "
        "JOIN scores s ON s.review_id = r.id JOIN criteria c ON c.id = s.criterion_id "
        "WHERE r.state = 'submitted' AND r.set_aside = 0 ORDER BY r.id, c.position"
    ):
        review = reviews.setdefault(
            review_id,
            SubmittedReview(review_id=review_id, dossier_id=dossier_id, numero=numero,
                            person_id=person_id, person_name=name, scores={}),
        )  # fmt: skip
        review.scores[code] = score
    return list(reviews.values())


def granted_splits_outside(store: CallStore, *, session_id: int) -> list[dict[str, float]]:
    """The split of each grant decided in another session (latest decision per dossier)."""
    splits: dict[int, dict[str, float]] = {}
    for decision_id, code, amount in store.conn.execute(
        "SELECT d.id, f.code, s.amount FROM latest_decisions d "
        "JOIN decision_splits s ON s.decision_id = d.id JOIN funders f ON f.id = s.funder_id "
        "WHERE d.outcome IN ('selected', 'selected_with_conditions') AND d.session_id != ?",
        (session_id,),
    ):
        splits.setdefault(decision_id, {})[code] = amount
    return list(splits.values())


def settled_elsewhere(store: CallStore, *, session_id: int) -> set[int]:
    """Dossiers whose latest decision, taken in another session, settles them."""
    return {
        r[0]
        for r in store.conn.execute(
            "SELECT dossier_id FROM latest_decisions WHERE session_id != ? "
            "AND outcome IN ('selected', 'selected_with_conditions', 'not_selected')",
            (session_id,),
        )
    }


def session_exists(store: CallStore, session_id: int) -> bool:
    row = store.conn.execute("SELECT 1 FROM sessions WHERE id = ?", (session_id,)).fetchone()
    return row is not None


@dataclass(frozen=True, slots=True, kw_only=True)
class AuditEntry:
    id: int
    ts: str
    actor: str
    action: str
    table: str
    row_id: int
    operation: str
    before: dict[str, Any] | None
    after: dict[str, Any] | None


def review_entries(store: CallStore, *, review_ids: list[int]) -> list[AuditEntry]:
    """The sealed audit entries of these reviews and of their scores, oldest first (read
    through the audit log's index on table and row)."""
    if not review_ids:
        return []
    marks = ",".join("?" * len(review_ids))
    score_ids = [
        r[0]
        for r in store.conn.execute(
            f"SELECT id FROM scores WHERE review_id IN ({marks})", review_ids
        )
    ]
    score_marks = ",".join("?" * len(score_ids)) or "NULL"
    rows = store.conn.execute(
        "SELECT id, ts, actor, action, table_name, row_id, operation, before, after "
        "FROM audit_log WHERE hash IS NOT NULL AND ("
        f"(table_name = 'reviews' AND row_id IN ({marks})) OR "
        f"(table_name = 'scores' AND row_id IN ({score_marks}))) ORDER BY id",
        [*review_ids, *score_ids],
    )
    return [
        AuditEntry(
            id=r[0], ts=r[1], actor=r[2], action=r[3] or "", table=r[4], row_id=r[5],
            operation=r[6], before=json.loads(r[7]) if r[7] else None,
            after=json.loads(r[8]) if r[8] else None,
        )
        for r in rows
    ]  # fmt: skip


def reviews_of(
    store: CallStore, *, dossier_id: int, person_id: int | None = None
) -> list[dict[str, Any]]:
    """The reviews of a dossier (any state), with their rapporteur's name."""
    return list(
        store.query(
            "SELECT r.id, r.person_id, p.name FROM reviews r JOIN people p ON p.id = r.person_id "
            "WHERE r.dossier_id = ? AND (? IS NULL OR r.person_id = ?) ORDER BY p.name",
            (dossier_id, person_id, person_id),
        )
    )


def agenda_dossiers(store: CallStore, *, session_id: int) -> dict[str, int]:
    """numero -> agenda item id, for the session's agenda."""
    return {
        numero: item_id
        for item_id, numero in store.conn.execute(
            "SELECT a.id, d.numero FROM agenda_items a JOIN dossiers d ON d.id = a.dossier_id "
            "WHERE a.session_id = ?",
            (session_id,),
        )
    }


def set_proposals(store: CallStore, proposals: dict[int, str]) -> None:
    """agenda item id -> its proposal (JSON text; '' clears it)."""
    store.conn.executemany(
        "UPDATE agenda_items SET proposal = ? WHERE id = ? AND proposal != ?",
        [(text, item_id, text) for item_id, text in proposals.items()],
    )


def proposal_of(store: CallStore, *, session_id: int, dossier_id: int) -> str:
    row = store.conn.execute(
        "SELECT proposal FROM agenda_items WHERE session_id = ? AND dossier_id = ?",
        (session_id, dossier_id),
    ).fetchone()
    return row[0] if row else ""


def session_state(store: CallStore, session_id: int) -> str | None:
    row = store.conn.execute("SELECT state FROM sessions WHERE id = ?", (session_id,)).fetchone()
    return row[0] if row else None


def calibration_shown(store: CallStore, *, session_id: int) -> bool:
    row = store.conn.execute(
        "SELECT calibration_shown FROM sessions WHERE id = ?", (session_id,)
    ).fetchone()
    return bool(row and row[0])


def set_calibration_shown(store: CallStore, *, session_id: int, shown: bool) -> None:
    store.conn.execute(
        "UPDATE sessions SET calibration_shown = ? WHERE id = ? AND calibration_shown != ?",
        (int(shown), session_id, int(shown)),
    )
