"""Export: the round trip demo → export → import into a new file gives the same dossiers,
members, co-fundings and attachments; the workbook has every sheet, French headers and euros."""

from __future__ import annotations

import zipfile
from pathlib import Path

import openpyxl
import pytest

from ptce_desktop.cli import main as ptce
from ptce_desktop.io.export import EURO_FORMAT
from ptce_desktop.services import exporting
from ptce_desktop.services.calls import new_call
from ptce_desktop.store.db import CallStore
from ptce_desktop.store.dossiers import DOSSIER_FIELDS, load_dossiers

SHEETS = ["dossiers", "membres", "cofinancements", "pieces", "eligibilite", "evaluations",
          "classement", "decisions", "synthese"]  # fmt: skip


def _all(path: Path) -> list:
    with CallStore.open(path, actor="test") as store:
        return load_dossiers(store, with_content=True)


def _assert_same(original: list, imported: list) -> None:
    assert [d.numero for d in imported] == [d.numero for d in original]
    for a, b in zip(original, imported, strict=True):
        for f in DOSSIER_FIELDS:
            assert getattr(b, f) == getattr(a, f), (a.numero, f)
        assert [(m.name, m.category, m.siret, m.role) for m in b.members] == [
            (m.name, m.category, m.siret, m.role) for m in a.members
        ]
        assert [(c.funder, c.funder_type, c.amount, c.status) for c in b.cofundings] == [
            (c.funder, c.funder_type, c.amount, c.status) for c in a.cofundings
        ]
        assert [(x.filename, x.kind, x.mime, x.size, x.sha256, x.content)
                for x in b.attachments] == [
            (x.filename, x.kind, x.mime, x.size, x.sha256, x.content) for x in a.attachments
        ]  # fmt: skip


@pytest.mark.parametrize("suffix", [".xlsx", ".zip"])
def test_round_trip_demo_export_import(demo_master, tmp_path, capsys, suffix):
    out = tmp_path / f"export{suffix}"
    assert ptce(["export", str(demo_master), str(out)]) == 0
    target = tmp_path / "nouveau.ptce"
    new_call(target, title="Nouvel appel", actor="test").close()
    assert ptce(["import", str(target), str(out)]) == 0, capsys.readouterr().err
    assert "avertissement" not in capsys.readouterr().err
    original = _all(demo_master)
    assert len(original) == 30 and all(d.attachments for d in original)
    _assert_same(original, _all(target))
    # Screened on import with the same verdicts as in the original file.
    assert _verdicts(target) == _verdicts(demo_master)


def _verdicts(path: Path) -> set[tuple[str, str, int, str]]:
    with CallStore.open(path, actor="test") as store:
        return {
            (r["numero"], r["rule"], r["passed"], r["reason"])
            for r in store.query(
                "SELECT d.numero, e.rule, e.passed, e.reason FROM eligibility_results e "
                "JOIN dossiers d ON d.id = e.dossier_id"
            )
        }


def test_workbook_sheets_headers_and_euro_formats(demo_master, tmp_path):
    out = tmp_path / "resultats.xlsx"
    with CallStore.open(demo_master, actor="test") as store:
        exporting.export(store, out)
    book = openpyxl.load_workbook(out)
    assert book.sheetnames == SHEETS
    dossiers = book["dossiers"]
    headers = [c.value for c in dossiers[1]]
    assert headers[:3] == ["Numéro", "Nom du pôle", "Structure porteuse"]
    amount = dossiers.cell(row=2, column=headers.index("Montant demandé") + 1)
    assert isinstance(amount.value, int | float) and amount.number_format == EURO_FORMAT
    date_cell = dossiers.cell(row=2, column=headers.index("Date de dépôt") + 1)
    assert date_cell.is_date
    # The attachments sit beside the workbook, named by the pieces sheet.
    pieces = list(book["pieces"].iter_rows(min_row=2, values_only=True))
    assert len(pieces) == 30
    assert all((tmp_path / p[1]).is_file() for p in pieces)
    assert pieces[0][1].startswith("resultats-pieces/PTCE-2013-001/")

    decisions = book["decisions"]
    d_headers = [c.value for c in decisions[1]]
    assert "Montant accordé" in d_headers
    funder_cols = [i for i, h in enumerate(d_headers) if h and h.startswith("dont ")]
    assert len(funder_cols) >= 2
    rows = list(decisions.iter_rows(min_row=2, values_only=True))
    granted = d_headers.index("Montant accordé")
    assert rows and all(
        abs(sum(r[i] or 0 for i in funder_cols) - (r[granted] or 0)) < 0.01 for r in rows
    )
    assert decisions.cell(row=2, column=granted + 1).number_format == EURO_FORMAT

    reviews = book["evaluations"]
    r_headers = [c.value for c in reviews[1]]
    assert r_headers[:5] == ["Numéro", "Nom du pôle", "Rapporteur", "État", "Critère"]
    assert reviews.max_row > 30  # one row per dossier, rapporteur and criterion
    assert [c.value for c in book["classement"][1]][:3] == ["Rang", "Numéro", "Nom du pôle"]
    summary = {r[0]: r for r in book["synthese"].iter_rows(values_only=True)}
    assert summary["Dossiers reçus"][1] == 30


def test_csv_zip_holds_every_sheet_and_the_files(demo_master, tmp_path):
    out = tmp_path / "resultats.zip"
    with CallStore.open(demo_master, actor="test") as store:
        exporting.export(store, out)
    names = zipfile.ZipFile(out).namelist()
    assert {f"{s}.csv" for s in SHEETS} <= set(names)
    assert sum(n.startswith("pieces/") for n in names) == 30
    head = zipfile.ZipFile(out).read("dossiers.csv")[:40]
    assert head.startswith("\ufeffNuméro;Nom du pôle".encode())


def test_export_refuses_an_unknown_format_and_writes_nothing(demo_master, tmp_path, capsys):
    out = tmp_path / "resultats.pdf"
    assert ptce(["export", str(demo_master), str(out)]) == 2
    assert "format d'export inconnu" in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []


def test_failed_export_leaves_the_previous_file(demo_master, tmp_path, monkeypatch):
    out = tmp_path / "resultats.xlsx"
    out.write_bytes(b"previous")

    def broken(*_a, **_k):
        raise RuntimeError("disque plein")

    monkeypatch.setattr(exporting, "summary_table", broken)
    with CallStore.open(demo_master, actor="test") as store, pytest.raises(RuntimeError):
        exporting.export(store, out)
    assert out.read_bytes() == b"previous"
