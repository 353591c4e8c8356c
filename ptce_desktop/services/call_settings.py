"""Reading, exporting and changing a call's settings: one service for `ptce call` and the GUI."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ..domain.call_checks import InvalidSettings, frozen_grid_changes, settings_problems
from ..domain.call_settings import changed_keys, parse_call, settings_dict
from ..domain.model import Call
from ..io.call_settings import read_settings, write_settings
from ..store import calls as call_rows
from ..store.db import CallStore
from ..store.errors import ReadOnlyError, StoreError
from ..text import t
from . import screening

# Settings the eligibility verdicts depend on: changing one screens the dossiers again.
_SCREENING_KEYS = ("grant_min", "grant_max")


class FrozenGridError(ReadOnlyError):
    """The grid's codes, scales or weights would change after a review was submitted."""


class FunderInUseError(StoreError):
    """A funder that decisions already split amounts on would be removed."""


def current(store: CallStore) -> Call:
    return call_rows.read_call(store)


def grid_frozen_reason(store: CallStore) -> str | None:
    """Why the grid's codes, scales and weights cannot change, or None while they can."""
    n = call_rows.submitted_reviews(store)
    if not n:
        return None
    reviews = "évaluation est soumise" if n == 1 else "évaluations sont soumises"
    return (
        f"grille figée : {n} {reviews} ; changer critères, échelles ou poids changerait "
        "leurs notes sans le dire (libellés et descriptions restent modifiables)"
    )


def show(store: CallStore) -> dict[str, Any]:
    """The settings with what is not a setting: the file's uid, its template, the grid's state."""
    call = current(store)
    return {
        **settings_dict(call),
        "uid": call_rows.call_uid(store),
        "template": call.template,
        "grid_frozen": grid_frozen_reason(store),
    }


def export(store: CallStore, out: Path) -> None:
    write_settings(out, current(store))


def check(store: CallStore, call: Call) -> None:
    """Raise what `apply` would refuse, writing nothing."""
    problems = settings_problems(call)
    if problems:
        raise InvalidSettings(problems)
    old = current(store)
    reason = grid_frozen_reason(store)
    frozen = frozen_grid_changes(old, call) if reason else []
    if frozen:
        raise FrozenGridError(t("{frozen} : {reason}", frozen=frozen[0], reason=reason))
    kept = {f.code for f in call.funders}
    used = sorted(call_rows.funders_in_use(store) - kept)
    if used:
        raise FunderInUseError(
            t(
                "funders : « {used} » ne peut être retiré, des décisions lui imputent des montants",
                used=used[0],
            )
        )


def apply(store: CallStore, call: Call) -> list[str]:
    """Make `call` the call's settings in one audited transaction; the keys changed.

    Raises InvalidSettings, FrozenGridError or FunderInUseError, writing nothing. When the
    eligibility rules or the grant bounds change, the dossiers are screened again.
    """
    check(store, call)
    old = current(store)
    keys = changed_keys(old, call)
    if not keys:
        return []
    call.template = old.template
    with store.transaction("paramètres de l'appel : " + ", ".join(keys)):
        call_rows.update_call(store, call)
        if any(k.startswith("eligibility.") or k in _SCREENING_KEYS for k in keys):
            screening.screen(store)
    return keys


def apply_file(store: CallStore, path: Path) -> list[str]:
    """`apply` of a settings file; a key the file leaves out takes its default."""
    return apply(store, parse_call(read_settings(path)))
