import pytest

from ptce_desktop.services.people import PersonNotFoundError, resolve_person
from ptce_desktop.store.db import CallStore


def test_a_person_is_found_by_id_or_email_whatever_the_case(demo_call):
    with CallStore.open(demo_call, actor="t") as store:
        row = store.conn.execute(
            "SELECT id, email FROM people WHERE email != '' LIMIT 1"
        ).fetchone()
        assert resolve_person(store, str(row[0])).id == row[0]
        assert resolve_person(store, f"  {row[1].upper()} ").id == row[0]
        with pytest.raises(PersonNotFoundError, match=r"« personne@nulle\.part »"):
            resolve_person(store, "personne@nulle.part")
        with pytest.raises(PersonNotFoundError):
            resolve_person(store, "999999")
