"""The people of a call: finding one by what a user types (an id or an e-mail address)."""

from __future__ import annotations

from ..domain.model import Person
from ..store import people as people_rows
from ..store.db import CallStore


class PeopleError(ValueError):
    """A refusal about the people of the call, with a message fit for the user."""


class PersonNotFoundError(PeopleError):
    """No person of the call answers to the id or e-mail address given."""


def resolve_person(store: CallStore, ref: str | int) -> Person:
    """The person whose id (digits) or e-mail address (case ignored) is `ref`."""
    text = str(ref).strip()
    for person in people_rows.load_people(store):
        if (text.isdigit() and person.id == int(text)) or (
            person.email and person.email.casefold() == text.casefold()
        ):
            return person
    raise PersonNotFoundError(f"personne inconnue dans cet appel : « {text} » (id ou e-mail)")
