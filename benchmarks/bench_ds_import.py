"""Importing a Démarche Numérique export of 2,000 dossiers (6,000 members, 4,000 co-fundings,
one sheet per block), as a ratio to the floor: the ordinary `ptce import` of the same dossiers
from our own workbook (the same checks, audit log, backup and screening). Aim: at most 1.5x.
Then a re-import of the same export (every dossier matched by its platform ID, none changed).
"""

from __future__ import annotations

import tempfile
import time
from dataclasses import replace
from pathlib import Path

DOSSIERS = 2_000
AIM = 1.5


def _timed(fn) -> float:  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def main() -> None:
    from ptce_desktop.io import ds_mapping
    from ptce_desktop.services import ds_import, exporting, importing
    from ptce_desktop.services.calls import new_call
    from tests.ds_builder import DsExport, sample_dossiers

    folder = Path(tempfile.mkdtemp(prefix="ptce-bench-ds-"))
    base = sample_dossiers()[0]
    dossiers = [replace(base, id=str(20_000 + i), pole=f"Pôle {i}") for i in range(DOSSIERS)]
    export = DsExport(dossiers=dossiers).write_xlsx(folder)

    store = new_call(folder / "ds.ptce", title="DN", actor="bench", template="ptce-2013")
    parsed = ds_import.read(export)
    text = ds_mapping.to_toml(ds_mapping.propose(parsed, prefix="AMI-2022-"), parsed)
    ours = _timed(lambda: ds_import.import_export(store, export, mapping_text=text))
    again = _timed(lambda: ds_import.import_export(store, export))
    ours_xlsx = folder / "ours.xlsx"
    exporting.export(store, ours_xlsx)
    store.close()

    plain = new_call(folder / "plain.ptce", title="X", actor="bench", template="ptce-2013")
    floor = _timed(lambda: importing.import_source(plain, ours_xlsx))
    plain.close()
    ratio = ours / floor
    verdict = "within" if ratio <= AIM else "over"
    print(f"Démarche Numérique export of {DOSSIERS:,} dossiers (blocks, établissements, avis)")
    print(f"  floor (ptce import of the same dossiers from our workbook): {floor:6.2f} s")
    print(f"  ptce import of the export (mapping, blocks, avis):          {ours:6.2f} s")
    print(f"  re-import of the same export (all matched, unchanged):      {again:6.2f} s")
    print(f"  ratio: {ratio:.2f}x ({verdict} the {AIM}x aim)")
