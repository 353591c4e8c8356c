"""Assignments of rapporteurs to dossiers, and what the assignment screens read around them."""

from __future__ import annotations

from typing import Any

from ..text import t
from .audit import now_iso
from .db import CallStore


def call_facts(store: CallStore) -> tuple[str, int]:
    """The call's uid and its number of rapporteurs per dossier."""
    row = store.conn.execute(
        "SELECT uid, rapporteurs_per_dossier FROM calls WHERE id = 1"
    ).fetchone()
    if row is None:
        raise LookupError(t("fichier d'appel sans appel : créez-le avec « ptce new »"))
    return row[0], row[1]


def dossiers(store: CallStore) -> list[dict[str, Any]]:
    """Every dossier with its eligibility (1, 0, or None when not screened), by numero."""
    return list(
        store.query(
            "SELECT d.id, d.numero, d.pole_name, d.region, d.departement, e.eligible "
            "FROM dossiers d LEFT JOIN dossier_eligibility e ON e.dossier_id = d.id "
            "ORDER BY d.numero"
        )
    )


def rapporteurs(store: CallStore) -> list[dict[str, Any]]:
    """People with the rapporteur role, active or not, by name."""
    return list(
        store.query(
            "SELECT id, name, institution, email, region, active, inactive_reason FROM people "
            "WHERE is_rapporteur = 1 ORDER BY name, id"
        )
    )


def assignments(store: CallStore) -> list[dict[str, Any]]:
    """Every assignment with the state of the rapporteur's review (None: not begun)."""
    return list(
        store.query(
            "SELECT a.dossier_id, a.person_id, a.method, a.assigned_at, r.state AS review_state, "
            "coalesce(r.set_aside, 0) AS set_aside FROM assignments a "
            "LEFT JOIN reviews r ON r.dossier_id = a.dossier_id AND r.person_id = a.person_id "
            "ORDER BY a.dossier_id, a.person_id"
        )
    )


def active_conflicts(store: CallStore) -> dict[tuple[int, int], str]:
    """(dossier id, person id) -> the reason, for every declared conflict."""
    return {
        (d, p): reason
        for d, p, reason in store.conn.execute(
            "SELECT dossier_id, person_id, reason FROM active_conflicts"
        )
    }


def insert(store: CallStore, *, dossier_id: int, person_id: int, method: str) -> None:
    store.conn.execute(
        "INSERT INTO assignments (dossier_id, person_id, assigned_at, method) VALUES (?, ?, ?, ?)",
        (dossier_id, person_id, now_iso(), method),
    )


def delete(store: CallStore, *, dossier_id: int, person_id: int) -> None:
    store.conn.execute(
        "DELETE FROM assignments WHERE dossier_id = ? AND person_id = ?", (dossier_id, person_id)
    )
