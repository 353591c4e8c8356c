"""Reading a call for the screens: the dossier list, search, one dossier's file, its budget.

Plain data out (dataclasses), no Qt: the CLI and tests can use the same functions.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NamedTuple

from ..domain.model import (
    MEMBER_CATEGORY_LABELS,
    Call,
    Cofunding,
    CofundingStatus,
    Dossier,
    Member,
    MemberCategory,
    Outcome,
    Person,
)
from ..store import ds as ds_rows
from ..store import eligibility as eligibility_rows
from ..store import overview
from ..store import people as people_rows
from ..store.calls import read_call
from ..store.db import CallStore
from ..store.dossiers import attachment_content, dossier_id_by_numero, load_dossiers
from ..store.stats import stats
from ..text import t

SECRETARIAT = "Secrétariat"

COFUNDING_TITLES = {
    CofundingStatus.SECURED: "Cofinancements acquis",
    CofundingStatus.REQUESTED: "Cofinancements sollicités",
}

REVIEW_STATES = {"none": "non attribué", "pending": "en cours", "complete": "terminé"}


class ListRow(NamedTuple):
    """One line of the dossier list (a named tuple: an opening builds 10,000 of them, and a
    frozen dataclass costs eight times as much to build)."""

    id: int
    numero: str
    pole_name: str
    region: str
    sectors: tuple[str, ...]
    amount_requested: float
    eligible: bool | None  # None: not screened yet
    overrides: int
    score: float | None
    reviews_done: int
    reviews_expected: int
    outcome: Outcome | None
    amount_granted: float | None

    @property
    def review_state(self) -> str:
        if self.reviews_expected == 0 and self.reviews_done == 0:
            return "none"
        return "complete" if self.reviews_done >= self.reviews_expected else "pending"


_OUTCOMES = {o.value: o for o in Outcome}


def _list_row(r: tuple[Any, ...], sectors: dict[str, tuple[str, ...]]) -> ListRow:
    """`sectors`: the split of each sectors text already seen (a call has few distinct ones)."""
    text = r[4]
    split = sectors.get(text)
    if split is None:
        split = sectors[text] = tuple(s for s in text.split(";") if s)
    eligible = r[6]
    return ListRow._make(
        (r[0], r[1], r[2], r[3], split, r[5], None if eligible is None else eligible == 1, r[7],
         r[8], r[9], r[10], _OUTCOMES[r[11]] if r[11] else None, r[12])
    )  # fmt: skip


def list_rows(store: CallStore) -> list[ListRow]:
    """Every dossier's line, in one query (about 0.2 s at 10,000 dossiers: call it off the
    GUI thread)."""
    sectors: dict[str, tuple[str, ...]] = {}
    return [_list_row(r, sectors) for r in overview.dossier_list(store)]


def list_row(store: CallStore, dossier_id: int) -> ListRow:
    """One dossier's line, to refresh it after a change (about 1 ms)."""
    r = overview.dossier_list_row(store, dossier_id)
    if r is None:
        raise LookupError(t("dossier {dossier_id} introuvable", dossier_id=dossier_id))
    return _list_row(r, {})


def search(store: CallStore, text: str) -> set[int] | None:
    """Ids of the dossiers whose text matches every word typed (prefixes, accents ignored);
    None when nothing is typed."""
    return overview.search_ids(store, text)


@dataclass(slots=True, frozen=True)
class CallOverview:
    """What the window shows once a file is open."""

    path: Path
    title: str
    year: int
    counts: dict[str, int | float]
    rows: list[ListRow]


def call_overview(store: CallStore) -> CallOverview:
    call = read_call(store)
    rows = list_rows(store)
    # The list's rows already say what three of the counts would scan the tables for.
    known = {
        "dossiers": len(rows),
        "eligible": sum(r.eligible is True for r in rows),
        "ineligible": sum(r.eligible is False for r in rows),
    }
    counts = stats(store, known=known)
    return CallOverview(path=store.path, title=call.title, year=call.year, counts=counts,
                        rows=rows)  # fmt: skip


def current_call(store: CallStore) -> Call:
    """The call's settings as stored (title, criteria, envelope, rules…)."""
    return read_call(store)


def dossier_ids(store: CallStore) -> dict[str, int]:
    """Each dossier's id by its numero."""
    return dossier_id_by_numero(store)


def call_counts(store: CallStore) -> dict[str, int | float]:
    """The key counts of the status bar (those of `ptce stats`)."""
    return stats(store)


def people(store: CallStore) -> list[Person]:
    return people_rows.load_people(store)


@dataclass(slots=True, frozen=True)
class RuleView:
    """One eligibility rule's verdict on a dossier, with any human override."""

    rule: str
    label: str
    passed: bool
    reason: str
    override_passed: bool | None
    override_reason: str
    override_by: str
    override_at: str | None

    @property
    def effective(self) -> bool:
        return self.passed if self.override_passed is None else self.override_passed

    @property
    def overridden(self) -> bool:
        return self.override_passed is not None


@dataclass(slots=True)
class DossierFile:
    """Everything the dossier view shows about one dossier."""

    dossier: Dossier
    rules: list[RuleView]
    reviews_done: int
    reviews_expected: int
    decision: dict[str, Any] | None = None
    members_by_category: list[tuple[str, list[Member]]] = field(default_factory=list)
    # what the dossier platform says, read-only
    external: dict[str, Any] = field(default_factory=dict)

    @property
    def eligible(self) -> bool | None:
        return all(r.effective for r in self.rules) if self.rules else None

    @property
    def overrides(self) -> list[RuleView]:
        return [r for r in self.rules if r.overridden]


def rules_for(store: CallStore, dossier_id: int) -> list[RuleView]:
    return [
        RuleView(
            rule=r["rule"],
            label=r["label"],
            passed=bool(r["passed"]),
            reason=r["reason"],
            override_passed=None if r["override_passed"] is None else bool(r["override_passed"]),
            override_reason=r["override_reason"],
            override_by=r["override_by"],
            override_at=r["override_at"],
        )
        for r in eligibility_rows.results_for(store, dossier_id)
    ]


def group_members(members: list[Member]) -> list[tuple[str, list[Member]]]:
    """Members grouped by category in the order of the categories, with French labels."""
    groups: dict[MemberCategory, list[Member]] = defaultdict(list)
    for m in members:
        groups[m.category].append(m)
    return [(MEMBER_CATEGORY_LABELS[c], groups[c]) for c in MemberCategory if c in groups]


def dossier_file(store: CallStore, dossier_id: int) -> DossierFile:
    found = load_dossiers(store, ids=[dossier_id])
    if not found:
        raise LookupError(t("dossier {dossier_id} introuvable", dossier_id=dossier_id))
    dossier = found[0]
    done, expected = overview.review_counts(store, dossier_id)
    return DossierFile(
        dossier=dossier,
        rules=rules_for(store, dossier_id),
        reviews_done=done,
        reviews_expected=expected,
        decision=overview.latest_decision(store, dossier_id),
        members_by_category=group_members(dossier.members),
        external=ds_rows.external_info(store, dossier_id),
    )


def attachment_bytes(store: CallStore, attachment_id: int) -> bytes:
    return attachment_content(store, attachment_id)


@dataclass(slots=True, frozen=True)
class BudgetLine:
    label: str
    detail: str
    amount: float
    share: float | None  # of the total cost, 0..1; None when the total cost is unknown


@dataclass(slots=True, frozen=True)
class BudgetGroup:
    title: str
    lines: list[BudgetLine]
    total: float
    share: float | None


@dataclass(slots=True, frozen=True)
class Budget:
    total_cost: float | None
    requested: BudgetLine
    groups: list[BudgetGroup]
    remainder: BudgetLine | None  # what neither the grant nor the co-fundings cover


def _share(amount: float, total: float | None) -> float | None:
    return amount / total if total else None


def budget(dossier: Dossier) -> Budget:
    """The financing plan: the grant requested and co-fundings by status, as shares of the
    project's total cost."""
    total = dossier.total_cost
    groups = []
    by_status: dict[CofundingStatus, list[Cofunding]] = defaultdict(list)
    for c in dossier.cofundings:
        by_status[c.status].append(c)
    for status in CofundingStatus:
        rows = by_status.get(status, [])
        if not rows:
            continue
        lines = [
            BudgetLine(c.funder, c.funder_type, c.amount, _share(c.amount, total)) for c in rows
        ]
        subtotal = sum(c.amount for c in rows)
        groups.append(
            BudgetGroup(COFUNDING_TITLES[status], lines, subtotal, _share(subtotal, total))
        )
    requested = BudgetLine(
        "Subvention demandée (PTCE)",
        "",
        dossier.amount_requested,
        _share(dossier.amount_requested, total),
    )
    remainder = None
    if total:
        rest = total - dossier.amount_requested - sum(c.amount for c in dossier.cofundings)
        remainder = BudgetLine("Autofinancement et autres ressources", "", rest, rest / total)
    return Budget(total_cost=total, requested=requested, groups=groups, remainder=remainder)


def rule_audit_trail(store: CallStore, dossier_id: int, rule: str) -> list[dict[str, Any]]:
    row_id = overview.eligibility_result_id(store, dossier_id, rule)
    return [] if row_id is None else overview.audit_entries(store, "eligibility_results", row_id)


TABLE_LABELS = {
    "dossiers": "dossier",
    "members": "membre",
    "cofundings": "cofinancement",
    "attachments": "pièce",
    "eligibility_results": "éligibilité",
    "conflicts": "conflit d'intérêts",
    "assignments": "attribution",
    "reviews": "évaluation",
    "decisions": "décision",
}
OPERATION_LABELS = {
    "insert": "création",
    "update": "modification",
    "delete": "suppression",
    "baseline": "état initial",
}


@dataclass(slots=True, frozen=True)
class HistoryEntry:
    ts: str | None
    actor: str
    action: str
    what: str
    operation: str


def dossier_history(store: CallStore, dossier_id: int) -> list[HistoryEntry]:
    """Who changed what on a dossier and when, newest first, from the audit log."""
    return [
        HistoryEntry(
            ts=e["ts"],
            actor=e["actor"] or "",
            action=e["action"] or "",
            what=TABLE_LABELS.get(e["table_name"], e["table_name"]),
            operation=OPERATION_LABELS.get(e["operation"], e["operation"]),
        )
        for e in overview.dossier_history(store, dossier_id)
    ]
