"""Importing candidacies from the messy files secretariats receive, through `ptce import`.

Every bad-input test checks the message names the sheet or file, the row and the column, and
that the call file is byte for byte as it was (and its audit log too).
"""

from __future__ import annotations

import csv
import hashlib
import io
import sqlite3
import zipfile
from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ptce_desktop.cli import main as ptce
from ptce_desktop.domain.model import CofundingStatus, MemberCategory
from ptce_desktop.io.workbook import MAX_PROBLEMS, read_dossiers, read_source
from ptce_desktop.services.calls import new_call
from ptce_desktop.store.db import CallStore
from ptce_desktop.store.dossiers import load_dossiers

NBSP, NNBSP = "\u00a0", "\u202f"
HEADER = [
    "numero", "nom_pole", "structure_porteuse", "siret_porteur", "region", "departement",
    "secteurs", "date_depot", "cout_total", "montant_demande", "emplois_existants",
]  # fmt: skip
ROWS = [
    ["PTCE-A-001", "Pôle Énergies citoyennes ", "Coopérative Énergie", "732 829 320 00074",
     "Pays de la Loire", "44", "énergie; circuits courts", "15/07/2013",
     f"1{NBSP}234{NBSP}567,89 €", "150 000 €", "12"],
    ["PTCE-A-002", "Pôle Mobilités  ", "Garage solidaire", "73282932000074", "Bretagne ",
     "Finistère", "mobilité", "2013-07-15", "1234567.89", f"98{NNBSP}500,50", ""],
]  # fmt: skip


@pytest.fixture
def call(tmp_path: Path) -> Path:
    path = tmp_path / "appel.ptce"
    new_call(path, title="Appel test", actor="test").close()
    return path


def run(*args: object) -> int:
    return ptce(["--as", "Testeur", *map(str, args)])


def write_csv(path: Path, header: list[str], rows: list[list[str]], *, sep: str = ";",
              encoding: str = "utf-8", blank_lines: bool = False) -> Path:  # fmt: skip
    out = io.StringIO(newline="")
    writer = csv.writer(out, delimiter=sep, lineterminator="\r\n")
    writer.writerow(header)
    for row in rows:
        if blank_lines:
            out.write(sep * (len(header) - 1) + "\r\n")
        writer.writerow(row)
    path.write_bytes(out.getvalue().encode(encoding))
    return path


def write_xlsx(path: Path, sheets: dict[str, list[list[object]]]) -> Path:
    book = openpyxl.Workbook()
    book.remove(book.active)
    for name, rows in sheets.items():
        sheet = book.create_sheet(name)
        for row in rows:
            sheet.append(row)
    book.save(path)
    return path


def snapshot(path: Path) -> tuple[str, int]:
    """The file's hash and its audit entries: both must stay as they were after a refusal."""
    conn = sqlite3.connect(path)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        entries = conn.execute("SELECT count(*) FROM audit_log").fetchone()[0]
    finally:
        conn.close()
    return hashlib.sha256(path.read_bytes()).hexdigest(), entries


def dossiers_of(path: Path) -> dict:
    with CallStore.open(path, actor="test") as store:
        return {d.numero: d for d in load_dossiers(store, with_content=True)}


def _check_messy_rows(found: dict) -> None:
    a, b = found["PTCE-A-001"], found["PTCE-A-002"]
    assert a.pole_name == "Pôle Énergies citoyennes" and b.pole_name == "Pôle Mobilités"
    assert a.lead_siret == b.lead_siret == "73282932000074"
    assert a.total_cost == b.total_cost == 1234567.89
    assert a.amount_requested == 150000.0 and b.amount_requested == 98500.5
    assert a.submitted_on == b.submitted_on == date(2013, 7, 15)
    assert a.sectors == ("énergie", "circuits courts")
    assert (a.region, a.departement) == ("Pays de la Loire", "44")
    assert (b.region, b.departement) == ("Bretagne", "29")
    assert a.jobs_existing == 12 and b.jobs_existing is None


@pytest.mark.parametrize(
    ("encoding", "sep"),
    [("utf-8-sig", ";"), ("utf-8", ";"), ("cp1252", ";"), ("utf-8-sig", ","), ("cp1252", ",")],
)
def test_csv_in_every_encoding_and_separator(call, tmp_path, capsys, encoding, sep):
    # cp1252 has no narrow no-break space: the secretariat's Excel would not write one.
    rows = [[c.replace(NNBSP, " ") for c in r] for r in ROWS] if encoding == "cp1252" else ROWS
    source = write_csv(tmp_path / "dossiers.csv", HEADER, rows, sep=sep, encoding=encoding,
                       blank_lines=True)  # fmt: skip
    assert run("import", call, source) == 0, capsys.readouterr().err
    _check_messy_rows(dossiers_of(call))
    assert "2 dossier(s) ajouté(s)" in capsys.readouterr().out


def test_headers_ignore_case_accents_blanks_and_underscores(call, tmp_path, capsys):
    header = [" Numéro ", "NOM POLE", "Structure_Porteuse", "siret porteur", "Région",
              "Département", "Secteurs", "Date de dépôt", "coût_total", "Montant demandé",
              "emplois existants"]  # fmt: skip
    source = write_csv(tmp_path / "d.csv", header, ROWS)
    assert run("import", call, source) == 0, capsys.readouterr().err
    _check_messy_rows(dossiers_of(call))


def test_xlsx_with_excel_dates_numbers_and_blank_rows(call, tmp_path, capsys):
    source = write_xlsx(tmp_path / "candidatures.xlsx", {
        "Dossiers": [
            [], HEADER,
            ["PTCE-A-001", "Pôle Énergies citoyennes", "Coopérative Énergie", 73282932000074,
             "pays de la loire", 44, "énergie ; circuits courts", datetime(2013, 7, 15),
             1234567.89, 150000, 12.0],
            [None] * len(HEADER),
            ["PTCE-A-002", "Pôle Mobilités", "Garage solidaire", "732 829 320 000 74",
             "Bretagne", "29 - Finistère", "mobilité", "15/07/2013", "1 234 567,89 €",
             f"98{NBSP}500,50 €", None],
        ],
        "Membres": [
            ["numero", "nom", "categorie", "siret", "role"],
            ["PTCE-A-001", "Énergie citoyenne", "ENTREPRISE DE L'ESS", "", "porteur"],
            ["PTCE-A-001", "Menuiserie Durand", "Entreprise commerciale", None, "membre"],
            ["PTCE-A-001", "Ville de Pornic", "collectivite territoriale", None, None],
        ],
        "cofinancements": [
            ["numero", "financeur", "montant", "type_financeur", "statut"],
            ["PTCE-A-001", "Ville de Pornic", "50 000 €", "collectivité territoriale", "Acquis"],
            ["PTCE-A-002", "Région Bretagne", 20000, "collectivité territoriale", "sollicité"],
        ],
    })  # fmt: skip
    assert run("import", call, source) == 0, capsys.readouterr().err
    found = dossiers_of(call)
    _check_messy_rows(found)
    a = found["PTCE-A-001"]
    assert [m.category for m in a.members] == [
        MemberCategory.ESS_ENTERPRISE, MemberCategory.COMMERCIAL_ENTERPRISE,
        MemberCategory.LOCAL_AUTHORITY,
    ]  # fmt: skip
    assert a.cofundings[0].amount == 50000.0 and a.cofundings[0].status is CofundingStatus.SECURED
    assert found["PTCE-A-002"].cofundings[0].status is CofundingStatus.REQUESTED


def test_folder_and_zip_with_attachments_stored_with_their_hash(call, tmp_path, capsys):
    folder = tmp_path / "depot"
    (folder / "pdf").mkdir(parents=True)
    pdf = b"%PDF-1.4 candidature"
    (folder / "pdf" / "dossier A.pdf").write_bytes(pdf)
    write_csv(folder / "dossiers.csv", HEADER, ROWS)
    write_csv(folder / "Pieces.csv", ["numero", "fichier", "type"],
              [["PTCE-A-001", "pdf\\dossier A.pdf", "dossier_candidature"]])  # fmt: skip
    assert run("import", call, folder) == 0, capsys.readouterr().err
    stored = dossiers_of(call)["PTCE-A-001"].attachments
    assert [(a.filename, a.kind, a.mime) for a in stored] == [
        ("dossier A.pdf", "dossier_candidature", "application/pdf")
    ]
    assert stored[0].content == pdf and stored[0].sha256 == hashlib.sha256(pdf).hexdigest()

    other = tmp_path / "autre.ptce"
    new_call(other, title="Autre", actor="test").close()
    archive = tmp_path / "depot.zip"
    with zipfile.ZipFile(archive, "w") as z:  # zipped with its folder, as people do
        for f in folder.rglob("*"):
            if f.is_file():
                z.write(f, f"depot/{f.relative_to(folder).as_posix()}")
    assert run("import", other, archive) == 0, capsys.readouterr().err
    assert dossiers_of(other)["PTCE-A-001"].attachments[0].content == pdf


def test_unknown_column_is_a_warning_and_ignored(call, tmp_path, capsys):
    source = write_csv(tmp_path / "d.csv", [*HEADER, "Commentaire interne"],
                       [[*r, "à revoir"] for r in ROWS])  # fmt: skip
    assert run("import", call, source) == 0
    err = capsys.readouterr().err
    assert "avertissement : d.csv, ligne 1, colonne « Commentaire interne »" in err
    assert "inconnue : ignorée" in err
    assert set(dossiers_of(call)) == {"PTCE-A-001", "PTCE-A-002"}


def test_invalid_siret_and_high_amount_are_imported_and_flagged(call, tmp_path, capsys):
    rows = [list(r) for r in ROWS]
    rows[0][3] = "732 829 320 00075"  # checksum broken
    rows[1][9] = "900 000 €"  # above the call's bounds
    source = write_csv(tmp_path / "d.csv", HEADER, rows)
    assert run("import", call, source) == 0
    assert "clé de contrôle invalide (importé, signalé au contrôle)" in capsys.readouterr().err
    with CallStore.open(call, actor="test") as store:
        failed = {
            (numero, rule)
            for numero, rule, passed in store.conn.execute(
                "SELECT d.numero, e.rule, e.passed FROM eligibility_results e "
                "JOIN dossiers d ON d.id = e.dossier_id"
            )
            if not passed
        }
    assert ("PTCE-A-001", "lead_siret") in failed
    assert ("PTCE-A-002", "amount_bounds") in failed


# --- bad input: one test per kind of problem --------------------------------------------------


def _refused(call: Path, source: Path, capsys, *expected: str) -> str:
    before = snapshot(call)
    assert run("import", call, source) == 2
    err = capsys.readouterr().err
    for text in expected:
        assert text in err, err
    assert "le fichier d'appel n'a pas été modifié" in err
    assert snapshot(call) == before
    return err


@pytest.mark.parametrize(
    ("column", "value", "message"),
    [
        (9, "douze mille", "colonne « montant_demande » : montant « douze mille »"),
        (8, "-5 000 €", "colonne « cout_total » : montant « -5 000 € » : un montant ne peut pas"),
        (7, "31/02/2013", "colonne « date_depot » : date « 31/02/2013 »"),
        (10, "3,5", "colonne « emplois_existants » : nombre « 3,5 » : nombre entier attendu"),
        (4, "Atlantide", "colonne « region » : région « Atlantide » inconnue"),
        (
            5,
            "Gironde",
            "colonne « departement » : le département 33 (Gironde) n'est pas dans la région "
            "Pays de la Loire",
        ),
        (5, "999", "colonne « departement » : département « 999 » inconnu"),
        (1, "  ", "colonne « nom_pole » : « nom_pole » est obligatoire et la cellule est vide"),
    ],
)
def test_bad_cell_names_file_row_column_and_value(call, tmp_path, capsys, column, value, message):
    rows = [list(r) for r in ROWS]
    rows[0][column] = value
    source = write_csv(tmp_path / "dossiers.csv", HEADER, rows, blank_lines=True)
    # Blank lines counted: the header is line 1, a blank line 2, the first dossier line 3.
    _refused(call, source, capsys, f"dossiers.csv, ligne 3, {message}")


def test_bad_cells_in_a_workbook_name_the_sheet(call, tmp_path, capsys):
    source = write_xlsx(tmp_path / "c.xlsx", {
        "dossiers": [HEADER, ROWS[0], ROWS[1]],
        "membres": [["numero", "nom", "categorie"], ["PTCE-A-001", "Acme", "multinationale"],
                    ["PTCE-Z-999", "Inconnu", "autre"]],
        "cofinancements": [["numero", "financeur", "montant", "statut"],
                           ["PTCE-A-002", "Région", "20 000", "promis"]],
    })  # fmt: skip
    _refused(
        call, source, capsys,
        "feuille « membres », ligne 2, colonne « categorie » : catégorie « multinationale » "
        "inconnue",
        "feuille « membres », ligne 3, colonne « numero » : numéro « PTCE-Z-999 » absent de la "
        "feuille dossiers",
        "feuille « cofinancements », ligne 2, colonne « statut » : statut « promis » inconnu",
    )  # fmt: skip


def test_missing_required_column(call, tmp_path, capsys):
    header = [h for h in HEADER if h != "montant_demande"]
    rows = [[c for h, c in zip(HEADER, r, strict=True) if h != "montant_demande"] for r in ROWS]
    source = write_csv(tmp_path / "d.csv", header, rows)
    _refused(call, source, capsys,
             "d.csv, ligne 1, colonne « montant_demande » : colonne obligatoire")  # fmt: skip


def test_missing_dossiers_sheet_and_unknown_format(call, tmp_path, capsys):
    source = write_xlsx(tmp_path / "c.xlsx", {"Feuil1": [HEADER, ROWS[0]]})
    _refused(call, source, capsys, "feuille « dossiers » absente (feuilles : Feuil1)")
    odt = tmp_path / "c.ods"
    odt.write_bytes(b"PK\x03\x04")
    _refused(call, odt, capsys, "c.ods : format non reconnu")


def test_duplicate_numero_in_the_source(call, tmp_path, capsys):
    rows = [ROWS[0], [*ROWS[1][:0], "PTCE-A-001", *ROWS[1][1:]]]
    source = write_csv(tmp_path / "d.csv", HEADER, rows)
    _refused(call, source, capsys,
             "d.csv, ligne 3, colonne « numero » : numéro « PTCE-A-001 » en double "
             "(déjà ligne 2)")  # fmt: skip


def test_missing_attachment_file_is_named(call, tmp_path, capsys):
    folder = tmp_path / "depot"
    folder.mkdir()
    write_csv(folder / "dossiers.csv", HEADER, ROWS)
    write_csv(folder / "pieces.csv", ["numero", "fichier"],
              [["PTCE-A-001", "pdf/budget.pdf"], ["PTCE-A-002", "../secret.pdf"]])  # fmt: skip
    _refused(
        call, folder, capsys,
        "pieces.csv, ligne 2, colonne « fichier » : fichier « pdf/budget.pdf » introuvable",
        "pieces.csv, ligne 3, colonne « fichier » : chemin « ../secret.pdf » hors de la source",
    )  # fmt: skip


def test_attachment_not_matching_its_hash(call, tmp_path, capsys):
    folder = tmp_path / "depot"
    folder.mkdir()
    (folder / "a.pdf").write_bytes(b"%PDF changed")
    write_csv(folder / "dossiers.csv", HEADER, ROWS)
    write_csv(folder / "pieces.csv", ["numero", "fichier", "sha256"],
              [["PTCE-A-001", "a.pdf", "0" * 64]])  # fmt: skip
    _refused(call, folder, capsys, "pieces.csv, ligne 2, colonne « sha256 »", "SHA-256")


def test_problems_are_listed_up_to_a_limit(call, tmp_path, capsys):
    rows = [[f"N-{i}", "Pôle", "Porteur", "", "Bretagne", "", "", "", "", "beaucoup", ""]
            for i in range(MAX_PROBLEMS + 50)]  # fmt: skip
    source = write_csv(tmp_path / "d.csv", HEADER, rows)
    err = _refused(call, source, capsys, "d.csv, ligne 2, colonne « montant_demande »")
    assert err.count("colonne « montant_demande »") == MAX_PROBLEMS
    assert f"lecture arrêtée après {MAX_PROBLEMS} problèmes" in err
    assert f"{MAX_PROBLEMS} problème(s) ou plus" in err


def test_existing_numero_refused_without_update_then_updated_and_audited(call, tmp_path, capsys):
    source = write_csv(tmp_path / "d.csv", HEADER, ROWS)
    assert run("import", call, source) == 0
    rows = [list(r) for r in ROWS]
    rows[0][9] = "175 000 €"
    changed = write_csv(tmp_path / "d2.csv", HEADER, rows)
    capsys.readouterr()
    _refused(
        call, changed, capsys, "d2.csv, ligne 2, colonne « numero » : numéro « PTCE-A-001 » déjà"
    )

    assert run("import", call, changed, "--update") == 0
    assert "0 dossier(s) ajouté(s), 1 mis à jour, 1 inchangé(s)" in capsys.readouterr().out
    assert dossiers_of(call)["PTCE-A-001"].amount_requested == 175000.0
    with CallStore.open(call, actor="test") as store:
        entry = next(store.query(
            "SELECT * FROM audit_log WHERE table_name = 'dossiers' AND operation = 'update' "
            "ORDER BY id DESC"
        ))  # fmt: skip
    assert entry["actor"] == "Testeur" and "import de d2.csv (mise à jour)" in entry["action"]
    assert '"amount_requested":150000' in entry["before"].replace(" ", "")
    assert '"amount_requested":175000' in entry["after"].replace(" ", "")
    assert entry["hash"]
    assert run("audit", "verify", call) == 0


def test_a_backup_is_taken_before_the_import(call, tmp_path, capsys):
    source = write_csv(tmp_path / "d.csv", HEADER, ROWS)
    assert run("import", call, source) == 0
    backups = list((call.parent / "backups").glob("appel-*-avant-import.ptce"))
    assert len(backups) == 1
    conn = sqlite3.connect(backups[0])
    assert conn.execute("SELECT count(*) FROM dossiers").fetchone()[0] == 0
    conn.close()


def test_template_has_the_sheets_headers_and_help(tmp_path, capsys):
    out = tmp_path / "modele.xlsx"
    assert run("template", out) == 0
    book = openpyxl.load_workbook(out)
    assert book.sheetnames == ["dossiers", "membres", "cofinancements", "pieces", "aide"]
    assert [c.value for c in book["dossiers"][1]][:3] == ["numero", "nom_pole",
                                                          "structure_porteuse"]  # fmt: skip
    help_text = " ".join(str(c.value) for row in book["aide"].iter_rows() for c in row if c.value)
    assert "montant_demande" in help_text and "jj/mm/aaaa" in help_text
    # The empty template reads back: only "no dossier" is wrong with it.
    parsed = read_dossiers(out)
    assert [p.message for p in parsed.problems.errors] == ["aucun dossier sous l'en-tête"]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.text(max_size=12), min_size=1, max_size=6))
def test_random_headers_give_problems_never_a_crash(tmp_path_factory, headers):
    path = tmp_path_factory.mktemp("h") / "d.csv"
    write_csv(path, headers, [["x"] * len(headers)])
    raw = read_source(path)
    assert raw.problems.errors or "dossiers" in raw.sheets


def test_update_keeps_what_the_source_does_not_give(call, tmp_path, capsys):
    assert run("import", call, write_csv(tmp_path / "d.csv", HEADER, ROWS)) == 0
    header = [h for h in HEADER if h != "emplois_existants"]
    rows = [[c for h, c in zip(HEADER, r, strict=True) if h != "emplois_existants"] for r in ROWS]
    rows[0][1] = "Pôle renommé"
    assert run("import", call, write_csv(tmp_path / "d2.csv", header, rows), "--update") == 0
    a = dossiers_of(call)["PTCE-A-001"]
    assert a.pole_name == "Pôle renommé" and a.jobs_existing == 12


def test_cancelled_during_screening_writes_nothing(call, tmp_path):
    from ptce_desktop.services import importing

    class Cancelled(Exception):
        pass

    def progress(_percent: int, message: str) -> None:
        if message == "Contrôle d'éligibilité":  # the dossiers are written by then
            raise Cancelled

    source = write_csv(tmp_path / "d.csv", HEADER, ROWS)
    before = snapshot(call)
    with CallStore.open(call, actor="test") as store:
        plan = importing.plan_import(store, source)
        with pytest.raises(Cancelled):
            importing.apply_import(store, plan, progress=progress)
    assert snapshot(call) == before


def test_the_result_counts_the_eligible_dossiers_among_those_it_touched(call, tmp_path):
    from ptce_desktop.services import importing
    from ptce_desktop.store import intake
    from ptce_desktop.store.eligibility import set_override

    with CallStore.open(call, actor="test") as store:
        _, result = importing.import_source(store, write_csv(tmp_path / "d.csv", HEADER, ROWS))
        assert (result.screened, result.eligible) == (2, 0)  # no members: no ESS enterprise
        first, second = (r["id"] for r in intake.eligibility_summary(store))
        failing = list(
            store.query(
                "SELECT rule FROM eligibility_results WHERE dossier_id = ? AND passed = 0",
                [first],
            )
        )
        assert failing
        with store.transaction("dérogations"):
            for r in failing:
                set_override(store, dossier_id=first, rule=r["rule"], passed=True, reason="vu")
        assert intake.eligible_count(store, [first, second]) == 1
        assert intake.eligible_count(store, [second]) == 0
        assert intake.eligible_count(store, []) == 0
        rows = list(
            store.query("SELECT rule FROM eligibility_results WHERE dossier_id = ?", [second])
        )
        with store.transaction("dérogations"):
            for r in rows:
                set_override(store, dossier_id=second, rule=r["rule"], passed=True, reason="vu")
        assert intake.eligible_count(store, {first, second}) == 2


@pytest.mark.parametrize("was_on", [True, False])
def test_the_cycle_collector_is_paused_during_an_import_and_given_back(call, tmp_path, was_on):
    """The import pauses Python's cycle collector (its rows are long-lived: collections only
    walked them again) and leaves it as it found it, after a success and after a refusal."""
    import gc

    from ptce_desktop.services import importing

    seen: list[bool] = []
    source = write_csv(tmp_path / "d.csv", HEADER, ROWS)
    bad = write_csv(tmp_path / "bad.csv", HEADER, [[*ROWS[0][:9], "beaucoup", *ROWS[0][10:]]])
    (gc.enable if was_on else gc.disable)()
    try:
        with CallStore.open(call, actor="test") as store:
            importing.import_source(
                store, source, progress=lambda _p, _m: seen.append(gc.isenabled())
            )
            assert gc.isenabled() is was_on
            with pytest.raises(importing.ImportRefused):
                importing.import_source(store, bad)
            assert gc.isenabled() is was_on
    finally:
        gc.enable()
    assert seen and not any(seen)


def test_an_imported_workbook_is_searchable_audited_and_verifies(call, tmp_path, capsys):
    """A workbook of several dossiers and their members: each member found by the full-text
    search (name, accents ignored, and SIRET), every written row with one sealed insert entry
    whose hashes are text, and `ptce audit verify` passing on the file."""
    from ptce_desktop.services import browse

    rows = [HEADER] + [
        [f"PTCE-B-{i:03d}", f"Pôle {i}", f"Porteur {i}", "73282932000074", "Bretagne", "29",
         "mobilité", datetime(2013, 7, 15), 300000, 150000 + i, float(i)]
        for i in range(1, 13)
    ]  # fmt: skip
    members = [["numero", "nom", "categorie", "siret", "role"]] + [
        [f"PTCE-B-{i:03d}", f"Scierie Lebrün n{i}x{k}", "entreprise de l'ESS",
         f"{i:02d}{k}5282932000074"[:14], "membre"]
        for i in range(1, 13) for k in range(3)
    ]  # fmt: skip
    source = write_xlsx(tmp_path / "d.xlsx", {"dossiers": rows, "membres": members})
    assert run("import", call, source) == 0, capsys.readouterr().err
    with CallStore.open(call, actor="test") as store:
        ids = {n: i for i, n in store.conn.execute("SELECT id, numero FROM dossiers")}
        assert browse.search(store, "lebrun n7x2") == {ids["PTCE-B-007"]}
        assert browse.search(store, members[5][3]) == {ids["PTCE-B-002"]}
        for table, count in (("dossiers", 12), ("members", 36), ("eligibility_results", 84)):
            audited = store.conn.execute(
                "SELECT count(*), count(DISTINCT row_id) FROM audit_log WHERE table_name = ? "
                "AND operation = 'insert' AND typeof(hash) = 'text' AND typeof(prev_hash) = "
                "'text'",
                (table,),
            ).fetchone()
            assert audited == (count, count)
    capsys.readouterr()
    assert run("audit", "verify", call) == 0, capsys.readouterr().err
