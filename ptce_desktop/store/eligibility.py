"""Stored eligibility results: the rules' verdicts and the human overrides."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from ..domain.eligibility import RuleResult
from ..text import t
from .audit import now_iso
from .bulk_audit import audited_inserts
from .db import CallStore


def save_results(store: CallStore, results: Iterable[tuple[int, list[RuleResult]]]) -> None:
    """Upsert each rule's verdict; an override a person wrote is kept, never dropped."""
    now = now_iso()
    store.conn.executemany(
        "INSERT INTO eligibility_results (dossier_id, rule, label, passed, reason, evaluated_at) "
        "VALUES (?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (dossier_id, rule) DO UPDATE SET label = excluded.label, "
        "passed = excluded.passed, reason = excluded.reason, evaluated_at = excluded.evaluated_at "
        "WHERE passed IS NOT excluded.passed OR reason IS NOT excluded.reason "
        "OR label IS NOT excluded.label",
        [
            (dossier_id, r.rule, r.label, int(r.passed), r.reason, now)
            for dossier_id, rules in results
            for r in rules
        ],
    )


def insert_first_results(store: CallStore, results: Iterable[tuple[int, list[RuleResult]]]) -> None:
    """The verdicts of dossiers screened for the first time (new ones, no result stored: one
    would make the INSERT fail, rolling back): plain inserts audited in one pass."""
    now = now_iso()
    with audited_inserts(store, ("eligibility_results",)):
        store.conn.executemany(
            "INSERT INTO eligibility_results (dossier_id, rule, label, passed, reason, "
            "evaluated_at) VALUES (?, ?, ?, ?, ?, ?)",
            [
                (dossier_id, r.rule, r.label, int(r.passed), r.reason, now)
                for dossier_id, rules in results
                for r in rules
            ],
        )


def set_override(
    store: CallStore, *, dossier_id: int, rule: str, passed: bool | None, reason: str
) -> None:
    """Override one rule's result (passed=None removes the override). A reason is required."""
    if passed is not None and not reason.strip():
        raise ValueError(t("une dérogation doit être justifiée par écrit"))
    cur = store.conn.execute(
        "UPDATE eligibility_results SET override_passed = ?, override_reason = ?, "
        "override_by = ?, override_at = ? WHERE dossier_id = ? AND rule = ?",
        (
            None if passed is None else int(passed),
            reason.strip() if passed is not None else "",
            store.actor if passed is not None else "",
            now_iso() if passed is not None else None,
            dossier_id,
            rule,
        ),
    )
    if cur.rowcount != 1:
        raise LookupError(
            t(
                "aucun résultat de la règle {rule} pour le dossier {dossier_id}",
                rule=rule,
                dossier_id=dossier_id,
            )
        )


def results_for(store: CallStore, dossier_id: int) -> list[dict[str, Any]]:
    return list(
        store.query(
            "SELECT * FROM eligibility_results WHERE dossier_id = ? ORDER BY id", [dossier_id]
        )
    )


def drop_rules(store: CallStore, rules: Iterable[str]) -> None:
    """Forget the verdicts (and overrides) of rules the call no longer applies."""
    store.conn.executemany("DELETE FROM eligibility_results WHERE rule = ?", [(r,) for r in rules])
