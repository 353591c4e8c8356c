"""Human overrides of an eligibility rule: always justified in writing, always audit-logged."""

from __future__ import annotations

from ..store import eligibility as eligibility_rows
from ..store.db import CallStore
from ..text import t

MIN_REASON = 10  # characters: a justification, not "ok"


def override_rule(
    store: CallStore, *, dossier_id: int, numero: str, rule: str, passed: bool, reason: str
) -> None:
    """Declare a rule met (or not met) against the automatic verdict, with a written reason.

    Raises ValueError with a French message when the justification is missing or too short;
    nothing is written then.
    """
    reason = reason.strip()
    if not reason:
        raise ValueError(t("une dérogation doit être justifiée par écrit"))
    if len(reason) < MIN_REASON:
        raise ValueError(
            t(
                "justification trop courte : expliquez en quelques mots ({MIN_REASON} "
                "caractères au moins) pourquoi le résultat automatique ne s'applique "
                "pas",
                MIN_REASON=MIN_REASON,
            )
        )
    verdict = "conforme" if passed else "non conforme"
    with store.transaction(f"dérogation d'éligibilité : {numero}, règle {rule} ({verdict})"):
        eligibility_rows.set_override(
            store, dossier_id=dossier_id, rule=rule, passed=passed, reason=reason
        )


def clear_override(store: CallStore, *, dossier_id: int, numero: str, rule: str) -> None:
    """Go back to the automatic verdict; the removed override stays in the audit log."""
    with store.transaction(f"dérogation retirée : {numero}, règle {rule}"):
        eligibility_rows.set_override(
            store, dossier_id=dossier_id, rule=rule, passed=None, reason=""
        )
