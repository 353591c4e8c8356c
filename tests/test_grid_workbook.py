"""A rapporteur's grid as a workbook: export, fill it as Excel would, import back all or
nothing under the rapporteur's name; every refusal placed by row and column."""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest

from ptce_desktop.cli import main
from ptce_desktop.services import assignment, audit, grids
from ptce_desktop.services import review as desk
from ptce_desktop.store import people as people_rows
from ptce_desktop.store.db import CallStore
from tests.assignment_helpers import person_id

BRUNO = "bruno@exemple.fr"


@pytest.fixture
def store(assignment_call: Path) -> Iterator[CallStore]:
    s = CallStore.open(assignment_call, actor="Secrétariat")
    assignment.apply(s, assignment.preview(s))
    yield s
    s.close()


def export(store: CallStore, tmp_path: Path, who: str = BRUNO) -> Path:
    data, _, _ = grids.export_grid(store, rapporteur=who)
    out = tmp_path / "grille.xlsx"
    out.write_bytes(data)
    return out


def fill(path: Path, rows: dict[int, dict[str, object]], out: Path | None = None) -> Path:
    """Write values by header into the given data rows (3 is the first), as a user would."""
    wb = openpyxl.load_workbook(path)
    ws = wb["grille"]
    headers = {c.value: c.column for c in ws[2]}
    for row, values in rows.items():
        for header, value in values.items():
            cell = ws.cell(row, headers[header])
            cell.value = value
            if isinstance(value, str):
                cell.data_type = "s"  # typed as text, as Excel keeps a quoted '=…'
    target = out or path
    wb.save(target)
    return target


def criteria_headers(path: Path) -> list[str]:
    ws = openpyxl.load_workbook(path)["grille"]
    return [c.value for c in ws[2] if c.value and c.value.endswith("(0-5)")]


def full_row(path: Path, score: int = 4) -> dict[str, object]:
    values: dict[str, object] = {h: score for h in criteria_headers(path)}
    values["avis"] = "favorable"
    values["appréciation"] = "Projet solide."
    return values


def state(store: CallStore) -> tuple:
    q = store.conn.execute
    return (
        q("SELECT * FROM reviews ORDER BY id").fetchall(),
        q("SELECT * FROM scores ORDER BY id").fetchall(),
        q("SELECT count(*) FROM audit_log").fetchone()[0],
    )


def bruno_numeros(path: Path) -> list[str]:
    ws = openpyxl.load_workbook(path)["grille"]
    return [ws.cell(r, 1).value for r in range(3, ws.max_row + 1)]


def test_round_trip_writes_under_the_rapporteurs_name_and_submits_complete_ones(
    store: CallStore, tmp_path: Path
) -> None:
    path = export(store, tmp_path)
    numeros = bruno_numeros(path)
    assert len(numeros) >= 3
    first = full_row(path)
    first["commentaire — Coopération et mutualisation"] = "=SOMME(A1:A9) n'est pas une formule"
    fill(path, {3: first, 4: full_row(path, 2), 5: {criteria_headers(path)[0]: 1}})
    result = grids.import_grid(store, path, submit=True)
    assert result.person.name == "Bruno Caen"
    assert result.changed == numeros[:3]
    assert result.submitted == numeros[:2]
    assert result.incomplete == numeros[2:]
    rows = store.conn.execute(
        "SELECT d.numero, r.state, r.opinion, r.summary FROM reviews r "
        "JOIN dossiers d ON d.id = r.dossier_id ORDER BY d.numero"
    ).fetchall()
    assert rows == [
        (numeros[0], "submitted", "favourable", "Projet solide."),
        (numeros[1], "submitted", "favourable", "Projet solide."),
        (numeros[2], "draft", None, ""),
    ]
    comment = store.conn.execute(
        "SELECT comment FROM scores WHERE comment != '' ORDER BY id"
    ).fetchone()[0]
    assert comment == "=SOMME(A1:A9) n'est pas une formule"
    sql = "SELECT DISTINCT actor FROM audit_log WHERE table_name IN ('reviews', 'scores')"
    actors = {r[0] for r in store.conn.execute(sql)}
    assert actors == {"Bruno Caen"}
    assert audit.verify(store) == []
    assert store.actor == "Secrétariat"  # given back after the import

    # Exported again: the draft is pre-filled, the submitted ones are there as they are, and
    # importing that workbook unchanged changes nothing.
    again = export(store, tmp_path)
    ws = openpyxl.load_workbook(again)["grille"]
    assert ws.cell(5, 3).value == 1
    assert ws.cell(3, 4).value == "=SOMME(A1:A9) n'est pas une formule"
    assert ws.cell(3, 4).data_type == "s"
    before = state(store)
    result = grids.import_grid(store, again)
    assert result.changed == [] and sorted(result.unchanged) == sorted(numeros)
    assert state(store) == before


def test_the_workbook_checks_scales_and_hides_whose_grid_it_is(
    store: CallStore, tmp_path: Path
) -> None:
    path = export(store, tmp_path)
    wb = openpyxl.load_workbook(path)
    meta = wb["ptce"]
    assert meta.sheet_state == "hidden" and meta.protection.sheet
    values = dict(meta.iter_rows(values_only=True))
    uid = store.conn.execute("SELECT uid FROM calls").fetchone()[0]
    assert values["call_uid"] == uid and values["email"] == BRUNO
    assert values["person_id"] == str(person_id(store, BRUNO))
    grid = wb["grille"]
    assert grid.protection.sheet
    assert grid.cell(3, 1).protection.locked and not grid.cell(3, 3).protection.locked
    checks = {str(dv.sqref).split(":")[0]: dv for dv in grid.data_validations.dataValidation}
    assert (checks["C3"].type, checks["C3"].formula1, checks["C3"].formula2) == ("whole", "0", "5")
    opinion = next(dv for dv in checks.values() if dv.type == "list")
    assert opinion.formula1 == '"favorable,réservé,défavorable"'
    with zipfile.ZipFile(path) as z:  # no formula anywhere in the sheets
        assert not any(b"<f>" in z.read(n) for n in z.namelist() if n.startswith("xl/worksheets"))


@pytest.mark.parametrize(
    ("values", "message"),
    [
        ({"C": 6}, "ligne 3, colonne C (« Coopération et mutualisation (0-5) ») : note 6 hors "
                   "de l'échelle (un entier de 0 à 5)"),
        ({"E": 2.5}, "ligne 3, colonne E (« Ancrage territorial et impact local (0-5) ») : "
                     "note 2.5 hors de l'échelle"),
        ({"C": "bien"}, "ligne 3, colonne C (« Coopération et mutualisation (0-5) ») : « bien » "
                        "n'est pas une note"),
        ({"O": "excellent"}, "ligne 3, colonne O (« avis ») : avis « excellent » inconnu"),
        ({"A": "PTCE-1999-001"}, "ligne 3, colonne A (« numero ») : dossier « PTCE-1999-001 » "
                                 "inconnu dans cet appel"),
        ({"A": None}, "ligne 3, colonne A (« numero ») : numéro de dossier manquant"),
    ],
)  # fmt: skip
def test_each_refusal_is_placed_and_nothing_is_written(
    store: CallStore, tmp_path: Path, values: dict[str, object], message: str
) -> None:
    path = export(store, tmp_path)
    wb = openpyxl.load_workbook(path)
    ws = wb["grille"]
    ws["C4"] = 3  # a good change on another row, which must not be written either
    for column, value in values.items():
        ws[f"{column}3"] = value
    wb.save(path)
    before = state(store)
    with pytest.raises(grids.GridRefused) as caught:
        grids.import_grid(store, path)
    assert caught.value.problems == [message] or message in caught.value.problems[0]
    assert state(store) == before


def test_dossiers_not_assigned_duplicated_in_conflict_or_submitted_are_refused(
    store: CallStore, tmp_path: Path
) -> None:
    path = export(store, tmp_path)
    numeros = bruno_numeros(path)
    others = [r[0] for r in store.conn.execute(
        "SELECT d.numero FROM assignments a JOIN dossiers d ON d.id = a.dossier_id "
        "WHERE a.person_id != ? AND d.id NOT IN (SELECT dossier_id FROM assignments "
        "WHERE person_id = ?)", (person_id(store, BRUNO), person_id(store, BRUNO)))]  # fmt: skip
    # Bruno declares a conflict on his second dossier; his third review is submitted.
    bruno = person_id(store, BRUNO)
    second = store.conn.execute(
        "SELECT id FROM dossiers WHERE numero = ?", (numeros[1],)
    ).fetchone()[0]
    third = store.conn.execute(
        "SELECT id FROM dossiers WHERE numero = ?", (numeros[2],)
    ).fetchone()[0]
    with store.transaction("test : conflit"):
        people_rows.declare_conflict(store, person_id=bruno, dossier_id=second, reason="test")
    store.actor = "Bruno Caen"
    for line in desk.open_grid(store, third).lines:
        desk.set_score(store, third, line.criterion.id, 3)  # type: ignore[arg-type]
    desk.submit(store, third)
    store.actor = "Secrétariat"
    wb = openpyxl.load_workbook(path)
    ws = wb["grille"]
    ws["A3"] = others[0]
    ws["C4"] = 2
    ws["C5"] = 1
    ws.append([numeros[3]])
    wb.save(path)
    before = state(store)
    with pytest.raises(grids.GridRefused) as caught:
        grids.import_grid(store, path)
    assert caught.value.problems == [
        f"ligne 3, colonne A (« numero ») : Bruno Caen n'est pas rapporteur du dossier {others[0]}",
        f"ligne 4, colonne A (« numero ») : Bruno Caen a déclaré un conflit d'intérêts sur le "
        f"dossier {numeros[1]}",
        f"ligne 5, colonne A (« numero ») : l'évaluation du dossier {numeros[2]} est déjà "
        "soumise ; demandez sa réouverture pour la modifier",
        f"ligne 7, colonne A (« numero ») : dossier {numeros[3]} déjà à la ligne 6",
    ]
    assert state(store) == before


def _set_meta(path: Path, key: str, value: str) -> None:
    wb = openpyxl.load_workbook(path)
    meta = wb["ptce"]
    for row in meta.iter_rows():
        if row[0].value == key:
            row[1].value = value
    wb.save(path)


def test_another_calls_or_another_rapporteurs_grid_is_refused(
    store: CallStore, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = fill(export(store, tmp_path), {3: full_row(export(store, tmp_path))})
    before = state(store)
    with pytest.raises(grids.GridError, match="celle de Bruno Caen, pas de Anne Bretonneau"):
        grids.import_grid(store, path, rapporteur="anne@exemple.fr")
    other = tmp_path / "autre.xlsx"
    other.write_bytes(path.read_bytes())
    _set_meta(other, "call_uid", "0" * 32)
    with pytest.raises(grids.GridError, match="exportée d'un autre appel"):
        grids.import_grid(store, other)
    _set_meta(other, "call_uid", store.conn.execute("SELECT uid FROM calls").fetchone()[0])
    _set_meta(other, "criteria", "cooperation")
    with pytest.raises(grids.GridRefused) as caught:
        grids.import_grid(store, other)
    assert "ne sont plus ceux de l'appel" in caught.value.problems[0]
    assert state(store) == before
    store.close()
    # The command line: exit 2, the problem placed, the call file as it was.
    capsys.readouterr()
    assert (
        main(["grid", "import", str(store.path), str(path), "--rapporteur", "anne@exemple.fr"]) == 2
    )
    assert "celle de Bruno Caen, pas de Anne Bretonneau" in capsys.readouterr().err
    template = tmp_path / "modele.xlsx"
    assert main(["template", str(template)]) == 0
    assert main(["grid", "import", str(store.path), str(template)]) == 2
    assert "n'est pas une grille d'évaluation PTCE" in capsys.readouterr().err


def test_cli_round_trip(
    assignment_call: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    f = str(assignment_call)
    assert main(["assign", f]) == 0
    out = tmp_path / "bruno.xlsx"
    assert main(["grid", "export", f, "--rapporteur", BRUNO, str(out)]) == 0
    assert "Grille de Bruno Caen écrite" in capsys.readouterr().out
    numeros = bruno_numeros(out)
    fill(out, {3 + i: full_row(out) for i in range(len(numeros))})
    bad = fill(out, {3: {criteria_headers(out)[1]: 9}}, tmp_path / "bad.xlsx")
    assert main(["grid", "import", f, str(bad), "--submit"]) == 2
    err = capsys.readouterr().err
    assert "bad.xlsx, ligne 3, colonne E" in err and "rien n'a été écrit" in err
    assert main(["grid", "import", f, str(out), "--rapporteur", BRUNO, "--submit"]) == 0
    assert f"{len(numeros)} soumise(s)" in capsys.readouterr().out
    assert main(["grid", "export", f, "--rapporteur", "gisele@exemple.fr", str(out)]) == 2
    assert "n'est pas rapporteur" in capsys.readouterr().err
    assert main(["audit", "verify", f]) == 0
