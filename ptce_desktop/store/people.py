"""People of the call, their conflicts of interest and their assignments."""

from __future__ import annotations

from collections.abc import Iterable

from ..domain.model import Person
from .audit import now_iso
from .db import CallStore

ROLE_FLAGS = ("is_member", "is_rapporteur", "is_chair", "is_secretary", "is_secretariat")


def insert_people(store: CallStore, people: Iterable[Person]) -> list[int]:
    ids = []
    for p in people:
        cur = store.conn.execute(
            "INSERT INTO people (name, institution, email, is_member, is_rapporteur, is_chair, "
            "is_secretary, is_secretariat) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (p.name, p.institution, p.email, *(int(getattr(p, f)) for f in ROLE_FLAGS)),
        )
        p.id = cur.lastrowid
        ids.append(p.id)
    return ids


def load_people(store: CallStore) -> list[Person]:
    return [
        Person(
            id=r["id"],
            name=r["name"],
            institution=r["institution"],
            email=r["email"],
            **{f: bool(r[f]) for f in ROLE_FLAGS},
            active=bool(r["active"]),
        )
        for r in store.query("SELECT * FROM people ORDER BY name")
    ]


def declare_conflict(
    store: CallStore,
    *,
    person_id: int,
    dossier_id: int,
    reason: str,
    session_id: int | None = None,
) -> None:
    """`session_id`: the session the conflict was declared in (a recusal), if any."""
    store.conn.execute(
        "INSERT INTO conflicts (person_id, dossier_id, reason, declared_at, session_id) "
        "VALUES (?, ?, ?, ?, ?) "
        "ON CONFLICT (person_id, dossier_id) DO UPDATE SET reason = excluded.reason, "
        "session_id = excluded.session_id, "
        "state = 'declared', withdrawn_at = NULL, withdrawn_by = '', withdrawn_reason = ''",
        (person_id, dossier_id, reason, now_iso(), session_id),
    )


def conflicts(store: CallStore) -> list[tuple[int, int]]:
    return [
        tuple(r) for r in store.conn.execute("SELECT person_id, dossier_id FROM active_conflicts")
    ]


def has_conflict(store: CallStore, *, person_id: int, dossier_id: int) -> bool:
    return (
        store.conn.execute(
            "SELECT 1 FROM active_conflicts WHERE person_id = ? AND dossier_id = ?",
            (person_id, dossier_id),
        ).fetchone()
        is not None
    )


def assign(store: CallStore, *, person_id: int, dossier_id: int) -> None:
    if has_conflict(store, person_id=person_id, dossier_id=dossier_id):
        raise PermissionError("cette personne a déclaré un conflit d'intérêts sur ce dossier")
    store.conn.execute(
        "INSERT OR IGNORE INTO assignments (dossier_id, person_id, assigned_at) VALUES (?, ?, ?)",
        (dossier_id, person_id, now_iso()),
    )
