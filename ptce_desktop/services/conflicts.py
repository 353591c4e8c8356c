"""Conflicts of interest: declared, withdrawn, listed, and suggested for someone to confirm.

A conflict is one record per person and dossier, whether declared at a desk or in a session
(then it names the session: the minutes list it as a recusal). Declaring one removes the
person's assignment to the dossier and sets their review of it aside (kept, excluded from
scores). Withdrawing one is a recorded state with its reason: the record is never deleted.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..domain.conflicts import suggest_conflicts
from ..domain.model import Person
from ..store import people as people_rows
from ..store import sessions as session_rows
from ..store.db import CallStore
from ..store.dossiers import dossier_id_by_numero, load_dossiers
from ..text import t
from .review import whoami


class ConflictError(ValueError):
    """A refusal about a conflict of interest, with a message fit for the user."""


class ConflictNotAllowedError(ConflictError):
    """The current person may not declare or withdraw this conflict."""


class ConflictNotFoundError(ConflictError):
    """No such person, dossier, or declared conflict."""


@dataclass(frozen=True, slots=True)
class ConflictEntry:
    person_id: int
    person_name: str
    person_email: str
    dossier_id: int
    numero: str
    pole_name: str
    reason: str
    state: str  # declared, proposed, withdrawn
    declared_at: str
    declared_by: str
    session_id: int | None
    withdrawn_at: str | None
    withdrawn_by: str
    withdrawn_reason: str

    def as_json(self) -> dict[str, object]:
        return {
            "person_id": self.person_id, "person": self.person_name, "email": self.person_email,
            "dossier": self.numero, "dossier_id": self.dossier_id, "reason": self.reason,
            "state": self.state, "declared_at": self.declared_at,
            "declared_by": self.declared_by, "session_id": self.session_id,
            "withdrawn_at": self.withdrawn_at, "withdrawn_by": self.withdrawn_by,
            "withdrawn_reason": self.withdrawn_reason,
        }  # fmt: skip


@dataclass(frozen=True, slots=True)
class SuggestedConflict:
    person_id: int
    person_name: str
    dossier_id: int
    numero: str
    pole_name: str
    reason: str

    def as_json(self) -> dict[str, object]:
        return {
            "person_id": self.person_id, "person": self.person_name, "dossier": self.numero,
            "dossier_id": self.dossier_id, "reason": self.reason,
        }  # fmt: skip


@dataclass(frozen=True, slots=True)
class Declared:
    person: str
    numero: str
    unassigned: bool
    set_aside: bool

    def summary(self) -> str:
        text = f"conflit d'intérêts déclaré : {self.person} sur {self.numero}"
        if self.unassigned:
            text += " ; la personne n'est plus rapporteur de ce dossier"
        if self.set_aside:
            text += " ; son évaluation est écartée (conservée, hors des notes)"
        return text


def dossier_id(store: CallStore, numero: str) -> int:
    found = dossier_id_by_numero(store).get(numero.strip())
    if found is None:
        raise ConflictNotFoundError(
            t("dossier « {numero} » inconnu dans cet appel", numero=numero.strip())
        )
    return found


def _person(store: CallStore, person_id: int) -> Person:
    found = next((p for p in people_rows.load_people(store) if p.id == person_id), None)
    if found is None:
        raise ConflictNotFoundError(
            t("personne {person_id} inconnue dans cet appel", person_id=person_id)
        )
    return found


def _numero(store: CallStore, dossier: int) -> str:
    row = session_rows.dossier_rows(store, [dossier]).get(dossier)
    if row is None:
        raise ConflictNotFoundError(t("dossier {dossier} introuvable", dossier=dossier))
    numero: str = row["numero"]
    return numero


def _check_actor(store: CallStore, person: Person) -> None:
    """The secretariat (or whoever holds the file without being a person of the call), a
    session's officers, or the person for themselves."""
    me = whoami(store)
    p = me.person
    if p is None or me.secretariat or p.id == person.id or p.is_chair or p.is_secretary:
        return
    raise ConflictNotAllowedError(
        t(
            "vous êtes connecté en tant que « {name} » : seuls le secrétariat "
            "et la personne elle-même déclarent ou retirent un conflit d'intérêts "
            "de {person}",
            name=me.name,
            person=person.name,
        )
    )


def declare_conflict(
    store: CallStore,
    *,
    person_id: int,
    dossier_id: int,
    reason: str,
    session_id: int | None = None,
) -> Declared:
    """Declare that the person has an interest in the dossier: no score, no vote. Their
    assignment to it goes, and their review of it (even submitted) is set aside."""
    reason = " ".join(reason.split())
    if not reason:
        raise ConflictError(t("indiquez la nature de l'intérêt (lien avec le porteur, mandat…)"))
    person, numero = _person(store, person_id), _numero(store, dossier_id)
    if not (
        person.is_member
        or person.is_rapporteur
        or person.is_chair
        or person.is_secretary
        or person.is_expert
    ):
        raise ConflictError(t("{name} n'est ni membre du comité ni rapporteur", name=person.name))
    _check_actor(store, person)
    with store.transaction(f"conflit d'intérêts déclaré : {person.name} sur {numero}"):
        people_rows.declare_conflict(
            store, person_id=person_id, dossier_id=dossier_id, reason=reason,
            declared_by=store.actor, session_id=session_id,
        )  # fmt: skip
        unassigned = people_rows.unassign(store, person_id=person_id, dossier_id=dossier_id)
        set_aside = people_rows.set_aside_review(
            store, person_id=person_id, dossier_id=dossier_id,
            reason=f"conflit d'intérêts : {reason}",
        )  # fmt: skip
    return Declared(person.name, numero, unassigned, set_aside)


def withdraw_conflict(store: CallStore, *, person_id: int, dossier_id: int, reason: str) -> None:
    """The declaration was a mistake (or the interest ended): recorded with its reason. The
    person is not assigned back, and a review set aside stays so."""
    reason = " ".join(reason.split())
    if not reason:
        raise ConflictError(t("indiquez pourquoi le conflit d'intérêts est retiré"))
    person, numero = _person(store, person_id), _numero(store, dossier_id)
    _check_actor(store, person)
    with store.transaction(f"conflit d'intérêts retiré : {person.name} sur {numero}"):
        found = people_rows.withdraw_conflict(
            store, person_id=person_id, dossier_id=dossier_id, by=store.actor, reason=reason
        )
        if not found:
            raise ConflictNotFoundError(
                t(
                    "aucun conflit d'intérêts déclaré de {name} sur {numero}",
                    name=person.name,
                    numero=numero,
                )
            )


def list_conflicts(store: CallStore, *, withdrawn: bool = True) -> list[ConflictEntry]:
    return [
        ConflictEntry(
            person_id=r["person_id"],
            person_name=r["person_name"],
            person_email=r["person_email"],
            dossier_id=r["dossier_id"],
            numero=r["numero"],
            pole_name=r["pole_name"],
            reason=r["reason"],
            state=r["state"],
            declared_at=r["declared_at"],
            declared_by=r["declared_by"],
            session_id=r["session_id"],
            withdrawn_at=r["withdrawn_at"],
            withdrawn_by=r["withdrawn_by"],
            withdrawn_reason=r["withdrawn_reason"],
        )
        for r in people_rows.conflict_list(store, withdrawn=withdrawn)
    ]


def suggested_conflicts(
    store: CallStore, *, person_id: int | None = None, dossier_id: int | None = None
) -> list[SuggestedConflict]:
    """Where an institution, e-mail domain or SIRET matches a dossier's lead structure or a
    member: proposals for someone to confirm, never applied. Pairs with a conflict record
    (declared or withdrawn) are left out: a withdrawn one was looked at already."""
    people = [
        p
        for p in people_rows.load_people(store)
        if p.active and (person_id is None or p.id == person_id) and not _only_secretariat(p)
    ]
    dossiers = load_dossiers(store, ids=None if dossier_id is None else [dossier_id])
    names = {p.id: p.name for p in people}
    by_id = {d.id: d for d in dossiers}
    return [
        SuggestedConflict(
            s.person_id,
            names[s.person_id],
            s.dossier_id,
            by_id[s.dossier_id].numero,
            by_id[s.dossier_id].pole_name,
            s.reason,
        )
        for s in suggest_conflicts(people, dossiers, known=people_rows.all_conflict_pairs(store))
    ]


def _only_secretariat(p: Person) -> bool:
    return not (p.is_member or p.is_rapporteur or p.is_chair or p.is_secretary or p.is_expert)


def dossier_choices(store: CallStore) -> list[tuple[int, str, str]]:
    """(id, numero, pole name) of every dossier, by numero."""
    return people_rows.dossier_choices(store)


def concerned_people(store: CallStore) -> list[Person]:
    """The active persons a conflict may concern (members, officers, rapporteurs, experts)."""
    return [p for p in people_rows.load_people(store) if p.active and not _only_secretariat(p)]
