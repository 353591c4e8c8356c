"""Queries of the platform import: saved mappings, platform references, experts."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from ..domain.model import Dossier
from .audit import now_iso
from .db import CallStore, inserted_id
from .dossiers import DOSSIER_FIELDS, _dossier_row, replace_children

_COLUMNS = (*DOSSIER_FIELDS, "external_ref", "external_info")


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


def platform_dossiers(store: CallStore) -> dict[str, tuple[int, str, dict[str, Any]]]:
    """external_ref -> (id, numero, external_info) of the dossiers that came from the platform."""
    return {
        ref: (i, numero, json.loads(info or "{}"))
        for i, numero, ref, info in store.conn.execute(
            "SELECT id, numero, external_ref, external_info FROM dossiers WHERE external_ref != ''"
        )
    }


def _values(d: Dossier, ref: str, info: dict[str, Any]) -> list[object]:
    row = _dossier_row(d)
    return [row[f] for f in DOSSIER_FIELDS] + [ref, json.dumps(info, ensure_ascii=False)]


def insert_platform_dossiers(
    store: CallStore, dossiers: list[tuple[Dossier, str, dict[str, Any]]]
) -> None:
    """New dossiers with their platform reference and information, in one INSERT each (one
    audit entry), then their members, co-fundings and attachments."""
    marks = ", ".join("?" for _ in _COLUMNS)
    for d, ref, info in dossiers:
        cur = store.conn.execute(
            f"INSERT INTO dossiers ({', '.join(_COLUMNS)}) VALUES ({marks})", _values(d, ref, info)
        )
        d.id = inserted_id(cur)
    replace_children(store, [d for d, _r, _i in dossiers])


def update_platform_dossier(
    store: CallStore, d: Dossier, *, ref: str, info: dict[str, Any]
) -> None:
    """Overwrite a dossier's own fields and platform information (audited before/after)."""
    sets = ", ".join(f"{c} = ?" for c in _COLUMNS)
    store.conn.execute(f"UPDATE dossiers SET {sets} WHERE id = ?", [*_values(d, ref, info), d.id])


def external_info(store: CallStore, dossier_id: int) -> dict[str, Any]:
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
        return inserted_id(cur)
    if not row[1] and not row[2]:
        store.conn.execute("UPDATE people SET is_expert = 1 WHERE id = ?", (row[0],))
    person_id: int = row[0]
    return person_id


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


def platform_notes(store: CallStore, dossier_ids: Sequence[int]) -> dict[str, tuple[int, str]]:
    """The platform's expert opinions already imported: uid -> (annotation id, body)."""
    found: dict[str, tuple[int, str]] = {}
    for i in range(0, len(dossier_ids), 500):
        chunk = list(dossier_ids[i : i + 500])
        marks = ", ".join("?" for _ in chunk)
        for uid, note_id, body in store.conn.execute(
            f"SELECT uid, id, body FROM annotations WHERE uid LIKE 'dn-%' "
            f"AND dossier_id IN ({marks})",
            chunk,
        ):
            found[uid] = (note_id, body)
    return found


def add_platform_note(
    store: CallStore, *, uid: str, dossier_id: int, person_id: int, body: str
) -> None:
    """A shared note signed by the expert; `uid` (« dn-<ID>-<key> ») finds it on re-import."""
    now = now_iso()
    store.conn.execute(
        "INSERT INTO annotations (uid, dossier_id, person_id, body, shared, created_at, "
        "updated_at) VALUES (?, ?, ?, ?, 1, ?, ?)",
        (uid, dossier_id, person_id, body, now, now),
    )
