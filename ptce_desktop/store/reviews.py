"""Reviews: one rapporteur's scoring grid for one dossier."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..text import t
from .audit import now_iso
from .db import CallStore, inserted_id
from .errors import ReadOnlyError


def ensure_review(store: CallStore, *, dossier_id: int, person_id: int) -> int:
    """The review's id, creating an empty draft the first time."""
    row = store.conn.execute(
        "SELECT id FROM reviews WHERE dossier_id = ? AND person_id = ?", (dossier_id, person_id)
    ).fetchone()
    if row:
        review_id: int = row[0]
        return review_id
    cur = store.conn.execute(
        "INSERT INTO reviews (dossier_id, person_id, updated_at) VALUES (?, ?, ?)",
        (dossier_id, person_id, now_iso()),
    )
    return inserted_id(cur)


def review_state(store: CallStore, review_id: int) -> str:
    row = store.conn.execute("SELECT state FROM reviews WHERE id = ?", (review_id,)).fetchone()
    if row is None:
        raise LookupError(t("évaluation {review_id} introuvable", review_id=review_id))
    state: str = row[0]
    return state


def set_scores(
    store: CallStore,
    *,
    review_id: int,
    scores: Mapping[int, float | None],
    comments: Mapping[int, str] | None = None,
) -> None:
    """Write scores (criterion id -> score) of a draft review."""
    if review_state(store, review_id) == "submitted":
        raise ReadOnlyError(t("évaluation déjà soumise : rouvrez-la pour la modifier"))
    comments = comments or {}
    for criterion_id in set(scores) | set(comments):
        store.conn.execute(
            "INSERT INTO scores (review_id, criterion_id, score, comment) VALUES (?, ?, ?, ?) "
            "ON CONFLICT (review_id, criterion_id) DO UPDATE SET "
            "score = CASE WHEN ? THEN excluded.score ELSE score END, "
            "comment = CASE WHEN ? THEN excluded.comment ELSE comment END",
            (
                review_id,
                criterion_id,
                scores.get(criterion_id),
                comments.get(criterion_id, ""),
                int(criterion_id in scores),
                int(criterion_id in comments),
            ),
        )
    store.conn.execute("UPDATE reviews SET updated_at = ? WHERE id = ?", (now_iso(), review_id))


def set_opinion(store: CallStore, *, review_id: int, opinion: str | None, summary: str) -> None:
    if review_state(store, review_id) == "submitted":
        raise ReadOnlyError(t("évaluation déjà soumise : rouvrez-la pour la modifier"))
    store.conn.execute(
        "UPDATE reviews SET opinion = ?, summary = ?, updated_at = ? WHERE id = ?",
        (opinion, summary, now_iso(), review_id),
    )


def submit(store: CallStore, *, review_id: int, at: str | None = None) -> None:
    missing = store.conn.execute(
        "SELECT count(*) FROM criteria c LEFT JOIN scores s ON s.criterion_id = c.id "
        "AND s.review_id = ? WHERE s.score IS NULL",
        (review_id,),
    ).fetchone()[0]
    if missing:
        raise ValueError(
            t("{missing} critère(s) sans note : la grille doit être complète.", missing=missing)
        )
    at = at or now_iso()
    store.conn.execute(
        "UPDATE reviews SET state = 'submitted', submitted_at = ?, updated_at = ? WHERE id = ?",
        (at, at, review_id),
    )


def reopen(store: CallStore, *, review_id: int) -> None:
    store.conn.execute(
        "UPDATE reviews SET state = 'draft', submitted_at = NULL, updated_at = ? WHERE id = ?",
        (now_iso(), review_id),
    )


def submitted_scores(store: CallStore) -> dict[int, list[dict[str, float | None]]]:
    """dossier id -> one {criterion code: score} mapping per submitted review."""
    result: dict[int, dict[int, dict[str, float | None]]] = {}
    for dossier_id, review_id, code, score in store.conn.execute(
        "SELECT r.dossier_id, r.id, c.code, s.score FROM reviews r "
        "JOIN scores s ON s.review_id = r.id JOIN criteria c ON c.id = s.criterion_id "
        "WHERE r.state = 'submitted' AND r.set_aside = 0"
    ):
        result.setdefault(dossier_id, {}).setdefault(review_id, {})[code] = score
    return {d: list(by_review.values()) for d, by_review in result.items()}


def find_review(store: CallStore, *, dossier_id: int, person_id: int) -> dict[str, Any] | None:
    """One person's review of one dossier (id, state, opinion, summary, ...), or None."""
    return next(
        store.query(
            "SELECT * FROM reviews WHERE dossier_id = ? AND person_id = ?", (dossier_id, person_id)
        ),
        None,
    )


def review_row(store: CallStore, review_id: int) -> dict[str, Any] | None:
    return next(store.query("SELECT * FROM reviews WHERE id = ?", (review_id,)), None)


def scores_of(store: CallStore, review_id: int) -> dict[int, tuple[float | None, str]]:
    """criterion id -> (score, comment) of one review."""
    return {
        r[0]: (r[1], r[2])
        for r in store.conn.execute(
            "SELECT criterion_id, score, comment FROM scores WHERE review_id = ?", (review_id,)
        )
    }


def reviews_of_dossier(store: CallStore, dossier_id: int) -> list[dict[str, Any]]:
    """Every review of a dossier with its author's name, submitted first then by author."""
    return list(
        store.query(
            "SELECT r.*, p.name AS person_name, p.institution AS person_institution "
            "FROM reviews r JOIN people p ON p.id = r.person_id WHERE r.dossier_id = ? "
            "ORDER BY r.state = 'submitted' DESC, p.name",
            (dossier_id,),
        )
    )


def assignments_of(store: CallStore, person_id: int) -> list[dict[str, Any]]:
    """The dossiers assigned to a person, with the state of their review (None: not begun)."""
    return list(
        store.query(
            "SELECT d.id AS dossier_id, d.numero, d.pole_name, r.id AS review_id, r.state, "
            "r.updated_at FROM assignments a JOIN dossiers d ON d.id = a.dossier_id "
            "LEFT JOIN reviews r ON r.dossier_id = a.dossier_id AND r.person_id = a.person_id "
            "WHERE a.person_id = ? ORDER BY d.numero",
            (person_id,),
        )
    )


def is_assigned(store: CallStore, *, dossier_id: int, person_id: int) -> bool:
    return (
        store.conn.execute(
            "SELECT 1 FROM assignments WHERE dossier_id = ? AND person_id = ?",
            (dossier_id, person_id),
        ).fetchone()
        is not None
    )
