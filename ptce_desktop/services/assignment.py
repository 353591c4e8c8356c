"""Assigning rapporteurs to the eligible dossiers: by hand, one pair at a time, or by the
automatic proposal (domain/assignment.py) previewed and then applied in one transaction.

Only active rapporteurs go on eligible dossiers, never on a dossier they declared a conflict
on (active_conflicts). An assignment carrying a submitted review is not removed by hand:
declaring a conflict is the only way (the review is then set aside, not lost).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..domain import regions
from ..domain.assignment import Located, Plan, groups_of, propose
from ..domain.model import Person
from ..store import assignments as rows
from ..store.db import CallStore
from ..text import t
from .people import resolve_person


class AssignmentError(ValueError):
    """A refusal about assignments, with a message fit for the user."""


class AssignmentRefused(AssignmentError):
    """This person may not be put on (or taken off) this dossier; the message says why."""


class DossierNotFoundError(AssignmentError):
    """No dossier of the call has the numero given."""


class StaleProposalError(AssignmentError):
    """The file changed between the preview and the apply."""


@dataclass(slots=True, frozen=True, kw_only=True)
class BoardDossier:
    id: int
    numero: str
    pole_name: str
    region: str
    eligible: bool


@dataclass(slots=True, frozen=True, kw_only=True)
class BoardRapporteur:
    id: int
    name: str
    institution: str
    email: str
    region: str
    load: int  # assigned eligible dossiers
    submitted: int  # of which the review is submitted


@dataclass(slots=True, frozen=True, kw_only=True)
class Cell:
    method: str  # 'manual' or 'automatic'
    review_state: str | None  # None: not begun, 'draft', 'submitted'
    set_aside: bool = False


@dataclass(slots=True, frozen=True, kw_only=True)
class Board:
    """Eligible dossiers × active rapporteurs: who is on what, who may not be."""

    per_dossier: int
    dossiers: list[BoardDossier]  # the eligible ones, by numero
    rapporteurs: list[BoardRapporteur]  # the active ones, by name
    cells: dict[tuple[int, int], Cell]  # (dossier id, person id) -> the assignment
    conflicts: dict[tuple[int, int], str]  # (dossier id, person id) -> the reason
    groups: tuple[tuple[int, ...], ...]  # rapporteurs linked through shared dossiers
    others: list[tuple[BoardDossier, int]]  # assignments off the board: (dossier, person id)

    @property
    def connected(self) -> bool:
        return len(self.groups) <= 1

    def count_on(self, dossier_id: int) -> int:
        return sum(1 for r in self.rapporteurs if (dossier_id, r.id) in self.cells)


def _region(text: str) -> str:
    """Today's region of a region or département as typed, else the text itself."""
    return regions.find_region(text) or regions.region_of(text) or text.strip()


def board(store: CallStore) -> Board:
    _, per_dossier = rows.call_facts(store)
    all_dossiers = [
        BoardDossier(id=d["id"], numero=d["numero"], pole_name=d["pole_name"],
                     region=d["region"], eligible=d["eligible"] == 1)
        for d in rows.dossiers(store)
    ]  # fmt: skip
    eligible = {d.id for d in all_dossiers if d.eligible}
    people = [p for p in rows.rapporteurs(store) if p["active"]]
    active = {p["id"] for p in people}
    cells: dict[tuple[int, int], Cell] = {}
    others = []
    by_id = {d.id: d for d in all_dossiers}
    for a in rows.assignments(store):
        key = (a["dossier_id"], a["person_id"])
        if a["dossier_id"] in eligible and a["person_id"] in active:
            cells[key] = Cell(
                method=a["method"], review_state=a["review_state"], set_aside=bool(a["set_aside"])
            )
        else:
            others.append((by_id[a["dossier_id"]], a["person_id"]))
    rapporteurs = [
        BoardRapporteur(
            id=p["id"], name=p["name"], institution=p["institution"], email=p["email"],
            region=p["region"],
            load=sum(1 for d, q in cells if q == p["id"]),
            submitted=sum(1 for (d, q), c in cells.items()
                          if q == p["id"] and c.review_state == "submitted"),
        )
        for p in people
    ]  # fmt: skip
    return Board(
        per_dossier=per_dossier,
        dossiers=[d for d in all_dossiers if d.eligible],
        rapporteurs=rapporteurs,
        cells=cells,
        conflicts={k: v for k, v in rows.active_conflicts(store).items() if k[0] in eligible},
        groups=groups_of(cells, active),
        others=others,
    )


# -- the automatic proposal -------------------------------------------------------------------


@dataclass(slots=True, frozen=True, kw_only=True)
class Proposal:
    per_dossier: int
    avoid_same_region: bool
    plan: Plan
    board: Board  # as it was when proposed

    def numero(self, dossier_id: int) -> str:
        return next(d.numero for d in self.board.dossiers if d.id == dossier_id)

    def name(self, person_id: int) -> str:
        return next(r.name for r in self.board.rapporteurs if r.id == person_id)


def preview(
    store: CallStore, *, per_dossier: int | None = None, avoid_same_region: bool = False
) -> Proposal:
    """What the automatic assignment would add (nothing is written)."""
    current = board(store)
    k = current.per_dossier if per_dossier is None else per_dossier
    if k < 1:
        raise AssignmentError(t("rapporteurs par dossier : {k} ; il en faut au moins 1", k=k))
    plan = propose(
        dossiers=[Located(id=d.id, region=_region(d.region)) for d in current.dossiers],
        rapporteurs=[Located(id=r.id, region=_region(r.region)) for r in current.rapporteurs],
        existing=[k_ for k_ in current.cells if k_ not in current.conflicts],
        conflicts=current.conflicts,
        per_dossier=k,
        avoid_same_region=avoid_same_region,
    )
    return Proposal(per_dossier=k, avoid_same_region=avoid_same_region, plan=plan, board=current)


def apply(store: CallStore, proposal: Proposal) -> int:
    """Write a previewed proposal in one audited transaction (after a backup); refused when
    the file changed since the preview. Returns the number of assignments added."""
    if not proposal.plan.added:
        return 0
    store.backup("avant-attribution")
    count = len(proposal.plan.added)
    with store.transaction(f"répartition automatique : {count} attribution(s)"):
        again = preview(
            store, per_dossier=proposal.per_dossier, avoid_same_region=proposal.avoid_same_region
        )
        if again.plan != proposal.plan:
            raise StaleProposalError(
                t("les attributions ont changé depuis l'aperçu : relancez la répartition")
            )
        for dossier_id, person_id in proposal.plan.added:
            rows.insert(store, dossier_id=dossier_id, person_id=person_id, method="automatic")
    return count


# -- by hand ----------------------------------------------------------------------------------


def _dossier(store: CallStore, numero: str) -> BoardDossier:
    text = numero.strip()
    for d in rows.dossiers(store):
        if d["numero"] == text:
            return BoardDossier(id=d["id"], numero=d["numero"], pole_name=d["pole_name"],
                                region=d["region"], eligible=d["eligible"] == 1)  # fmt: skip
    raise DossierNotFoundError(t("dossier inconnu dans cet appel : « {text} »", text=text))


def _rapporteur(store: CallStore, ref: str | int) -> Person:
    person = resolve_person(store, ref)
    row = next((p for p in rows.rapporteurs(store) if p["id"] == person.id), None)
    if row is None:
        raise AssignmentRefused(t("{name} n'est pas rapporteur de cet appel", name=person.name))
    if not row["active"]:
        if row["inactive_reason"]:
            raise AssignmentRefused(
                t("{name} est désactivé(e) ({why})", name=person.name, why=row["inactive_reason"])
            )
        raise AssignmentRefused(t("{name} est désactivé(e)", name=person.name))
    return person


def _cell(store: CallStore, dossier_id: int, person_id: int) -> dict[str, Any] | None:
    return next(
        (a for a in rows.assignments(store)
         if a["dossier_id"] == dossier_id and a["person_id"] == person_id),
        None,
    )  # fmt: skip


def assign(store: CallStore, *, person: str | int, numero: str) -> tuple[Person, BoardDossier]:
    """Put a rapporteur on an eligible dossier, by hand."""
    dossier = _dossier(store, numero)
    who = _rapporteur(store, person)
    assert who.id is not None
    with store.transaction(f"attribution de {who.name} au dossier {dossier.numero}"):
        if not dossier.eligible:
            raise AssignmentRefused(
                t(
                    "le dossier {numero} n'est pas éligible (ou pas encore examiné) "
                    ": seuls les dossiers éligibles ont des rapporteurs",
                    numero=dossier.numero,
                )
            )
        reason = rows.active_conflicts(store).get((dossier.id, who.id))
        if reason is not None:
            raise AssignmentRefused(
                f"{who.name} a déclaré un conflit d'intérêts sur le dossier {dossier.numero}"
                + (f" ({reason})" if reason else "")
            )
        if _cell(store, dossier.id, who.id) is not None:
            raise AssignmentRefused(
                t(
                    "{name} est déjà rapporteur du dossier {numero}",
                    name=who.name,
                    numero=dossier.numero,
                )
            )
        rows.insert(store, dossier_id=dossier.id, person_id=who.id, method="manual")
    return who, dossier


def unassign(store: CallStore, *, person: str | int, numero: str) -> tuple[Person, BoardDossier]:
    """Take a rapporteur off a dossier; refused once their review is submitted. A draft
    review is kept (it comes back if the rapporteur is put on the dossier again)."""
    dossier = _dossier(store, numero)
    who = resolve_person(store, person)
    assert who.id is not None
    with store.transaction(f"retrait de {who.name} du dossier {dossier.numero}"):
        cell = _cell(store, dossier.id, who.id)
        if cell is None:
            raise AssignmentRefused(
                t(
                    "{name} n'est pas rapporteur du dossier {numero}",
                    name=who.name,
                    numero=dossier.numero,
                )
            )
        if cell["review_state"] == "submitted" and not cell["set_aside"]:
            raise AssignmentRefused(
                t(
                    "{name} a soumis son évaluation du dossier {numero} : elle ne peut "
                    "pas être retirée à la main ; seul un conflit d'intérêts déclaré "
                    "la met de côté",
                    name=who.name,
                    numero=dossier.numero,
                )
            )
        rows.delete(store, dossier_id=dossier.id, person_id=who.id)
    return who, dossier
