"""What makes a call's settings wrong, each problem naming its key as a settings file does.

`settings_problems` checks a whole `Call` (from a file or a form); `frozen_grid_changes` lists
what would change submitted scores once a review is submitted.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ..text import t
from .model import Call, EligibilitySettings

TIE_BREAK_KEYS = ("submitted_on", "amount_requested")
# The grid's parts that submitted scores depend on: frozen once a review is submitted.
FROZEN_CRITERION_KEYS = ("weight", "scale_min", "scale_max")


@dataclass(frozen=True, slots=True)
class Problem:
    key: str  # where, as a settings file spells it: "criteria[2].weight"
    message: str

    def __str__(self) -> str:
        return t("{key} : {message}", key=self.key, message=self.message)


class InvalidSettings(ValueError):
    """Settings that cannot make a call; `problems` says each key and what is wrong with it."""

    def __init__(self, problems: Sequence[Problem]) -> None:
        self.problems = tuple(problems)
        first, more = str(self.problems[0]), len(self.problems) - 1
        if more == 0:
            super().__init__(first)
        elif more == 1:
            super().__init__(t("{first} (et 1 autre problème)", first=first))
        else:
            super().__init__(t("{first} (et {more} autres problèmes)", first=first, more=more))


def _eur(x: float) -> str:
    text = f"{x:,.2f}".rstrip("0").rstrip(".")
    return text.replace(",", "\u202f").replace(".", ",") + " €"


def settings_problems(call: Call) -> list[Problem]:
    """What is wrong with a call's settings, each problem naming its key; [] when none."""
    problems: list[Problem] = []

    def bad(key: str, message: str) -> None:
        problems.append(Problem(key, message))

    if not call.title.strip():
        bad("title", "le titre est vide")
    if not 1900 <= call.year <= 2200:
        bad("year", f"{call.year} n'est pas une année plausible")
    if not call.reference.strip():
        bad("reference", "le préfixe des procès-verbaux est vide")
    if call.envelope <= 0:
        bad("envelope", "l'enveloppe doit être positive")
    if call.grant_min < 0:
        bad("grant_min", "le montant minimal ne peut être négatif")
    if call.grant_min > call.grant_max:
        bad("grant_min", f"bornes inversées : {_eur(call.grant_min)} dépasse grant_max "
            f"({_eur(call.grant_max)})")  # fmt: skip
    if call.grant_max > call.envelope > 0:
        bad("grant_max", f"{_eur(call.grant_max)} dépasse l'enveloppe ({_eur(call.envelope)})")
    if call.rapporteurs_per_dossier < 1:
        bad("rapporteurs_per_dossier", "au moins un rapporteur par dossier")
    problems += _funder_problems(call)
    problems += _criterion_problems(call)
    codes = {c.code for c in call.criteria}
    for i, rule in enumerate(call.tie_break, start=1):
        if rule not in codes and rule not in TIE_BREAK_KEYS:
            bad(f"tie_break[{i}]", f"« {rule} » n'est ni un code de critère ("
                + ", ".join(sorted(codes)) + ") ni " + " ni ".join(TIE_BREAK_KEYS))  # fmt: skip
        elif rule in call.tie_break[: i - 1]:
            bad(f"tie_break[{i}]", f"« {rule} » figure deux fois")
    problems += _eligibility_problems(call.eligibility)
    return problems


def _funder_problems(call: Call) -> list[Problem]:
    problems = []
    if not call.funders:
        return [Problem("funders", t("au moins un financeur est requis"))]
    seen: set[str] = set()
    for i, f in enumerate(call.funders, start=1):
        key = f"funders[{i}]"
        if not f.code.strip():
            problems.append(Problem(f"{key}.code", t("le code est vide")))
        elif f.code in seen:
            problems.append(
                Problem(f"{key}.code", t("le code « {code} » est déjà pris", code=f.code))
            )
        seen.add(f.code)
        if not f.name.strip():
            problems.append(Problem(f"{key}.name", t("le nom est vide")))
        if f.amount < 0:
            problems.append(Problem(f"{key}.amount", t("un montant ne peut être négatif")))
    total = sum(f.amount for f in call.funders)
    if abs(total - call.envelope) > 0.005:
        problems.append(
            Problem(
                "funders",
                t(
                    "les parts des financeurs font {total}, l'enveloppe {envelope}",
                    total=_eur(total),
                    envelope=_eur(call.envelope),
                ),
            )
        )
    return problems


def _criterion_problems(call: Call) -> list[Problem]:
    problems = []
    if not call.criteria:
        return [Problem("criteria", t("la grille compte au moins un critère"))]
    seen: set[str] = set()
    for i, c in enumerate(call.criteria, start=1):
        key = f"criteria[{i}]"
        if not c.code.strip():
            problems.append(Problem(f"{key}.code", t("le code est vide")))
        elif c.code in seen:
            problems.append(
                Problem(f"{key}.code", t("le code « {code} » est déjà pris", code=c.code))
            )
        elif c.code in TIE_BREAK_KEYS:
            problems.append(
                Problem(f"{key}.code", t("« {code} » est réservé au départage", code=c.code))
            )
        seen.add(c.code)
        if not c.label.strip():
            problems.append(Problem(f"{key}.label", t("le libellé est vide")))
        if c.weight <= 0:
            problems.append(Problem(f"{key}.weight", t("le poids doit être positif")))
        if c.scale_min >= c.scale_max:
            problems.append(
                Problem(
                    f"{key}.scale_min",
                    t(
                        "échelle inversée : scale_min ({scale_min}) doit être inférieur "
                        "à scale_max ({scale_max})",
                        scale_min=c.scale_min,
                        scale_max=c.scale_max,
                    ),
                )
            )
        elif c.eliminatory_below is not None and not (
            c.scale_min <= c.eliminatory_below <= c.scale_max
        ):
            problems.append(
                Problem(
                    f"{key}.eliminatory_below",
                    t(
                        "seuil {eliminatory_below:g} hors de l'échelle {scale_min}–{scale_max}",
                        eliminatory_below=c.eliminatory_below,
                        scale_min=c.scale_min,
                        scale_max=c.scale_max,
                    ),
                )
            )
    total = sum(c.weight for c in call.criteria)
    if abs(total - 100) > 1e-6:
        problems.append(
            Problem("criteria", t("les poids font {total:g}, ils doivent faire 100", total=total))
        )
    return problems


def _eligibility_problems(e: EligibilitySettings) -> list[Problem]:
    problems = []
    key = "eligibility.authority_cofunding"
    if e.min_members < 1:
        problems.append(Problem("eligibility.min_members.min_members", t("au moins 1 membre")))
    for name in ("authority_cofunding_max_each", "authority_cofunding_max_total"):
        if not 0 < getattr(e, name) <= 1:
            problems.append(Problem(f"{key}.{name}", t("une part entre 0 et 1 (0.2 pour 20 %)")))
    if e.authority_cofunding_max_each > e.authority_cofunding_max_total:
        problems.append(
            Problem(
                f"{key}.authority_cofunding_max_each", t("dépasse authority_cofunding_max_total")
            )
        )
    for i, kind in enumerate(e.required_attachments, start=1):
        if not kind.strip():
            problems.append(
                Problem(
                    f"eligibility.attachments.required_attachments[{i}]", t("type de pièce vide")
                )
            )
    return problems


def frozen_grid_changes(old: Call, new: Call) -> list[str]:
    """Changes that would alter submitted scores: criteria added or removed, scales, weights."""
    before = {c.code: c for c in old.criteria}
    after = {c.code: c for c in new.criteria}
    changes = [f"criteria : critère « {code} » retiré" for code in before if code not in after]
    changes += [f"criteria : critère « {code} » ajouté" for code in after if code not in before]
    for i, c in enumerate(new.criteria, start=1):
        was = before.get(c.code)
        if was is not None:
            changes += [f"criteria[{i}].{k}" for k in FROZEN_CRITERION_KEYS
                        if getattr(was, k) != getattr(c, k)]  # fmt: skip
    return changes
