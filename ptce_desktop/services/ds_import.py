"""Importing an export of the State's dossier platform (Démarche Numérique), and again when a
newer export of the same procedure comes.

`plan_ds_import` reads the export through a mapping (given, or the one saved in the call file
for the procedure), builds our dossiers and compares them with those already imported (matched
by the platform's ID): nothing is written. `apply_ds_import` writes the plan all or nothing,
after a backup: new dossiers added, changed ones updated field by field (audited), the
platform's expert opinions as shared annotations signed by their expert, the mapping saved;
what the committee added (reviews, other annotations, conflicts, decisions, eligibility
overrides) is never touched and a dossier gone from the export is reported, never deleted.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..domain.eligibility import evaluate
from ..domain.model import Dossier, stored_id
from ..io import ds_mapping
from ..io.archive import UnsafeSource
from ..io.ds_export import DsExport, ExportFile, NotAnExport, read_attachments, read_export
from ..io.ds_mapping import DsMapping, MappingError
from ..io.ds_records import (
    DRAFT,
    AvisNote,
    Reader,
    avis_notes,
    block_rows,
    check_mapping,
    match_attachments,
    platform_info,
    read_cofundings,
    read_dossier,
    read_members,
)
from ..io.parsing import shown
from ..io.workbook import Problems, text
from ..store import annotations as notes
from ..store import ds as rows
from ..store import intake
from ..store.calls import read_call
from ..store.db import CallStore
from ..store.dossiers import DOSSIER_FIELDS, dossier_id_by_numero, dossier_pole, load_dossiers
from ..store.eligibility import save_results
from ..text import Message, joined, t
from . import screening
from .importing import ADDED, CHANGED, FIELD_LABELS, UNCHANGED, ImportRefused, PlanEntry

Progress = Callable[[int, str], None]
INFO_LABELS = {
    "state": "état sur la plateforme",
    "archived": "à archiver",
    "updated_at": "dernière mise à jour",
    "deposited_at": "déposé le",
    "instruction_at": "passé en instruction le",
    "processed_at": "traité le",
    "motivation": "motivation de la décision",
    "instructeurs": "instructeurs",
    "groupe": "groupe instructeur",
}


class MappingMissing(ValueError):
    """A first export of a procedure, with no mapping given and none saved."""


def _noop(_p: int, _m: str) -> None:
    pass


@dataclass(slots=True)
class Incoming:
    """One dossier of the export as we will store it."""

    dossier: Dossier
    ref: str
    info: dict[str, Any]
    avis: list[AvisNote] = field(default_factory=list)
    row: int = 0


@dataclass(slots=True)
class DsPlan:
    export: DsExport
    mapping: DsMapping
    mapping_text: str
    mapping_saved: bool  # the mapping came from the call file
    incoming: list[Incoming]
    entries: list[PlanEntry]
    problems: Problems
    changes: dict[str, list[str]] = field(default_factory=dict)  # numero -> « champ : a → b »
    flagged: dict[str, str] = field(default_factory=dict)  # numero -> committee work
    gone: list[tuple[str, str]] = field(default_factory=list)  # (numero, pole)
    drafts: int = 0
    attachments_source: Path | None = None

    @property
    def ok(self) -> bool:
        return self.problems.errors_total == 0

    def count(self, action: str) -> int:
        return sum(e.action == action for e in self.entries)

    def summary(self) -> Message:
        parts = [
            t("{n} dossier(s) à ajouter", n=self.count(ADDED)),
            t("{n} à mettre à jour", n=self.count(CHANGED)),
            t("{n} inchangé(s)", n=self.count(UNCHANGED)),
            t("{n} brouillon(s) ignoré(s)", n=self.drafts),
        ]
        if self.gone:
            parts.append(t("{n} absent(s) de l'export (conservé(s))", n=len(self.gone)))
        if self.flagged:
            parts.append(t("{n} déjà examiné(s) par le comité : à revoir", n=len(self.flagged)))
        return t(
            "{parts} ; {pieces} pièce(s), {avis} avis d'expert",
            parts=joined(parts),
            pieces=sum(len(i.dossier.attachments) for i in self.incoming),
            avis=sum(len(i.avis) for i in self.incoming),
        )

    def report(self) -> list[str]:
        """What a re-import changes, field by field, and what the secretariat should know."""
        lines = []
        for numero, changes in self.changes.items():
            flag = f" (⚑ {self.flagged[numero]} : à revoir)" if numero in self.flagged else ""
            lines.append(f"{numero}{flag}")
            lines += [f"  {c}" for c in changes]
        for numero, pole in self.gone:
            lines.append(f"{numero} ({pole}) : absent de cet export, conservé dans le fichier")
        return lines


@dataclass(slots=True, frozen=True)
class DsResult:
    added: int
    changed: int
    unchanged: int
    drafts: int
    attachments: int
    avis: int
    eligible: int
    backup: Path

    def summary(self) -> Message:
        return t(
            "{added} dossier(s) ajouté(s), {changed} mis à jour, {unchanged} inchangé(s), "
            "{drafts} brouillon(s) ignoré(s) ; {attachments} pièce(s), {avis} avis d'expert ; "
            "{eligible} éligible(s) après contrôle",
            added=self.added, changed=self.changed, unchanged=self.unchanged,
            drafts=self.drafts, attachments=self.attachments, avis=self.avis,
            eligible=self.eligible,
        )  # fmt: skip


# --- the mapping -------------------------------------------------------------------------


def read(path: Path) -> DsExport:
    """The export; NotAnExport or UnsafeSource (a ValueError, French message) when it cannot
    be read at all."""
    return read_export(Path(path))


def required_kinds(store: CallStore) -> tuple[str, ...]:
    return read_call(store).eligibility.required_attachments


def proposed_mapping(store: CallStore, export: DsExport, *, prefix: str = "") -> DsMapping:
    """The mapping saved for the procedure if any, else the guessed one."""
    saved = rows.saved_mapping(store, export.procedure)
    if saved is not None:
        return ds_mapping.from_toml(saved, where="correspondance enregistrée")
    if not prefix:
        year = read_call(store).year
        prefix = f"DN-{year}-"
    return ds_mapping.propose(export, prefix=prefix, required_kinds=required_kinds(store))


def _mapping_for(
    store: CallStore, export: DsExport, mapping_text: str | None, where: str
) -> tuple[DsMapping, str, bool]:
    if mapping_text is None:
        saved = rows.saved_mapping(store, export.procedure)
        if saved is None:
            raise MappingMissing(
                t(
                    "{name} : premier export de la démarche « {procedure} », aucune "
                    "correspondance enregistrée ; proposez-en une avec « ptce ds mapping "
                    "FICHIER {name} --out correspondance.toml », relisez-la, puis importez "
                    "avec --mapping correspondance.toml",
                    name=export.name,
                    procedure=export.procedure,
                )
            )
        return ds_mapping.from_toml(saved, where="correspondance enregistrée"), saved, True
    return ds_mapping.from_toml(mapping_text, where=where), mapping_text, False


# --- planning ----------------------------------------------------------------------------


def _shown_value(value: object) -> str:
    if value in (None, "", ()):
        return "—"
    if isinstance(value, float) and value.is_integer():
        return f"{int(value):,}".replace(",", " ")
    if isinstance(value, tuple):
        return ", ".join(value)
    return shown(value)


def _children_key(d: Dossier) -> tuple[object, ...]:
    return (
        [(m.name, m.category, m.siret, m.role) for m in d.members],
        [(c.funder, c.funder_type, c.amount, c.status) for c in d.cofundings],
    )


def _changes(
    old: Dossier,
    old_info: dict[str, Any],
    new: Incoming,
    mapping: DsMapping,
    stored_hashes: set[str],
    known: dict[str, tuple[int, str]],
) -> list[str]:
    d = new.dossier
    lines = [
        f"{FIELD_LABELS[f]} : {_shown_value(getattr(old, f))} → {_shown_value(getattr(d, f))}"
        for f in DOSSIER_FIELDS
        if f != "numero" and getattr(old, f) != getattr(d, f)
    ]
    old_members, old_cof = _children_key(old)
    new_members, new_cof = _children_key(d)
    if mapping.members and old_members != new_members:
        lines.append(f"membres : {len(old.members)} → {len(d.members)}")
    if mapping.cofundings and old_cof != new_cof:
        lines.append(f"cofinancements : {len(old.cofundings)} → {len(d.cofundings)}")
    added = [a.filename for a in d.attachments if _sha(a.content) not in stored_hashes]
    if added:
        lines.append(f"pièces ajoutées : {', '.join(added)}")
    for key, label in INFO_LABELS.items():
        before, after = old_info.get(key), new.info.get(key)
        if before != after:
            lines.append(
                f"{label} : {_shown_value(_info_text(before))} → {_shown_value(_info_text(after))}"
            )
    fresh = [a for a in new.avis if a.uid not in known]
    edited = [a for a in new.avis if a.uid in known and known[a.uid][1] != a.body]
    if fresh:
        lines.append(f"avis d'expert : {len(fresh)} nouveau(x)")
    if edited:
        lines.append(f"avis d'expert : {len(edited)} modifié(s)")
    return lines


def _info_text(value: object) -> object:
    """`2022-05-20T16:00` -> `20/05/2022 16:00`; lists joined."""
    if isinstance(value, list):
        return " ".join(value)
    if isinstance(value, str) and len(value) >= 10 and value[4:5] == "-" and value[7:8] == "-":
        day = f"{value[8:10]}/{value[5:7]}/{value[:4]}"
        return f"{day} {value[11:16]}".strip()
    return value


def _sha(content: bytes) -> str:
    return hashlib.sha256(content).hexdigest()


def plan_ds_import(
    store: CallStore,
    export_path: Path,
    *,
    mapping_text: str | None = None,
    mapping_where: str = "correspondance",
    attachments: Path | None = None,
    progress: Progress = _noop,
) -> DsPlan:
    """Read the export through the mapping and compare it with the call file; writes nothing.

    Raises MappingMissing (no mapping given and none saved), MappingError (a mapping that
    cannot be read) or NotAnExport / UnsafeSource (the export or zip cannot be read)."""
    progress(5, "Lecture de l'export")
    export = read(export_path)
    mapping, text_, saved = _mapping_for(store, export, mapping_text, mapping_where)
    return plan_with(
        store,
        export,
        mapping,
        text_,
        saved=saved,
        attachments=attachments,
        mapping_where=mapping_where,
        progress=progress,
    )


def plan_with(
    store: CallStore,
    export: DsExport,
    mapping: DsMapping,
    mapping_text: str,
    *,
    saved: bool = False,
    attachments: Path | None = None,
    mapping_where: str = "correspondance",
    progress: Progress = _noop,
) -> DsPlan:
    """The plan for an export already read and a mapping (the assistant's current one)."""
    problems = Problems()
    for p in [*export.problems.errors, *export.problems.warnings]:
        problems.add(p)
    check_mapping(export, mapping, mapping_where, problems)
    files: dict[str, list[ExportFile]] = {}
    if attachments is not None:
        progress(20, "Lecture des pièces jointes")
        try:
            files = read_attachments(attachments, problems)
        except UnsafeSource as exc:
            problems.error(exc.where, None, None, None, exc.reason)
    progress(40, "Lecture des dossiers")
    plan = DsPlan(
        export, mapping, mapping_text, saved, [], [], problems, attachments_source=attachments
    )
    if not problems.errors_total:
        _read_dossiers(store, plan, files)
    progress(90, "Aperçu prêt")
    return plan


def _read_dossiers(store: CallStore, plan: DsPlan, files: dict[str, list[ExportFile]]) -> None:
    export, mapping, problems = plan.export, plan.mapping, plan.problems
    table = export.dossiers
    id_key, state_key = table.find("ID") or "", table.find("État du dossier")
    source = plan.attachments_source.name if plan.attachments_source else ""
    members = block_rows(export, mapping.members)
    cofundings = block_rows(export, mapping.cofundings)
    avis = avis_notes(export, problems)
    stored = rows.platform_dossiers(store)
    numeros = dossier_id_by_numero(store)
    seen: dict[str, int] = {}
    drafts: set[str] = set()
    for record in table.records:
        ref = text(record[id_key].value) if id_key in record else ""
        row = record.row
        state = text(record[state_key].value) if state_key and state_key in record else ""
        if state.strip().casefold() == DRAFT:
            plan.drafts += 1
            drafts.add(ref)
            continue
        if not ref:
            problems.error(table.where, row, "ID", "", t("dossier sans ID"))
            continue
        if ref in seen:
            problems.error(
                table.where,
                row,
                "ID",
                ref,
                t("ID « {ref} » en double (déjà ligne {seen})", ref=ref, seen=seen[ref]),
            )
            continue
        seen[ref] = row
        numero = f"{mapping.prefix}{ref}"
        r = Reader(mapping, problems)
        d = read_dossier(export, mapping, record, numero, r)
        if mapping.members and mapping.members.sheet in export.blocks:
            d.members = read_members(export, mapping, members.get(ref, []), r)
        if mapping.cofundings and mapping.cofundings.sheet in export.blocks:
            d.cofundings = read_cofundings(export, mapping, cofundings.get(ref, []), r)
        if ref in files:
            d.attachments = match_attachments(
                d, files[ref], table, record, mapping, problems, source
            )
        if ref not in stored and numero in numeros:
            r.error(
                record.get(id_key),
                ref,
                t(
                    "numéro « {numero} » déjà pris par un autre dossier du fichier "
                    "d'appel : changez le préfixe",
                    numero=numero,
                ),
            )
        if not r.failed:
            info = platform_info(table, record, export.procedure, ref)
            plan.incoming.append(Incoming(d, ref, info, avis.get(ref, []), row))
        if problems.full:
            break
    unknown = sorted(set(files) - set(seen) - drafts)
    for ref in unknown:
        problems.warn(
            source,
            None,
            None,
            ref,
            t("dossier-{ref} : absent de l'export, pièces ignorées", ref=ref),
        )
    _compare(store, plan, stored)
    present = set(seen) | drafts
    plan.gone = sorted(
        (numero, _pole(store, i))
        for ref, (i, numero, info) in stored.items()
        if info.get("procedure") == export.procedure and ref not in present
    )


def _pole(store: CallStore, dossier_id: int) -> str:
    return dossier_pole(store, dossier_id) or ""


def _outline(inc: Incoming) -> str:
    """A new dossier in one line, as it will be imported."""
    d = inc.dossier
    place = f"{d.region} ({d.departement})" if d.departement else d.region
    parts = [
        d.lead_name,
        place,
        f"{_shown_value(d.amount_requested)} € demandés",
        f"{len(d.members)} membre(s)",
        f"{len(d.cofundings)} cofinancement(s)",
    ]
    if d.attachments:
        parts.append(f"{len(d.attachments)} pièce(s)")
    if inc.avis:
        parts.append(f"{len(inc.avis)} avis d'expert")
    return " · ".join(parts)


def _compare(
    store: CallStore, plan: DsPlan, stored: dict[str, tuple[int, str, dict[str, Any]]]
) -> None:
    matched = [i for i in plan.incoming if i.ref in stored]
    ids = [stored[i.ref][0] for i in matched]
    old = {d.id: d for d in load_dossiers(store, ids=ids)} if ids else {}
    hashes = intake.attachment_hashes(store, ids) if ids else set()
    work = rows.committee_work(store, ids) if ids else {}
    known = rows.platform_notes(store, ids) if ids else {}
    where = plan.export.dossiers.where
    table = plan.export.dossiers
    absent = [
        name
        for name, keys in plan.mapping.fields.items()
        if keys and all(table.find(k) is None for k in keys)
    ]
    for inc in plan.incoming:
        d = inc.dossier
        if inc.ref not in stored:
            plan.entries.append(
                PlanEntry(d.numero, d.pole_name, ADDED, _outline(inc), where, inc.row)
            )
            continue
        dossier_id, numero, info = stored[inc.ref]
        d.numero = numero  # the number it was given, whatever the prefix says now
        d.id = dossier_id
        for name in absent:  # a column the export lost keeps the stored value
            setattr(d, name, getattr(old[dossier_id], name))
        mine = {h for i, h in hashes if i == dossier_id}
        changes = _changes(old[dossier_id], info, inc, plan.mapping, mine, known)
        if not changes:
            plan.entries.append(PlanEntry(numero, d.pole_name, UNCHANGED, "", where, inc.row))
            continue
        plan.changes[numero] = changes
        if dossier_id in work:
            plan.flagged[numero] = work[dossier_id]
        detail = " ; ".join(changes)
        if dossier_id in work:
            detail = f"⚑ {work[dossier_id]} : à revoir ; {detail}"
        plan.entries.append(PlanEntry(numero, d.pole_name, CHANGED, detail, where, inc.row))


# --- applying ----------------------------------------------------------------------------


def apply_ds_import(store: CallStore, plan: DsPlan, *, progress: Progress = _noop) -> DsResult:
    """Write the plan in one transaction after a backup, then screen the dossiers written.
    Raises ImportRefused, writing nothing, when the plan has problems or when the file
    changed since the plan was made."""
    if not plan.ok:
        raise ImportRefused(plan.export.path, plan.problems.errors, plan.problems.errors_total)
    progress(2, "Copie de sauvegarde")
    backup = store.backup("avant-import-demarche-numerique")
    action = {e.numero: e.action for e in plan.entries}
    new = [i for i in plan.incoming if action.get(i.dossier.numero) == ADDED]
    changed = [i for i in plan.incoming if action.get(i.dossier.numero) == CHANGED]
    with store.transaction(f"import Démarche Numérique de {plan.export.name}"):
        stored = rows.platform_dossiers(store)
        late = [i for i in new if i.ref in stored]
        late += [i for i in changed if i.ref not in stored]
        if late:
            problems = Problems()
            for i in late:
                problems.error(
                    plan.export.name,
                    None,
                    "ID",
                    i.ref,
                    t(
                        "le dossier {ref} a changé dans le fichier d'appel depuis l'aperçu "
                        ": relancez l'aperçu",
                        ref=i.ref,
                    ),
                )
            raise ImportRefused(plan.export.path, problems.errors, problems.errors_total)
        progress(10, f"Enregistrement de {len(new)} dossier(s)")
        rows.insert_platform_dossiers(store, [(i.dossier, i.ref, i.info) for i in new])
        progress(50, f"Mise à jour de {len(changed)} dossier(s)")
        for inc in changed:
            old = stored[inc.ref][2]
            if inc.dossier.numero in plan.flagged:
                inc.info["flag"] = (
                    f"modifié sur la plateforme ({plan.export.name}) après "
                    f"{plan.flagged[inc.dossier.numero]} : "
                    + " ; ".join(plan.changes[inc.dossier.numero])
                )
            elif "flag" in old:
                inc.info["flag"] = old["flag"]
        _update(store, plan, changed)
        progress(70, "Avis d'expert")
        avis = _write_avis(store, new + changed)
        rows.save_mapping(store, plan.export.procedure, plan.mapping_text)
        progress(80, "Contrôle d'éligibilité")
        call = read_call(store)
        with store.transaction("contrôle d'éligibilité"):
            save_results(store, ((stored_id(i.dossier), evaluate(call, i.dossier)) for i in new))
        if changed:
            screening.screen(store, dossier_ids=[stored_id(i.dossier) for i in changed])
    eligible = intake.eligible_count(store, [stored_id(i.dossier) for i in new + changed])
    progress(100, "Terminé")
    return DsResult(
        added=len(new),
        changed=len(changed),
        unchanged=plan.count(UNCHANGED),
        drafts=plan.drafts,
        attachments=sum(len(i.dossier.attachments) for i in new + changed),
        avis=avis,
        eligible=eligible,
        backup=backup,
    )


def _update(store: CallStore, plan: DsPlan, changed: list[Incoming]) -> None:
    """Own fields overwritten (audited); members and co-fundings replaced when the mapping
    gives their block; attachments added unless the same file is there."""
    ids = [stored_id(i.dossier) for i in changed]
    if not ids:
        return
    for inc in changed:
        rows.update_platform_dossier(store, inc.dossier, ref=inc.ref, info=inc.info)
    has_members = (
        plan.mapping.members is not None and plan.mapping.members.sheet in plan.export.blocks
    )
    has_cof = plan.mapping.cofundings is not None and (
        plan.mapping.cofundings.sheet in plan.export.blocks
    )
    if has_members:
        intake.delete_children(store, "members", ids)
    if has_cof:
        intake.delete_children(store, "cofundings", ids)
    hashes = intake.attachment_hashes(store, ids)
    for inc in changed:
        d = inc.dossier
        if not has_members:
            d.members = []
        if not has_cof:
            d.cofundings = []
        d.attachments = [a for a in d.attachments if (d.id, _sha(a.content)) not in hashes]
    intake.add_children(store, [i.dossier for i in changed])


def _write_avis(store: CallStore, written: list[Incoming]) -> int:
    """The platform's opinions as shared annotations signed by their expert; one already
    imported (same uid) is updated when its text changed. Returns how many were written."""
    known = rows.platform_notes(store, [stored_id(i.dossier) for i in written])
    experts: dict[str, int] = {}
    count = 0
    for inc in written:
        for a in inc.avis:
            if a.uid not in known:
                if a.expert not in experts:
                    experts[a.expert] = rows.expert(store, a.expert)
                rows.add_platform_note(
                    store,
                    uid=a.uid,
                    dossier_id=stored_id(inc.dossier),
                    person_id=experts[a.expert],
                    body=a.body,
                )
                count += 1
            elif known[a.uid][1] != a.body:
                notes.update(store, known[a.uid][0], body=a.body, shared=True)
                count += 1
    return count


def import_export(
    store: CallStore,
    export_path: Path,
    *,
    mapping_text: str | None = None,
    mapping_where: str = "correspondance",
    attachments: Path | None = None,
) -> tuple[DsPlan, DsResult]:
    """Plan then apply; raises ImportRefused (nothing written) on any problem."""
    plan = plan_ds_import(
        store,
        export_path,
        mapping_text=mapping_text,
        mapping_where=mapping_where,
        attachments=attachments,
    )
    return plan, apply_ds_import(store, plan)


__all__ = [
    "DsPlan",
    "DsResult",
    "MappingError",
    "MappingMissing",
    "NotAnExport",
    "UnsafeSource",
    "apply_ds_import",
    "import_export",
    "plan_ds_import",
    "plan_with",
    "proposed_mapping",
]
