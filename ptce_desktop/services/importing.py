"""Importing candidacies: first a plan (what would be added, changed, refused), then the import
itself, all or nothing, in one transaction after a backup, followed by eligibility screening.

The same two steps serve `ptce import` and the GUI's Fichier > Importer dialog, which shows the
plan before anything is written.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from ..domain.eligibility import evaluate
from ..domain.model import Dossier, stored_id
from ..io.workbook import DOSSIER_ATTRS, MAX_PROBLEMS, Problem, Problems, read_dossiers
from ..store import intake as rows
from ..store.calls import read_call
from ..store.db import CallStore
from ..store.dossiers import DOSSIER_FIELDS, bulk_cache, insert_dossiers, load_dossiers
from ..store.eligibility import insert_first_results
from ..text import Message, joined, t
from . import screening

Progress = Callable[[int, str], None]
CHUNK = 1000

ADDED, CHANGED, UNCHANGED, REFUSED = "ajout", "modification", "inchangé", "refusé"
FIELD_LABELS = {
    "numero": t("numéro"), "pole_name": t("nom du pôle"), "lead_name": t("structure porteuse"),
    "lead_siret": t("SIRET"), "lead_legal_form": t("forme juridique"), "region": t("région"),
    "departement": t("département"), "communes": t("communes"), "sectors": t("secteurs"),
    "submitted_on": t("date de dépôt"), "total_cost": t("coût total"),
    "amount_requested": t("montant demandé"), "jobs_existing": t("emplois existants"),
    "jobs_created": t("emplois créés"), "jobs_integration": t("emplois en insertion"),
    "pooling": t("mutualisations"), "summary": t("résumé"), "contact_name": t("contact"),
    "contact_email": t("courriel"), "contact_phone": t("téléphone"),
    "members": t("membres"), "cofundings": t("cofinancements"), "attachments": t("pièces"),
}  # fmt: skip


class ImportRefused(Exception):
    """The source has problems: nothing was written. `problems` lists them."""

    def __init__(self, source: Path, problems: list[Problem], total: int) -> None:
        self.source, self.problems, self.total = source, problems, total
        count = (
            t("{total} problème(s) ou plus", total=total)
            if total >= MAX_PROBLEMS
            else t("{total} problème(s)", total=total)
        )
        super().__init__(
            t(
                "{name} : import refusé, {count} ; le fichier d'appel n'a pas été modifié",
                name=source.name,
                count=count,
            )
        )

    def lines(self) -> list[str]:
        lines = [str(p) for p in self.problems]
        if self.total > len(self.problems):
            more = self.total - len(self.problems)
            lines.append(t("… et {more} autre(s) problème(s)", more=more))
        if self.total >= MAX_PROBLEMS:
            lines.append(
                t(
                    "… lecture arrêtée après {limit} problèmes : corrigez-les, puis relancez "
                    "l'import",
                    limit=MAX_PROBLEMS,
                )
            )
        return lines


def _noop(_p: int, _m: str) -> None:
    pass


@contextmanager
def _cycle_collector_paused() -> Iterator[None]:
    """Python's cycle collector off while an import reads, checks and writes its rows: they
    are hundreds of thousands of long-lived objects (cells, dossiers, members, verdicts) and
    every full collection walked them all again, for no garbage (0.6 s of a 10,000-dossier
    import). Reference counting still frees everything as usual; only cycles wait, and the
    collector is back (if it was on) when the block ends, however it ends."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()


@dataclass(slots=True)
class PlanEntry:
    numero: str
    pole_name: str
    action: str  # ADDED, CHANGED, UNCHANGED, REFUSED
    detail: str = ""
    where: str = ""
    row: int | None = None


@dataclass(slots=True)
class ImportPlan:
    source: Path
    update: bool
    dossiers: list[Dossier]
    entries: list[PlanEntry]
    problems: Problems
    child_sheets: frozenset[str] = frozenset()
    existing: dict[str, int] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return self.problems.errors_total == 0

    def count(self, action: str) -> int:
        return sum(e.action == action for e in self.entries)

    def summary(self) -> Message:
        unchanged, refused = self.count(UNCHANGED), self.count(REFUSED)
        return t(
            "{added} dossier(s) à ajouter, {changed} à mettre à jour{unchanged}{refused} ; "
            "{members} membre(s), {cofundings} cofinancement(s), {attachments} pièce(s)",
            added=self.count(ADDED),
            changed=self.count(CHANGED),
            unchanged=t(", {n} inchangé(s)", n=unchanged) if unchanged else "",
            refused=t(", {n} refusé(s)", n=refused) if refused else "",
            members=sum(len(d.members) for d in self.dossiers),
            cofundings=sum(len(d.cofundings) for d in self.dossiers),
            attachments=sum(len(d.attachments) for d in self.dossiers),
        )


@dataclass(slots=True, frozen=True)
class ImportResult:
    added: int
    changed: int
    unchanged: int
    members: int
    cofundings: int
    attachments: int
    screened: int
    eligible: int
    backup: Path

    def summary(self) -> Message:
        return t(
            "{added} dossier(s) ajouté(s), {changed} mis à jour, {unchanged} inchangé(s) ; "
            "{members} membre(s), {cofundings} cofinancement(s), {attachments} pièce(s) ; "
            "éligibilité contrôlée sur {screened} dossier(s), {eligible} éligible(s)",
            added=self.added, changed=self.changed, unchanged=self.unchanged,
            members=self.members, cofundings=self.cofundings, attachments=self.attachments,
            screened=self.screened, eligible=self.eligible,
        )  # fmt: skip


def _children_key(d: Dossier) -> tuple[object, ...]:
    return (
        [(m.name, m.category, m.siret, m.role) for m in d.members],
        [(c.funder, c.funder_type, c.amount, c.status) for c in d.cofundings],
    )


def _differences(old: Dossier, new: Dossier, child_sheets: frozenset[str]) -> list[str]:
    changed = [f for f in DOSSIER_FIELDS if getattr(old, f) != getattr(new, f)]
    if "membres" in child_sheets and _children_key(old)[0] != _children_key(new)[0]:
        changed.append("members")
    if "cofinancements" in child_sheets and _children_key(old)[1] != _children_key(new)[1]:
        changed.append("cofundings")
    if {a.sha256 for a in old.attachments} >= {_sha(a.content) for a in new.attachments}:
        pass
    else:
        changed.append("attachments")
    return changed


def _sha(content: bytes) -> str:
    import hashlib

    return hashlib.sha256(content).hexdigest()


def plan_import(
    store: CallStore, source: Path, *, update: bool = False, progress: Progress = _noop
) -> ImportPlan:
    """Read and check the source, compare it with the call file; writes nothing."""
    with _cycle_collector_paused():
        return _plan(store, Path(source), update=update, progress=progress)


def _plan(store: CallStore, source: Path, *, update: bool, progress: Progress) -> ImportPlan:
    parsed = read_dossiers(source, progress)
    progress(80, "Comparaison avec le fichier d'appel")
    existing = rows_by_numero = _existing(store)
    entries: list[PlanEntry] = []
    matches = [d for d in parsed.dossiers if d.numero in existing]
    old = {d.numero: d for d in load_dossiers(store, ids=[existing[d.numero] for d in matches])}
    for d in parsed.dossiers:
        where, row = parsed.origin.get(d.numero, ("", None))
        if d.numero not in rows_by_numero:
            entries.append(PlanEntry(d.numero, d.pole_name, ADDED, "", where, row))
        elif not update:
            message = t(
                "numéro « {numero} » déjà présent dans le fichier d'appel : refusé (cochez "
                "« mettre à jour » ou --update pour le modifier)",
                numero=d.numero,
            )
            parsed.problems.error(where, row, parsed.numero_header, d.numero, message)
            refused = t("déjà présent")
            entries.append(PlanEntry(d.numero, d.pole_name, REFUSED, refused, where, row))
        else:
            # A column the source lacks keeps the stored value: an update never blanks it.
            for key, attr in DOSSIER_ATTRS.items():
                if key not in parsed.columns:
                    setattr(d, attr, getattr(old[d.numero], attr))
            diff = _differences(old[d.numero], d, parsed.child_sheets)
            action = CHANGED if diff else UNCHANGED
            detail = joined([FIELD_LABELS[f] for f in diff])
            entries.append(PlanEntry(d.numero, d.pole_name, action, detail, where, row))
    progress(90, "Aperçu prêt")
    return ImportPlan(
        source, update, parsed.dossiers, entries, parsed.problems, parsed.child_sheets, existing
    )


def _existing(store: CallStore) -> dict[str, int]:
    from ..store.dossiers import dossier_id_by_numero

    return dossier_id_by_numero(store)


def apply_import(store: CallStore, plan: ImportPlan, *, progress: Progress = _noop) -> ImportResult:
    """Write the plan in one transaction (after a backup), then screen the dossiers.

    Raises ImportRefused, writing nothing, when the plan has problems or when a numero appeared
    in the file since the plan was made (and no update was asked for).
    """
    if not plan.ok:
        raise ImportRefused(plan.source, plan.problems.errors, plan.problems.errors_total)
    with _cycle_collector_paused():
        return _apply(store, plan, progress=progress)


def _apply(store: CallStore, plan: ImportPlan, *, progress: Progress) -> ImportResult:
    members = sum(len(d.members) for d in plan.dossiers)
    cofundings = sum(len(d.cofundings) for d in plan.dossiers)
    attachments = sum(len(d.attachments) for d in plan.dossiers)
    progress(2, "Copie de sauvegarde")
    backup = store.backup("avant-import")
    action = f"import de {plan.source.name}" + (" (mise à jour)" if plan.update else "")
    by_action = {e.numero: e.action for e in plan.entries}
    with bulk_cache(store), store.transaction(action):
        existing = _existing(store)
        late = [d for d in plan.dossiers if d.numero in existing and not plan.update]
        if late:
            problems = Problems()
            for d in late:
                problems.error(
                    plan.source.name,
                    None,
                    "numero",
                    d.numero,
                    t("numéro « {numero} » déjà présent dans le fichier d'appel", numero=d.numero),
                )
            raise ImportRefused(plan.source, problems.errors, problems.errors_total)
        new = [d for d in plan.dossiers if d.numero not in existing]
        updated = [
            d
            for d in plan.dossiers
            if d.numero in existing and by_action.get(d.numero) != UNCHANGED
        ]
        total = max(len(new) + len(updated), 1)
        for i in range(0, len(new), CHUNK):
            progress(5 + 70 * i // total, f"Enregistrement des dossiers ({i}/{len(new)})")
            insert_dossiers(store, new[i : i + CHUNK])
        if updated:
            progress(5 + 70 * len(new) // total, "Mise à jour des dossiers existants")
            _update(store, updated, existing, plan.child_sheets)
        progress(80, "Contrôle d'éligibilité")
        ids = [stored_id(d) for d in new] + [existing[d.numero] for d in updated]
        # New dossiers are screened as they are in memory (complete: nothing else holds them);
        # updated ones are read back, as the file may keep members the source did not give.
        call = read_call(store)
        insert_first_results(store, ((stored_id(d), evaluate(call, d)) for d in new))
        if updated:
            screening.screen(store, dossier_ids=[existing[d.numero] for d in updated])
        screened = len(ids)
        progress(97, "Enregistrement")
    eligible = rows.eligible_count(store, ids)
    progress(100, "Terminé")
    return ImportResult(
        added=len(new),
        changed=len(updated),
        unchanged=sum(a == UNCHANGED for a in by_action.values()),
        members=members,
        cofundings=cofundings,
        attachments=attachments,
        screened=screened,
        eligible=eligible,
        backup=backup,
    )


def _update(
    store: CallStore, dossiers: list[Dossier], existing: dict[str, int], sheets: frozenset[str]
) -> None:
    """Own fields overwritten; members and co-fundings replaced when their sheet was given;
    attachments added unless the same file (same hash) is already there."""
    for d in dossiers:
        d.id = existing[d.numero]
        rows.update_dossier(store, d.id, d)
    ids = [existing[d.numero] for d in dossiers]
    if "membres" in sheets:
        rows.delete_children(store, "members", ids)
    if "cofinancements" in sheets:
        rows.delete_children(store, "cofundings", ids)
    stored = rows.attachment_hashes(store, ids)
    for d in dossiers:
        if "membres" not in sheets:
            d.members = []
        if "cofinancements" not in sheets:
            d.cofundings = []
        d.attachments = [a for a in d.attachments if (d.id, _sha(a.content)) not in stored]
    rows.add_children(store, dossiers)


def import_source(
    store: CallStore, source: Path, *, update: bool = False, progress: Progress = _noop
) -> tuple[ImportPlan, ImportResult]:
    """Plan then apply; raises ImportRefused (nothing written) on any problem."""
    plan = plan_import(store, source, update=update, progress=lambda p, m: progress(p // 3, m))
    result = apply_import(store, plan, progress=lambda p, m: progress(33 + 2 * p // 3, m))
    return plan, result
