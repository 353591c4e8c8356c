import pytest

from ptce_desktop.domain.model import Person
from ptce_desktop.services.people import PersonNotFoundError, resolve_person
from ptce_desktop.store import people as people_rows
from ptce_desktop.store.db import CallStore


def test_a_person_is_found_by_id_or_email_whatever_the_case(demo_call):
    with CallStore.open(demo_call, actor="t") as store:
        with store.transaction("t"):
            (pid,) = people_rows.insert_people(
                store, [Person(name="Anne Rapp", email="anne.rapp@example.fr", is_rapporteur=True)]
            )
        assert resolve_person(store, str(pid)).name == "Anne Rapp"
        assert resolve_person(store, "  ANNE.Rapp@example.FR ").id == pid
        with pytest.raises(PersonNotFoundError, match=r"« personne@nulle\.part »"):
            resolve_person(store, "personne@nulle.part")
        with pytest.raises(PersonNotFoundError):
            resolve_person(store, "999999")
