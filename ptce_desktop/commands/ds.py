"""`ptce ds mapping` and the platform branch of `ptce import`: exports of the State's dossier
platform (Démarche Numérique)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..io import ds_mapping
from ..io.archive import UnsafeSource
from ..io.ds_export import NotAnExport
from ..io.files import write_atomic
from ..services import ds_import, importing
from .base import Subparsers, UserError, open_store


def register(sub: Subparsers) -> None:
    p = sub.add_parser("ds", help="exports de Démarche Numérique (démarches-simplifiées)")
    ds_sub = p.add_subparsers(dest="ds_command", metavar="ACTION", required=True)
    m = ds_sub.add_parser("mapping", help="proposer la correspondance colonnes → champs (TOML)")
    m.add_argument("file", help="fichier d'appel (.ptce)")
    m.add_argument("export", help="export de la démarche (.xlsx, .ods ou .csv)")
    m.add_argument("--out", required=True, help="fichier de correspondance à écrire (.toml)")
    m.add_argument("--prefix", default="", help="préfixe de nos numéros, ex. AMI-2022-")
    m.set_defaults(handler=cmd_mapping)


def cmd_mapping(args: argparse.Namespace) -> int:
    out = Path(args.out)
    with open_store(args) as store:
        try:
            export = ds_import.read(Path(args.export))
            mapping = ds_import.proposed_mapping(store, export, prefix=args.prefix)
        except (NotAnExport, UnsafeSource, ds_mapping.MappingError) as exc:
            raise UserError(str(exc)) from None
        if args.prefix:
            mapping.prefix = args.prefix
    try:
        write_atomic(out, ds_mapping.to_toml(mapping, export).encode())
    except OSError as exc:
        raise UserError(f"{out} : écriture impossible ({exc.strerror or exc})") from exc
    chosen = sum(1 for v in mapping.fields.values() if v)
    print(
        f"Correspondance proposée : {out} ({chosen} champ(s) reconnu(s) sur "
        f"{len(ds_mapping.DOSSIER_TARGETS)}) ; relisez-la puis : ptce import {args.file} "
        f"{args.export} --mapping {out}"
    )
    return 0


def cmd_import_export(args: argparse.Namespace) -> int:
    """`ptce import FILE EXPORT [--attachments ZIP] [--mapping MAP.toml]`."""
    source = Path(args.source)
    mapping_text = None
    if args.mapping:
        try:
            mapping_text = Path(args.mapping).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise UserError(f"{args.mapping} : lecture impossible ({exc})") from None
    attachments = Path(args.attachments) if args.attachments else None
    if attachments is not None and not attachments.is_file():
        raise UserError(f"{attachments} : archive des pièces introuvable")
    with open_store(args) as store:
        try:
            plan = ds_import.plan_ds_import(
                store,
                source,
                mapping_text=mapping_text,
                mapping_where=Path(args.mapping).name if args.mapping else "correspondance",
                attachments=attachments,
            )
        except (
            ds_import.MappingMissing,
            ds_mapping.MappingError,
            NotAnExport,
            UnsafeSource,
        ) as exc:
            raise UserError(str(exc)) from None
        for warning in plan.problems.warnings:
            print(f"avertissement : {warning}", file=sys.stderr)
        try:
            result = ds_import.apply_ds_import(store, plan)
        except importing.ImportRefused as exc:
            for line in exc.lines():
                print(line, file=sys.stderr)
            raise UserError(str(exc)) from None
    print(f"{source.name} (démarche « {plan.export.procedure} ») : {result.summary()}")
    for line in plan.report():
        print(line)
    if not plan.mapping_saved:
        print(
            f"Correspondance enregistrée pour la démarche « {plan.export.procedure} » : "
            "les prochains exports s'importent sans --mapping"
        )
    print(f"Copie de sauvegarde avant import : {result.backup}")
    return 0
