"""Eligibility screening of the dossiers, after each import and on demand."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ..domain.eligibility import evaluate
from ..domain.model import Dossier, stored_id
from ..store import eligibility as results
from ..store import intake as intake_rows
from ..store.calls import read_call
from ..store.db import CallStore
from ..store.dossiers import load_dossiers


def screen(store: CallStore, *, dossier_ids: Sequence[int] | None = None) -> int:
    """Evaluate every rule on the dossiers; returns how many dossiers were screened."""
    call = read_call(store)
    dossiers = load_dossiers(store, ids=dossier_ids)
    with store.transaction("contrôle d'éligibilité"):
        results.drop_rules(store, call.eligibility.disabled_rules)
        results.save_results(store, ((stored_id(d), evaluate(call, d)) for d in dossiers))
    return len(dossiers)


def results_table(store: CallStore) -> list[dict[str, Any]]:
    """Every dossier's rule results with their overrides (numero, rule, label, passed…)."""
    return intake_rows.eligibility_rows(store)


def all_dossiers(store: CallStore) -> list[Dossier]:
    return load_dossiers(store)
