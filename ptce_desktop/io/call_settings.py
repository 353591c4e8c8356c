"""A call's settings as a TOML file a person can read and edit by hand, with a comment per key."""

from __future__ import annotations

import json
import re
import tomllib
from pathlib import Path
from typing import Any

from ..domain.call_settings import RULE_PARAMETERS, settings_dict
from ..domain.eligibility import RULE_DESCRIPTIONS
from ..domain.model import Call
from ..text import t
from .files import write_atomic


class SettingsFileError(ValueError):
    """A settings file that cannot be read or is not valid TOML; the message names the line."""


def read_settings(path: Path) -> dict[str, Any]:
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise SettingsFileError(t("{path} : le fichier n'est pas en UTF-8", path=path)) from exc
    except OSError as exc:
        raise SettingsFileError(
            t("{path} : illisible ({strerror})", path=path, strerror=exc.strerror or exc)
        ) from exc
    return parse_settings(text, source=str(path))


def parse_settings(text: str, *, source: str) -> dict[str, Any]:
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        where = re.search(r"\(at line (\d+), column (\d+)\)", str(exc))
        what = re.sub(r"\s*\(at line.*\)$", "", str(exc))
        place = (
            t("ligne {line}, colonne {column}", line=where[1], column=where[2])
            if where
            else t("fin du fichier")
        )
        raise SettingsFileError(
            t("{source}, {place} : TOML invalide ({what})", source=source, place=place, what=what)
        ) from exc


def write_settings(path: Path, call: Call) -> None:
    write_atomic(Path(path), render_settings(call).encode("utf-8"))


def _value(v: Any) -> str:
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, int | float):
        if float(v).is_integer():
            n = int(v)
            return f"{n:_}" if abs(n) >= 10_000 else str(n)
        return repr(float(v))
    if isinstance(v, str):
        # JSON's escapes are TOML's; DEL is the one character TOML wants escaped and JSON not.
        return json.dumps(v, ensure_ascii=False).replace("\x7f", "\\u007F")
    if isinstance(v, list):
        if not v:
            return "[]"
        if sum(len(_value(x)) for x in v) < 60:
            return "[" + ", ".join(_value(x) for x in v) + "]"
        return "[\n" + "".join(f"    {_value(x)},\n" for x in v) + "]"
    raise TypeError(f"no TOML for {type(v).__name__}")


_HEADER = """\
# Paramètres d'un appel à projets PTCE, modifiables à la main.
# Lus par « ptce call apply APPEL.ptce CE-FICHIER.toml » ou « ptce new APPEL.ptce --title …
# --template CE-FICHIER.toml ». Une clé absente prend sa valeur par défaut ; montants en euros.
"""

_TOP_COMMENTS = {
    "title": "Titre de l'appel, tel que les documents l'impriment.",
    "year": "Année de l'appel.",
    "reference": "Préfixe des procès-verbaux : « PV-2013 » donne PV-2013-S1 pour la séance 1.",
    "place": "Lieu où procès-verbaux et courriers sont faits (« Fait à … »).",
    "ministries": "Ministères nommés en tête des procès-verbaux et des courriers, dans l'ordre.",
    "envelope": "Enveloppe de l'appel : la somme des parts des financeurs ci-dessous.",
    "grant_min": "Subvention minimale qu'un dossier peut demander (règle amount_bounds).",
    "grant_max": "Subvention maximale qu'un dossier peut demander (règle amount_bounds).",
    "rapporteurs_per_dossier": "Rapporteurs par dossier que propose la répartition automatique.",
    "tie_break": (
        "Départage des ex aequo après la note pondérée, dans l'ordre : un code de critère\n"
        "# (moyenne la plus haute d'abord), \"submitted_on\" (dépôt le plus ancien d'abord),\n"
        '# "amount_requested" (montant le plus faible d\'abord). Le numéro départage en dernier.'
    ),
}

_FUNDERS = """
# Financeurs : un bloc [[funders]] par financeur, dans l'ordre d'affichage.
#   code   : identifiant court, unique (répartition des montants accordés)
#   name   : nom complet
#   group  : regroupement affiché (« État », « Caisse des dépôts »…)
#   amount : part de l'enveloppe ; la somme des parts fait l'enveloppe
"""

_CRITERIA = """
# Grille d'évaluation : un bloc [[criteria]] par critère, dans l'ordre de la grille.
#   code              : identifiant court, unique (départage, exports)
#   label, description: ce que lisent les rapporteurs
#   weight            : poids en points ; la somme des poids fait 100
#   scale_min/max     : échelle des notes, entiers
#   eliminatory_below : facultatif ; une moyenne sous ce seuil écarte le dossier
# Dès qu'une évaluation est soumise, codes, poids et échelles sont figés.
"""

_ELIGIBILITY = """
# Règles d'éligibilité : une table par règle ; « enabled = false » ne l'applique pas.
"""

_PARAMETER_COMMENTS = {
    "min_members": "nombre minimal de membres",
    "require_authority_cofunding": "un cofinancement d'une collectivité est-il exigé ?",
    "authority_cofunding_max_each": "part maximale du coût total par collectivité (0.2 = 20 %)",
    "authority_cofunding_max_total": "part maximale de toutes les collectivités (0.5 = 50 %)",
    "required_attachments": "types de pièces exigés (colonne « type » des pièces jointes)",
}


def render_settings(call: Call) -> str:
    """The settings file for a call: every key, each with a comment that explains it."""
    data = settings_dict(call)
    out = [_HEADER]
    for key, comment in _TOP_COMMENTS.items():
        out.append(f"\n# {comment}\n{key} = {_value(data[key])}\n")
    out.append(_FUNDERS)
    for f in data["funders"]:
        out.append("\n[[funders]]\n" + "".join(f"{k} = {_value(v)}\n" for k, v in f.items()))
    out.append(_CRITERIA)
    for c in data["criteria"]:
        out.append("\n[[criteria]]\n" + "".join(f"{k} = {_value(v)}\n" for k, v in c.items()))
    out.append(_ELIGIBILITY)
    for rule in RULE_PARAMETERS:
        table = data["eligibility"][rule]
        out.append(f"\n[eligibility.{rule}]\n# {RULE_DESCRIPTIONS[rule]}.\n")
        for k, v in table.items():
            note = f"  # {_PARAMETER_COMMENTS[k]}" if k in _PARAMETER_COMMENTS else ""
            out.append(f"{k} = {_value(v)}{note}\n")
    return "".join(out)
