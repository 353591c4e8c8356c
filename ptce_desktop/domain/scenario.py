"""Envelope scenarios: what the committee would fund under other rules, without deciding.

A scenario walks the ranked dossiers best first and funds each at `share` of what it counts
against the envelope (whole euros), split between the funders as a decision would be
(`budget.propose_split`: proportional, never past what remains of a funder's share). Dossiers
forced in are funded first, in rank order; dossiers forced out are skipped. As in the ranking,
once a dossier does not fit, no dossier after it enters; only the first `cutoff_rank` ranked
dossiers are considered when a cut-off rank is given. What earlier sessions granted is spent
already.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace

from ..text import t
from . import budget
from .model import Funder


class ScenarioError(ValueError):
    """A scenario's parameters make no sense (with the reason, for the user)."""


@dataclass(frozen=True, slots=True, kw_only=True)
class Ranked:
    """A ranked dossier as a scenario sees it."""

    numero: str
    rank: int
    amount: float  # what it asks, as counted against the envelope


@dataclass(frozen=True, slots=True, kw_only=True)
class Parameters:
    share: float = 1.0  # the part of each amount funded (0.8: 80 %)
    cutoff_rank: int | None = None  # only the first N ranked dossiers
    funder_shares: Mapping[str, float] = field(default_factory=dict)  # funder code -> amount
    force_in: frozenset[str] = frozenset()
    force_out: frozenset[str] = frozenset()
    label: str = ""


@dataclass(frozen=True, slots=True, kw_only=True)
class Funded:
    numero: str
    rank: int
    amount: float
    split: Mapping[str, float]
    forced: bool = False


@dataclass(frozen=True, slots=True, kw_only=True)
class FunderTotal:
    code: str
    name: str
    share: float
    earlier: float  # granted by earlier sessions
    scenario: float  # what the scenario's dossiers take

    @property
    def remaining(self) -> float:
        return round(self.share - self.earlier - self.scenario, 2)


@dataclass(frozen=True, slots=True, kw_only=True)
class Outcome:
    parameters: Parameters
    funded: tuple[Funded, ...]
    not_funded: tuple[str, ...]  # ranked dossiers left out, in rank order
    impossible: tuple[str, ...]  # forced in, but the envelope cannot hold them
    totals: tuple[FunderTotal, ...]

    @property
    def selected(self) -> tuple[str, ...]:
        return tuple(f.numero for f in self.funded)

    @property
    def total(self) -> float:
        return round(sum(f.amount for f in self.funded), 2)

    @property
    def remaining(self) -> float:
        return round(sum(t.remaining for t in self.totals), 2)


@dataclass(frozen=True, slots=True, kw_only=True)
class Comparison:
    entering: tuple[str, ...]  # funded here, not in the reference
    leaving: tuple[str, ...]  # funded in the reference, not here


def _validate(params: Parameters, ranked: Sequence[Ranked], funders: Sequence[Funder]) -> None:
    if not 0 < params.share <= 1:
        raise ScenarioError(t("part financée : {share:g} (entre 0 exclu et 1)", share=params.share))
    if params.cutoff_rank is not None and params.cutoff_rank < 0:
        raise ScenarioError(
            t("rang de coupure négatif : {cutoff_rank}", cutoff_rank=params.cutoff_rank)
        )
    known = {r.numero for r in ranked}
    for numero in sorted((params.force_in | params.force_out) - known):
        raise ScenarioError(t("dossier {numero} : absent du classement", numero=numero))
    both = params.force_in & params.force_out
    if both:
        raise ScenarioError(t("dossier {both} : à la fois imposé et écarté", both=min(both)))
    codes = {f.code for f in funders}
    for code, amount in params.funder_shares.items():
        if code not in codes:
            raise ScenarioError(t("financeur inconnu : {code}", code=code))
        if amount < 0:
            raise ScenarioError(
                t("part du financeur {code} négative : {amount:g}", code=code, amount=amount)
            )


def run(
    ranked: Sequence[Ranked],
    funders: Sequence[Funder],
    params: Parameters,
    *,
    earlier_splits: Iterable[Mapping[str, float]] = (),
) -> Outcome:
    """The dossiers the scenario funds, with each funder's total; nothing is decided."""
    _validate(params, ranked, funders)
    funders = [replace(f, amount=params.funder_shares.get(f.code, f.amount)) for f in funders]
    earlier = list(earlier_splits)
    spent: list[Mapping[str, float]] = list(earlier)
    order = sorted(ranked, key=lambda r: r.rank)
    forced = [r for r in order if r.numero in params.force_in]
    considered = [
        r
        for r in order
        if r.numero not in params.force_in
        and r.numero not in params.force_out
        and (params.cutoff_rank is None or r.rank <= params.cutoff_rank)
    ]
    funded: list[Funded] = []
    impossible: list[str] = []

    def fund(entry: Ranked, *, is_forced: bool) -> bool:
        amount = float(round(entry.amount * params.share))
        try:
            split = budget.propose_split(amount, funders, spent)
        except ValueError:
            return False
        spent.append(split)
        funded.append(
            Funded(numero=entry.numero, rank=entry.rank, amount=amount, split=split,
                   forced=is_forced)
        )  # fmt: skip
        return True

    for entry in forced:
        if not fund(entry, is_forced=True):
            impossible.append(entry.numero)
    for entry in considered:
        if not fund(entry, is_forced=False):
            break
    chosen = {f.numero for f in funded}
    before = budget.balances(funders, earlier)
    after = {b.code: b.granted for b in budget.balances(funders, spent)}
    totals = tuple(
        FunderTotal(
            code=b.code,
            name=b.name,
            share=b.share,
            earlier=b.granted,
            scenario=round(after[b.code] - b.granted, 2),
        )
        for b in before
    )
    return Outcome(
        parameters=params,
        funded=tuple(sorted(funded, key=lambda f: f.rank)),
        not_funded=tuple(r.numero for r in order if r.numero not in chosen),
        impossible=tuple(impossible),
        totals=totals,
    )


def compare(outcome: Outcome, reference: Outcome) -> Comparison:
    here, there = set(outcome.selected), set(reference.selected)
    rank = {f.numero: f.rank for f in (*outcome.funded, *reference.funded)}
    return Comparison(
        entering=tuple(sorted(here - there, key=rank.__getitem__)),
        leaving=tuple(sorted(there - here, key=rank.__getitem__)),
    )
