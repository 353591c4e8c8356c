"""Side by side: dossiers field by field, rapporteurs criterion by criterion, the dossiers
where rapporteurs disagree most, and the figures behind the score charts.

Plain data out (display strings in French, flags for what differs); the GUI, the PDF and the
CLI show the same rows.
"""

from __future__ import annotations

import statistics
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import Any

from ..domain import scoring
from ..domain.model import (
    CofundingStatus,
    Criterion,
    Dossier,
    MemberCategory,
    Opinion,
    stored_id,
)
from ..io.formatting import format_eur, format_number, format_score
from ..store import compare as rows
from ..store import people as people_rows
from ..store import reviews as review_rows
from ..store.calls import read_call, read_criteria
from ..store.db import CallStore
from ..store.dossiers import load_dossiers
from ..text import joined, t
from .decision_support import DEFAULT_MOVES, CalibrationError, calibrate
from .review import whoami
from .session_data import RankingEntry, ranking

MIN_DOSSIERS, MAX_DOSSIERS = 2, 4
COFUNDING_LABELS = {
    CofundingStatus.SECURED: t("Cofinancements acquis"),
    CofundingStatus.REQUESTED: t("Cofinancements sollicités"),
}
COFUNDING_STATES = {CofundingStatus.SECURED: t("acquis"), CofundingStatus.REQUESTED: t("sollicité")}
# The members' categories as row titles (capitalised MEMBER_CATEGORY_LABELS).
CATEGORY_TITLES = {
    MemberCategory.ESS_ENTERPRISE: t("Entreprise ESS"),
    MemberCategory.COMMERCIAL_ENTERPRISE: t("Entreprise commerciale"),
    MemberCategory.LOCAL_AUTHORITY: t("Collectivité territoriale"),
    MemberCategory.RESEARCH_CENTRE: t("Centre de recherche"),
    MemberCategory.HIGHER_EDUCATION: t("Établissement d'enseignement supérieur"),
    MemberCategory.TRAINING_BODY: t("Organisme de formation"),
    MemberCategory.OTHER: t("Autre"),
}
GAP = 2.0  # a spread of this many points between rapporteurs is worth discussing


class CompareError(ValueError):
    """Bad input (count of dossiers, unknown numero): the message says which, in French."""


# -- dossiers side by side ----------------------------------------------------------------


@dataclass(frozen=True, slots=True, kw_only=True)
class CompareRow:
    section: str
    label: str
    values: tuple[str, ...]  # one per dossier, in the order asked
    differs: bool
    compared: bool = True  # free text (names, descriptions) is shown, never flagged


@dataclass(frozen=True, slots=True, kw_only=True)
class ComparedDossier:
    id: int
    numero: str
    pole_name: str


@dataclass(frozen=True, slots=True, kw_only=True)
class DossierComparison:
    call_title: str
    dossiers: tuple[ComparedDossier, ...]
    rows: tuple[CompareRow, ...]

    @property
    def differing(self) -> list[CompareRow]:
        return [r for r in self.rows if r.differs]

    def row(self, label: str) -> CompareRow:
        return next(r for r in self.rows if r.label == label)


def resolve_numeros(store: CallStore, numeros: Sequence[str]) -> list[int]:
    """Dossier ids for numeros as typed; CompareError names the first unknown one."""
    found = rows.ids_of_numeros(store, numeros)
    for n in numeros:
        if n not in found:
            raise CompareError(t("dossier {n} introuvable", n=n))
    return [found[n] for n in numeros]


def _check_ids(store: CallStore, ids: Sequence[int]) -> None:
    if not MIN_DOSSIERS <= len(ids) <= MAX_DOSSIERS:
        raise CompareError(
            t(
                "comparer de {MIN_DOSSIERS} à {MAX_DOSSIERS} dossiers : {ids_count} donné(s)",
                MIN_DOSSIERS=MIN_DOSSIERS,
                MAX_DOSSIERS=MAX_DOSSIERS,
                ids_count=len(ids),
            )
        )
    if len(set(ids)) != len(ids):
        raise CompareError(t("le même dossier est donné deux fois"))
    missing = [i for i in ids if i not in rows.existing_ids(store, ids)]
    if missing:
        raise CompareError(t("dossier {missing} introuvable", missing=missing[0]))


def _count(value: int | None) -> str:
    return "—" if value is None else format_number(value)


def _share(part: float, whole: float | None) -> str:
    if not whole:
        return "—"
    return f"{format_number(100 * part / whole, decimals=1)} %"


@dataclass(frozen=True, slots=True)
class _Field:
    """One row of the comparison: its label and how a dossier shows in it."""

    label: str
    value: Callable[[Dossier], str]
    compared: bool = True  # False: free text, shown but never flagged as differing


def _cofunded(status: CofundingStatus) -> Callable[[Dossier], str]:
    return lambda d: format_eur(sum(c.amount for c in d.cofundings if c.status == status))


def _in_category(c: MemberCategory) -> tuple[Callable[[Dossier], str], Callable[[Dossier], str]]:
    """How many members of category `c` a dossier has, and their names."""

    def names(d: Dossier) -> list[str]:
        return [m.name for m in d.members if m.category == c]

    return (lambda d: format_number(len(names(d)))), (lambda d: "\n".join(names(d)) or "—")


def _cofunders(d: Dossier) -> str:
    lines = [
        t("{funder} : {amount} ({state})", funder=c.funder, amount=format_eur(c.amount),
          state=COFUNDING_STATES[c.status])
        for c in d.cofundings
    ]  # fmt: skip
    return joined(lines, "\n") if lines else "—"


IDENTIFICATION = (
    _Field(t("Pôle"), lambda d: d.pole_name, compared=False),
    _Field(t("Structure porteuse"), lambda d: d.lead_name, compared=False),
    _Field(t("Forme juridique"), lambda d: d.lead_legal_form or "—"),
    _Field(t("Région"), lambda d: d.region),
    _Field(t("Département"), lambda d: d.departement or "—"),
    _Field(t("Secteurs"), lambda d: ", ".join(d.sectors) or "—"),
)
BUDGET = (
    _Field(t("Coût total du projet"), lambda d: format_eur(d.total_cost)),
    _Field(t("Montant demandé"), lambda d: format_eur(d.amount_requested)),
    _Field(t("Part du coût demandée"), lambda d: _share(d.amount_requested, d.total_cost)),
    *(_Field(COFUNDING_LABELS[status], _cofunded(status)) for status in CofundingStatus),
    _Field(t("Cofinanceurs"), _cofunders, compared=False),
)
JOBS = (
    _Field(t("Emplois existants"), lambda d: _count(d.jobs_existing)),
    _Field(t("Emplois créés"), lambda d: _count(d.jobs_created)),
    _Field(t("Emplois en insertion"), lambda d: _count(d.jobs_integration)),
)
POOLING = (_Field(t("Mutualisation"), lambda d: d.pooling or "—", compared=False),)


def _member_fields(dossiers: Sequence[Dossier]) -> list[_Field]:
    """The total, then a count and the names for each category some dossier has."""
    fields = [_Field(t("Membres (total)"), lambda d: format_number(len(d.members)))]
    for c in MemberCategory:
        if not any(m.category == c for d in dossiers for m in d.members):
            continue
        title = CATEGORY_TITLES[c]
        count, names = _in_category(c)
        fields += [
            _Field(t("{category} : nombre", category=title), count),
            _Field(t("{category} : noms", category=title), names, False),
        ]
    return fields


def _evaluation_fields(store: CallStore, dossiers: Sequence[Dossier]) -> list[_Field]:
    criteria = read_criteria(store)
    ranks = {e.dossier_id: e for e in ranking(store)}
    agg = {
        stored_id(d): scoring.aggregate(
            criteria, [_plain_scores(v) for v in _review_scores(store, stored_id(d))]
        )
        for d in dossiers
    }

    def mean(c: Criterion) -> Callable[[Dossier], str]:
        return lambda d: _mean(agg[stored_id(d)].per_criterion.get(c.code), c.scale_max)

    def spread(d: Dossier) -> str:
        a = agg[stored_id(d)]
        return format_score(a.max_spread, decimals=0) if a.review_count > 1 else "—"

    return [
        _Field(t("Note pondérée (sur 100)"), lambda d: format_score(agg[stored_id(d)].weighted)),
        _Field(t("Rang"), lambda d: _rank(ranks.get(stored_id(d)))),
        _Field(t("Évaluations soumises"), lambda d: format_number(agg[stored_id(d)].review_count)),
        *(
            _Field(t("{label} (poids {weight:g})", label=c.label, weight=c.weight), mean(c))
            for c in criteria
        ),
        _Field(t("Écart maximal entre rapporteurs"), spread),
    ]


def compare_dossiers(store: CallStore, ids: Sequence[int]) -> DossierComparison:
    """2 to 4 dossiers field by field, in the order given; CompareError on bad input."""
    _check_ids(store, ids)
    by_id = {d.id: d for d in load_dossiers(store, ids=list(ids))}
    dossiers = [by_id[i] for i in ids]
    sections: list[tuple[str, Sequence[_Field]]] = [
        (t("Identification"), IDENTIFICATION),
        (t("Membres"), _member_fields(dossiers)),
        (t("Budget"), BUDGET),
        (t("Emplois"), JOBS),
        (t("Mutualisation"), POOLING),
        (t("Évaluation"), _evaluation_fields(store, dossiers)),
    ]
    out = []
    for section, fields in sections:
        for f in fields:
            values = tuple(f.value(d) for d in dossiers)
            differs = f.compared and len(set(values)) > 1
            out.append(CompareRow(section=section, label=f.label, values=values,
                                  differs=differs, compared=f.compared))  # fmt: skip
    return DossierComparison(
        call_title=read_call(store).title,
        dossiers=tuple(
            ComparedDossier(id=stored_id(d), numero=d.numero, pole_name=d.pole_name)
            for d in dossiers
        ),
        rows=tuple(out),
    )


def _rank(entry: RankingEntry | None) -> str:
    if entry is None:
        return t("non classé (inéligible)")
    rank = entry.rank
    if rank is None:
        return t("non classé ({reason})", reason=entry.excluded_reason)
    if entry.within_envelope:
        return t("{rank} (dans l'enveloppe)", rank=rank)
    return t("{rank} (liste complémentaire)", rank=rank) if entry.reserve else str(rank)


def _mean(value: float | None, scale_max: int) -> str:
    return "—" if value is None else f"{format_score(value, decimals=2)} / {scale_max}"


def _review_scores(store: CallStore, dossier_id: int) -> list[dict[str, tuple[float | None, str]]]:
    reviews = rows.submitted_reviews(store, dossier_id)
    by_review = rows.scores_with_comments(store, [r["id"] for r in reviews])
    return [by_review[r["id"]] for r in reviews]


def _plain_scores(values: dict[str, tuple[float | None, str]]) -> dict[str, float | None]:
    return {code: score for code, (score, _comment) in values.items()}


# -- rapporteurs side by side -------------------------------------------------------------


@dataclass(frozen=True, slots=True, kw_only=True)
class RapporteurColumn:
    review_id: int
    name: str
    institution: str
    opinion: str  # French label, "" when not given
    summary: str
    weighted: float | None


@dataclass(frozen=True, slots=True, kw_only=True)
class CriterionScores:
    code: str
    label: str
    weight: float
    scale_max: int
    scores: tuple[float | None, ...]  # one per rapporteur
    comments: tuple[str, ...]
    spread: float | None  # max - min over those who scored it; None below two scores
    mean: float | None

    @property
    def gap(self) -> bool:
        return self.spread is not None and self.spread >= GAP


@dataclass(frozen=True, slots=True, kw_only=True)
class RapporteurComparison:
    dossier_id: int
    numero: str
    pole_name: str
    rapporteurs: tuple[RapporteurColumn, ...]
    criteria: tuple[CriterionScores, ...]

    @property
    def gaps(self) -> list[CriterionScores]:
        return [c for c in self.criteria if c.gap]

    @property
    def weighted_spread(self) -> float | None:
        values = [r.weighted for r in self.rapporteurs if r.weighted is not None]
        return round(max(values) - min(values), 2) if len(values) > 1 else None

    @property
    def opinions_differ(self) -> bool:
        return len({r.opinion for r in self.rapporteurs if r.opinion}) > 1


def compare_rapporteurs(store: CallStore, dossier_id: int) -> RapporteurComparison:
    """Each submitted review of a dossier in its own column; LookupError for no such dossier."""
    found = load_dossiers(store, ids=[dossier_id])
    if not found:
        raise LookupError(t("dossier {dossier_id} introuvable", dossier_id=dossier_id))
    dossier = found[0]
    reviews = rows.submitted_reviews(store, dossier_id)
    values = rows.scores_with_comments(store, [r["id"] for r in reviews])
    columns = tuple(
        RapporteurColumn(
            review_id=r["id"],
            name=r["person_name"],
            institution=r["institution"],
            opinion=Opinion(r["opinion"]).label if r["opinion"] else "",
            summary=r["summary"],
            weighted=r["weighted"],
        )
        for r in reviews
    )
    criteria = []
    for c in read_criteria(store):
        cells = [values[r["id"]].get(c.code, (None, "")) for r in reviews]
        scores = tuple(score for score, _ in cells)
        given = [float(x) for x in scores if x is not None]
        criteria.append(
            CriterionScores(
                code=c.code,
                label=c.label,
                weight=c.weight,
                scale_max=c.scale_max,
                scores=scores,
                comments=tuple(comment for _, comment in cells),
                spread=max(given) - min(given) if len(given) > 1 else None,
                mean=round(statistics.fmean(given), 2) if given else None,
            )
        )
    return RapporteurComparison(
        dossier_id=dossier_id,
        numero=dossier.numero,
        pole_name=dossier.pole_name,
        rapporteurs=columns,
        criteria=tuple(criteria),
    )


# -- where rapporteurs disagree -----------------------------------------------------------


@dataclass(frozen=True, slots=True, kw_only=True)
class Disagreement:
    dossier_id: int
    numero: str
    pole_name: str
    reviews: int
    max_spread: float
    total_spread: float
    spreads: dict[str, float]  # criterion code -> spread
    concerned: tuple[str, ...]  # labels of the criteria with a gap of GAP or more
    # Calibration (beside, never instead of, the raw scores): ranks among scored dossiers.
    raw_rank: int | None = None
    adjusted_rank: int | None = None
    moved: bool = False  # the rank moves by more than the chosen number of places

    @property
    def has_gap(self) -> bool:
        return self.max_spread >= GAP

    @property
    def rank_move(self) -> str:
        if self.raw_rank is None or self.adjusted_rank is None:
            return "—"
        return f"{self.raw_rank} → {self.adjusted_rank}"


def disagreements(store: CallStore, *, moves_more_than: int = DEFAULT_MOVES) -> list[Disagreement]:
    """The dossiers to discuss first: those whose rank moves by more than `moves_more_than`
    places once rapporteurs' severity is taken out (largest moves first, a single review
    included), then every dossier with two submitted reviews or more, the most disputed first:
    the largest spread on one criterion, then the sum of spreads, then the numero."""
    labels = {c.code: c.label for c in read_criteria(store)}
    order = {code: i for i, code in enumerate(labels)}
    grouped: dict[int, dict[str, Any]] = {}
    for r in rows.criterion_spreads(store):
        if r["reviews"] < 2:
            continue
        g = grouped.setdefault(
            r["dossier_id"],
            {"numero": r["numero"], "pole_name": r["pole_name"], "reviews": r["reviews"],
             "spreads": {}},
        )  # fmt: skip
        g["spreads"][r["code"]] = float(r["high"] - r["low"])
    out = []
    for dossier_id, g in grouped.items():
        spreads = g["spreads"]
        concerned = sorted((c for c, v in spreads.items() if v >= GAP), key=lambda c: order[c])
        out.append(
            Disagreement(
                dossier_id=dossier_id,
                numero=g["numero"],
                pole_name=g["pole_name"],
                reviews=g["reviews"],
                max_spread=max(spreads.values()),
                total_spread=sum(spreads.values()),
                spreads=spreads,
                concerned=tuple(labels[c] for c in concerned),
            )
        )
    out.sort(key=lambda d: (-d.max_spread, -d.total_spread, d.numero))
    return _with_calibration(store, out, moves_more_than=moves_more_than)


def _with_calibration(
    store: CallStore, found: list[Disagreement], *, moves_more_than: int
) -> list[Disagreement]:
    try:
        report = calibrate(store, moves_more_than=moves_more_than)
    except CalibrationError:  # rapporteurs not linked, or nothing submitted: raw scores only
        return found
    ranks = {d.numero: d for d in report.dossiers}
    moved = {d.numero: i for i, d in enumerate(report.moves)}
    listed = {d.numero for d in found}
    single = [
        Disagreement(dossier_id=dossier_id, numero=numero, pole_name=pole, reviews=1,
                     max_spread=0.0, total_spread=0.0, spreads={}, concerned=())
        for dossier_id, numero, pole in rows.dossier_heads(store, sorted(set(moved) - listed))
    ]  # fmt: skip
    out = [
        replace(d, raw_rank=ranks[d.numero].raw_rank, adjusted_rank=ranks[d.numero].adjusted_rank,
                moved=d.numero in moved)
        if d.numero in ranks else d
        for d in [*found, *single]
    ]  # fmt: skip
    return sorted(out, key=lambda d: moved.get(d.numero, len(moved)))


# -- charts -------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True, kw_only=True)
class ScoreDistribution:
    code: str
    label: str
    scale_min: int
    scale_max: int
    counts: tuple[int, ...]  # counts[i]: reviews that gave scale_min + i (rounded)

    @property
    def values(self) -> tuple[int, ...]:
        return tuple(range(self.scale_min, self.scale_max + 1))

    @property
    def total(self) -> int:
        return sum(self.counts)


def score_distribution(store: CallStore, criterion: str | None = None) -> list[ScoreDistribution]:
    """How many submitted reviews gave each score, per criterion (all, or the one named)."""
    counted = rows.score_counts(store)
    out = []
    for c in read_criteria(store):
        if criterion is not None and c.code != criterion:
            continue
        counts = [0] * (c.scale_max - c.scale_min + 1)
        for score, n in counted.get(c.code, {}).items():
            i = min(max(round(score) - c.scale_min, 0), len(counts) - 1)
            counts[i] += n
        out.append(
            ScoreDistribution(code=c.code, label=c.label, scale_min=c.scale_min,
                              scale_max=c.scale_max, counts=tuple(counts))
        )  # fmt: skip
    if criterion is not None and not out:
        raise CompareError(t("critère « {criterion} » inconnu", criterion=criterion))
    return out


@dataclass(frozen=True, slots=True, kw_only=True)
class ScoredDossier:
    dossier_id: int
    numero: str
    pole_name: str
    weighted: float
    rank: int
    within_envelope: bool
    reserve: bool


@dataclass(frozen=True, slots=True, kw_only=True)
class WeightedScores:
    dossiers: tuple[ScoredDossier, ...]  # ranked dossiers, best first
    cutoff: float | None  # the score of the last dossier the envelope funds
    unranked: int  # eligible dossiers without a complete review or eliminated


def weighted_scores(store: CallStore) -> WeightedScores:
    """The ranked dossiers' weighted scores and the envelope's cut-off score (session ranking)."""
    entries = ranking(store)
    ranked = [
        ScoredDossier(
            dossier_id=e.dossier_id,
            numero=e.numero,
            pole_name=e.pole_name,
            weighted=e.weighted_score,
            rank=e.rank,
            within_envelope=e.within_envelope,
            reserve=e.reserve,
        )
        for e in entries
        if e.rank is not None and e.weighted_score is not None
    ]
    funded = [d for d in ranked if d.within_envelope]
    return WeightedScores(
        dossiers=tuple(ranked),
        cutoff=funded[-1].weighted if funded and len(funded) < len(ranked) else None,
        unranked=len(entries) - len(ranked),
    )


# -- who may see scores -------------------------------------------------------------------


def committee_refusal(store: CallStore) -> str | None:
    """Why the current person may not see scores across the call (None: they may)."""
    if whoami(store).committee:
        return None
    return t(
        "Les notes de l'ensemble des dossiers sont réservées au comité et au secrétariat "
        "(Fichier > Changer d'identité)."
    )


def rapporteurs_refusal(store: CallStore, dossier_id: int) -> str | None:
    """The rule of the Évaluations tab: no one in conflict; the committee; a rapporteur of the
    dossier once their own review is submitted."""
    me = whoami(store)
    pid = me.person_id
    if pid is not None:
        if people_rows.has_conflict(store, person_id=pid, dossier_id=dossier_id):
            return t("Vous avez déclaré un conflit d'intérêts sur ce dossier.")
        if review_rows.is_assigned(store, dossier_id=dossier_id, person_id=pid):
            mine = review_rows.find_review(store, dossier_id=dossier_id, person_id=pid)
            if mine is None or mine["state"] != "submitted":
                return t(
                    "Les notes des autres rapporteurs s'afficheront quand vous aurez soumis "
                    "la vôtre."
                )
            return None
    return committee_refusal(store)


# -- the comparison as a document ---------------------------------------------------------


def comparison_pdf(store: CallStore, ids: Sequence[int]) -> bytes:
    """The comparison of `ids` as a landscape PDF (CompareError on bad input)."""
    from ..io.compare_pdf import Row, render_comparison  # reportlab: only when asked

    comparison = compare_dossiers(store, ids)
    return render_comparison(
        call_title=comparison.call_title,
        heads=[(d.numero, d.pole_name) for d in comparison.dossiers],
        rows=[
            Row(section=r.section, label=r.label, values=r.values, differs=r.differs)
            for r in comparison.rows
        ],
        made_by=store.actor,
    )
