"""`ptce compare` (2 to 4 dossiers side by side, as a PDF) and `ptce disagreements` (the
dossiers where rapporteurs disagree most, for the committee to discuss first)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from ..io.files import write_atomic
from ..io.formatting import format_score
from ..services import compare
from ..services import decision_support as support
from .base import Subparsers, UserError, open_store


def register(sub: Subparsers) -> None:
    c = sub.add_parser("compare", help="comparer 2 à 4 dossiers côte à côte (PDF paysage)")
    c.add_argument("file")
    c.add_argument("numeros", nargs="+", metavar="NUMERO", help="2 à 4 numéros de dossier")
    c.add_argument("--out", required=True, help="fichier PDF à écrire")
    c.set_defaults(handler=cmd_compare)

    d = sub.add_parser(
        "disagreements", help="dossiers où les rapporteurs divergent, du plus au moins discuté"
    )
    d.add_argument("file")
    d.add_argument("--json", action="store_true", help="sortie JSON pour les scripts")
    d.set_defaults(handler=cmd_disagreements)


def cmd_compare(args: argparse.Namespace) -> int:
    n = len(args.numeros)
    if not compare.MIN_DOSSIERS <= n <= compare.MAX_DOSSIERS:
        raise UserError(
            f"comparer de {compare.MIN_DOSSIERS} à {compare.MAX_DOSSIERS} dossiers : "
            f"{n} numéro(s) donné(s)"
        )
    out = Path(args.out)
    if not out.parent.is_dir():
        raise UserError(f"{out} : le dossier {out.parent} n'existe pas")
    with open_store(args) as store:
        try:
            pdf = compare.comparison_pdf(store, compare.resolve_numeros(store, args.numeros))
        except compare.CompareError as exc:
            raise UserError(f"{args.file} : {exc}") from exc
    write_atomic(out, pdf)
    print(f"Comparaison écrite : {out}")
    return 0


def cmd_disagreements(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        found = compare.disagreements(store)
    if args.json:
        rows = [
            {"numero": d.numero, "pole_name": d.pole_name, "reviews": d.reviews,
             "max_spread": d.max_spread, "total_spread": d.total_spread,
             "spreads": d.spreads, "concerned": list(d.concerned), "raw_rank": d.raw_rank,
             "adjusted_rank": d.adjusted_rank, "moved": d.moved}
            for d in found
        ]  # fmt: skip
        json.dump(rows, sys.stdout, ensure_ascii=False, indent=2)
        print()
        return 0
    if not found:
        print("Aucun dossier n'a deux évaluations soumises.")
        return 0
    print(
        f"{'numéro':<14} {'pôle':<36} éval.  écart max  somme  rang brut→ajusté  "
        f"critères (écart ≥ {compare.GAP:g})"
    )
    for d in found:
        move = d.rank_move + (" *" if d.moved else "")
        print(
            f"{d.numero:<14} {d.pole_name[:36]:<36} {d.reviews:>5}  "
            f"{format_score(d.max_spread, decimals=0):>9}  "
            f"{format_score(d.total_spread, decimals=0):>5}  {move:>16}  "
            f"{', '.join(d.concerned) or '—'}"
        )
    if any(d.moved for d in found):
        print(f"* rang qui bouge de plus de {support.DEFAULT_MOVES} places une fois la sévérité "
              "des rapporteurs prise en compte (ptce calibration)")  # fmt: skip
    return 0
