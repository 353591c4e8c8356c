"""Queries of the intake: updating imported dossiers, and the rows the exports read."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from typing import Any

from ..domain.model import Dossier
from .db import CallStore
from .dossiers import DOSSIER_FIELDS, _dossier_row, replace_children


def update_dossier(store: CallStore, dossier_id: int, d: Dossier) -> None:
    """Overwrite a dossier's own fields (the audit triggers record before and after)."""
    row = _dossier_row(d)
    sets = ", ".join(f"{f} = ?" for f in DOSSIER_FIELDS)
    store.conn.execute(
        f"UPDATE dossiers SET {sets} WHERE id = ?", [row[f] for f in DOSSIER_FIELDS] + [dossier_id]
    )


def delete_children(store: CallStore, table: str, dossier_ids: Sequence[int]) -> None:
    if table not in ("members", "cofundings"):
        raise ValueError(table)
    store.conn.executemany(f"DELETE FROM {table} WHERE dossier_id = ?", [(i,) for i in dossier_ids])


def attachment_hashes(store: CallStore, dossier_ids: Sequence[int]) -> set[tuple[int, str]]:
    """(dossier id, SHA-256) of the stored attachments, to skip a file already there."""
    found: set[tuple[int, str]] = set()
    for i in range(0, len(dossier_ids), 500):
        chunk = list(dossier_ids[i : i + 500])
        marks = ", ".join("?" for _ in chunk)
        found.update(
            store.conn.execute(
                f"SELECT dossier_id, sha256 FROM attachments WHERE dossier_id IN ({marks})", chunk
            ).fetchall()
        )
    return found


def add_children(store: CallStore, dossiers: Iterable[Dossier]) -> None:
    replace_children(store, dossiers)


def eligibility_rows(store: CallStore) -> list[dict[str, Any]]:
    """Every rule's result with its dossier, in numero order."""
    return list(
        store.query(
            "SELECT d.numero, d.pole_name, e.* FROM eligibility_results e "
            "JOIN dossiers d ON d.id = e.dossier_id ORDER BY d.numero, e.id"
        )
    )


def eligibility_summary(store: CallStore) -> list[dict[str, Any]]:
    """Per dossier: eligible (effective results), rules and overrides counts."""
    return list(
        store.query(
            "SELECT d.id, d.numero, d.pole_name, e.eligible, e.rules, e.overrides "
            "FROM dossiers d LEFT JOIN dossier_eligibility e ON e.dossier_id = d.id "
            "ORDER BY d.numero"
        )
    )


def eligible_count(store: CallStore, dossier_ids: Iterable[int]) -> int:
    """How many of these dossiers are eligible (every rule passed, or overridden to pass)."""
    row = store.conn.execute(
        "SELECT count(*) FROM dossier_eligibility WHERE eligible = 1 "
        "AND dossier_id IN (SELECT value FROM json_each(?))",
        (json.dumps(sorted(set(dossier_ids))),),
    ).fetchone()
    return int(row[0])


def attachment_rows(store: CallStore) -> Iterable[dict[str, Any]]:
    """Attachments with their content, one at a time (they may be large)."""
    return store.query(
        "SELECT a.id, d.numero, a.filename, a.kind, a.mime, a.size, a.sha256, a.content "
        "FROM attachments a JOIN dossiers d ON d.id = a.dossier_id ORDER BY d.numero, a.id"
    )


def review_rows(store: CallStore) -> list[dict[str, Any]]:
    """One row per dossier, rapporteur and criterion (reviews started, draft or submitted)."""
    return list(
        store.query(
            "SELECT d.numero, d.pole_name, p.name AS rapporteur, r.state, r.opinion, "
            "r.submitted_at, r.set_aside, c.code, c.label AS criterion, c.weight, s.score, "
            "s.comment "
            "FROM reviews r JOIN dossiers d ON d.id = r.dossier_id "
            "JOIN people p ON p.id = r.person_id "
            "JOIN criteria c ON 1 "
            "LEFT JOIN scores s ON s.review_id = r.id AND s.criterion_id = c.id "
            "ORDER BY d.numero, p.name, c.position, c.id"
        )
    )


def decision_rows(store: CallStore) -> list[dict[str, Any]]:
    return list(
        store.query(
            "SELECT dc.id, d.numero, d.pole_name, s.title AS session, s.date, dc.outcome, "
            "dc.amount_granted, dc.votes_for, dc.votes_against, dc.votes_abstain, "
            "dc.reasons, dc.conditions, dc.decided_at, dc.reserve_rank, "
            "dc.id IN (SELECT id FROM latest_decisions) AS latest "
            "FROM decisions dc JOIN dossiers d ON d.id = dc.dossier_id "
            "JOIN sessions s ON s.id = dc.session_id ORDER BY s.date, s.id, d.numero"
        )
    )


def decision_splits(store: CallStore) -> dict[int, dict[int, float]]:
    """decision id -> funder id -> amount."""
    splits: dict[int, dict[int, float]] = {}
    for decision_id, funder_id, amount in store.conn.execute(
        "SELECT decision_id, funder_id, amount FROM decision_splits"
    ):
        splits.setdefault(decision_id, {})[funder_id] = amount
    return splits


def totals(store: CallStore) -> dict[str, float]:
    row = store.conn.execute(
        "SELECT count(*), coalesce(sum(amount_requested), 0), coalesce(sum(total_cost), 0) "
        "FROM dossiers"
    ).fetchone()
    return {"dossiers": row[0], "requested": row[1], "total_cost": row[2]}


def granted_by_funder(store: CallStore) -> dict[int, float]:
    return dict(
        store.conn.execute(
            "SELECT s.funder_id, sum(s.amount) FROM decision_splits s "
            "JOIN latest_decisions d ON d.id = s.decision_id "
            "WHERE d.outcome IN ('selected', 'selected_with_conditions') GROUP BY s.funder_id"
        ).fetchall()
    )
