"""The call's officers, the chair and the secretary, as test identities can name them."""

from __future__ import annotations

from ..domain.model import Person
from ..store import people as people_rows
from ..store import sessions as session_rows
from ..store.db import CallStore
from ..text import t

ROLE_LABELS = {"chair": "président", "secretary": "secrétaire"}


class NoOfficerError(ValueError):
    """No active person of the call holds the role."""


def call_officers(store: CallStore) -> dict[str, Person]:
    """ "chair" and "secretary": the active people with those roles; when several hold one,
    the officer of the latest session, else the first by name."""
    people = [p for p in people_rows.load_people(store) if p.active]
    sessions = session_rows.list_sessions(store)
    latest = sessions[-1][0] if sessions else None
    chosen: dict[str, Person] = {}
    for role, label in ROLE_LABELS.items():
        holders = [p for p in people if (p.is_chair if role == "chair" else p.is_secretary)]
        if not holders:
            raise NoOfficerError(
                t("aucune personne active n'a le rôle « {label} » dans l'appel", label=label)
            )
        officer_id = getattr(latest, f"{role}_id", None)
        chosen[role] = next((p for p in holders if p.id == officer_id), holders[0])
    return chosen
