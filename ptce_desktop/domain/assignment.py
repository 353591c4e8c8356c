"""Proposing rapporteurs for dossiers: k per dossier, never a person in conflict, loads
balanced, every rapporteur linked to the others through shared dossiers when possible.

Pure and deterministic: the same input (in any order) gives the same proposal. What is
already assigned is kept as it is and counts towards each dossier's k and each load; only
new pairs are proposed.

The proposal is built in three passes:
1. greedy: dossiers with the fewest possible rapporteurs first; each free place goes to the
   least loaded possible rapporteur, preferring one not yet linked to those already on the
   dossier (this chains rapporteurs together as the places fill), ties broken round-robin;
2. balance: while some rapporteur carries 2 dossiers more than another one reachable by
   handing proposed dossiers along a chain of rapporteurs, hand them on (loads only even out);
3. connection: while the rapporteurs form several groups, swap two proposed pairs (or hand
   one on without unbalancing) when that joins groups.
"""

from __future__ import annotations

import unicodedata
from collections import deque
from collections.abc import Iterable
from dataclasses import dataclass

from ..text import t

Pair = tuple[int, int]  # (dossier id, person id)


@dataclass(frozen=True, slots=True, kw_only=True)
class Located:
    """A dossier or a rapporteur, with the region it belongs to ('' when unknown)."""

    id: int
    region: str = ""


@dataclass(frozen=True, slots=True, kw_only=True)
class Shortage:
    """A dossier that cannot have its k rapporteurs: only `possible` can be on it."""

    dossier_id: int
    needed: int
    possible: int


@dataclass(frozen=True, slots=True, kw_only=True)
class Plan:
    added: tuple[Pair, ...]  # the proposed (dossier id, person id) pairs, sorted
    loads: dict[int, int]  # person id -> dossiers once the proposal is applied
    groups: tuple[tuple[int, ...], ...]  # rapporteurs linked through shared dossiers
    shortages: tuple[Shortage, ...]

    @property
    def connected(self) -> bool:
        return len(self.groups) <= 1

    @property
    def spread(self) -> int:
        """Largest load minus smallest (0 without rapporteurs)."""
        return max(self.loads.values()) - min(self.loads.values()) if self.loads else 0


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold().strip())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def groups_of(pairs: Iterable[Pair], rapporteur_ids: Iterable[int]) -> tuple[tuple[int, ...], ...]:
    """The rapporteurs' connected groups: two are linked when they share a dossier. Each group
    sorted, groups by their smallest id; a rapporteur without dossiers is a group alone."""
    ids = sorted(set(rapporteur_ids))
    parent = {r: r for r in ids}

    def root(r: int) -> int:
        while parent[r] != r:
            parent[r] = parent[parent[r]]
            r = parent[r]
        return r

    first_on: dict[int, int] = {}
    for dossier_id, person_id in sorted(pairs):
        if person_id not in parent:
            continue
        other = first_on.setdefault(dossier_id, person_id)
        a, b = root(other), root(person_id)
        if a != b:
            parent[max(a, b)] = min(a, b)
    found: dict[int, list[int]] = {}
    for r in ids:
        found.setdefault(root(r), []).append(r)
    return tuple(tuple(g) for g in sorted(found.values()))


class _Problem:
    """The state of one proposal: who may go where, who is where, and the loads."""

    def __init__(
        self,
        *,
        dossiers: list[Located],
        rapporteurs: list[Located],
        existing: set[Pair],
        conflicts: set[Pair],
        avoid_same_region: bool,
    ) -> None:
        self.rapporteur_ids = [r.id for r in rapporteurs]
        self.rank = {r: i for i, r in enumerate(self.rapporteur_ids)}
        known = set(self.rapporteur_ids)
        self.on: dict[int, set[int]] = {d.id: set() for d in dossiers}
        for dossier_id, person_id in existing:
            if dossier_id in self.on and person_id in known:
                self.on[dossier_id].add(person_id)
        self.load = {r: 0 for r in self.rapporteur_ids}
        for people in self.on.values():
            for p in people:
                self.load[p] += 1
        regions = {r.id: _fold(r.region) for r in rapporteurs}
        self.allowed: dict[int, list[int]] = {}
        for d in dossiers:
            region = _fold(d.region)
            self.allowed[d.id] = [
                r
                for r in self.rapporteur_ids
                if (d.id, r) not in conflicts
                and not (avoid_same_region and region and regions[r] == region)
            ]
        self.allowed_sets = {d: set(rs) for d, rs in self.allowed.items()}
        self.added: set[Pair] = set()

    def may_take(self, dossier_id: int, person_id: int) -> bool:
        return person_id in self.allowed_sets[dossier_id] and person_id not in self.on[dossier_id]

    def move(self, dossier_id: int, giver: int, taker: int) -> None:
        self.added.remove((dossier_id, giver))
        self.on[dossier_id].remove(giver)
        self.load[giver] -= 1
        self.add(dossier_id, taker)

    def add(self, dossier_id: int, person_id: int) -> None:
        self.added.add((dossier_id, person_id))
        self.on[dossier_id].add(person_id)
        self.load[person_id] += 1

    def pairs(self) -> set[Pair]:
        return {(d, p) for d, people in self.on.items() for p in people}


def _fill(problem: _Problem, order: list[int], per_dossier: int) -> list[Shortage]:
    shortages = []
    turn = 0  # round-robin position in the rapporteurs' order, to break ties evenly
    count = len(problem.rapporteur_ids)
    parent = {r: r for r in problem.rapporteur_ids}  # union-find of the groups so far

    def root(r: int) -> int:
        while parent[r] != r:
            parent[r] = parent[parent[r]]
            r = parent[r]
        return r

    for people in problem.on.values():
        for a, b in zip(sorted(people), sorted(people)[1:], strict=False):
            parent[root(b)] = root(a)
    for dossier_id in order:
        on = problem.on[dossier_id]
        possible = len(on | problem.allowed_sets[dossier_id])
        if possible < per_dossier:
            shortages.append(Shortage(dossier_id=dossier_id, needed=per_dossier, possible=possible))
        while len(on) < per_dossier:
            free = [r for r in problem.allowed[dossier_id] if r not in on]
            if not free:
                break
            linked = {root(r) for r in on}
            best = min(
                free,
                key=lambda r: (
                    problem.load[r],
                    root(r) in linked,
                    (problem.rank[r] - turn) % count,
                ),
            )
            if on:
                parent[root(best)] = root(next(iter(sorted(on))))
            problem.add(dossier_id, best)
            turn = (problem.rank[best] + 1) % count
    return shortages


def _balance(problem: _Problem) -> None:
    """Hand proposed dossiers along chains of rapporteurs until no rapporteur can pass one
    to a rapporteur carrying 2 fewer (a cost-reducing path, in load-balancing terms)."""
    while True:
        for source in sorted(problem.rapporteur_ids, key=lambda r: (-problem.load[r], r)):
            path = _path_to_lighter(problem, source)
            if path:
                for dossier_id, giver, taker in reversed(path):
                    problem.move(dossier_id, giver, taker)
                break
        else:
            return


def _path_to_lighter(problem: _Problem, source: int) -> list[tuple[int, int, int]]:
    """Breadth-first: moves (dossier, giver, taker) from `source` to a rapporteur whose load is
    at least 2 below source's, each giver handing one of its proposed dossiers on."""
    given: dict[int, list[int]] = {}
    for d, p in sorted(problem.added):
        given.setdefault(p, []).append(d)
    came_from: dict[int, tuple[int, int]] = {}
    queue = deque([source])
    seen = {source}
    while queue:
        giver = queue.popleft()
        for dossier_id in given.get(giver, []):
            for taker in problem.allowed[dossier_id]:
                if taker in seen or taker in problem.on[dossier_id]:
                    continue
                seen.add(taker)
                came_from[taker] = (dossier_id, giver)
                if problem.load[taker] <= problem.load[source] - 2:
                    path = []
                    node = taker
                    while node != source:
                        d, g = came_from[node]
                        path.append((d, g, node))
                        node = g
                    return path[::-1]
                queue.append(taker)
    return []


def _connect(problem: _Problem) -> None:
    """Swap or hand on proposed pairs while that lowers the number of groups, loads kept as
    balanced as they are."""
    while True:
        groups = groups_of(problem.pairs(), problem.rapporteur_ids)
        if len(groups) <= 1 or not _join_once(problem, groups):
            return


def _join_once(problem: _Problem, groups: tuple[tuple[int, ...], ...]) -> bool:
    group_count = len(groups)
    group_of = {r: i for i, g in enumerate(groups) for r in g}
    added = sorted(problem.added)
    # Small groups first: they are the ones to join to the others.
    for smallest in sorted(range(group_count), key=lambda i: (len(groups[i]), i)):
        if _join_group(problem, group_of, smallest, added):
            return True
    return False


def _join_group(
    problem: _Problem, group_of: dict[int, int], smallest: int, added: list[Pair]
) -> bool:
    group_count = len(set(group_of.values()))
    for d1, a in added:
        if group_of[a] != smallest:
            continue
        # Hand the dossier on to someone of another group carrying one dossier fewer.
        for b in problem.allowed[d1]:
            if group_of[b] == smallest or problem.load[b] + 1 != problem.load[a]:
                continue
            if not problem.may_take(d1, b):
                continue
            problem.move(d1, a, b)  # the two loads trade places: the spread is the same
            if _group_count(problem) < group_count:
                return True
            problem.move(d1, b, a)
        for d2, b in added:
            if group_of[b] == smallest or d1 == d2:
                continue
            if not (problem.may_take(d1, b) and problem.may_take(d2, a)):
                continue
            problem.move(d1, a, b)
            problem.move(d2, b, a)
            if _group_count(problem) < group_count:
                return True
            problem.move(d2, a, b)
            problem.move(d1, b, a)
    return False


def _group_count(problem: _Problem) -> int:
    return len(groups_of(problem.pairs(), problem.rapporteur_ids))


def propose(
    *,
    dossiers: Iterable[Located],
    rapporteurs: Iterable[Located],
    existing: Iterable[Pair] = (),
    conflicts: Iterable[Pair] = (),
    per_dossier: int = 2,
    avoid_same_region: bool = False,
) -> Plan:
    """Pairs to add so that each dossier has `per_dossier` rapporteurs (see the module)."""
    if per_dossier < 1:
        raise ValueError(t("il faut au moins un rapporteur par dossier"))
    dossier_list = sorted(set(dossiers), key=lambda d: d.id)
    rapporteur_list = sorted(set(rapporteurs), key=lambda r: r.id)
    problem = _Problem(
        dossiers=dossier_list,
        rapporteurs=rapporteur_list,
        existing=set(existing),
        conflicts=set(conflicts),
        avoid_same_region=avoid_same_region,
    )
    order = sorted(problem.on, key=lambda d: (len(problem.allowed[d]) - len(problem.on[d]), d))
    shortages = _fill(problem, order, per_dossier)
    _balance(problem)
    _connect(problem)
    return Plan(
        added=tuple(sorted(problem.added)),
        loads=dict(problem.load),
        groups=groups_of(problem.pairs(), problem.rapporteur_ids),
        shortages=tuple(sorted(shortages, key=lambda s: s.dossier_id)),
    )
