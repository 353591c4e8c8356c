"""Set-ups shared by the review tests: a rapporteur with a fresh assignment, a recused person."""

from __future__ import annotations

from ptce_desktop.store import people as people_rows
from ptce_desktop.store.db import CallStore


def fresh_assignment(store: CallStore) -> tuple[str, int]:
    """(rapporteur's name, dossier id): a dossier newly assigned to a rapporteur, no review."""
    rapporteur = next(p for p in people_rows.load_people(store) if p.is_rapporteur)
    taken = {
        r[0]
        for r in store.conn.execute(
            "SELECT dossier_id FROM assignments WHERE person_id = ? "
            "UNION SELECT dossier_id FROM conflicts WHERE person_id = ?",
            (rapporteur.id, rapporteur.id),
        )
    }
    dossier_id = next(
        r[0] for r in store.conn.execute("SELECT id FROM dossiers ORDER BY id") if r[0] not in taken
    )
    with store.transaction("test : attribution"):
        people_rows.assign(store, person_id=rapporteur.id, dossier_id=dossier_id)  # type: ignore[arg-type]
    return rapporteur.name, dossier_id


def recused(store: CallStore) -> tuple[str, int]:
    """(name, dossier id) of a person in conflict with a dossier, made their rapporteur on
    paper (assigned before the conflict was declared), the worst case for access checks."""
    person_id, dossier_id = people_rows.conflicts(store)[0]
    with store.transaction("test : attribution malgré un conflit"):
        store.conn.execute(
            "INSERT OR IGNORE INTO assignments (dossier_id, person_id, assigned_at) "
            "VALUES (?, ?, '2013-09-01')",
            (dossier_id, person_id),
        )
    name = store.conn.execute("SELECT name FROM people WHERE id = ?", (person_id,)).fetchone()[0]
    return name, dossier_id
