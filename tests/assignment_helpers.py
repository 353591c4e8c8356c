"""The call the assignment and grid tests start from, and small readers over it."""

from __future__ import annotations

from pathlib import Path

from ptce_desktop.domain.model import Person
from ptce_desktop.services.demo import make_demo
from ptce_desktop.store import people as people_rows
from ptce_desktop.store.db import CallStore

# (name, e-mail, region) of the active rapporteurs.
RAPPORTEURS = (
    ("Anne Bretonneau", "anne@exemple.fr", "Bretagne"),
    ("Bruno Caen", "bruno@exemple.fr", "14"),
    ("Chloé Dijon", "chloe@exemple.fr", "Bourgogne-Franche-Comté"),
    ("David Eure", "david@exemple.fr", ""),
    ("Élise Foix", "elise@exemple.fr", "Occitanie"),
)
INACTIVE = "Fabien Gap"
MEMBER = "Gisèle Havre"


def make_assignment_call(path: Path) -> None:
    with make_demo(path, dossiers=12, seed=7, stage="intake", actor="test") as store:
        people = [
            Person(name=n, email=e, institution="Administration", is_rapporteur=True)
            for n, e, _ in RAPPORTEURS
        ]
        people.append(Person(name=INACTIVE, email="fabien@exemple.fr", is_rapporteur=True))
        people.append(Person(name=MEMBER, email="gisele@exemple.fr", is_member=True))
        with store.transaction("test : personnes"):
            people_rows.insert_people(store, people)
            for _, email, region in RAPPORTEURS:
                store.conn.execute("UPDATE people SET region = ? WHERE email = ?", (region, email))
            store.conn.execute(
                "UPDATE people SET active = 0, inactive_reason = 'a quitté le service' "
                "WHERE name = ?",
                (INACTIVE,),
            )
            people_rows.declare_conflict(
                store,
                person_id=person_id(store, "anne@exemple.fr"),
                dossier_id=eligible_ids(store)[0],
                reason="administratrice d'un membre",
            )


def person_id(store: CallStore, email: str) -> int:
    return store.conn.execute("SELECT id FROM people WHERE email = ?", (email,)).fetchone()[0]


def eligible_ids(store: CallStore) -> list[int]:
    return [
        r[0]
        for r in store.conn.execute(
            "SELECT d.id FROM dossiers d JOIN dossier_eligibility e ON e.dossier_id = d.id "
            "WHERE e.eligible = 1 ORDER BY d.numero"
        )
    ]


def numero(store: CallStore, dossier_id: int) -> str:
    return store.conn.execute("SELECT numero FROM dossiers WHERE id = ?", (dossier_id,)).fetchone()[
        0
    ]


def pairs(store: CallStore) -> set[tuple[int, int, str]]:
    return {
        tuple(r)
        for r in store.conn.execute("SELECT dossier_id, person_id, method FROM assignments")
    }  # type: ignore[misc]
