"""The rapporteur's desk: who may score what, the scoring grid, submit and reopen, annotations,
and the submitted reviews a person may read.

Every write is its own transaction, named after what the user did, so each keystroke that
changes the grid is on disk (and in the audit log, under the current identity) at once.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from ..domain import scoring
from ..domain.model import Criterion, Opinion, Person, stored_id
from ..store import annotations as note_rows
from ..store import people as people_rows
from ..store import reviews as review_rows
from ..store.calls import read_criteria
from ..store.db import CallStore
from ..store.dossiers import dossier_numero
from ..store.errors import ReadOnlyError
from ..text import t
from .browse import SECRETARIAT


class ReviewRefused(PermissionError):
    """The current person may not do this; the message says why, in French."""


# -- who am I ---------------------------------------------------------------------------------


@dataclass(slots=True, frozen=True)
class Me:
    name: str
    person: Person | None  # None: the secretariat without a name, or an unknown identity

    @property
    def person_id(self) -> int | None:
        return self.person.id if self.person else None

    @property
    def secretariat(self) -> bool:
        return self.name == SECRETARIAT or bool(self.person and self.person.is_secretariat)

    @property
    def committee(self) -> bool:
        """Sits on the committee (member or chair) or runs it (secretariat)."""
        p = self.person
        return self.secretariat or bool(p and (p.is_member or p.is_chair or p.is_secretary))


def whoami(store: CallStore) -> Me:
    """The person the store's actor names (identities are chosen by name, see the GUI)."""
    # One row asked for: this runs several times each time a dossier is shown.
    return Me(name=store.actor, person=people_rows.person_named(store, store.actor))


@contextmanager
def acting_as(store: CallStore, person: Person) -> Iterator[None]:
    """This service checks and records the store's actor: be `person` meanwhile (a grid
    imported for a rapporteur, the demo's rapporteurs at their desks)."""
    before = store.actor
    store.actor = person.name
    try:
        yield
    finally:
        store.actor = before


def _dossier_numero(store: CallStore, dossier_id: int) -> str:
    numero = dossier_numero(store, dossier_id)
    if numero is None:
        raise LookupError(t("dossier {dossier_id} introuvable", dossier_id=dossier_id))
    return numero


def refusal(store: CallStore, me: Me, dossier_id: int) -> str | None:
    """Why `me` may not open this dossier's grid, or None when they may."""
    if me.person_id is not None and people_rows.has_conflict(
        store, person_id=me.person_id, dossier_id=dossier_id
    ):
        return t(
            "Vous avez déclaré un conflit d'intérêts sur ce dossier : vous ne pouvez pas "
            "l'évaluer ni voir sa grille."
        )
    if me.person_id is None:
        return t(
            "Vous êtes connecté en tant que « {name} » : seuls les rapporteurs désignés "
            "remplissent une grille (Fichier > Changer d'identité).",
            name=me.name,
        )
    if not review_rows.is_assigned(store, dossier_id=dossier_id, person_id=me.person_id):
        return t("Vous n'êtes pas rapporteur de ce dossier : vous ne pouvez pas l'évaluer.")
    return None


# -- the grid ---------------------------------------------------------------------------------


@dataclass(slots=True, frozen=True)
class CriterionLine:
    criterion: Criterion
    score: float | None
    comment: str

    @property
    def below_threshold(self) -> bool:
        c = self.criterion
        return (
            c.eliminatory_below is not None
            and self.score is not None
            and (self.score < c.eliminatory_below)
        )


def partial_weighted(criteria: list[Criterion], scores: dict[str, float | None]) -> float:
    """Points out of 100 earned so far: equals the weighted score once every criterion is
    scored, and grows with each score while the grid is filled."""
    total_weight = sum(c.weight for c in criteria)
    if total_weight <= 0:
        return 0.0
    earned = sum(
        c.weight * (score - c.scale_min) / (c.scale_max - c.scale_min)
        for c in criteria
        if (score := scores.get(c.code)) is not None
    )
    return round(scoring.MAX_WEIGHTED * earned / total_weight, 2)


@dataclass(slots=True)
class Grid:
    """One person's scoring grid for one dossier, as the dock shows it."""

    dossier_id: int
    numero: str
    person_id: int
    lines: list[CriterionLine]
    review_id: int | None = None  # None until the first change is written
    state: str = "draft"
    opinion: Opinion | None = None
    summary: str = ""
    submitted_at: str | None = None

    @property
    def submitted(self) -> bool:
        return self.state == "submitted"

    @property
    def scores(self) -> dict[str, float | None]:
        return {line.criterion.code: line.score for line in self.lines}

    @property
    def criteria(self) -> list[Criterion]:
        return [line.criterion for line in self.lines]

    @property
    def missing(self) -> int:
        return sum(line.score is None for line in self.lines)

    @property
    def total(self) -> float:
        return partial_weighted(self.criteria, self.scores)

    @property
    def eliminated_on(self) -> list[str]:
        return scoring.eliminated_on(self.criteria, self.scores)


def open_grid(store: CallStore, dossier_id: int) -> Grid:
    """My grid for a dossier; ReviewRefused when I am in conflict or not its rapporteur.
    Reading it writes nothing: the review row is made on the first change."""
    me = whoami(store)
    why = refusal(store, me, dossier_id)
    if why:
        raise ReviewRefused(why)
    assert me.person_id is not None
    return _grid(store, dossier_id, me.person_id)


def _grid(store: CallStore, dossier_id: int, person_id: int) -> Grid:
    review = review_rows.find_review(store, dossier_id=dossier_id, person_id=person_id)
    values = review_rows.scores_of(store, review["id"]) if review else {}
    lines = [
        CriterionLine(criterion=c, score=values.get(stored_id(c), (None, ""))[0],
                      comment=values.get(stored_id(c), (None, ""))[1])
        for c in read_criteria(store)
    ]  # fmt: skip
    grid = Grid(
        dossier_id=dossier_id,
        numero=_dossier_numero(store, dossier_id),
        person_id=person_id,
        lines=lines,
    )
    if review:
        grid.review_id = review["id"]
        grid.state = review["state"]
        grid.opinion = Opinion(review["opinion"]) if review["opinion"] else None
        grid.summary = review["summary"]
        grid.submitted_at = review["submitted_at"]
    return grid


def _draft_review(store: CallStore, dossier_id: int) -> tuple[int, Me]:
    """Inside a transaction: my draft review of the dossier (made if needed), or refused."""
    me = whoami(store)
    why = refusal(store, me, dossier_id)
    if why:
        raise ReviewRefused(why)
    assert me.person_id is not None
    review_id = review_rows.ensure_review(store, dossier_id=dossier_id, person_id=me.person_id)
    if review_rows.review_state(store, review_id) == "submitted":
        raise ReadOnlyError(t("Évaluation déjà soumise : rouvrez-la pour la modifier."))
    return review_id, me


def _criterion(store: CallStore, criterion_id: int) -> Criterion:
    found = [c for c in read_criteria(store) if c.id == criterion_id]
    if not found:
        raise LookupError(t("critère {criterion_id} introuvable", criterion_id=criterion_id))
    return found[0]


def set_score(store: CallStore, dossier_id: int, criterion_id: int, score: float | None) -> None:
    """One criterion's score (None clears it), written at once."""
    c = _criterion(store, criterion_id)
    if score is not None and not (c.scale_min <= score <= c.scale_max):
        raise ValueError(
            t(
                "note {score:g} hors de l'échelle du critère « {label} » ({scale_min} "
                "à {scale_max})",
                score=score,
                label=c.label,
                scale_min=c.scale_min,
                scale_max=c.scale_max,
            )
        )
    numero = _dossier_numero(store, dossier_id)
    shown = "effacée" if score is None else f"{score:g}/{c.scale_max}"
    with store.transaction(f"note « {c.label} » {shown} — {numero}"):
        review_id, _ = _draft_review(store, dossier_id)
        review_rows.set_scores(store, review_id=review_id, scores={criterion_id: score})


def set_comment(store: CallStore, dossier_id: int, criterion_id: int, comment: str) -> None:
    c = _criterion(store, criterion_id)
    numero = _dossier_numero(store, dossier_id)
    with store.transaction(f"commentaire « {c.label} » — {numero}"):
        review_id, _ = _draft_review(store, dossier_id)
        review_rows.set_scores(
            store, review_id=review_id, scores={}, comments={criterion_id: comment}
        )


def set_opinion(store: CallStore, dossier_id: int, opinion: Opinion | None) -> None:
    numero = _dossier_numero(store, dossier_id)
    label = opinion.label if opinion else "non renseigné"
    with store.transaction(f"avis {label} — {numero}"):
        review_id, _ = _draft_review(store, dossier_id)
        row = review_rows.review_row(store, review_id) or {}
        review_rows.set_opinion(
            store, review_id=review_id, opinion=opinion.value if opinion else None,
            summary=row.get("summary", ""),
        )  # fmt: skip


def set_summary(store: CallStore, dossier_id: int, summary: str) -> None:
    numero = _dossier_numero(store, dossier_id)
    with store.transaction(f"appréciation générale — {numero}"):
        review_id, _ = _draft_review(store, dossier_id)
        row = review_rows.review_row(store, review_id) or {}
        review_rows.set_opinion(
            store, review_id=review_id, opinion=row.get("opinion"), summary=summary
        )


def submit(store: CallStore, dossier_id: int) -> None:
    """Lock my review; every criterion must be scored."""
    numero = _dossier_numero(store, dossier_id)
    with store.transaction(f"soumission de l'évaluation — {numero}"):
        review_id, _ = _draft_review(store, dossier_id)
        review_rows.submit(store, review_id=review_id)


def reopen(store: CallStore, dossier_id: int, person_id: int | None = None) -> None:
    """Back to draft: by the review's author, or by the secretariat for anyone's review."""
    me = whoami(store)
    author_id = person_id if person_id is not None else me.person_id
    if author_id is None:
        raise ReviewRefused(t("Précisez l'évaluation à rouvrir (celle de quel rapporteur ?)."))
    if author_id != me.person_id and not me.secretariat:
        raise ReviewRefused(
            t("Seuls l'auteur de l'évaluation et le secrétariat peuvent la rouvrir.")
        )
    review = review_rows.find_review(store, dossier_id=dossier_id, person_id=author_id)
    if review is None or review["state"] != "submitted":
        raise ValueError(t("Cette évaluation n'est pas soumise : rien à rouvrir."))
    numero = _dossier_numero(store, dossier_id)
    author = next(
        (p.name for p in people_rows.load_people(store) if p.id == author_id), str(author_id)
    )
    with store.transaction(f"réouverture de l'évaluation de {author} — {numero}"):
        review_rows.reopen(store, review_id=review["id"])


@dataclass(slots=True, frozen=True)
class MyAssignment:
    dossier_id: int
    numero: str
    pole_name: str
    state: str  # "à commencer", "brouillon", "soumise"


def my_assignments(store: CallStore) -> list[MyAssignment]:
    me = whoami(store)
    if me.person_id is None:
        return []
    states = {None: "à commencer", "draft": "brouillon", "submitted": "soumise"}
    return [
        MyAssignment(r["dossier_id"], r["numero"], r["pole_name"], states[r["state"]])
        for r in review_rows.assignments_of(store, me.person_id)
    ]


# -- submitted reviews, for those allowed -----------------------------------------------------


@dataclass(slots=True, frozen=True)
class ReviewView:
    author: str
    institution: str
    state: str
    submitted_at: str | None
    opinion: Opinion | None
    summary: str
    lines: list[CriterionLine]
    weighted: float | None
    mine: bool = False
    set_aside: bool = False  # its author declared a conflict: kept, out of the scores


@dataclass(slots=True)
class ReviewsOfDossier:
    reviews: list[ReviewView] = field(default_factory=list)
    message: str = ""  # why nothing (or only one's own) is shown


def reviews_of(store: CallStore, dossier_id: int) -> ReviewsOfDossier:
    """The reviews of a dossier `me` may read: the committee and secretariat see every
    submitted review (not in conflict); a rapporteur sees the others once theirs is in."""
    me = whoami(store)
    pid = me.person_id
    if pid is not None and people_rows.has_conflict(store, person_id=pid, dossier_id=dossier_id):
        return ReviewsOfDossier(
            message="Vous avez déclaré un conflit d'intérêts sur ce dossier : ses évaluations "
            "ne vous sont pas accessibles."
        )
    rows = review_rows.reviews_of_dossier(store, dossier_id)
    mine = next((r for r in rows if r["person_id"] == pid), None) if pid is not None else None
    assigned = pid is not None and review_rows.is_assigned(
        store, dossier_id=dossier_id, person_id=pid
    )
    message = ""
    if assigned and (mine is None or mine["state"] != "submitted"):
        shown = [mine] if mine else []
        message = (
            "Les évaluations des autres rapporteurs s'afficheront quand vous aurez soumis la vôtre."
        )
    elif me.committee or assigned:
        shown = [r for r in rows if r["state"] == "submitted"]
        if not shown:
            message = "Aucune évaluation soumise pour ce dossier."
    else:
        return ReviewsOfDossier(
            message="Les évaluations sont réservées au comité, au secrétariat et aux "
            "rapporteurs du dossier."
        )
    criteria = read_criteria(store)
    views = []
    for r in shown:
        values = review_rows.scores_of(store, r["id"])
        lines = [
            CriterionLine(criterion=c, score=values.get(stored_id(c), (None, ""))[0],
                          comment=values.get(stored_id(c), (None, ""))[1])
            for c in criteria
        ]  # fmt: skip
        views.append(
            ReviewView(
                author=r["person_name"],
                institution=r["person_institution"],
                state=r["state"],
                submitted_at=r["submitted_at"],
                opinion=Opinion(r["opinion"]) if r["opinion"] else None,
                summary=r["summary"],
                lines=lines,
                weighted=scoring.weighted_score(
                    criteria, {ln.criterion.code: ln.score for ln in lines}
                ),
                mine=r["person_id"] == pid,
                set_aside=bool(r["set_aside"]),
            )
        )
    return ReviewsOfDossier(reviews=views, message=message)


# -- annotations ------------------------------------------------------------------------------


@dataclass(slots=True, frozen=True)
class Note:
    id: int
    dossier_id: int
    numero: str
    author: str
    mine: bool
    body: str
    shared: bool
    attachment_id: int | None
    attachment_name: str | None
    page: int | None
    created_at: str
    updated_at: str

    @property
    def where(self) -> str:
        if self.attachment_id is None:
            return t("dossier")
        name = self.attachment_name or t("pièce")
        return t("{name}, page {page}", name=name, page=self.page) if self.page else name


def _note(row: dict[str, Any], me: Me) -> Note:
    return Note(
        id=row["id"], dossier_id=row["dossier_id"], numero=row["numero"],
        author=row["person_name"], mine=row["person_id"] == me.person_id, body=row["body"],
        shared=bool(row["shared"]), attachment_id=row["attachment_id"],
        attachment_name=row["attachment_name"], page=row["page"],
        created_at=row["created_at"], updated_at=row["updated_at"],
    )  # fmt: skip


def _annotator(store: CallStore, dossier_id: int) -> int:
    """The id of the person about to annotate the dossier; ReviewRefused when they may not."""
    me = whoami(store)
    if me.person_id is None:
        raise ReviewRefused(
            t(
                "Vous êtes connecté en tant que « {name} » : choisissez votre nom "
                "(Fichier > Changer d'identité) pour annoter.",
                name=me.name,
            )
        )
    if people_rows.has_conflict(store, person_id=me.person_id, dossier_id=dossier_id):
        raise ReviewRefused(
            t(
                "Vous avez déclaré un conflit d'intérêts sur ce dossier : vous "
                "ne pouvez pas l'annoter."
            )
        )
    return me.person_id


def _own_note(store: CallStore, note_id: int) -> tuple[dict[str, Any], Me]:
    row = note_rows.get(store, note_id)
    if row is None:
        raise LookupError(t("annotation {note_id} introuvable", note_id=note_id))
    me = whoami(store)
    if row["person_id"] != me.person_id:
        raise ReviewRefused(t("Seul l'auteur d'une annotation peut la modifier ou la supprimer."))
    return row, me


def add_note(
    store: CallStore,
    dossier_id: int,
    body: str,
    *,
    shared: bool = False,
    attachment_id: int | None = None,
    page: int | None = None,
) -> int:
    body = body.strip()
    if not body:
        raise ValueError(t("L'annotation est vide : écrivez d'abord son texte."))
    numero = _dossier_numero(store, dossier_id)
    with store.transaction(f"annotation — {numero}"):
        person_id = _annotator(store, dossier_id)
        return note_rows.insert(
            store, dossier_id=dossier_id, person_id=person_id,
            body=body, shared=shared, attachment_id=attachment_id, page=page,
        )  # fmt: skip


def edit_note(store: CallStore, note_id: int, *, body: str, shared: bool) -> None:
    body = body.strip()
    if not body:
        raise ValueError(t("L'annotation est vide : supprimez-la plutôt."))
    with store.transaction("modification d'une annotation"):
        _own_note(store, note_id)
        note_rows.update(store, note_id, body=body, shared=shared)


def delete_note(store: CallStore, note_id: int) -> dict[str, Any]:
    """Delete one of my notes; returns it as it was, so that undo can bring it back."""
    with store.transaction("suppression d'une annotation"):
        row, _ = _own_note(store, note_id)
        note_rows.delete(store, note_id)
    return row


def restore_note(store: CallStore, row: dict[str, Any]) -> None:
    """Bring back a note deleted by `delete_note`, with its id (undo)."""
    with store.transaction("annotation rétablie"):
        if row["person_id"] != _annotator(store, row["dossier_id"]):
            raise ReviewRefused(t("Seul l'auteur d'une annotation peut la rétablir."))
        note_rows.insert(
            store, dossier_id=row["dossier_id"], person_id=row["person_id"], body=row["body"],
            shared=bool(row["shared"]), attachment_id=row["attachment_id"], page=row["page"],
            annotation_id=row["id"], created_at=row["created_at"], uid=row.get("uid", ""),
        )  # fmt: skip


def notes_for(store: CallStore, dossier_id: int) -> list[Note]:
    """The dossier's shared notes and my private ones; nothing when I am in conflict."""
    me = whoami(store)
    pid = me.person_id
    if pid is not None and people_rows.has_conflict(store, person_id=pid, dossier_id=dossier_id):
        return []
    return [_note(r, me) for r in note_rows.visible(store, person_id=pid, dossier_id=dossier_id)]


def fold(text: str) -> str:
    """Lower case without accents, as the dossier search index folds them."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def search_notes(store: CallStore, text: str) -> list[Note]:
    """Notes I may read, over the whole call, holding every word typed (accents ignored).
    Notes are a few per dossier: a scan is instant and, unlike the dossier index, also
    finds my private notes."""
    words = fold(text).split()
    me = whoami(store)
    conflicted = {d for p, d in people_rows.conflicts(store) if p == me.person_id}
    found = []
    for row in note_rows.visible(store, person_id=me.person_id):
        haystack = fold(f"{row['body']} {row['numero']} {row['person_name']}")
        if row["dossier_id"] not in conflicted and all(w in haystack for w in words):
            found.append(_note(row, me))
    return found
