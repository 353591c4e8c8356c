"""`ptce call show|export|apply`: a call's settings as a TOML file."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from ..domain.call_checks import InvalidSettings
from ..io.call_settings import SettingsFileError
from ..services import call_settings
from .base import Subparsers, UserError, open_store


def register(sub: Subparsers) -> None:
    p = sub.add_parser("call", help="paramètres de l'appel (fichier TOML)")
    call_sub = p.add_subparsers(dest="call_command", metavar="ACTION", required=True)
    s = call_sub.add_parser("show", help="afficher les paramètres de l'appel")
    s.add_argument("file")
    s.add_argument("--json", action="store_true", help="sortie JSON pour les scripts")
    s.set_defaults(handler=cmd_show)
    e = call_sub.add_parser("export", help="écrire les paramètres dans un fichier TOML commenté")
    e.add_argument("file")
    e.add_argument("out", help="fichier TOML à écrire")
    e.set_defaults(handler=cmd_export)
    a = call_sub.add_parser("apply", help="appliquer un fichier de paramètres TOML (audité)")
    a.add_argument("file")
    a.add_argument("settings", help="fichier TOML ; une clé absente prend sa valeur par défaut")
    a.set_defaults(handler=cmd_apply)


def _eur(x: float) -> str:
    return f"{x:,.0f} €".replace(",", "\u202f")


def cmd_show(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        data = call_settings.show(store)
    if args.json:
        json.dump(data, sys.stdout, indent=2, ensure_ascii=False)
        print()
        return 0
    print(f"{data['title']} ({data['year']}) — référence {data['reference']}, {data['place']}")
    print(f"Enveloppe : {_eur(data['envelope'])}, subventions de {_eur(data['grant_min'])} "
          f"à {_eur(data['grant_max'])}")  # fmt: skip
    for f in data["funders"]:
        print(f"  financeur {f['code']:<12} {_eur(f['amount']):>14}  {f['name']}")
    for c in data["criteria"]:
        scale = f"{c['scale_min']}–{c['scale_max']}"
        if "eliminatory_below" in c:
            scale += f", éliminatoire sous {c['eliminatory_below']:g}"
        print(f"  critère {c['code']:<16} poids {c['weight']:>4g}  échelle {scale}  {c['label']}")
    print("Départage : " + (", ".join(data["tie_break"]) or "(par défaut)"))
    print(f"Rapporteurs par dossier : {data['rapporteurs_per_dossier']}")
    off = [rule for rule, t in data["eligibility"].items() if not t["enabled"]]
    print("Règles d'éligibilité désactivées : " + (", ".join(off) or "aucune"))
    if data["grid_frozen"]:
        print(data["grid_frozen"][:1].upper() + data["grid_frozen"][1:])
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        call_settings.export(store, Path(args.out))
    print(f"Paramètres écrits : {args.out}")
    return 0


def cmd_apply(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        try:
            keys = call_settings.apply_file(store, Path(args.settings))
        except (InvalidSettings, SettingsFileError) as exc:
            raise UserError(f"{args.settings} : {exc}" if isinstance(exc, InvalidSettings)
                            else str(exc)) from exc  # fmt: skip
    print("Paramètres modifiés : " + ", ".join(keys) if keys else "Aucun changement.")
    return 0
