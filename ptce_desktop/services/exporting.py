"""Exporting a call's results: one workbook (or a zip of CSV files) that reads back.

Sheets: dossiers, membres, cofinancements, pieces (the import's own shape, so an export is a
valid import source), then eligibilite, evaluations, classement, decisions and synthese.

Attachments travel beside the data so that the round trip is real:
- `OUT.xlsx`: the files go in a folder `OUT-pieces/` next to the workbook, and the `pieces`
  sheet names them relative to the workbook's folder (as the import expects); keep the
  workbook and the folder together when moving them;
- `OUT.zip`: the CSV files and a `pieces/` folder, all in one archive.
Each file is written atomically; the attachment folder is built aside, then swapped in.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Callable, Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any

from ..domain.conflicts import SET_ASIDE_LABEL
from ..domain.model import MEMBER_CATEGORY_LABELS, Opinion, Outcome, stored_id
from ..io import export as writer
from ..io.export import CellValue, Table
from ..io.files import safe_filename
from ..io.workbook import DOSSIER_ATTRS, SHEETS
from ..store import intake as rows
from ..store.calls import read_call
from ..store.db import CallStore
from ..store.dossiers import load_dossiers
from ..text import t
from .session_data import ranking

Progress = Callable[[int, str], None]
FORMATS = (".xlsx", ".zip")
_KINDS = {"amount": "amount", "int": "int", "date": "date"}
_STATE_LABELS = {"draft": "brouillon", "submitted": "soumise"}


def _noop(_p: int, _m: str) -> None:
    pass


def attachment_paths(store: CallStore, folder: str) -> Iterator[tuple[dict[str, Any], str]]:
    """Each attachment row with the relative path it is exported under (unique per file)."""
    used: set[str] = set()
    for r in rows.attachment_rows(store):
        base = f"{folder}/{safe_filename(r['numero'])}"
        path, n = f"{base}/{safe_filename(r['filename'])}", 1
        while path in used:  # two files of one dossier with the same name
            n += 1
            path = f"{base}/{n}/{safe_filename(r['filename'])}"
        used.add(path)
        yield r, path


def _table_for(sheet: str) -> Table:
    cols = SHEETS[sheet]
    return Table(sheet, [c.label for c in cols], [_KINDS.get(c.kind, "text") for c in cols])


def intake_tables(store: CallStore, folder: str) -> tuple[list[Table], list[tuple[str, int]]]:
    """dossiers, membres, cofinancements, pieces; and (relative path, attachment id) pairs."""
    dossiers = load_dossiers(store)
    t_dossiers, t_members = _table_for("dossiers"), _table_for("membres")
    t_cofundings, t_pieces = _table_for("cofinancements"), _table_for("pieces")
    for d in dossiers:
        row: list[CellValue] = []
        for col in SHEETS["dossiers"]:
            value = getattr(d, DOSSIER_ATTRS[col.key])
            row.append("; ".join(value) if col.key == "secteurs" else value)
        t_dossiers.rows.append(row)
        for m in d.members:
            t_members.rows.append(
                [d.numero, m.name, MEMBER_CATEGORY_LABELS[m.category], m.siret, m.role]
            )
        for c in d.cofundings:
            t_cofundings.rows.append([d.numero, c.funder, c.amount, c.funder_type, c.status.label])
    files: list[tuple[str, int]] = []
    for r, path in attachment_paths(store, folder):
        t_pieces.rows.append([r["numero"], path, r["kind"], r["sha256"]])
        files.append((path, r["id"]))
    return [t_dossiers, t_members, t_cofundings, t_pieces], files


def _yes(flag: object) -> str:
    return "oui" if flag else "non"


def _ts(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        return datetime.fromisoformat(value).replace(tzinfo=None, microsecond=0)
    except ValueError:
        return None


def eligibility_table(store: CallStore) -> Table:
    t = Table(
        "eligibilite",
        ["Numéro", "Nom du pôle", "Règle", "Résultat du contrôle", "Motif", "Dérogation",
         "Résultat retenu", "Justification de la dérogation", "Dérogation par", "Dérogation le"],
        ["text"] * 9 + ["date"],
        widths=[16, 40, 28, 14, 50, 11, 14, 50, 20, 14],
    )  # fmt: skip
    for r in rows.eligibility_rows(store):
        effective = r["passed"] if r["override_passed"] is None else r["override_passed"]
        overridden = r["override_passed"] is not None
        t.rows.append([
            r["numero"], r["pole_name"], r["label"] or r["rule"],
            "conforme" if r["passed"] else "non conforme", r["reason"], _yes(overridden),
            "conforme" if effective else "non conforme", r["override_reason"],
            r["override_by"], ts.date() if (ts := _ts(r["override_at"])) else None,
        ])  # fmt: skip
    return t


def reviews_table(store: CallStore) -> Table:
    t = Table(
        "evaluations",
        ["Numéro", "Nom du pôle", "Rapporteur", "État", "Critère", "Poids", "Note",
         "Commentaire", "Avis", "Soumise le"],
        ["text", "text", "text", "text", "text", "score", "score", "text", "text", "date"],
        widths=[16, 40, 24, 11, 40, 8, 8, 50, 13, 12],
    )  # fmt: skip
    for r in rows.review_rows(store):
        opinion = Opinion(r["opinion"]).label if r["opinion"] else ""
        submitted = _ts(r["submitted_at"])
        t.rows.append([
            r["numero"], r["pole_name"], r["rapporteur"],
            SET_ASIDE_LABEL if r["set_aside"] else _STATE_LABELS.get(r["state"], r["state"]),
            r["criterion"], r["weight"], r["score"], r["comment"], opinion,
            submitted.date() if submitted else None,
        ])  # fmt: skip
    return t


def ranking_table(store: CallStore) -> Table:
    t = Table(
        "classement",
        ["Rang", "Numéro", "Nom du pôle", "Région", "Note pondérée (/100)", "Évaluations",
         "Écart max", "Montant demandé", "Montant retenu pour l'enveloppe", "Cumul",
         "Dans l'enveloppe", "Liste de réserve", "Hors classement : motif"],
        ["int", "text", "text", "text", "score", "int", "score", "amount", "amount", "amount",
         "text", "text", "text"],
        widths=[7, 16, 40, 26, 12, 11, 9, 16, 16, 16, 11, 11, 40],
    )  # fmt: skip
    for e in ranking(store):
        t.rows.append([
            e.rank, e.numero, e.pole_name, e.region, e.weighted_score, e.review_count,
            e.max_spread, e.amount_requested, e.amount, e.cumulated if e.rank else None,
            _yes(e.within_envelope), _yes(e.reserve), e.excluded_reason,
        ])  # fmt: skip
    return t


def decisions_table(store: CallStore) -> Table:
    funders = read_call(store).funders
    splits = rows.decision_splits(store)
    t = Table(
        "decisions",
        ["Séance", "Date", "Numéro", "Nom du pôle", "Décision", "Rang en liste complémentaire",
         "Montant accordé",
         *[f"dont {f.name}" for f in funders], "Pour", "Contre", "Abstentions", "Motifs",
         "Conditions", "Décision en vigueur"],
        ["text", "date", "text", "text", "text", "int", "amount", *["amount"] * len(funders),
         "int", "int", "int", "text", "text", "text"],
    )  # fmt: skip
    for r in rows.decision_rows(store):
        split = splits.get(r["id"], {})
        t.rows.append([
            r["session"], date.fromisoformat(r["date"]), r["numero"], r["pole_name"],
            Outcome(r["outcome"]).label, r["reserve_rank"], r["amount_granted"],
            *[split.get(stored_id(f), 0.0) for f in funders], r["votes_for"], r["votes_against"],
            r["votes_abstain"], r["reasons"], r["conditions"], _yes(r["latest"]),
        ])  # fmt: skip
    return t


def summary_table(store: CallStore) -> Table:
    call = read_call(store)
    totals = rows.totals(store)
    summary = rows.eligibility_summary(store)
    granted = rows.granted_by_funder(store)
    decisions = [r for r in rows.decision_rows(store) if r["latest"]]
    selected = [r for r in decisions if Outcome(r["outcome"]).is_grant]
    t = Table(
        "synthese",
        ["Indicateur", "Nombre", "Montant"],
        ["text", "int", "amount"],
        widths=[48, 12, 18],
    )
    add = t.rows.append
    add(["Appel", None, None])
    add([f"{call.title} ({call.year})", None, None])
    add(["Enveloppe", None, call.envelope])
    add(["Dossiers reçus", totals["dossiers"], totals["requested"]])
    add(["Dossiers éligibles", sum(r["eligible"] == 1 for r in summary), None])
    add(["Dossiers non éligibles", sum(r["eligible"] == 0 for r in summary), None])
    add(["Dérogations aux règles d'éligibilité", sum(r["overrides"] or 0 for r in summary), None])
    add(["Décisions en vigueur", len(decisions), None])
    add(["Dossiers retenus", len(selected), sum(r["amount_granted"] for r in selected)])
    for f in call.funders:
        add([f"{f.name} : part de l'enveloppe", None, f.amount])
        add([f"{f.name} : accordé", None, granted.get(stored_id(f), 0.0)])
    t.rows[0][0] = f"Appel : {call.title} ({call.year})"
    del t.rows[1]
    return t


def export_tables(store: CallStore, folder: str, progress: Progress = _noop) -> tuple[
    list[Table], list[tuple[str, int]]
]:  # fmt: skip
    progress(5, "Dossiers, membres, cofinancements")
    tables, files = intake_tables(store, folder)
    progress(30, "Éligibilité")
    tables.append(eligibility_table(store))
    progress(40, "Évaluations")
    tables.append(reviews_table(store))
    progress(50, "Classement")
    tables.append(ranking_table(store))
    progress(60, "Décisions")
    tables.append(decisions_table(store))
    tables.append(summary_table(store))
    return tables, files


def pieces_folder(out: Path) -> Path:
    """Where the attachments of OUT.xlsx go: OUT-pieces/ beside it."""
    return out.with_name(f"{out.stem}-pieces")


def export(store: CallStore, out: Path, *, progress: Progress = _noop) -> Path:
    """Write OUT.xlsx (with OUT-pieces/ beside it) or OUT.zip; returns the path written."""
    out = Path(out)
    suffix = out.suffix.lower()
    if suffix not in FORMATS:
        raise ValueError(
            t("{name} : format d'export inconnu (.xlsx ou .zip attendu)", name=out.name)
        )
    if not out.parent.is_dir():
        raise ValueError(t("{parent} : dossier introuvable", parent=out.parent))
    if suffix == ".zip":
        tables, files = export_tables(store, "pieces", progress)
        progress(70, "Écriture de l'archive")
        contents = ((path, rows_content(store, i)) for path, i in files)
        writer.write_csv_zip(out, tables, contents)
    else:
        folder = pieces_folder(out)
        tables, files = export_tables(store, folder.name, progress)
        progress(70, "Pièces jointes")
        _write_folder(store, out.parent, folder, files, progress)
        progress(90, "Écriture du classeur")
        writer.write_xlsx(out, tables)
    _readable(out)
    progress(100, "Terminé")
    return out


def _readable(path: Path) -> None:
    """Temporary files are private (0600): give the export the user's usual permissions."""
    umask = os.umask(0)
    os.umask(umask)
    for p in [path, *(path.rglob("*") if path.is_dir() else ())]:
        p.chmod((0o777 if p.is_dir() else 0o666) & ~umask)


def rows_content(store: CallStore, attachment_id: int) -> bytes:
    from ..store.dossiers import attachment_content

    return attachment_content(store, attachment_id)


def _write_folder(
    store: CallStore, parent: Path, folder: Path, files: list[tuple[str, int]], progress: Progress
) -> None:
    """Fill a fresh folder aside, then swap it for the old one: never a half-written folder."""
    staging = Path(tempfile.mkdtemp(prefix=f".{folder.name}.", dir=parent))
    try:
        for n, (path, attachment_id) in enumerate(files):
            if n % 50 == 0:
                progress(70 + 20 * n // max(len(files), 1), "Pièces jointes")
            target = staging.joinpath(*path.split("/")[1:])
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(rows_content(store, attachment_id))
        old = None
        if folder.exists():
            old = folder.with_name(f".{folder.name}.old-{datetime.now():%Y%m%d%H%M%S%f}")
            folder.rename(old)
        staging.rename(folder)
        _readable(folder)
        if old is not None:
            shutil.rmtree(old, ignore_errors=True)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
