"""The envelope: a grant's split between funders, and what remains of each funder's share."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from ..text import t
from .model import Funder


def split_proportional(amount: float, funders: Sequence[Funder]) -> dict[str, float]:
    """Split `amount` in proportion to the funders' shares, in whole euros, summing exactly."""
    total = sum(f.amount for f in funders)
    if total <= 0 or not funders:
        return {}
    cents = round(amount * 100)
    raw = [cents * f.amount / total for f in funders]
    parts = [int(x // 100) * 100 for x in raw]  # whole euros
    remainder = cents - sum(parts)
    # Give the leftover euros to the funders with the largest fractional parts, then the cents.
    order = sorted(range(len(funders)), key=lambda i: raw[i] - parts[i], reverse=True)
    i = 0
    while remainder >= 100:
        parts[order[i % len(order)]] += 100
        remainder -= 100
        i += 1
    parts[order[0]] += remainder
    return {f.code: parts[k] / 100 for k, f in enumerate(funders)}


@dataclass(slots=True, frozen=True)
class FunderBalance:
    code: str
    name: str
    share: float
    granted: float

    @property
    def remaining(self) -> float:
        return round(self.share - self.granted, 2)


def balances(
    funders: Sequence[Funder], granted_splits: Iterable[Mapping[str, float]]
) -> list[FunderBalance]:
    granted = {f.code: 0.0 for f in funders}
    for split in granted_splits:
        for code, value in split.items():
            granted[code] = granted.get(code, 0.0) + value
    return [
        FunderBalance(code=f.code, name=f.name, share=f.amount, granted=round(granted[f.code], 2))
        for f in funders
    ]


def overruns(
    funders: Sequence[Funder],
    granted_splits: Iterable[Mapping[str, float]],
    new_split: Mapping[str, float],
) -> dict[str, float]:
    """For each funder whose share the new split would exceed, by how much."""
    result: dict[str, float] = {}
    for b in balances(funders, granted_splits):
        # Past a share already (an override): only what this split adds counts as excess.
        excess = round(new_split.get(b.code, 0.0) - max(0.0, b.remaining), 2)
        if excess > 0.005:
            result[b.code] = excess
    return result


class EnvelopeExhaustedError(ValueError):
    """What remains of the funders' shares cannot hold the amount."""


def propose_split(
    amount: float, funders: Sequence[Funder], granted_splits: Iterable[Mapping[str, float]]
) -> dict[str, float]:
    """The proportional split, nudged so that no funder goes past what remains of its share.

    Rounding each grant to whole euros can otherwise push a funder a few euros over its share
    once the envelope is nearly spent. Raises EnvelopeExhaustedError when the envelope cannot
    hold `amount`.
    """
    # A funder already past its share (an override was recorded) has nothing left to give.
    remaining = {b.code: max(0.0, b.remaining) for b in balances(funders, granted_splits)}
    if amount > sum(remaining.values()) + 0.005:
        raise EnvelopeExhaustedError(t("l'enveloppe restante ne permet pas ce montant"))
    split = split_proportional(amount, funders)
    excess = 0.0
    for code, value in split.items():
        if value > remaining[code]:
            excess += value - remaining[code]
            split[code] = remaining[code]
    for code in sorted(split, key=lambda c: remaining[c] - split[c], reverse=True):
        room = remaining[code] - split[code]
        take = min(room, excess)
        split[code] = round(split[code] + take, 2)
        excess = round(excess - take, 2)
    return split
