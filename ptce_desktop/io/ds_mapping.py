"""The mapping from a platform export's columns to our fields, as a commented TOML file.

`propose(export)` guesses it from the headers (accents and case folded) and from the values
(SIRET, amounts, régions, départements, communes with their INSEE code, file names);
`to_toml` writes it with the export's sample values as comments; `from_toml` reads it back,
refusing unknown fields with a message that names the key. The mapping is saved in the call
file under the procedure so that the next export imports without it.
"""

from __future__ import annotations

import json
import re
import tomllib
from collections.abc import Callable
from dataclasses import dataclass, field

from ..domain import siret as siret_rules
from ..domain.model import CofundingStatus, MemberCategory
from ..domain.regions import find_departement, find_region
from ..text import t
from .ds_export import DsExport, Table, fold_key
from .parsing import ParseError, _words_key, parse_amount, parse_category, parse_cofunding_status


class MappingError(ValueError):
    """A mapping file that cannot be used; the message names the file and the key."""


@dataclass(frozen=True, slots=True)
class Target:
    label: str  # French, for comments and the assistant
    kind: str = "text"  # text, amount, int, date, siret, region, departement, commune, list
    hints: tuple[str, ...] = ()  # folded words a header may contain
    required: bool = False


# Kinds whose values may come from several headers, joined by a space (a first and last name):
# joined amounts, dates or codes would be neither one value nor the other.
JOINABLE_KINDS = frozenset({"text", "list", "commune"})

DOSSIER_TARGETS: dict[str, Target] = {
    "pole_name": Target(
        "Nom du pôle",
        hints=("nom du pole", "nom du ptce", "intitule du projet", "nom du projet"),
        required=True,
    ),
    "lead_name": Target(
        "Structure porteuse",
        hints=(
            "entreprise raison sociale",
            "association titre",
            "raison sociale",
            "structure porteuse",
        ),
        required=True,
    ),
    "lead_siret": Target("SIRET du porteur", "siret", ("etablissement siret", "siret")),
    "lead_legal_form": Target(
        "Forme juridique", hints=("entreprise forme juridique", "forme juridique")
    ),
    "region": Target("Région", "region", ("region",), required=True),
    "departement": Target("Département", "departement", ("departement",)),
    "communes": Target("Communes", "commune", ("commune",)),
    "sectors": Target("Secteurs", "list", ("secteur", "filiere")),
    "submitted_on": Target("Date de dépôt", "date", ("depose le",)),
    "total_cost": Target("Coût total", "amount", ("cout total", "budget total")),
    "amount_requested": Target(
        "Montant demandé",
        "amount",
        (
            "subvention demandee",
            "montant demande",
            "montant sollicite",
            "aide demandee",
            "montant de la subvention",
        ),
        required=True,
    ),
    "jobs_existing": Target("Emplois existants", "int", ("emplois existants", "nombre d emplois")),
    "jobs_created": Target(
        "Emplois créés", "int", ("emplois crees", "emplois a creer", "creations d emplois")
    ),
    "jobs_integration": Target("Emplois en insertion", "int", ("insertion",)),
    "pooling": Target("Mutualisations", hints=("mutualisation",)),
    "summary": Target("Résumé", hints=("resume", "presentation du projet", "description")),
    "contact_name": Target("Contact : nom", hints=("prenom", "nom du contact", "nom")),
    "contact_email": Target("Contact : courriel", hints=("email", "courriel")),
    "contact_phone": Target("Contact : téléphone", hints=("telephone",)),
}
MEMBER_TARGETS: dict[str, Target] = {
    "name": Target("Nom du membre", hints=("nom", "raison sociale", "structure"), required=True),
    "category": Target(
        "Catégorie", "category", ("categorie", "type de structure", "ess"), required=True
    ),
    "siret": Target("SIRET", "siret", ("siret",)),
    "role": Target("Rôle", hints=("role",)),
}
COFUNDING_TARGETS: dict[str, Target] = {
    "funder": Target("Financeur", hints=("financeur", "organisme"), required=True),
    "amount": Target("Montant", "amount", ("montant",), required=True),
    "funder_type": Target("Type de financeur", hints=("type",)),
    "status": Target("Statut", "status", ("statut", "etat")),
}
VALUE_FIELDS = ("category", "status")  # block fields whose values always go through a table
CATEGORY_CODES = tuple(c.value for c in MemberCategory)
STATUS_CODES = tuple(s.value for s in CofundingStatus)
DEFAULT_PDF_KIND = "dossier_plateforme"
_DERIVED = re.compile(r"\((?:code|code insee|departement|commune)\)$|/(?:primaire|secondaire)$")
_FILE_NAME = re.compile(
    r"[^,@/]+\.(?:pdf|docx?|odt|xlsx?|ods|csv|txt|rtf|pptx?|odp|jpe?g|png|gif|zip)", re.IGNORECASE
)


@dataclass(slots=True)
class BlockMapping:
    sheet: str
    fields: dict[str, str] = field(default_factory=dict)  # our field -> header key


@dataclass(slots=True)
class DsMapping:
    procedure: str
    prefix: str
    fields: dict[str, list[str]] = field(default_factory=dict)  # our field -> header keys
    members: BlockMapping | None = None
    cofundings: BlockMapping | None = None
    attachments: dict[str, str] = field(default_factory=dict)  # file question -> kind
    dossier_pdf: str = DEFAULT_PDF_KIND  # kind of the dossier's own PDF ("": left out)
    values: dict[str, dict[str, str]] = field(default_factory=dict)  # field -> value -> ours

    def translate(self, field_name: str, value: str) -> str | None:
        """Our value for an export value, None when the table has no line for it."""
        table = self.values.get(field_name, {})
        if value in table:
            return table[value]
        key = _words_key(value)
        return next((v for k, v in table.items() if _words_key(k) == key), None)


# --- guessing ----------------------------------------------------------------------------


def _score(header: str, hints: tuple[str, ...]) -> int:
    words = _words_key(header.split("#")[0])
    best = 0
    for rank, hint in enumerate(hints):
        if words == hint:
            return 1000 - rank
        if re.search(rf"\b{re.escape(hint)}s?\b", words):
            best = max(best, 100 + len(hint) - rank)
    return best


def _share(values: list[str], test: Callable[[str], bool]) -> float:
    return sum(1 for v in values if test(v)) / len(values) if values else 0.0


def _is_amount(value: str) -> bool:
    try:
        return parse_amount(value) is not None
    except ParseError:
        return False


def _is_siret(value: str) -> bool:
    digits = siret_rules.normalize(value)
    return len(digits) == 14 and siret_rules.siret_problem(digits) is None


def _values_fit(kind: str, values: list[str]) -> bool:
    if not values:
        return True
    checks = {
        "amount": _is_amount,
        "int": _is_amount,
        "siret": _is_siret,
        "region": lambda v: find_region(v) is not None,
        "departement": lambda v: find_departement(v) is not None,
    }
    check = checks.get(kind)
    return check is None or _share(values, check) >= 0.5


def _derived(key: str) -> bool:
    """A column the platform adds beside a question: `(Code)`, `(Code INSEE)`, `/primaire`."""
    return _DERIVED.search(fold_key(key).replace("_", " ")) is not None


def _candidates(table: Table, used: set[str]) -> list[str]:
    return [k for k in table.keys if k and k not in used and not _derived(k)]


def guess_fields(table: Table, targets: dict[str, Target], skip: set[str]) -> dict[str, str]:
    """Each target gets the best-scoring header whose values fit its kind."""
    found: dict[str, str] = {}
    used = set(skip)
    for name, target in targets.items():
        scored = []
        for key in _candidates(table, used):
            score = _score(key, target.hints)
            if score and _values_fit(target.kind, table.samples(key, 20)):
                scored.append((score, -table.keys.index(key), key))
        if scored:
            found[name] = max(scored)[2]
            used.add(found[name])
    return found


def _by_values(table: Table, kind: str, used: set[str]) -> str | None:
    for key in _candidates(table, used):
        values = table.samples(key, 20)
        if len(values) >= 1 and _values_fit(kind, values) and kind != "text":
            return key
    return None


def _commune_by_code(table: Table, used: set[str]) -> str | None:
    """A commune question, whatever its label: the platform adds `<label> (Code INSEE)`
    beside it, five characters each (`56121`, `2A004`)."""
    for key in _candidates(table, used):
        insee = table.find(f"{key} (Code INSEE)")
        codes = table.samples(insee, 20) if insee else []
        if codes and all(re.fullmatch(r"[0-9][0-9AB][0-9]{3}", c) for c in codes):
            return key
    return None


def file_questions(table: Table) -> list[str]:
    """Columns whose every value is a list of file names (`a.pdf, b.xlsx`)."""
    found = []
    for key in table.keys:
        values = table.samples(key, 20)
        if values and all(
            all(_FILE_NAME.fullmatch(part.strip()) for part in v.split(", ")) for v in values
        ):
            found.append(key)
    return found


def _kind_for(label: str, required: tuple[str, ...]) -> str:
    words = _words_key(label)
    for kind in required:
        if all(w in words.split() for w in _words_key(kind.replace("_", " ")).split()):
            return kind
    return "_".join(words.split()[:4])


def _block_for(export: DsExport, targets: dict[str, Target], words: tuple[str, ...]) -> str | None:
    best: tuple[int, str] | None = None
    for title, table in export.blocks.items():
        score = sum(3 for w in words if w in _words_key(title))
        score += len(guess_fields(table, targets, {"Dossier ID", "Ligne"}))
        required = [n for n, t in targets.items() if t.required]
        if all(n in guess_fields(table, targets, {"Dossier ID", "Ligne"}) for n in required) and (
            best is None or score > best[0]
        ):
            best = (score, title)
    return best[1] if best else None


def _value_table(
    values: list[str],
    parse: Callable[[str], MemberCategory | CofundingStatus],
    codes: tuple[str, ...],
) -> dict[str, str]:
    table = {}
    for v in values:
        try:
            table[v] = parse(v).value
        except ParseError:
            yes_no = _words_key(v)
            table[v] = {"oui": codes[0], "non": codes[1]}.get(yes_no, "")
    return table


def propose(
    export: DsExport, *, prefix: str = "", required_kinds: tuple[str, ...] = ()
) -> DsMapping:
    """The mapping the assistant starts from and `ptce ds mapping` writes."""
    table = export.dossiers
    files = file_questions(table)
    fields: dict[str, list[str]] = {
        k: [v] for k, v in guess_fields(table, DOSSIER_TARGETS, {"ID", *files}).items()
    }
    used = {h for hs in fields.values() for h in hs} | set(files)
    for name, kind in (
        ("region", "region"),
        ("departement", "departement"),
        ("lead_siret", "siret"),
    ):
        if name not in fields and (key := _by_values(table, kind, used)) is not None:
            fields[name] = [key]
            used.add(key)
    if "communes" not in fields and (key := _commune_by_code(table, used)) is not None:
        fields["communes"] = [key]
    if (first := table.find("Prénom")) and fields.get("contact_name") == [first]:
        last = table.find("Nom")
        fields["contact_name"] = [first, last] if last else [first]
    mapping = DsMapping(
        procedure=export.procedure, prefix=prefix or _default_prefix(export), fields=fields
    )
    members = _block_for(export, MEMBER_TARGETS, ("membre", "partenaire"))
    if members:
        block = export.blocks[members]
        mapping.members = BlockMapping(
            members, guess_fields(block, MEMBER_TARGETS, {"Dossier ID", "Ligne"})
        )
        if "category" in mapping.members.fields:
            values = block.samples(mapping.members.fields["category"], 50)
            mapping.values["category"] = _value_table(values, parse_category, CATEGORY_CODES)
    cofundings = _block_for(export, COFUNDING_TARGETS, ("financ",))
    if cofundings and cofundings != members:
        block = export.blocks[cofundings]
        mapping.cofundings = BlockMapping(
            cofundings, guess_fields(block, COFUNDING_TARGETS, {"Dossier ID", "Ligne"})
        )
        if "status" in mapping.cofundings.fields:
            values = block.samples(mapping.cofundings.fields["status"], 50)
            mapping.values["status"] = _value_table(values, parse_cofunding_status, STATUS_CODES)
    kinds = {q: _kind_for(q, required_kinds) for q in files}
    mapping.attachments = kinds
    missing = [k for k in required_kinds if k not in kinds.values()]
    mapping.dossier_pdf = missing[0] if missing else DEFAULT_PDF_KIND
    return mapping


def _default_prefix(export: DsExport) -> str:
    year = re.search(r"20[0-9]{2}", export.procedure)
    return f"DN-{year[0]}-" if year else "DN-"


# --- TOML --------------------------------------------------------------------------------


def _q(value: str) -> str:
    return json.dumps(value, ensure_ascii=False)  # a TOML basic string


def _samples_comment(table: Table | None, keys: list[str]) -> str:
    if table is None:
        return ""
    shown = [s[:30] for k in keys for s in table.samples(k, 2)]
    return f"  # {' | '.join(shown)}" if shown else ""


def _field_lines(
    targets: dict[str, Target], chosen: dict[str, list[str]], table: Table | None
) -> list[str]:
    lines = []
    for name, target in targets.items():
        keys = chosen.get(name, [])
        need = " (obligatoire)" if target.required else ""
        lines.append(f"# {target.label}{need}")
        if not keys:
            lines.append(f'# {name} = ""  # aucune colonne reconnue')
        elif len(keys) == 1:
            lines.append(f"{name} = {_q(keys[0])}{_samples_comment(table, keys)}")
        else:
            joined = ", ".join(_q(k) for k in keys)
            lines.append(f"{name} = [{joined}]{_samples_comment(table, keys)}")
    return lines


def to_toml(mapping: DsMapping, export: DsExport | None = None) -> str:
    dossiers = export.dossiers if export else None
    out = [
        "# Correspondance entre un export de Démarche Numérique et les champs de PTCE Desktop.",
        "# Chaque champ reçoit l'en-tête de la colonne qui le remplit (tel qu'écrit dans",
        "# l'export ; « Nom#2 » désigne la deuxième colonne intitulée « Nom »). Une liste",
        "# d'en-têtes joint leurs valeurs par une espace. Les commentaires montrent des valeurs.",
        "# Importer : ptce import FICHIER EXPORT --mapping CE_FICHIER.toml",
        "",
        f"procedure = {_q(mapping.procedure)}",
        "",
        "[numbering]",
        "# Nos numéros de dossier : ce préfixe suivi du numéro du dossier sur la plateforme.",
        f"prefix = {_q(mapping.prefix)}",
        "",
        "[fields]",
        *_field_lines(DOSSIER_TARGETS, mapping.fields, dossiers),
    ]
    for section, block, targets, help_ in (
        ("members", mapping.members, MEMBER_TARGETS, "Membres du pôle"),
        ("cofundings", mapping.cofundings, COFUNDING_TARGETS, "Cofinancements"),
    ):
        out += ["", f"[{section}]", f"# {help_} : la feuille du bloc répétable qui les donne."]
        if block is None:
            out.append('# sheet = ""  # aucun bloc reconnu')
            continue
        table = export.blocks.get(block.sheet) if export else None
        out.append(f"sheet = {_q(block.sheet)}")
        out += _field_lines(targets, {k: [v] for k, v in block.fields.items()}, table)
    out += [
        "",
        "[attachments]",
        "# Question « pièce jointe » de l'export = type de pièce chez nous (les pièces",
        "# obligatoires de l'appel se reconnaissent à leur type). « pdf du dossier » : le PDF",
        '# que la plateforme fait de chaque dossier ("" pour ne pas le garder).',
        f'"pdf du dossier" = {_q(mapping.dossier_pdf)}',
        *(f"{_q(q)} = {_q(k)}" for q, k in mapping.attachments.items()),
    ]
    for name, table_ in mapping.values.items():
        allowed = {"category": CATEGORY_CODES, "status": STATUS_CODES}.get(name)
        out += ["", f"[values.{name}]", "# Valeur dans l'export = valeur chez nous."]
        if allowed:
            out.append(f"# Valeurs possibles : {', '.join(allowed)}")
        for value, ours in table_.items():
            note = "  # à compléter" if not ours else ""
            out.append(f"{_q(value)} = {_q(ours)}{note}")
    return "\n".join(out) + "\n"


def _strings(where: str, value: object) -> list[str]:
    if isinstance(value, str):
        return [value] if value else []
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return list(value)
    raise MappingError(t("{where} : en-tête (texte) ou liste d'en-têtes attendu", where=where))


def _block(name: str, data: object, targets: dict[str, Target], where: str) -> BlockMapping | None:
    if data is None:
        return None
    if not isinstance(data, dict):
        raise MappingError(t("{where}, [{name}] : table attendue", where=where, name=name))
    sheet = data.get("sheet", "")
    if not sheet:
        return None
    fields: dict[str, str] = {}
    for key, value in data.items():
        if key == "sheet":
            continue
        if key not in targets:
            raise MappingError(
                t(
                    "{where}, [{name}] {key} : champ inconnu (attendu : {targets})",
                    where=where,
                    name=name,
                    key=key,
                    targets=", ".join(targets),
                )
            )
        headers = _strings(f"{where}, [{name}] {key}", value)
        if headers:
            fields[key] = headers[0]
    return BlockMapping(str(sheet), fields)


def from_toml(text_: str, *, where: str) -> DsMapping:
    """A mapping file read back; MappingError names the file and the key at fault."""
    try:
        data = tomllib.loads(text_)
    except tomllib.TOMLDecodeError as exc:
        raise MappingError(t("{where} : TOML illisible ({exc})", where=where, exc=exc)) from exc
    fields: dict[str, list[str]] = {}
    for key, value in (data.get("fields") or {}).items():
        if key not in DOSSIER_TARGETS:
            raise MappingError(t("{where}, [fields] {key} : champ inconnu", where=where, key=key))
        if headers := _strings(f"{where}, [fields] {key}", value):
            if len(headers) > 1 and DOSSIER_TARGETS[key].kind not in JOINABLE_KINDS:
                raise MappingError(
                    t(
                        "{where}, [fields] {key} : une seule colonne pour ce champ ({label}), "
                        "pas une liste",
                        where=where,
                        key=key,
                        label=DOSSIER_TARGETS[key].label,
                    )
                )
            fields[key] = headers
    attachments = dict(data.get("attachments") or {})
    pdf = attachments.pop("pdf du dossier", DEFAULT_PDF_KIND)
    values: dict[str, dict[str, str]] = {}
    for name, table in (data.get("values") or {}).items():
        if name not in DOSSIER_TARGETS and name not in VALUE_FIELDS:
            raise MappingError(
                t("{where}, [values.{name}] : champ inconnu", where=where, name=name)
            )
        allowed = {"category": CATEGORY_CODES, "status": STATUS_CODES}.get(name)
        for value, ours in table.items():
            if allowed and ours and ours not in allowed:
                raise MappingError(
                    t(
                        "{where}, [values.{name}] « {value} » = « {ours} » : valeur inconnue "
                        "(attendu : {allowed})",
                        where=where,
                        name=name,
                        value=value,
                        ours=ours,
                        allowed=", ".join(allowed),
                    )
                )
        values[name] = {str(k): str(v) for k, v in table.items()}
    numbering = data.get("numbering") or {}
    return DsMapping(
        procedure=str(data.get("procedure", "")),
        prefix=str(numbering.get("prefix", "")),
        fields=fields,
        members=_block("members", data.get("members"), MEMBER_TARGETS, where),
        cofundings=_block("cofundings", data.get("cofundings"), COFUNDING_TARGETS, where),
        attachments={str(k): str(v) for k, v in attachments.items()},
        dossier_pdf=str(pdf),
        values=values,
    )
