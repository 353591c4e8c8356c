"""Queries of the platform import: saved mappings, platform references, experts."""

from __future__ import annotations

import json
from collections.abc import Sequence

from .audit import now_iso
from .db import CallStore


def saved_mapping(store: CallStore, procedure: str) -> str | None:
    row = store.conn.execute(
        "SELECT mapping FROM ds_mappings WHERE procedure = ?", (procedure,)
    ).fetchone()
    return row[0] if row else None


def save_mapping(store: CallStore, procedure: str, mapping: str) -> None:
    """Insert or replace; unchanged text writes nothing (no audit entry)."""
    store.conn.execute(
        "INSERT INTO ds_mappings (procedure, mapping, updated_at) VALUES (?, ?, ?) "
        "ON CONFLICT (procedure) DO UPDATE SET mapping = excluded.mapping, "
        "updated_at = excluded.updated_at WHERE mapping IS NOT excluded.mapping",
        (procedure, mapping, now_iso()),
    )


def platform_dossiers(store: CallStore) -> dict[str, tuple[int, str, dict]]:
    """external_ref -> (id, numero, external_info) of the dossiers that came from the platform."""
    return {
        ref: (i, numero, json.loads(info or "{}"))
        for i, numero, ref, info in store.conn.execute(
            "SELECT id, numero, external_ref, external_info FROM dossiers WHERE external_ref != ''"
        )
    }


def set_external(store: CallStore, dossier_id: int, *, ref: str, info: dict) -> None:
    text = json.dumps(info, ensure_ascii=False, sort_keys=True)
    store.conn.execute(
        "UPDATE dossiers SET external_ref = ?, external_info = ? WHERE id = ? "
        "AND (external_ref IS NOT ? OR external_info IS NOT ?)",
        (ref, text, dossier_id, ref, text),
    )


def external_info(store: CallStore, dossier_id: int) -> dict:
    row = store.conn.execute(
        "SELECT external_info FROM dossiers WHERE id = ?", (dossier_id,)
    ).fetchone()
    return json.loads(row[0] or "{}") if row else {}


def expert(store: CallStore, email: str) -> int:
    """The person with this e-mail; created with the expert role (no grid, no vote) when the
    call does not know them. A known person gets the role only if they hold no other: a
    rapporteur or member asked for an opinion on the platform keeps their place."""
    row = store.conn.execute(
        "SELECT id, is_member + is_rapporteur + is_chair + is_secretary + is_secretariat, "
        "is_expert FROM people WHERE lower(email) = lower(?) ORDER BY id",
        (email,),
    ).fetchone()
    if row is None:
        cur = store.conn.execute(
            "INSERT INTO people (name, email, institution, is_expert) VALUES (?, ?, ?, 1)",
            (email, email, "expert (Démarche Numérique)"),
        )
        return cur.lastrowid  # type: ignore[return-value]
    if not row[1] and not row[2]:
        store.conn.execute("UPDATE people SET is_expert = 1 WHERE id = ?", (row[0],))
    return row[0]


def committee_work(store: CallStore, dossier_ids: Sequence[int]) -> dict[int, str]:
    """Dossiers the committee already worked on: id -> « 2 évaluation(s), décision »."""
    found: dict[int, str] = {}
    for i in dossier_ids:
        reviews, decisions = store.conn.execute(
            "SELECT (SELECT count(*) FROM reviews WHERE dossier_id = ?), "
            "(SELECT count(*) FROM decisions WHERE dossier_id = ?)",
            (i, i),
        ).fetchone()
        parts = [f"{reviews} évaluation(s)"] if reviews else []
        parts += ["décision"] if decisions else []
        if parts:
            found[i] = ", ".join(parts)
    return found
