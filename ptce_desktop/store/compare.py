"""Read-only queries behind the side-by-side views: reviews of one dossier with their
comments, spreads between rapporteurs, the counts of each score per criterion."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from .db import CallStore


def ids_of_numeros(store: CallStore, numeros: Sequence[str]) -> dict[str, int]:
    """numero -> id for the numeros that exist (the caller names the missing ones)."""
    if not numeros:
        return {}
    marks = ", ".join("?" for _ in numeros)
    return {
        numero: dossier_id
        for numero, dossier_id in store.conn.execute(
            f"SELECT numero, id FROM dossiers WHERE numero IN ({marks})", list(numeros)
        )
    }


def existing_ids(store: CallStore, ids: Sequence[int]) -> set[int]:
    if not ids:
        return set()
    marks = ", ".join("?" for _ in ids)
    return {
        r[0]
        for r in store.conn.execute(f"SELECT id FROM dossiers WHERE id IN ({marks})", list(ids))
    }


def submitted_reviews(store: CallStore, dossier_id: int) -> list[dict[str, Any]]:
    """The submitted reviews of a dossier with author, opinion and weighted score, by author."""
    return list(
        store.query(
            "SELECT r.id, r.person_id, p.name AS person_name, p.institution, r.opinion, "
            "r.summary, r.submitted_at, v.weighted FROM reviews r "
            "JOIN people p ON p.id = r.person_id "
            "LEFT JOIN review_scores v ON v.review_id = r.id "
            "WHERE r.dossier_id = ? AND r.state = 'submitted' AND r.set_aside = 0 "
            "ORDER BY p.name, r.id",
            (dossier_id,),
        )
    )


def scores_with_comments(
    store: CallStore, review_ids: Sequence[int]
) -> dict[int, dict[str, tuple[float | None, str]]]:
    """review id -> criterion code -> (score, comment)."""
    if not review_ids:
        return {}
    marks = ", ".join("?" for _ in review_ids)
    out: dict[int, dict[str, tuple[float | None, str]]] = {rid: {} for rid in review_ids}
    for review_id, code, score, comment in store.conn.execute(
        f"SELECT s.review_id, c.code, s.score, s.comment FROM scores s "
        f"JOIN criteria c ON c.id = s.criterion_id WHERE s.review_id IN ({marks})",
        list(review_ids),
    ):
        out[review_id][code] = (score, comment)
    return out


def criterion_spreads(store: CallStore) -> list[dict[str, Any]]:
    """Per dossier with at least two submitted reviews, per criterion: the lowest and highest
    score and how many scored it. One query over the whole call."""
    return list(
        store.query(
            "SELECT r.dossier_id, d.numero, d.pole_name, c.code, "
            "min(s.score) AS low, max(s.score) AS high, count(s.score) AS scored, "
            "(SELECT count(*) FROM reviews x WHERE x.dossier_id = r.dossier_id "
            " AND x.state = 'submitted' AND x.set_aside = 0) AS reviews "
            "FROM reviews r JOIN scores s ON s.review_id = r.id "
            "JOIN criteria c ON c.id = s.criterion_id JOIN dossiers d ON d.id = r.dossier_id "
            "WHERE r.state = 'submitted' AND r.set_aside = 0 AND s.score IS NOT NULL "
            "GROUP BY r.dossier_id, c.id HAVING count(s.score) >= 2 "
            "ORDER BY d.numero, c.position"
        )
    )


def score_counts(store: CallStore) -> dict[str, dict[float, int]]:
    """criterion code -> score value -> how many submitted reviews gave it."""
    out: dict[str, dict[float, int]] = {}
    for code, score, n in store.conn.execute(
        "SELECT c.code, s.score, count(*) FROM scores s "
        "JOIN reviews r ON r.id = s.review_id JOIN criteria c ON c.id = s.criterion_id "
        "WHERE r.state = 'submitted' AND r.set_aside = 0 AND s.score IS NOT NULL "
        "GROUP BY c.id, s.score"
    ):
        out.setdefault(code, {})[float(score)] = n
    return out


def dossier_heads(store: CallStore, numeros: list[str]) -> list[tuple[int, str, str]]:
    """(id, numero, pole name) of the given dossiers, in numero order."""
    if not numeros:
        return []
    marks = ",".join("?" * len(numeros))
    return [
        (r[0], r[1], r[2])
        for r in store.conn.execute(
            f"SELECT id, numero, pole_name FROM dossiers WHERE numero IN ({marks}) ORDER BY numero",
            numeros,
        )
    ]
