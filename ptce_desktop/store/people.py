"""People of the call, their conflicts of interest and their assignments."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from ..domain.model import Person
from ..text import t
from .audit import now_iso
from .db import CallStore, inserted_id

ROLE_FLAGS = ("is_member", "is_rapporteur", "is_chair", "is_secretary", "is_secretariat")
_FIELDS = (
    "name", "institution", "email", *ROLE_FLAGS, "is_expert", "region", "active",
    "inactive_reason", "certificate_sha256",
)  # fmt: skip
_BOOLS = {*ROLE_FLAGS, "is_expert", "active"}


def _values(p: Person) -> list[object]:
    return [int(getattr(p, f)) if f in _BOOLS else getattr(p, f) for f in _FIELDS]


def insert_people(store: CallStore, people: Iterable[Person]) -> list[int]:
    ids = []
    marks = ", ".join("?" for _ in _FIELDS)
    for p in people:
        cur = store.conn.execute(
            f"INSERT INTO people ({', '.join(_FIELDS)}) VALUES ({marks})", _values(p)
        )
        p.id = inserted_id(cur)
        ids.append(p.id)
    return ids


def update_person(store: CallStore, person: Person) -> None:
    sets = ", ".join(f"{f} = ?" for f in _FIELDS)
    store.conn.execute(f"UPDATE people SET {sets} WHERE id = ?", [*_values(person), person.id])


def delete_person(store: CallStore, person_id: int) -> None:
    store.conn.execute("DELETE FROM people WHERE id = ?", (person_id,))


def person_name(store: CallStore, person_id: int) -> str | None:
    row = store.conn.execute("SELECT name FROM people WHERE id = ?", (person_id,)).fetchone()
    return row[0] if row else None


def load_people(store: CallStore) -> list[Person]:
    return [_person(r) for r in store.query("SELECT * FROM people ORDER BY name")]


def person_named(store: CallStore, name: str) -> Person | None:
    """The person of that name (the first recorded when two share it), None when nobody."""
    found = next(
        store.query("SELECT * FROM people WHERE name = ? ORDER BY id LIMIT 1", [name]), None
    )
    return _person(found) if found else None


def _person(r: dict[str, Any]) -> Person:
    values: dict[str, Any] = {f: bool(r[f]) if f in _BOOLS else r[f] for f in _FIELDS}
    return Person(id=r["id"], **values)


def person_uses(store: CallStore, person_id: int) -> dict[str, int]:
    """What ties a person to the call's records, each a count (0 when none)."""
    row = store.conn.execute(
        "SELECT (SELECT count(*) FROM sessions WHERE chair_id = ?1), "
        "(SELECT count(*) FROM sessions WHERE secretary_id = ?1), "
        "(SELECT count(*) FROM attendance WHERE person_id = ?1 OR proxy_holder_id = ?1), "
        "(SELECT count(*) FROM reviews WHERE person_id = ?1), "
        "(SELECT count(*) FROM annotations WHERE person_id = ?1), "
        "(SELECT count(*) FROM conflicts WHERE person_id = ?1)",
        (person_id,),
    ).fetchone()
    keys = ("chaired", "secretary", "attendance", "reviews", "annotations", "conflicts")
    return dict(zip(keys, row, strict=True))


# -- conflicts of interest -----------------------------------------------------------------------


def declare_conflict(
    store: CallStore,
    *,
    person_id: int,
    dossier_id: int,
    reason: str,
    declared_by: str = "",
    session_id: int | None = None,
) -> None:
    """Declared (again, when it was withdrawn): one row per person and dossier, never deleted."""
    store.conn.execute(
        "INSERT INTO conflicts (person_id, dossier_id, reason, declared_at, declared_by, "
        "session_id) VALUES (?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (person_id, dossier_id) DO UPDATE SET reason = excluded.reason, "
        "declared_at = excluded.declared_at, declared_by = excluded.declared_by, "
        "session_id = excluded.session_id, state = 'declared', withdrawn_at = NULL, "
        "withdrawn_by = '', withdrawn_reason = ''",
        (person_id, dossier_id, reason, now_iso(), declared_by, session_id),
    )


def withdraw_conflict(
    store: CallStore, *, person_id: int, dossier_id: int, by: str, reason: str
) -> bool:
    """Marks the declared conflict withdrawn; False when there was none."""
    cur = store.conn.execute(
        "UPDATE conflicts SET state = 'withdrawn', withdrawn_at = ?, withdrawn_by = ?, "
        "withdrawn_reason = ? WHERE person_id = ? AND dossier_id = ? AND state = 'declared'",
        (now_iso(), by, reason, person_id, dossier_id),
    )
    return cur.rowcount > 0


def conflict_row(store: CallStore, *, person_id: int, dossier_id: int) -> dict[str, Any] | None:
    return next(
        store.query(
            "SELECT * FROM conflicts WHERE person_id = ? AND dossier_id = ?",
            (person_id, dossier_id),
        ),
        None,
    )


def conflict_list(store: CallStore, *, withdrawn: bool = False) -> list[dict[str, Any]]:
    """Conflicts with the person's name and the dossier's numero, by numero then name; the
    withdrawn ones too when asked."""
    where = "" if withdrawn else "WHERE c.state = 'declared'"
    return list(
        store.query(
            "SELECT c.*, p.name AS person_name, p.email AS person_email, d.numero, "
            "d.pole_name FROM conflicts c JOIN people p ON p.id = c.person_id "
            f"JOIN dossiers d ON d.id = c.dossier_id {where} ORDER BY d.numero, p.name"
        )
    )


def conflicts(store: CallStore) -> list[tuple[int, int]]:
    return [
        tuple(r) for r in store.conn.execute("SELECT person_id, dossier_id FROM active_conflicts")
    ]


def all_conflict_pairs(store: CallStore) -> set[tuple[int, int]]:
    """Every (person, dossier) with a conflict row, declared or withdrawn."""
    return {tuple(r) for r in store.conn.execute("SELECT person_id, dossier_id FROM conflicts")}


def has_conflict(store: CallStore, *, person_id: int, dossier_id: int) -> bool:
    return (
        store.conn.execute(
            "SELECT 1 FROM active_conflicts WHERE person_id = ? AND dossier_id = ?",
            (person_id, dossier_id),
        ).fetchone()
        is not None
    )


def unassign(store: CallStore, *, person_id: int, dossier_id: int) -> bool:
    cur = store.conn.execute(
        "DELETE FROM assignments WHERE person_id = ? AND dossier_id = ?", (person_id, dossier_id)
    )
    return cur.rowcount > 0


def set_aside_review(store: CallStore, *, person_id: int, dossier_id: int, reason: str) -> bool:
    """The person's review of the dossier, if any, kept but excluded from scores."""
    cur = store.conn.execute(
        "UPDATE reviews SET set_aside = 1, set_aside_reason = ? "
        "WHERE person_id = ? AND dossier_id = ? AND set_aside = 0",
        (reason, person_id, dossier_id),
    )
    return cur.rowcount > 0


def assigned_dossiers(store: CallStore, person_id: int) -> set[int]:
    return {
        r[0]
        for r in store.conn.execute(
            "SELECT dossier_id FROM assignments WHERE person_id = ?", (person_id,)
        )
    }


def assign(store: CallStore, *, person_id: int, dossier_id: int) -> None:
    if has_conflict(store, person_id=person_id, dossier_id=dossier_id):
        raise PermissionError(t("cette personne a déclaré un conflit d'intérêts sur ce dossier"))
    store.conn.execute(
        "INSERT OR IGNORE INTO assignments (dossier_id, person_id, assigned_at) VALUES (?, ?, ?)",
        (dossier_id, person_id, now_iso()),
    )


def dossier_choices(store: CallStore) -> list[tuple[int, str, str]]:
    """(id, numero, pole name) of every dossier, by numero: what a chooser lists."""
    return [tuple(r) for r in store.conn.execute(
        "SELECT id, numero, pole_name FROM dossiers ORDER BY numero"
    )]  # fmt: skip
