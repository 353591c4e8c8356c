"""A rapporteur's grid as a workbook: exported with their assigned dossiers (drafts pre-filled),
imported back all or nothing, written through the review service (services/review.py) under
the rapporteur's name, as if they had typed it in the scoring dock.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..domain.model import Criterion, Opinion, Person, stored_id
from ..io import grid_workbook as wbk
from ..store import assignments as assignment_rows
from ..store import reviews as review_rows
from ..store.calls import read_call
from ..store.db import CallStore
from ..text import Message, t, text_of
from . import review
from .people import PeopleError, resolve_person

MAX_PROBLEMS = 50
OPINION_BY_WORD = {"favorable": Opinion.FAVOURABLE, "reserve": Opinion.RESERVED,
                   "defavorable": Opinion.UNFAVOURABLE}  # fmt: skip


class GridError(ValueError):
    """A refusal about a grid workbook, with a message fit for the user."""


class GridRefused(GridError):
    """The workbook has problems: nothing was written. `problems` lists them, placed."""

    def __init__(self, name: str, problems: list[str]) -> None:
        self.problems = problems
        super().__init__(
            t(
                "{name} : import refusé, {problems_count} problème(s) ; rien n'a été écrit",
                name=name,
                problems_count=len(problems),
            )
        )


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold().strip())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _rapporteur(store: CallStore, ref: str | int) -> Person:
    person = resolve_person(store, ref)
    if not person.is_rapporteur:
        raise GridError(t("{name} n'est pas rapporteur de cet appel", name=person.name))
    return person


def _columns(criteria: list[Criterion]) -> list[wbk.GridColumn]:
    return [
        wbk.GridColumn(code=c.code, label=c.label, scale_min=c.scale_min, scale_max=c.scale_max)
        for c in criteria
    ]


def export_grid(store: CallStore, *, rapporteur: str | int) -> tuple[bytes, Person, int]:
    """(the workbook's bytes, the rapporteur, the number of dossiers in it)."""
    person = _rapporteur(store, rapporteur)
    assert person.id is not None
    call = read_call(store)
    uid, _ = assignment_rows.call_facts(store)
    criteria = call.criteria
    conflicted = {d for d, p in assignment_rows.active_conflicts(store) if p == person.id}
    lines = []
    for a in review_rows.assignments_of(store, person.id):
        if a["dossier_id"] in conflicted:
            continue
        values = review_rows.scores_of(store, a["review_id"]) if a["review_id"] else {}
        row = review_rows.review_row(store, a["review_id"]) if a["review_id"] else None
        opinion = row["opinion"] if row else None
        lines.append(
            wbk.GridLine(
                numero=a["numero"],
                pole_name=a["pole_name"],
                scores={c.code: values.get(stored_id(c), (None, ""))[0] for c in criteria},
                comments={c.code: values.get(stored_id(c), (None, ""))[1] for c in criteria},
                opinion=Opinion(opinion).label if opinion else "",
                summary=row["summary"] if row else "",
            )
        )
    owner = wbk.GridOwner(call_uid=uid, call_title=call.title, person_id=person.id,
                          email=person.email, name=person.name)  # fmt: skip
    return wbk.build_grid(owner, _columns(criteria), lines), person, len(lines)


# -- import -----------------------------------------------------------------------------------


@dataclass(slots=True, kw_only=True)
class _RowChange:
    dossier_id: int
    numero: str
    scores: dict[int, float | None] = field(default_factory=dict)  # criterion id -> new
    comments: dict[int, str] = field(default_factory=dict)
    opinion: Opinion | None = None
    opinion_changed: bool = False
    summary: str | None = None  # None: unchanged
    complete: bool = False  # every criterion scored once written

    @property
    def touched(self) -> bool:
        return bool(
            self.scores or self.comments or self.opinion_changed or self.summary is not None
        )


@dataclass(slots=True, frozen=True, kw_only=True)
class GridImport:
    person: Person
    changed: list[str]  # numeros whose review changed
    unchanged: list[str]
    submitted: list[str]  # numeros submitted by this import
    incomplete: list[str]  # numeros left in draft with criteria unscored (with --submit)

    def summary(self) -> Message:
        submitted = t(", {n} soumise(s)", n=len(self.submitted)) if self.submitted else ""
        incomplete = (
            t(" ; incomplètes, non soumises : {numeros}", numeros=", ".join(self.incomplete))
            if self.incomplete
            else ""
        )
        return t(
            "grille de {name} : {changed} évaluation(s) modifiée(s), {unchanged} inchangée(s)"
            "{submitted}{incomplete}",
            name=self.person.name, changed=len(self.changed), unchanged=len(self.unchanged),
            submitted=submitted, incomplete=incomplete,
        )  # fmt: skip


def _score(cell: wbk.FilledCell, c: Criterion, problems: list[str]) -> float | None:
    value = cell.value
    if value is None:
        return None
    if isinstance(value, str):
        try:
            value = float(value.replace(",", "."))
        except ValueError:
            problems.append(
                t("{where} : « {value} » n'est pas une note", where=cell.where, value=cell.value)
            )
            return None
    if isinstance(value, bool) or not isinstance(value, int | float):
        problems.append(
            t("{where} : « {value} » n'est pas une note", where=cell.where, value=cell.value)
        )
        return None
    if value != int(value) or not c.scale_min <= value <= c.scale_max:
        problems.append(
            t(
                "{where} : note {value:g} hors de l'échelle (un entier de {scale_min} "
                "à {scale_max})",
                where=cell.where,
                value=value,
                scale_min=c.scale_min,
                scale_max=c.scale_max,
            )
        )
        return None
    return float(value)


def _owner(store: CallStore, grid: wbk.FilledGrid, name: str, given: str | int | None) -> Person:
    uid, _ = assignment_rows.call_facts(store)
    if grid.meta.get("call_uid") != uid:
        raise GridError(
            t(
                "{name} : cette grille a été exportée d'un autre appel (identifiant "
                "{value}, celui-ci est {uid})",
                name=name,
                value=grid.meta.get("call_uid") or "—",
                uid=uid,
            )
        )
    pid = grid.meta.get("person_id", "")
    try:
        person = resolve_person(store, pid) if pid.isdigit() else None
    except PeopleError:
        person = None
    if person is None or _fold(person.email) != _fold(grid.meta.get("email", "")):
        raise GridError(
            t(
                "{name} : la grille est celle de {person} ({email}), qui n'est "
                "pas une personne de cet appel",
                name=name,
                person=grid.meta.get("name") or "?",
                email=grid.meta.get("email") or t("sans e-mail"),
            )
        )
    if given is not None:
        wanted = resolve_person(store, given)
        if wanted.id != person.id:
            raise GridError(
                t(
                    "{name} : cette grille est celle de {author}, pas de {wanted}",
                    name=name,
                    author=person.name,
                    wanted=wanted.name,
                )
            )
    return person


def _plan(
    store: CallStore, grid: wbk.FilledGrid, person: Person, criteria: list[Criterion]
) -> tuple[list[_RowChange], list[str], list[str]]:
    """(a change per draft row, numeros of submitted reviews left as they are, problems)."""
    assert person.id is not None
    if list(grid.codes) != [c.code for c in criteria]:
        return (
            [],
            [],
            [
                f"feuille « {wbk.META_SHEET} » : les critères de la grille "
                f"({', '.join(grid.codes) or '—'}) ne sont plus ceux de l'appel "
                f"({', '.join(c.code for c in criteria)}) ; exportez une nouvelle grille"
            ],
        )
    by_code = {c.code: c for c in criteria}
    dossiers = {d["numero"]: d for d in assignment_rows.dossiers(store)}
    assigned = {a["dossier_id"] for a in review_rows.assignments_of(store, person.id)}
    conflicts = {d for d, p in assignment_rows.active_conflicts(store) if p == person.id}
    problems: list[str] = []
    changes: list[_RowChange] = []
    already: list[str] = []  # submitted reviews the grid leaves as they are
    seen: dict[str, int] = {}
    for row in grid.rows:
        start = len(problems)
        numero = str(row.numero.value or "")
        dossier = dossiers.get(numero)
        if not numero:
            problems.append(t("{where} : numéro de dossier manquant", where=row.numero.where))
        elif dossier is None:
            problems.append(
                t(
                    "{where} : dossier « {numero} » inconnu dans cet appel",
                    where=row.numero.where,
                    numero=numero,
                )
            )
        elif numero in seen:
            problems.append(
                t(
                    "{where} : dossier {numero} déjà à la ligne {seen}",
                    where=row.numero.where,
                    numero=numero,
                    seen=seen[numero],
                )
            )
        elif dossier["id"] in conflicts:
            problems.append(
                t(
                    "{where} : {name} a déclaré un conflit d'intérêts sur le dossier {numero}",
                    where=row.numero.where,
                    name=person.name,
                    numero=numero,
                )
            )
        elif dossier["id"] not in assigned:
            problems.append(
                t(
                    "{where} : {name} n'est pas rapporteur du dossier {numero}",
                    where=row.numero.where,
                    name=person.name,
                    numero=numero,
                )
            )
        seen.setdefault(numero, row.row)
        scores = {code: _score(cell, by_code[code], problems) for code, cell in row.scores.items()}
        word = _fold(str(row.opinion.value or ""))
        if word and word not in OPINION_BY_WORD:
            problems.append(
                t(
                    "{where} : avis « {value} » inconnu ({OPINIONS})",
                    where=row.opinion.where,
                    value=row.opinion.value,
                    OPINIONS=", ".join(wbk.OPINIONS),
                )
            )
        if len(problems) > start or dossier is None:
            continue
        change = _change(store, dossier, person, criteria, row, scores, OPINION_BY_WORD.get(word))
        existing = review_rows.find_review(
            store, dossier_id=dossier["id"], person_id=stored_id(person)
        )
        if not (existing and existing["state"] == "submitted"):
            changes.append(change)
        elif change.touched:
            problems.append(
                t(
                    "{where} : l'évaluation du dossier {numero} est déjà soumise ; "
                    "demandez sa réouverture pour la modifier",
                    where=row.numero.where,
                    numero=numero,
                )
            )
        else:
            already.append(numero)
    return changes, already, problems


def _change(
    store: CallStore,
    dossier: dict[str, Any],
    person: Person,
    criteria: list[Criterion],
    row: wbk.FilledRow,
    scores: dict[str, float | None],
    opinion: Opinion | None,
) -> _RowChange:
    """What differs between the row and the stored review."""
    existing = review_rows.find_review(store, dossier_id=dossier["id"], person_id=stored_id(person))
    stored = review_rows.scores_of(store, existing["id"]) if existing else {}
    change = _RowChange(dossier_id=dossier["id"], numero=dossier["numero"])
    for c in criteria:
        old_score, old_comment = stored.get(stored_id(c), (None, ""))
        assert c.id is not None
        if scores[c.code] != old_score:
            change.scores[c.id] = scores[c.code]
        comment = str(row.comments[c.code].value or "")
        if comment != old_comment:
            change.comments[c.id] = comment
    old_opinion = existing["opinion"] if existing else None
    if (opinion.value if opinion else None) != old_opinion:
        change.opinion, change.opinion_changed = opinion, True
    summary = str(row.summary.value or "")
    if summary != (existing["summary"] if existing else ""):
        change.summary = summary
    change.complete = all(scores[c.code] is not None for c in criteria)
    return change


def import_grid(
    store: CallStore, source: Path, *, rapporteur: str | int | None = None, submit: bool = False
) -> GridImport:
    """Check every row, then write every change (and submit the complete reviews when asked)
    in one transaction under the rapporteur's name; nothing at all when anything is wrong."""
    try:
        grid = wbk.read_grid(source)
    except wbk.GridWorkbookError as exc:
        raise GridError(text_of(exc)) from exc
    person = _owner(store, grid, source.name, rapporteur)
    criteria = read_call(store).criteria
    changes, already, problems = _plan(store, grid, person, criteria)
    if problems:
        raise GridRefused(source.name, problems[:MAX_PROBLEMS])
    unchanged = list(already)
    changed: list[str] = []
    submitted: list[str] = []
    incomplete: list[str] = []
    with (
        review.acting_as(store, person),
        store.transaction(f"grille importée de {person.name} ({source.name})"),
    ):
        for change in changes:
            _write(store, change)
            (changed if change.touched else unchanged).append(change.numero)
            if not submit:
                continue
            if change.complete:
                review.submit(store, change.dossier_id)
                submitted.append(change.numero)
            else:
                incomplete.append(change.numero)
    return GridImport(
        person=person, changed=changed, unchanged=unchanged,
        submitted=submitted, incomplete=incomplete,
    )  # fmt: skip


def _write(store: CallStore, change: _RowChange) -> None:
    d = change.dossier_id
    for criterion_id, score in change.scores.items():
        review.set_score(store, d, criterion_id, score)
    for criterion_id, comment in change.comments.items():
        review.set_comment(store, d, criterion_id, comment)
    if change.opinion_changed:
        review.set_opinion(store, d, change.opinion)
    if change.summary is not None:
        review.set_summary(store, d, change.summary)
