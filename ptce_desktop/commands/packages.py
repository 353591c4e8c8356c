"""`ptce package export|open|return|import|pending|resolve`: rapporteurs working offline."""

from __future__ import annotations

import argparse
from pathlib import Path

from ..io.package import PackageError
from ..services import packages
from ..services.files import open_call
from ..services.people import PeopleError
from .base import Subparsers, UserError, open_store


def register(sub: Subparsers) -> None:
    p = sub.add_parser("package", help="paquets chiffrés des rapporteurs (travail hors ligne)")
    actions = p.add_subparsers(dest="package_command", metavar="ACTION", required=True)

    e = actions.add_parser("export", help="préparer le paquet chiffré d'un rapporteur")
    e.add_argument("file")
    e.add_argument("--rapporteur", required=True, help="id ou e-mail du rapporteur")
    e.add_argument("--out", required=True, help="paquet à écrire (.ptcepkg)")
    _passphrase(e)
    e.set_defaults(handler=cmd_export)

    o = actions.add_parser("open", help="ouvrir un paquet sur le portable du rapporteur")
    o.add_argument("package", help="paquet reçu (.ptcepkg)")
    _passphrase(o)
    o.add_argument("--workdir", help="dossier de travail (défaut : données de l'utilisateur)")
    o.set_defaults(handler=cmd_open)

    r = actions.add_parser("return", help="écrire le retour du rapporteur pour le secrétariat")
    r.add_argument("workdir", help="dossier de travail fait par « ptce package open »")
    r.add_argument("--out", required=True, help="retour à écrire (.ptcepkg)")
    _passphrase(r)
    r.set_defaults(handler=cmd_return)

    i = actions.add_parser("import", help="fusionner le retour d'un rapporteur dans l'appel")
    i.add_argument("file")
    i.add_argument("returns", nargs="+", metavar="RETOUR", help="retour(s) reçu(s) (.ptcepkg)")
    _passphrase(i)
    i.set_defaults(handler=cmd_import)

    w = actions.add_parser("pending", help="évaluations reçues en attente d'un choix")
    w.add_argument("file")
    w.set_defaults(handler=cmd_pending)

    s = actions.add_parser("resolve", help="choisir entre l'évaluation reçue et celle en place")
    s.add_argument("file")
    s.add_argument("--dossier", required=True, metavar="NUMERO")
    s.add_argument("--rapporteur", required=True, help="id ou e-mail du rapporteur")
    s.add_argument("--keep", required=True, choices=("ours", "theirs"))
    s.set_defaults(handler=cmd_resolve)


def _passphrase(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--passphrase-file",
        required=True,
        metavar="F",
        help="fichier dont la première ligne est la phrase de passe",
    )


def _read(args: argparse.Namespace) -> str:
    try:
        return packages.read_passphrase_file(Path(args.passphrase_file))
    except PackageError as exc:
        raise UserError(str(exc)) from exc


def _out(path: str) -> Path:
    out = Path(path)
    if not out.parent.is_dir():
        raise UserError(f"{out} : le dossier {out.parent} n'existe pas")
    return out


def cmd_export(args: argparse.Namespace) -> int:
    passphrase, out = _read(args), _out(args.out)
    with open_store(args) as store:
        try:
            done = packages.export_package(
                store, rapporteur=args.rapporteur, out=out, passphrase=passphrase
            )
        except (PackageError, PeopleError) as exc:
            raise UserError(f"{args.file} : {exc}") from exc
    print(
        f"Paquet pour {done.rapporteur} écrit : {done.path} ({done.dossiers} dossiers, "
        f"édition {done.edition}, {done.size / 1e6:.1f} Mo)"
    )
    return 0


def _existing(path: str) -> Path:
    found = Path(path)
    if not found.is_file():
        raise UserError(f"{found} : fichier introuvable")
    return found


def cmd_open(args: argparse.Namespace) -> int:
    passphrase, package = _read(args), _existing(args.package)
    try:
        opened = packages.open_package(
            package,
            passphrase=passphrase,
            actor=args.actor,
            workdir=Path(args.workdir) if args.workdir else None,
        )
    except PackageError as exc:
        raise UserError(str(exc)) from exc
    if opened.state == "updated":
        print(f"Nouvelle édition : {len(opened.added)} dossier(s) ajouté(s)", flush=True)
    elif opened.state == "resumed":
        print("Copie de travail reprise (rien n'a été remplacé)", flush=True)
    print(opened.folder)
    return 0


def cmd_return(args: argparse.Namespace) -> int:
    passphrase, out = _read(args), _out(args.out)
    try:
        path = packages.working_copy(Path(args.workdir))
        with open_call(path, actor=args.actor) as store:
            done = packages.make_return(store, out=out, passphrase=passphrase)
    except PackageError as exc:
        raise UserError(str(exc)) from exc
    print(
        f"Retour n° {done.sequence} écrit : {done.path} ({done.reviews} évaluation(s), "
        f"{done.annotations} annotation(s), {done.deleted_annotations} annotation(s) "
        f"supprimée(s), {done.conflicts} conflit(s) déclaré(s))"
    )
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    passphrase = _read(args)
    files = [_existing(r) for r in args.returns]
    with open_store(args) as store:
        for path in files:
            try:
                summary = packages.import_return(store, path, passphrase=passphrase)
            except PackageError as exc:
                raise UserError(str(exc)) from exc
            print("\n".join(summary.lines()), flush=True)
    return 0


def cmd_pending(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        waiting = packages.pending_reviews(store)
    if not waiting:
        print("Aucune évaluation en attente.")
    for item in waiting:
        ours, theirs = (packages.describe_review(r) for r in (item.ours, item.theirs))
        print(
            f"{item.numero}\t{item.rapporteur}\tretour n° {item.sequence}\t"
            f"en place : {ours}\treçue : {theirs}"
        )
    return 0


def cmd_resolve(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        try:
            packages.resolve_pending(
                store, numero=args.dossier, rapporteur=args.rapporteur, keep=args.keep
            )
        except (PackageError, PeopleError) as exc:
            raise UserError(f"{args.file} : {exc}") from exc
    kept = "celle du secrétariat" if args.keep == "ours" else "celle du rapporteur"
    print(f"{args.dossier} : évaluation retenue : {kept}")
    return 0
