"""Counts that scripts and the status bar rely on (`ptce stats --json`)."""

from __future__ import annotations

from collections.abc import Mapping

from .db import CallStore

QUERIES: dict[str, str] = {
    "dossiers": "SELECT count(*) FROM dossiers",
    "members": "SELECT count(*) FROM members",
    "attachments": "SELECT count(*) FROM attachments",
    "eligible": "SELECT count(*) FROM dossier_eligibility WHERE eligible = 1",
    "ineligible": "SELECT count(*) FROM dossier_eligibility WHERE eligible = 0",
    "reviews_submitted": "SELECT count(*) FROM reviews WHERE state = 'submitted' AND set_aside = 0",
    "sessions": "SELECT count(*) FROM sessions",
    "decisions": "SELECT count(*) FROM latest_decisions",
    "selected": "SELECT count(*) FROM latest_decisions "
    "WHERE outcome IN ('selected', 'selected_with_conditions')",
    "granted_total": "SELECT coalesce(sum(amount_granted), 0) FROM latest_decisions "
    "WHERE outcome IN ('selected', 'selected_with_conditions')",
    "envelope_total": "SELECT coalesce(sum(amount), 0) FROM funders",
    "audit_entries": "SELECT count(*) FROM audit_log",
}


def stats(
    store: CallStore, *, known: Mapping[str, int | float] | None = None
) -> dict[str, int | float]:
    """Every count of QUERIES; those in `known` (already counted by the caller, from the same
    rows in the same transaction) are taken as given rather than counted again."""
    known = known or {}
    result: dict[str, int | float] = {}
    for key, sql in QUERIES.items():
        if key in known:
            result[key] = known[key]
            continue
        value = store.conn.execute(sql).fetchone()[0]
        result[key] = round(value, 2) if isinstance(value, float) else value
    return result
