"""Our dossiers from the rows of a platform export, through a mapping: each field parsed as
its kind says (amounts, dates, SIRET, région, département with its code, commune with its
INSEE code), the repeated blocks as members and co-fundings, the `Avis` rows as expert
opinions, the attachments zip's files matched to their question; every problem placed by
sheet, row and column. Nothing here touches a call file.
"""

from __future__ import annotations

import hashlib
import mimetypes
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from typing import TypeVar

from ..domain import siret as siret_rules
from ..domain.model import Attachment, Cofunding, CofundingStatus, Dossier, Member, MemberCategory
from ..domain.regions import find_departement, find_region, region_of
from ..text import t, text_of
from . import ds_mapping
from .ds_export import Cell, DsExport, ExportFile, Record, Table
from .ds_mapping import DsMapping
from .parsing import (
    ParseError,
    is_blank,
    parse_amount,
    parse_category,
    parse_cofunding_status,
    parse_date,
    parse_int,
    shown,
)
from .workbook import Problems, text

_T = TypeVar("_T")

DRAFT = "brouillon"  # « État du dossier » of a dossier not yet deposited
INFO_HEADERS = {
    "state": ("État du dossier",),
    "archived": ("À archiver", "Archivé"),
    "updated_at": ("Dernière mise à jour le",),
    "file_updated_at": ("Dernière mise à jour du dossier le",),
    "deposited_at": ("Déposé le",),
    "instruction_at": ("Passé en instruction le",),
    "processed_at": ("Traité le",),
    "motivation": ("Motivation de la décision",),
    "instructeurs": ("Instructeurs",),
    "groupe": ("Groupe instructeur",),
}


@dataclass(slots=True)
class AvisNote:
    uid: str  # « dn-<platform ID>-<hash of expert, date, request> »: the annotation's uid
    expert: str
    body: str


def check_mapping(export: DsExport, mapping: DsMapping, where: str, problems: Problems) -> None:
    """Every header the mapping names must be in the export; a missing optional column is a
    warning (the form was republished), a missing required one an error."""
    table = export.dossiers
    for name, target in ds_mapping.DOSSIER_TARGETS.items():
        keys = mapping.fields.get(name, [])
        if not keys and target.required:
            problems.error(
                where,
                None,
                name,
                None,
                t(
                    "[fields] {name} ({label}) : aucune colonne choisie",
                    name=name,
                    label=target.label,
                ),
            )
        for key in keys:
            if table.find(key) is None:
                message = t(
                    "[fields] {name} : colonne « {key} » absente de l'export", name=name, key=key
                )
                if target.required:
                    problems.error(where, None, name, key, message)
                else:
                    problems.warn(
                        where, None, name, key, t("{message} : champ laissé vide", message=message)
                    )
    for section, block, targets in (
        ("members", mapping.members, ds_mapping.MEMBER_TARGETS),
        ("cofundings", mapping.cofundings, ds_mapping.COFUNDING_TARGETS),
    ):
        if block is None:
            continue
        sheet = export.blocks.get(block.sheet)
        if sheet is None:
            if export.format != "csv":
                problems.warn(
                    where,
                    None,
                    section,
                    block.sheet,
                    t(
                        "[{section}] feuille « {sheet} » absente de l'export (aucune ligne) "
                        ": aucun élément",
                        section=section,
                        sheet=block.sheet,
                    ),
                )
            continue
        for name, target in targets.items():
            header = block.fields.get(name)
            if header is None and target.required:
                problems.error(
                    where,
                    None,
                    name,
                    None,
                    t("[{section}] {name} : aucune colonne", section=section, name=name),
                )
            elif header is not None and sheet.find(header) is None:
                problems.error(
                    where,
                    None,
                    name,
                    header,
                    t(
                        "[{section}] {name} : colonne « {header} » absente de la feuille "
                        "« {sheet} »",
                        section=section,
                        name=name,
                        header=header,
                        sheet=block.sheet,
                    ),
                )
    for question in mapping.attachments:
        if table.find(question) is None:
            problems.warn(
                where,
                None,
                "attachments",
                question,
                t("[attachments] question « {question} » absente de l'export", question=question),
            )


class Reader:
    """Reads one record's fields through the mapping, placing each problem."""

    def __init__(self, mapping: DsMapping, problems: Problems) -> None:
        self.mapping, self.problems = mapping, problems
        self.failed = False

    def cell(self, table: Table, record: Record, key: str) -> Cell | None:
        found = table.find(key)
        return record.get(found) if found else None

    def error(self, cell: Cell | None, value: object, message: str, where: str = "") -> None:
        self.failed = True
        if cell is None:
            self.problems.error(where, None, None, value, message)
        else:
            self.problems.error(cell.where, cell.row, cell.header, value, message)

    def warn(self, cell: Cell, value: object, message: str) -> None:
        self.problems.warn(cell.where, cell.row, cell.header, value, message)

    def translated(self, name: str, cell: Cell) -> object:
        raw = cell.value
        if isinstance(raw, str) and name in self.mapping.values:
            ours = self.mapping.translate(name, raw.strip())
            if ours:
                return ours
        return raw

    def parse(self, name: str, kind: str, cell: Cell | None, *, required: bool) -> object:
        if cell is None or is_blank(cell.value) or text(cell.value) == "":
            if required:
                self.error(cell, "", t("{name} : valeur obligatoire absente", name=name))
            return None
        value = self.translated(name, cell)
        try:
            return _PARSERS[kind](value)
        except ParseError as exc:
            self.error(cell, value, text_of(exc))
            return None


def _siret(value: object) -> str:
    raw = text(value)
    return siret_rules.normalize(raw) if raw else ""


def _datetime_text(value: object) -> str:
    if isinstance(value, datetime):
        return value.isoformat(timespec="minutes")
    if isinstance(value, date):
        return value.isoformat()
    return text(value)


def _platform_date(value: object) -> date | None:
    """The platform's dates: datetime cells (xlsx), ISO text with time and offset (ods, csv)."""
    if isinstance(value, str) and "T" in value:
        value = value.split("T")[0]
    return parse_date(value)


def _parsed(value: object, kind: type[_T], name: str) -> _T | None:
    """A value `Reader.parse` gave, of the type its target's kind makes (see _PARSERS), or None
    when blank; any other type is a bug here, not a user's mistake."""
    if value is None or isinstance(value, kind):
        return value
    raise TypeError(f"{name} : {type(value).__name__} au lieu de {kind.__name__}")


_PARSERS: dict[str, Callable[[object], object]] = {
    "text": text,
    "list": text,
    "amount": parse_amount,
    "int": parse_int,
    "date": _platform_date,
    "siret": _siret,
    "region": text,
    "departement": text,
    "commune": text,
}


def read_dossier(
    export: DsExport, mapping: DsMapping, record: Record, numero: str, r: Reader
) -> Dossier:
    table = export.dossiers
    values: dict[str, object] = {}
    for name, target in ds_mapping.DOSSIER_TARGETS.items():
        keys = mapping.fields.get(name, [])
        cells = [c for k in keys if (c := r.cell(table, record, k)) is not None]
        if len(cells) > 1:  # several headers joined
            joined = " ".join(text(c.value) for c in cells if text(c.value))
            values[name] = joined
            if target.required and not joined:
                r.error(cells[0], "", t("{label} : valeur obligatoire absente", label=target.label))
            continue
        cell = cells[0] if cells else None
        if cell is None and target.required and keys and table.find(keys[0]) is not None:
            r.error(
                None, "", t("{label} : valeur obligatoire absente", label=target.label), table.where
            )
        values[name] = r.parse(name, target.kind, cell, required=target.required and bool(keys))
        if name == "communes" and cell is not None and values[name]:
            insee = r.cell(table, record, f"{cell.header} (Code INSEE)")
            if insee is not None and text(insee.value):
                values[name] = f"{values[name]} ({text(insee.value)})"
        if name == "departement" and cell is not None and values[name]:
            code = r.cell(table, record, f"{cell.header} (Code)")
            shown_value = (
                text(code.value) if code is not None and text(code.value) else text(values[name])
            )
            dep = find_departement(shown_value)
            if dep is None:
                r.error(
                    cell,
                    values[name],
                    t("département « {values} » inconnu", values=shown(values[name])),
                )
            values[name] = dep.code if dep else ""
        if name == "lead_siret" and cell is not None and values[name]:
            problem = siret_rules.siret_problem(text(values[name]))
            if problem:
                r.warn(
                    cell,
                    values[name],
                    t("{problem} (importé, signalé au contrôle)", problem=problem),
                )
    region_text = text(values.get("region") or "")
    region = find_region(region_text) if region_text else None
    if region is None and values.get("departement"):
        region = region_of(text(values["departement"]))
    if region is None:
        cell = next((r.cell(table, record, k) for k in mapping.fields.get("region", [])), None)
        r.error(
            cell,
            region_text,
            t("région « {region_text} » inconnue", region_text=shown(region_text)),
            table.where,
        )
    sectors = tuple(s.strip() for s in text(values.get("sectors") or "").split(", ") if s.strip())
    return Dossier(
        numero=numero,
        pole_name=text(values.get("pole_name") or ""),
        lead_name=text(values.get("lead_name") or ""),
        lead_siret=text(values.get("lead_siret") or ""),
        lead_legal_form=text(values.get("lead_legal_form") or ""),
        region=region or region_text,
        departement=text(values.get("departement") or ""),
        communes=text(values.get("communes") or ""),
        sectors=sectors,
        submitted_on=_parsed(values.get("submitted_on"), date, "submitted_on"),
        total_cost=_parsed(values.get("total_cost"), float, "total_cost"),
        amount_requested=_parsed(values.get("amount_requested"), float, "amount_requested") or 0.0,
        jobs_existing=_parsed(values.get("jobs_existing"), int, "jobs_existing"),
        jobs_created=_parsed(values.get("jobs_created"), int, "jobs_created"),
        jobs_integration=_parsed(values.get("jobs_integration"), int, "jobs_integration"),
        pooling=text(values.get("pooling") or ""),
        summary=text(values.get("summary") or ""),
        contact_name=text(values.get("contact_name") or ""),
        contact_email=text(values.get("contact_email") or ""),
        contact_phone=text(values.get("contact_phone") or ""),
    )


def platform_info(table: Table, record: Record, procedure: str, ref: str) -> dict[str, object]:
    info: dict[str, object] = {"platform": "Démarche Numérique", "procedure": procedure, "id": ref}
    for key, headers in INFO_HEADERS.items():
        for h in headers:
            found = table.find(h)
            if found and found in record and text(record[found].value):
                value = record[found].value
                if key == "instructeurs":
                    info[key] = text(value).split()
                else:
                    info[key] = _datetime_text(value) if key.endswith("_at") else text(value)
                break
    return info


def block_rows(export: DsExport, block: ds_mapping.BlockMapping | None) -> dict[str, list[Record]]:
    if block is None or block.sheet not in export.blocks:
        return {}
    sheet = export.blocks[block.sheet]
    id_key, line_key = sheet.find("Dossier ID"), sheet.find("Ligne")
    by_id: dict[str, list[Record]] = {}
    for record in sheet.records:
        ref = text(record[id_key].value) if id_key is not None and id_key in record else ""
        by_id.setdefault(ref, []).append(record)
    if line_key:
        for records in by_id.values():
            records.sort(key=lambda r: parse_int(r[line_key].value) or 0 if line_key in r else 0)
    return by_id


def read_members(
    export: DsExport, mapping: DsMapping, records: list[Record], r: Reader
) -> list[Member]:
    block = mapping.members
    if block is None:
        return []
    sheet = export.blocks[block.sheet]
    out = []
    for record in records:

        def get(name: str, record: Record = record) -> Cell | None:
            key = block.fields.get(name)
            return r.cell(sheet, record, key) if key else None

        name_cell, cat_cell = get("name"), get("category")
        name = text(name_cell.value) if name_cell else ""
        if not name:
            continue  # an empty line of the block
        category = _category(cat_cell, mapping, r)
        siret_cell, role_cell = get("siret"), get("role")
        if category is not None:
            out.append(
                Member(
                    name=name,
                    category=category,
                    siret=_siret(siret_cell.value) if siret_cell else "",
                    role=text(role_cell.value) if role_cell else "",
                )
            )
    return out


def _category(cell: Cell | None, mapping: DsMapping, r: Reader) -> MemberCategory | None:
    raw = text(cell.value) if cell else ""
    ours = mapping.translate("category", raw) if raw else None
    try:
        return MemberCategory(ours) if ours else parse_category(raw)
    except (ParseError, ValueError):
        r.error(
            cell,
            raw,
            t(
                "catégorie « {raw} » sans traduction : ajoutez-la à [values.category] "
                "de la correspondance",
                raw=shown(raw),
            ),
        )
        return None


def read_cofundings(
    export: DsExport, mapping: DsMapping, records: list[Record], r: Reader
) -> list[Cofunding]:
    block = mapping.cofundings
    if block is None:
        return []
    sheet = export.blocks[block.sheet]
    out = []
    for record in records:

        def get(name: str, record: Record = record) -> Cell | None:
            key = block.fields.get(name)
            return r.cell(sheet, record, key) if key else None

        funder_cell = get("funder")
        funder = text(funder_cell.value) if funder_cell else ""
        if not funder:
            continue
        amount = _parsed(r.parse("amount", "amount", get("amount"), required=True), float, "amount")
        status_cell, type_cell = get("status"), get("funder_type")
        raw = text(status_cell.value) if status_cell else ""
        ours = mapping.translate("status", raw) if raw else None
        try:
            status = CofundingStatus(ours) if ours else parse_cofunding_status(raw)
        except (ParseError, ValueError):
            r.error(
                status_cell,
                raw,
                t(
                    "statut « {raw} » sans traduction : ajoutez-le à [values.status] "
                    "de la correspondance",
                    raw=shown(raw),
                ),
            )
            continue
        out.append(
            Cofunding(
                funder=funder,
                amount=amount or 0.0,
                funder_type=text(type_cell.value) if type_cell else "",
                status=status,
            )
        )
    return out


def avis_notes(export: DsExport, problems: Problems) -> dict[str, list[AvisNote]]:
    by_id: dict[str, list[AvisNote]] = {}
    for record in export.avis:

        def val(key: str, record: Record = record) -> str:
            return text(record[key].value) if key in record else ""

        expert, answer = val("expert"), val("answer")
        if not expert:
            if "dossier_id" in record:
                cell = record["dossier_id"]
                problems.warn(cell.where, cell.row, "Expert", "", t("avis sans expert : ignoré"))
            continue
        lines = [
            f"Avis d'expert (Démarche Numérique), demandé par {val('instructeur') or '—'}"
            f" le {val('created')[:10] or '—'}"
        ]
        lines.append(f"Demande : {val('introduction')}")
        if val("question"):
            lines.append(f"Question : {val('question')} — {val('yes_no') or 'sans réponse'}")
        answered = val("answered")[:10]
        lines.append(f"Réponse{f' du {answered}' if answered else ''} : {answer or 'en attente'}")
        key = hashlib.sha256(
            "\x1f".join((expert, val("created"), val("introduction"))).encode()
        ).hexdigest()[:16]
        uid = f"dn-{val('dossier_id')}-{key}"
        by_id.setdefault(val("dossier_id"), []).append(AvisNote(uid, expert, "\n".join(lines)))
    return by_id


def match_attachments(
    d: Dossier,
    files: list[ExportFile],
    table: Table,
    record: Record,
    mapping: DsMapping,
    problems: Problems,
    where: str,
) -> list[Attachment]:
    """The zip's files of one dossier, each matched to its question by its original name."""
    by_name: dict[str, str] = {}
    for question in mapping.attachments:
        key = table.find(question)
        if key and key in record:
            for name in text(record[key].value).split(", "):
                by_name.setdefault(name.strip(), question)
    out = []
    for f in files:
        if f.is_dossier_pdf:
            if not mapping.dossier_pdf:
                continue
            kind = mapping.dossier_pdf
        else:
            asked = by_name.get(f.name)
            if asked is None:
                asked = next((q for q in mapping.attachments if f.name.startswith(q)), None)
            kind = mapping.attachments.get(asked, "") if asked else ""
            if asked is None:
                problems.warn(
                    where,
                    None,
                    f.member,
                    f.name,
                    t(
                        "pièce « {name} » qu'aucune question de {numero} ne nomme : importée "
                        "sans type",
                        name=f.name,
                        numero=d.numero,
                    ),
                )
        mime = mimetypes.guess_type(f.name)[0] or "application/octet-stream"
        out.append(
            Attachment(
                filename=f.name, kind=kind, mime=mime, content=f.content, size=len(f.content)
            )
        )
    return out
