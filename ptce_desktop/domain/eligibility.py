"""Eligibility rules of a call: each gives pass or fail with a reason a person can read."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from ..text import Message, t
from .model import Call, Dossier, MemberCategory
from .siret import siret_problem

LOCAL_AUTHORITY_TYPES = ("collectivité territoriale", "collectivite territoriale", "collectivité")


@dataclass(slots=True, frozen=True)
class RuleResult:
    rule: str
    label: str
    passed: bool
    reason: str


def _eur(x: float) -> str:
    return f"{x:,.0f} €".replace(",", "\u202f")


def _pct(ratio: float) -> str:
    """A share the French way: 22,2 % (one decimal, comma, thin no-break space)."""
    return f"{100 * ratio:.1f}".replace(".", ",").removesuffix(",0") + "\u202f%"


def _has(d: Dossier, category: MemberCategory) -> bool:
    return any(m.category is category for m in d.members)


# The verdicts whose reason holds no value, made once and shared (a RuleResult is frozen):
# a screening gives seven a dossier, 70,000 at a 10,000-dossier import.
_ESS = {
    True: RuleResult("ess_member", "Entreprise de l'ESS", True, t("au moins une entreprise ESS")),
    False: RuleResult("ess_member", "Entreprise de l'ESS", False,
                      t("aucune entreprise de l'ESS parmi les membres")),
}  # fmt: skip
_COMMERCIAL = {
    True: RuleResult("commercial_member", "Entreprise commerciale", True,
                     t("au moins une entreprise commerciale")),
    False: RuleResult("commercial_member", "Entreprise commerciale", False,
                      t("aucune entreprise commerciale")),
}  # fmt: skip
_AUTHORITY_LABEL = "Cofinancement des collectivités"
_NO_AUTHORITY = {  # by whether the call requires an authority's co-funding
    False: RuleResult("authority_cofunding", _AUTHORITY_LABEL, True,
                      t("aucun cofinancement d'une collectivité")),
    True: RuleResult("authority_cofunding", _AUTHORITY_LABEL, False,
                     t("aucun cofinancement d'une collectivité (requis)")),
}  # fmt: skip
_SIRET_VALID = RuleResult("lead_siret", "SIRET du porteur", True, t("SIRET valide"))
_ATTACHMENTS_PRESENT = RuleResult(
    "attachments", "Pièces obligatoires", True, t("pièces requises présentes")
)


def rule_ess(call: Call, d: Dossier) -> RuleResult:
    return _ESS[_has(d, MemberCategory.ESS_ENTERPRISE)]


def rule_commercial(call: Call, d: Dossier) -> RuleResult:
    return _COMMERCIAL[_has(d, MemberCategory.COMMERCIAL_ENTERPRISE)]


def rule_members(call: Call, d: Dossier) -> RuleResult:
    n, need = len(d.members), call.eligibility.min_members
    ok = n >= need
    reason = (
        t("{n} membres", n=n)
        if ok
        else t("{n} membres, {need} au moins sont requis", n=n, need=need)
    )
    return RuleResult("min_members", "Nombre de membres", ok, reason)


def _is_authority(funder_type: str) -> bool:
    return funder_type.strip().lower() in LOCAL_AUTHORITY_TYPES


def rule_authority_cofunding(call: Call, d: Dossier) -> RuleResult:
    label = _AUTHORITY_LABEL
    settings = call.eligibility
    shares = [c for c in d.cofundings if _is_authority(c.funder_type)]
    if not shares:
        return _NO_AUTHORITY[bool(settings.require_authority_cofunding)]
    if not d.total_cost:
        return RuleResult("authority_cofunding", label, False, t("coût total du projet absent"))
    each_max = settings.authority_cofunding_max_each * d.total_cost
    total = sum(c.amount for c in shares)
    over = [c for c in shares if c.amount > each_max + 0.005]
    if over:
        c = over[0]
        reason = t(
            "{funder} : {amount} soit {share} du coût total (maximum {most} par collectivité)",
            funder=c.funder, amount=_eur(c.amount), share=_pct(c.amount / d.total_cost),
            most=_pct(settings.authority_cofunding_max_each),
        )  # fmt: skip
        return RuleResult("authority_cofunding", label, False, reason)
    if total > settings.authority_cofunding_max_total * d.total_cost + 0.005:
        reason = t(
            "collectivités : {amount} soit {share} du coût total (maximum {most} au total)",
            amount=_eur(total), share=_pct(total / d.total_cost),
            most=_pct(settings.authority_cofunding_max_total),
        )  # fmt: skip
        return RuleResult("authority_cofunding", label, False, reason)
    share = _pct(total / d.total_cost)
    reason = t("{n} collectivité(s), {share} du coût", n=len(shares), share=share)
    return RuleResult("authority_cofunding", label, True, reason)


def rule_amount(call: Call, d: Dossier) -> RuleResult:
    x = d.amount_requested
    ok = call.grant_min <= x <= call.grant_max
    reason = (
        t("{amount} demandés", amount=_eur(x))
        if ok
        else t(
            "{amount} demandés, hors des bornes de l'appel (entre {low} et {high})",
            amount=_eur(x), low=_eur(call.grant_min), high=_eur(call.grant_max),
        )
    )  # fmt: skip
    return RuleResult("amount_bounds", "Montant demandé", ok, reason)


def rule_siret(call: Call, d: Dossier) -> RuleResult:
    problem = siret_problem(d.lead_siret)
    if problem is None:
        return _SIRET_VALID
    return RuleResult("lead_siret", "SIRET du porteur", False, problem)


def rule_attachments(call: Call, d: Dossier) -> RuleResult:
    present = {a.kind for a in d.attachments}
    missing = [k for k in call.eligibility.required_attachments if k not in present]
    if not missing:
        return _ATTACHMENTS_PRESENT
    reason = t("pièces manquantes : {kinds}", kinds=", ".join(missing))
    return RuleResult("attachments", "Pièces obligatoires", False, reason)


RULES: dict[str, Callable[[Call, Dossier], RuleResult]] = {
    "ess_member": rule_ess,
    "commercial_member": rule_commercial,
    "min_members": rule_members,
    "authority_cofunding": rule_authority_cofunding,
    "amount_bounds": rule_amount,
    "lead_siret": rule_siret,
    "attachments": rule_attachments,
}

# What each rule checks, in the words of the call's settings dialog.
RULE_DESCRIPTIONS: dict[str, str] = {
    "ess_member": "Au moins une entreprise de l'ESS parmi les membres",
    "commercial_member": "Au moins une entreprise hors ESS (commerciale) parmi les membres",
    "min_members": "Un nombre minimal de membres (personnes morales)",
    "authority_cofunding": "Cofinancement des collectivités, plafonné par collectivité et au total",
    "amount_bounds": "Montant demandé entre grant_min et grant_max",
    "lead_siret": "SIRET du porteur valide",
    "attachments": "Pièces obligatoires jointes au dossier",
}


# The reasons' templates, to read a stored reason back as the Message it was written from
# (tests/test_english_results.py checks they are the templates used above).
REASON_TEMPLATES = (
    "au moins une entreprise ESS",
    "aucune entreprise de l'ESS parmi les membres",
    "au moins une entreprise commerciale",
    "aucune entreprise commerciale",
    "{n} membres",
    "{n} membres, {need} au moins sont requis",
    "aucun cofinancement d'une collectivité",
    "aucun cofinancement d'une collectivité (requis)",
    "coût total du projet absent",
    "{funder} : {amount} soit {share} du coût total (maximum {most} par collectivité)",
    "collectivités : {amount} soit {share} du coût total (maximum {most} au total)",
    "{n} collectivité(s), {share} du coût",
    "{amount} demandés",
    "{amount} demandés, hors des bornes de l'appel (entre {low} et {high})",
    "SIRET valide",
    "SIRET absent",
    "SIRET « {value} » : 14 chiffres attendus",
    "SIRET « {value} » : clé de contrôle invalide",
    "pièces manquantes : {kinds}",
    "pièces requises présentes",
)
_FIELD = re.compile(r"\{(\w+)\}")


def _values(template: str, reason: str) -> dict[str, str] | None:
    """The values `template` was filled with to give `reason`, or None. Read from the right:
    only a template's first field is free text (a funder's name, a SIRET as typed), the others
    are figures, so each field but the first ends at the last place its following words stand.
    No regular expression: a candidate's long name full of « : » and « soit » made one backtrack
    for minutes on the GUI thread."""
    parts = _FIELD.split(template)  # literal, name, literal, name, ..., literal
    literals, names = parts[0::2], parts[1::2]
    head, tail = literals[0], literals[-1]
    if not names:
        return {} if reason == template else None
    if len(reason) < len(head) + len(tail) or not (
        reason.startswith(head) and reason.endswith(tail)
    ):
        return None
    start, end = len(head), len(reason) - len(tail)
    values: dict[str, str] = {}
    for name, after in zip(reversed(names[1:]), reversed(literals[1:-1]), strict=True):
        at = reason.rfind(after, start, end)
        if at < 0:
            return None
        values[name] = reason[at + len(after) : end]
        end = at
    values[names[0]] = reason[start:end]
    return values if all(values.values()) else None


def reason_message(reason: str) -> str:
    """A stored reason (French text) as the Message it was written from, so that the interface
    can show it in its language; a reason no template gives (an older wording) as it is."""
    for template in REASON_TEMPLATES:
        values = _values(template, reason)
        if values is not None:
            return Message(template, values)
    return reason


def evaluate(call: Call, dossier: Dossier) -> list[RuleResult]:
    """The verdicts of the rules the call applies (a disabled rule gives none)."""
    return [rule(call, dossier) for code, rule in RULES.items() if call.eligibility.enabled(code)]
