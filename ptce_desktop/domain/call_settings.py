"""A call's settings as a plain mapping (what a settings file holds), checked, and back.

`parse_call` turns a mapping into a `Call`, or raises `InvalidSettings` listing every problem,
each naming its key. A key left out takes the built-in default, so a short mapping works.
`settings_dict` gives the mapping back; `settings_problems` checks a `Call` a form edits.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any

from .model import Call, Criterion, EligibilitySettings, Funder

TIE_BREAK_KEYS = ("submitted_on", "amount_requested")

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
# The grid's parts that submitted scores depend on: frozen once a review is submitted.
FROZEN_CRITERION_KEYS = ("weight", "scale_min", "scale_max")

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


@dataclass(frozen=True, slots=True)
class Problem:
    key: str  # where, as a settings file spells it: "criteria[2].weight"
    message: str

    def __str__(self) -> str:
        return f"{self.key} : {self.message}"


class InvalidSettings(ValueError):
    """Settings that cannot make a call; `problems` says each key and what is wrong with it."""

    def __init__(self, problems: Sequence[Problem]) -> None:
        self.problems = tuple(problems)
        more = len(self.problems) - 1
        suffix = f" (et {more} autre{'s' if more > 1 else ''} problème{'s' if more > 1 else ''})"
        super().__init__(str(self.problems[0]) + (suffix if more else ""))


def _eur(x: float) -> str:
    return f"{x:,.2f}".rstrip("0").rstrip(".").replace(",", "\u202f") + " €"


def _shown(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return f"« {value} »"
    if isinstance(value, Mapping):
        return "une table"
    if isinstance(value, list):
        return "une liste"
    return str(value)


class _Reader:
    """Reads typed values out of nested mappings, collecting a problem for each bad one."""

    def __init__(self) -> None:
        self.problems: list[Problem] = []

    def problem(self, key: str, message: str) -> None:
        self.problems.append(Problem(key, message))

    def table(self, value: object, key: str, allowed: Sequence[str]) -> Mapping[str, Any]:
        if not isinstance(value, Mapping):
            self.problem(key, f"une table est attendue, pas {_shown(value)}")
            return {}
        for name in value:
            if name not in allowed:
                where = f"{key}.{name}" if key else str(name)
                self.problem(where, "clé inconnue (clés possibles : " + ", ".join(allowed) + ")")
        return value

    def get(self, data: Mapping[str, Any], name: str, key: str, default: Any,
            check: Callable[[Any], bool], expected: str) -> Any:  # fmt: skip
        if name not in data:
            return default
        value = data[name]
        if check(value):
            return value
        self.problem(key, f"{expected} attendu, pas {_shown(value)}")
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
    (_is_text, "un texte"),
    (_is_int, "un nombre entier"),
    (_is_number, "un nombre"),
    (_is_bool, "true ou false"),
    (_is_texts, "une liste de textes"),
)


def parse_call(data: Mapping[str, Any]) -> Call:
    """The call these settings describe; InvalidSettings names every key that is wrong."""
    r = _Reader()
    top = r.table(data, "", TOP_KEYS)

    def get(name: str, default: Any, kind: tuple[Callable[[Any], bool], str]) -> Any:
        return r.get(top, name, name, default, *kind)

    year = get("year", None, INT)
    if "year" not in top:
        r.problem("year", "l'année de l'appel est requise")
    envelope = get("envelope", None, NUMBER)
    if "envelope" not in top:
        r.problem("envelope", "l'enveloppe de l'appel est requise")
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


def _items(r: _Reader, top: Mapping[str, Any], name: str) -> list[tuple[str, Mapping]] | None:
    if name not in top:
        return None
    value = top[name]
    if not isinstance(value, list):
        r.problem(name, f"une liste de tables [[{name}]] est attendue, pas {_shown(value)}")
        return []
    allowed = FUNDER_KEYS if name == "funders" else CRITERION_KEYS
    return [(f"{name}[{i}]", r.table(item, f"{name}[{i}]", allowed))
            for i, item in enumerate(value, start=1)]  # fmt: skip


def _required(r: _Reader, item: Mapping[str, Any], name: str, key: str) -> None:
    if name not in item:
        r.problem(f"{key}.{name}", "clé requise absente")


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
        return [Problem("funders", "au moins un financeur est requis")]
    seen: set[str] = set()
    for i, f in enumerate(call.funders, start=1):
        key = f"funders[{i}]"
        if not f.code.strip():
            problems.append(Problem(f"{key}.code", "le code est vide"))
        elif f.code in seen:
            problems.append(Problem(f"{key}.code", f"le code « {f.code} » est déjà pris"))
        seen.add(f.code)
        if not f.name.strip():
            problems.append(Problem(f"{key}.name", "le nom est vide"))
        if f.amount < 0:
            problems.append(Problem(f"{key}.amount", "un montant ne peut être négatif"))
    total = sum(f.amount for f in call.funders)
    if abs(total - call.envelope) > 0.005:
        problems.append(Problem("funders", f"les parts des financeurs font {_eur(total)}, "
                                f"l'enveloppe {_eur(call.envelope)}"))  # fmt: skip
    return problems


def _criterion_problems(call: Call) -> list[Problem]:
    problems = []
    if not call.criteria:
        return [Problem("criteria", "la grille compte au moins un critère")]
    seen: set[str] = set()
    for i, c in enumerate(call.criteria, start=1):
        key = f"criteria[{i}]"
        if not c.code.strip():
            problems.append(Problem(f"{key}.code", "le code est vide"))
        elif c.code in seen:
            problems.append(Problem(f"{key}.code", f"le code « {c.code} » est déjà pris"))
        elif c.code in TIE_BREAK_KEYS:
            problems.append(Problem(f"{key}.code", f"« {c.code} » est réservé au départage"))
        seen.add(c.code)
        if not c.label.strip():
            problems.append(Problem(f"{key}.label", "le libellé est vide"))
        if c.weight <= 0:
            problems.append(Problem(f"{key}.weight", "le poids doit être positif"))
        if c.scale_min >= c.scale_max:
            problems.append(Problem(f"{key}.scale_min", f"échelle inversée : scale_min "
                                    f"({c.scale_min}) doit être inférieur à scale_max "
                                    f"({c.scale_max})"))  # fmt: skip
        elif c.eliminatory_below is not None and not (
            c.scale_min <= c.eliminatory_below <= c.scale_max
        ):
            problems.append(Problem(f"{key}.eliminatory_below", f"seuil {c.eliminatory_below:g} "
                                    f"hors de l'échelle {c.scale_min}–{c.scale_max}"))  # fmt: skip
    total = sum(c.weight for c in call.criteria)
    if abs(total - 100) > 1e-6:
        problems.append(Problem("criteria", f"les poids font {total:g}, ils doivent faire 100"))
    return problems


def _eligibility_problems(e: EligibilitySettings) -> list[Problem]:
    problems = []
    key = "eligibility.authority_cofunding"
    if e.min_members < 1:
        problems.append(Problem("eligibility.min_members.min_members", "au moins 1 membre"))
    for name in ("authority_cofunding_max_each", "authority_cofunding_max_total"):
        if not 0 < getattr(e, name) <= 1:
            problems.append(Problem(f"{key}.{name}", "une part entre 0 et 1 (0.2 pour 20 %)"))
    if e.authority_cofunding_max_each > e.authority_cofunding_max_total:
        problems.append(Problem(f"{key}.authority_cofunding_max_each",
                                "dépasse authority_cofunding_max_total"))  # fmt: skip
    for i, kind in enumerate(e.required_attachments, start=1):
        if not kind.strip():
            problems.append(Problem(f"eligibility.attachments.required_attachments[{i}]",
                                    "type de pièce vide"))  # fmt: skip
    return problems


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
