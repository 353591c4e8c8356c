"""France's 18 regions (2016 map) and their 101 départements, with tolerant look-ups.

Spreadsheets sent by candidates spell places every way: "ile de france", "PACA", "Cotes
d'Armor", "2a", "1", even the pre-2016 regions of the 2013 call ("Rhône-Alpes"). The look-ups
compare a key that ignores case, accents, spaces, hyphens and apostrophes, and map aliases and
former regions onto today's names.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Departement:
    code: str
    name: str


def _deps(*pairs: tuple[str, str]) -> tuple[Departement, ...]:
    return tuple(Departement(code, name) for code, name in pairs)  # pragma: no mutate (at import)


REGIONS: dict[str, tuple[Departement, ...]] = {
    "Auvergne-Rhône-Alpes": _deps(
        ("01", "Ain"),
        ("03", "Allier"),
        ("07", "Ardèche"),
        ("15", "Cantal"),
        ("26", "Drôme"),
        ("38", "Isère"),
        ("42", "Loire"),
        ("43", "Haute-Loire"),
        ("63", "Puy-de-Dôme"),
        ("69", "Rhône"),
        ("73", "Savoie"),
        ("74", "Haute-Savoie"),
    ),
    "Bourgogne-Franche-Comté": _deps(
        ("21", "Côte-d'Or"),
        ("25", "Doubs"),
        ("39", "Jura"),
        ("58", "Nièvre"),
        ("70", "Haute-Saône"),
        ("71", "Saône-et-Loire"),
        ("89", "Yonne"),
        ("90", "Territoire de Belfort"),
    ),
    "Bretagne": _deps(
        ("22", "Côtes-d'Armor"),
        ("29", "Finistère"),
        ("35", "Ille-et-Vilaine"),
        ("56", "Morbihan"),
    ),
    "Centre-Val de Loire": _deps(
        ("18", "Cher"),
        ("28", "Eure-et-Loir"),
        ("36", "Indre"),
        ("37", "Indre-et-Loire"),
        ("41", "Loir-et-Cher"),
        ("45", "Loiret"),
    ),
    "Corse": _deps(("2A", "Corse-du-Sud"), ("2B", "Haute-Corse")),
    "Grand Est": _deps(
        ("08", "Ardennes"),
        ("10", "Aube"),
        ("51", "Marne"),
        ("52", "Haute-Marne"),
        ("54", "Meurthe-et-Moselle"),
        ("55", "Meuse"),
        ("57", "Moselle"),
        ("67", "Bas-Rhin"),
        ("68", "Haut-Rhin"),
        ("88", "Vosges"),
    ),
    "Hauts-de-France": _deps(
        ("02", "Aisne"),
        ("59", "Nord"),
        ("60", "Oise"),
        ("62", "Pas-de-Calais"),
        ("80", "Somme"),
    ),
    "Île-de-France": _deps(
        ("75", "Paris"),
        ("77", "Seine-et-Marne"),
        ("78", "Yvelines"),
        ("91", "Essonne"),
        ("92", "Hauts-de-Seine"),
        ("93", "Seine-Saint-Denis"),
        ("94", "Val-de-Marne"),
        ("95", "Val-d'Oise"),
    ),
    "Normandie": _deps(
        ("14", "Calvados"),
        ("27", "Eure"),
        ("50", "Manche"),
        ("61", "Orne"),
        ("76", "Seine-Maritime"),
    ),
    "Nouvelle-Aquitaine": _deps(
        ("16", "Charente"),
        ("17", "Charente-Maritime"),
        ("19", "Corrèze"),
        ("23", "Creuse"),
        ("24", "Dordogne"),
        ("33", "Gironde"),
        ("40", "Landes"),
        ("47", "Lot-et-Garonne"),
        ("64", "Pyrénées-Atlantiques"),
        ("79", "Deux-Sèvres"),
        ("86", "Vienne"),
        ("87", "Haute-Vienne"),
    ),
    "Occitanie": _deps(
        ("09", "Ariège"),
        ("11", "Aude"),
        ("12", "Aveyron"),
        ("30", "Gard"),
        ("31", "Haute-Garonne"),
        ("32", "Gers"),
        ("34", "Hérault"),
        ("46", "Lot"),
        ("48", "Lozère"),
        ("65", "Hautes-Pyrénées"),
        ("66", "Pyrénées-Orientales"),
        ("81", "Tarn"),
        ("82", "Tarn-et-Garonne"),
    ),
    "Pays de la Loire": _deps(
        ("44", "Loire-Atlantique"),
        ("49", "Maine-et-Loire"),
        ("53", "Mayenne"),
        ("72", "Sarthe"),
        ("85", "Vendée"),
    ),
    "Provence-Alpes-Côte d'Azur": _deps(
        ("04", "Alpes-de-Haute-Provence"),
        ("05", "Hautes-Alpes"),
        ("06", "Alpes-Maritimes"),
        ("13", "Bouches-du-Rhône"),
        ("83", "Var"),
        ("84", "Vaucluse"),
    ),
    "Guadeloupe": _deps(("971", "Guadeloupe")),
    "Martinique": _deps(("972", "Martinique")),
    "Guyane": _deps(("973", "Guyane")),
    "La Réunion": _deps(("974", "La Réunion")),
    "Mayotte": _deps(("976", "Mayotte")),
}

# Usual abbreviations, and the regions of before 2016 (the 2013 call used them), each of which
# lies wholly inside one of today's regions.
_REGION_ALIASES: dict[str, str] = {
    "PACA": "Provence-Alpes-Côte d'Azur",
    "Provence": "Provence-Alpes-Côte d'Azur",
    "IDF": "Île-de-France",
    "AURA": "Auvergne-Rhône-Alpes",
    "ARA": "Auvergne-Rhône-Alpes",
    "BFC": "Bourgogne-Franche-Comté",
    "CVL": "Centre-Val de Loire",
    "Centre": "Centre-Val de Loire",
    "HDF": "Hauts-de-France",
    "Réunion": "La Réunion",
    "Guyane française": "Guyane",
    "Alsace": "Grand Est",
    "Lorraine": "Grand Est",
    "Champagne-Ardenne": "Grand Est",
    "Alsace-Champagne-Ardenne-Lorraine": "Grand Est",
    "ACAL": "Grand Est",
    "Aquitaine": "Nouvelle-Aquitaine",
    "Limousin": "Nouvelle-Aquitaine",
    "Poitou-Charentes": "Nouvelle-Aquitaine",
    "Aquitaine-Limousin-Poitou-Charentes": "Nouvelle-Aquitaine",
    "Auvergne": "Auvergne-Rhône-Alpes",
    "Rhône-Alpes": "Auvergne-Rhône-Alpes",
    "Bourgogne": "Bourgogne-Franche-Comté",
    "Franche-Comté": "Bourgogne-Franche-Comté",
    "Basse-Normandie": "Normandie",
    "Haute-Normandie": "Normandie",
    "Languedoc-Roussillon": "Occitanie",
    "Midi-Pyrénées": "Occitanie",
    "Languedoc-Roussillon-Midi-Pyrénées": "Occitanie",
    "Nord-Pas-de-Calais": "Hauts-de-France",
    "Picardie": "Hauts-de-France",
    "Nord-Pas-de-Calais-Picardie": "Hauts-de-France",
}

_DEPARTEMENT_ALIASES: dict[str, str] = {
    "Réunion": "974",
    "Belfort": "90",
    "Guyane française": "973",
}

_SHORT_WORDS = {"st": "saint", "ste": "sainte"}


def _key(text: str) -> str:
    """Case, accents, blanks, hyphens and apostrophes ignored; "St" read as "Saint"."""
    decomposed = unicodedata.normalize("NFKD", text).casefold()
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    words = re.findall(r"[a-z0-9]+", plain)
    return "".join(_SHORT_WORDS.get(word, word) for word in words)


def _strip_region_prefix(key: str) -> str:
    return key.removeprefix("region") or key


_REGION_BY_KEY: dict[str, str] = {
    **{_key(alias): region for alias, region in _REGION_ALIASES.items()},
    **{_key(region): region for region in REGIONS},
}
_DEPARTEMENTS: dict[str, Departement] = {dep.code: dep for deps in REGIONS.values() for dep in deps}
_REGION_OF_CODE: dict[str, str] = {
    dep.code: region for region, deps in REGIONS.items() for dep in deps
}
_DEPARTEMENT_BY_KEY: dict[str, Departement] = {
    **{_key(alias): _DEPARTEMENTS[code] for alias, code in _DEPARTEMENT_ALIASES.items()},
    **{_key(dep.name): dep for dep in _DEPARTEMENTS.values()},
}

# "01 - Ain", "01 Ain", "Ain (01)": a code and a name given together.
_CODE_FIRST = re.compile(r"^\s*(\d{1,3}|2[ab])\b[\s\-–—:.]*(.+?)\s*$", re.IGNORECASE | re.ASCII)
_CODE_LAST = re.compile(r"^\s*(.+?)\s*\(\s*(\d{1,3}|2[ab])\s*\)\s*$", re.IGNORECASE | re.ASCII)


def find_region(text: str) -> str | None:
    """The current region `text` names (alias or pre-2016 region allowed), else None."""
    key = _key(text)
    if not key:
        return None
    return _REGION_BY_KEY.get(key) or _REGION_BY_KEY.get(_strip_region_prefix(key))


def _by_code(text: str) -> Departement | None:
    code = text.strip().upper()
    if code.isascii() and code.isdigit() and len(code) == 1:
        code = "0" + code  # "1" typed, or a leading zero lost by a spreadsheet
    return _DEPARTEMENTS.get(code)


def find_departement(text: str | int | float) -> Departement | None:
    """The département given by code ("01", "1", "2a", "971"), name, or both ("01 - Ain")."""
    if isinstance(text, float) and text.is_integer():
        text = int(text)  # a code cell a spreadsheet turned into a number
    text = str(text)
    found = _by_code(text) or _DEPARTEMENT_BY_KEY.get(_key(text))
    if found is not None:
        return found
    for pattern, code_group, name_group in ((_CODE_FIRST, 1, 2), (_CODE_LAST, 2, 1)):
        match = pattern.match(text)
        if match is None:
            continue
        by_code = _by_code(match.group(code_group))
        by_name = _DEPARTEMENT_BY_KEY.get(_key(match.group(name_group)))
        if by_code is not None and by_code == by_name:
            return by_code
    return None


def region_of(dep_code: str | int | float) -> str | None:
    """The region of a département given by code or name, else None."""
    dep = find_departement(dep_code)
    return None if dep is None else _REGION_OF_CODE[dep.code]


def departement_in_region(dep_code: str | int | float, region: str) -> bool:
    """Whether the département lies in the region; either given as loosely as the look-ups allow.

    False when either is unknown: the caller reports the unknown one separately.
    """
    wanted = find_region(region)
    return wanted is not None and region_of(dep_code) == wanted
