"""A call's settings as a plain mapping (what a settings file holds), and back.

`parse_call` turns a mapping into a `Call`, or raises `InvalidSettings` listing every problem,
each naming its key (types and unknown keys here, the rest in call_checks). A key left out
takes the built-in default, so a short mapping works. `settings_dict` gives the mapping back.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from typing import Any

from ..text import t
from .call_checks import InvalidSettings, Problem, settings_problems
from .model import Call, Criterion, EligibilitySettings, Funder

# Each eligibility rule (domain.eligibility.RULES) and its parameters besides `enabled`:
# fields of EligibilitySettings.
RULE_PARAMETERS: dict[str, tuple[str, ...]] = {
    "ess_member": (),
    "commercial_member": (),
    "min_members": ("min_members",),
    "authority_cofunding": (
        "require_authority_cofunding",
        "authority_cofunding_max_each",
        "authority_cofunding_max_total",
    ),
    "amount_bounds": (),
    "lead_siret": (),
    "attachments": ("required_attachments",),
}

TOP_KEYS = (
    "title", "year", "reference", "place", "ministries", "envelope", "grant_min", "grant_max",
    "rapporteurs_per_dossier", "tie_break", "funders", "criteria", "eligibility",
)  # fmt: skip
FUNDER_KEYS = ("code", "name", "group", "amount")
CRITERION_KEYS = (
    "code", "label", "description", "weight", "scale_min", "scale_max", "eliminatory_below",
)  # fmt: skip

# The grid a call gets when its settings name none: the 2013 call's.
DEFAULT_CRITERIA: tuple[Criterion, ...] = (
    Criterion(code="cooperation", label="Coopération et mutualisation", weight=25,
              eliminatory_below=2,
              description="Réalité et profondeur de la coopération entre membres : locaux, "
              "services et compétences mis en commun, gouvernance de la mutualisation."),
    Criterion(code="territory", label="Ancrage territorial et impact local", weight=20,
              description="Inscription dans le territoire, partenariats avec les collectivités, "
              "réponse à des besoins locaux identifiés."),
    Criterion(code="social_utility", label="Utilité sociale et emplois", weight=20,
              description="Emplois créés ou consolidés, dont emplois d'insertion ; utilité "
              "sociale des activités."),
    Criterion(code="economic_model", label="Modèle économique et autofinancement à 3 ans",
              weight=15,
              description="Solidité du plan de financement, diversité des ressources, "
              "perspective d'autofinancement à la troisième année."),
    Criterion(code="innovation", label="Innovation sociale ou technologique", weight=10,
              description="Caractère innovant des services, des méthodes ou des produits."),
    Criterion(code="governance", label="Gouvernance et partenariat", weight=10,
              description="Place de chaque membre dans les décisions, règles de fonctionnement, "
              "ouverture à de nouveaux partenaires."),
)  # fmt: skip


def _shown(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return t("« {value} »", value=value)
    if isinstance(value, Mapping):
        return t("une table")
    if isinstance(value, list):
        return t("une liste")
    return str(value)


class _Reader:
    """Reads typed values out of nested mappings, collecting a problem for each bad one."""

    def __init__(self) -> None:
        self.problems: list[Problem] = []

    def problem(self, key: str, message: str) -> None:
        self.problems.append(Problem(key, message))

    def table(self, value: object, key: str, allowed: Sequence[str]) -> Mapping[str, Any]:
        if not isinstance(value, Mapping):
            self.problem(key, t("une table est attendue, pas {value}", value=_shown(value)))
            return {}
        for name in value:
            if name not in allowed:
                where = f"{key}.{name}" if key else str(name)
                self.problem(
                    where, t("clé inconnue (clés possibles : {keys})", keys=", ".join(allowed))
                )
        return value

    def get(self, data: Mapping[str, Any], name: str, key: str, default: Any,
            check: Callable[[Any], bool], expected: str) -> Any:  # fmt: skip
        if name not in data:
            return default
        value = data[name]
        if check(value):
            return value
        self.problem(
            key, t("{expected} attendu, pas {value}", expected=expected, value=_shown(value))
        )
        return default


def _is_text(v: object) -> bool:
    return isinstance(v, str)


def _is_int(v: object) -> bool:
    return isinstance(v, int) and not isinstance(v, bool)


def _is_number(v: object) -> bool:
    return isinstance(v, int | float) and not isinstance(v, bool)


def _is_bool(v: object) -> bool:
    return isinstance(v, bool)


def _is_texts(v: object) -> bool:
    return isinstance(v, list) and all(isinstance(x, str) for x in v)


TEXT, INT, NUMBER, BOOL, TEXTS = (
    (_is_text, t("un texte")),
    (_is_int, t("un nombre entier")),
    (_is_number, t("un nombre")),
    (_is_bool, t("true ou false")),
    (_is_texts, t("une liste de textes")),
)


def parse_call(data: Mapping[str, Any]) -> Call:
    """The call these settings describe; InvalidSettings names every key that is wrong."""
    r = _Reader()
    top = r.table(data, "", TOP_KEYS)

    def get(name: str, default: Any, kind: tuple[Callable[[Any], bool], str]) -> Any:
        return r.get(top, name, name, default, *kind)

    year = get("year", None, INT)
    if "year" not in top:
        r.problem("year", t("l'année de l'appel est requise"))
    envelope = get("envelope", None, NUMBER)
    if "envelope" not in top:
        r.problem("envelope", t("l'enveloppe de l'appel est requise"))
    year = year or 0
    envelope = float(envelope or 0)
    call = Call(
        title=get("title", f"Appel à projets PTCE {year}", TEXT),
        year=year,
        reference=get("reference", f"PV-{year}", TEXT),
        place=get("place", "Paris", TEXT),
        ministries=tuple(get("ministries", [], TEXTS)),
        envelope=envelope,
        grant_min=float(get("grant_min", 0, NUMBER)),
        grant_max=float(get("grant_max", envelope, NUMBER)),
        rapporteurs_per_dossier=get("rapporteurs_per_dossier", 2, INT),
        tie_break=tuple(get("tie_break", [], TEXTS)),
        funders=_funders(r, top, envelope),
        criteria=_criteria(r, top),
        eligibility=_eligibility(r, top),
    )
    if r.problems:
        raise InvalidSettings(r.problems)
    problems = settings_problems(call)
    if problems:
        raise InvalidSettings(problems)
    return call


def _items(
    r: _Reader, top: Mapping[str, Any], name: str
) -> list[tuple[str, Mapping[str, Any]]] | None:
    if name not in top:
        return None
    value = top[name]
    if not isinstance(value, list):
        r.problem(
            name,
            t(
                "une liste de tables [[{name}]] est attendue, pas {value}",
                name=name,
                value=_shown(value),
            ),
        )
        return []
    allowed = FUNDER_KEYS if name == "funders" else CRITERION_KEYS
    return [(f"{name}[{i}]", r.table(item, f"{name}[{i}]", allowed))
            for i, item in enumerate(value, start=1)]  # fmt: skip


def _required(r: _Reader, item: Mapping[str, Any], name: str, key: str) -> None:
    if name not in item:
        r.problem(f"{key}.{name}", t("clé requise absente"))


def _funders(r: _Reader, top: Mapping[str, Any], envelope: float) -> list[Funder]:
    items = _items(r, top, "funders")
    if items is None:
        return [Funder(code="ETAT", name="État", group="État", amount=envelope)]
    funders = []
    for key, item in items:
        for name in ("code", "name", "amount"):
            _required(r, item, name, key)
        funders.append(
            Funder(
                code=r.get(item, "code", f"{key}.code", "", *TEXT),
                name=r.get(item, "name", f"{key}.name", "", *TEXT),
                group=r.get(item, "group", f"{key}.group", "", *TEXT),
                amount=float(r.get(item, "amount", f"{key}.amount", 0, *NUMBER)),
            )
        )
    return funders


def _criteria(r: _Reader, top: Mapping[str, Any]) -> list[Criterion]:
    items = _items(r, top, "criteria")
    if items is None:
        return [replace(c, position=i) for i, c in enumerate(DEFAULT_CRITERIA)]
    criteria = []
    for i, (key, item) in enumerate(items):
        for name in ("code", "label", "weight"):
            _required(r, item, name, key)
        threshold = r.get(item, "eliminatory_below", f"{key}.eliminatory_below", None, *NUMBER)
        criteria.append(
            Criterion(
                code=r.get(item, "code", f"{key}.code", "", *TEXT),
                label=r.get(item, "label", f"{key}.label", "", *TEXT),
                description=r.get(item, "description", f"{key}.description", "", *TEXT),
                weight=float(r.get(item, "weight", f"{key}.weight", 0, *NUMBER)),
                scale_min=r.get(item, "scale_min", f"{key}.scale_min", 0, *INT),
                scale_max=r.get(item, "scale_max", f"{key}.scale_max", 5, *INT),
                eliminatory_below=None if threshold is None else float(threshold),
                position=i,
            )
        )
    return criteria


_PARAMETER_KINDS: dict[str, tuple[Callable[[Any], bool], str]] = {
    "min_members": INT,
    "require_authority_cofunding": BOOL,
    "authority_cofunding_max_each": NUMBER,
    "authority_cofunding_max_total": NUMBER,
    "required_attachments": TEXTS,
}


def _eligibility(r: _Reader, top: Mapping[str, Any]) -> EligibilitySettings:
    defaults = EligibilitySettings()
    if "eligibility" not in top:
        return defaults
    section = r.table(top["eligibility"], "eligibility", tuple(RULE_PARAMETERS))
    values: dict[str, Any] = {}
    disabled = []
    for rule, params in RULE_PARAMETERS.items():
        if rule not in section:
            continue
        key = f"eligibility.{rule}"
        table = r.table(section[rule], key, ("enabled", *params))
        if not r.get(table, "enabled", f"{key}.enabled", True, *BOOL):
            disabled.append(rule)
        for p in params:
            if p in table:
                default = getattr(defaults, p)
                values[p] = r.get(table, p, f"{key}.{p}", default, *_PARAMETER_KINDS[p])
    if "required_attachments" in values:
        values["required_attachments"] = tuple(values["required_attachments"])
    return replace(defaults, disabled_rules=tuple(disabled), **values)


def settings_dict(call: Call) -> dict[str, Any]:
    """The settings as a settings file holds them (every key, defaults spelt out)."""
    eligibility: dict[str, Any] = {}
    for rule, params in RULE_PARAMETERS.items():
        table: dict[str, Any] = {"enabled": call.eligibility.enabled(rule)}
        for p in params:
            value = getattr(call.eligibility, p)
            table[p] = list(value) if isinstance(value, tuple) else value
        eligibility[rule] = table
    return {
        "title": call.title,
        "year": call.year,
        "reference": call.reference,
        "place": call.place,
        "ministries": list(call.ministries),
        "envelope": call.envelope,
        "grant_min": call.grant_min,
        "grant_max": call.grant_max,
        "rapporteurs_per_dossier": call.rapporteurs_per_dossier,
        "tie_break": list(call.tie_break),
        "funders": [{k: getattr(f, k) for k in FUNDER_KEYS} for f in call.funders],
        "criteria": [
            {k: getattr(c, k) for k in CRITERION_KEYS if getattr(c, k) is not None}
            for c in call.criteria
        ],
        "eligibility": eligibility,
    }


def changed_keys(old: Call, new: Call) -> list[str]:
    """The keys whose values differ, as a settings file names them."""
    a, b = settings_dict(old), settings_dict(new)
    keys = []
    for name in TOP_KEYS:
        if name == "eligibility":
            keys += [f"eligibility.{rule}" for rule in RULE_PARAMETERS
                     if a[name][rule] != b[name][rule]]  # fmt: skip
        elif a[name] != b[name]:
            keys.append(name)
    return keys
