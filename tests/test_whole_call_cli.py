"""A whole call driven by the `ptce` command line alone, from an empty file made from a settings
file of its own (2,700,000 € from two funders, five criteria scored 1 to 4) to minutes with two
valid signatures, then `ptce audit verify` and `ptce stats --json`.

import → people import → conflicts → assign → grid export, fill, import → session new,
attendance, open, recuse, decide, close → minutes → sign ×2 → verify.
"""

from __future__ import annotations

import csv
import json
import subprocess
from pathlib import Path

import openpyxl
import pytest

from ptce_desktop.cli import main
from ptce_desktop.domain.siret import with_check_digit

SETTINGS = """
title = "Appel à projets PTCE 2015 — essai"
year = 2015
reference = "PV-ESSAI-2015"
place = "Lyon"
envelope = 2_700_000
grant_min = 26_000
grant_max = 290_000
rapporteurs_per_dossier = 2
tie_break = ["coop", "submitted_on"]

[[funders]]
code = "ETAT"
name = "Ministère chargé de l'économie sociale et solidaire"
amount = 2_200_000

[[funders]]
code = "CDC"
name = "Caisse des dépôts"
amount = 500_000

[[criteria]]
code = "coop"
label = "Coopération et mutualisation"
weight = 30
scale_min = 1
scale_max = 4

[[criteria]]
code = "terr"
label = "Ancrage territorial"
weight = 20
scale_min = 1
scale_max = 4

[[criteria]]
code = "emploi"
label = "Emplois et utilité sociale"
weight = 20
scale_min = 1
scale_max = 4

[[criteria]]
code = "eco"
label = "Modèle économique"
weight = 15
scale_min = 1
scale_max = 4
eliminatory_below = 2

[[criteria]]
code = "gouv"
label = "Gouvernance"
weight = 15
scale_min = 1
scale_max = 4

[eligibility.attachments]
enabled = false
"""

DOSSIER_HEADER = [
    "numero",
    "nom_pole",
    "structure_porteuse",
    "siret_porteur",
    "region",
    "departement",
    "secteurs",
    "date_depot",
    "cout_total",
    "montant_demande",
]
MEMBER_HEADER = ["numero", "nom", "categorie", "siret"]
COFUNDING_HEADER = ["numero", "financeur", "type_financeur", "montant", "statut"]
REGIONS = [
    ("Auvergne-Rhône-Alpes", "69"),
    ("Bretagne", "29"),
    ("Occitanie", "31"),
    ("Grand Est", "67"),
    ("Hauts-de-France", "59"),
    ("Normandie", "14"),
]
PEOPLE = [
    # nom, institution, email, roles, region
    (
        "Hélène Président",
        "Ministère de l'économie",
        "presidence@essai.gouv.fr",
        "president, membre",
        "75",
    ),
    (
        "Samuel Secrétaire",
        "Secrétariat du comité",
        "secretariat@essai.gouv.fr",
        "secretaire, secretariat",
        "75",
    ),
    ("Marie Membre", "Caisse des dépôts", "marie@cdc.example", "membre", "75"),
    ("Paul Membre", "Avise", "paul@avise.example", "membre", "75"),
    ("Rita Rapporteure", "Région Bretagne", "rita@bretagne.example", "rapporteur", "Bretagne"),
    ("Rémi Rapporteur", "France Active", "remi@franceactive.example", "rapporteur", "69"),
    ("Rose Rapporteure", "Le Labo de l'ESS", "rose@labo.example", "rapporteur", "31"),
    ("Raoul Rapporteur", "Coopérative Énergie 5", "raoul@coop5.example", "rapporteur", "67"),
]
DOSSIERS = 6


def ptce(*args: object) -> int:
    return main([str(a) for a in args])


def write_csv(path: Path, header: list[str], rows: list[list[str]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f, delimiter=";")
        writer.writerow(header)
        writer.writerows(rows)
    return path


def sources(folder: Path) -> tuple[Path, Path]:
    """A candidacies folder (dossiers and members as CSV) and the people's CSV file."""
    cand = folder / "candidatures"
    cand.mkdir()
    dossiers, members, cofundings = [], [], []
    for i in range(1, DOSSIERS + 1):
        region, dept = REGIONS[i - 1]
        numero = f"ESSAI-{i:03d}"
        siret = with_check_digit(f"{7328293200 + i:010d}000")
        dossiers.append(
            [
                numero,
                f"Pôle essai {i}",
                f"Coopérative Énergie {i}",
                siret,
                region,
                dept,
                "énergie",
                f"0{i}/06/2015",
                "400 000",
                str(100_000 + 10_000 * i),
            ]
        )
        members += [
            [numero, f"Coopérative Énergie {i}", "ess", ""],
            [numero, f"SAS Solaire {i}", "entreprise commerciale", ""],
            [numero, f"Commune {i}", "collectivité", ""],
        ]
        cofundings.append([numero, f"Commune {i}", "collectivité territoriale", "40 000", "acquis"])
    write_csv(cand / "dossiers.csv", DOSSIER_HEADER, dossiers)
    write_csv(cand / "membres.csv", MEMBER_HEADER, members)
    write_csv(cand / "cofinancements.csv", COFUNDING_HEADER, cofundings)
    people = write_csv(
        folder / "personnes.csv",
        ["nom", "institution", "email", "roles", "region"],
        [list(p) for p in PEOPLE],
    )
    return cand, people


def json_out(capsys: pytest.CaptureFixture[str], *args: object) -> object:
    capsys.readouterr()  # what earlier commands printed
    assert ptce(*args) == 0, capsys.readouterr().err
    return json.loads(capsys.readouterr().out)


def fill_grid(path: Path, score: int) -> None:
    """What a rapporteur does in Excel: every criterion scored, an opinion."""
    book = openpyxl.load_workbook(path)
    sheet = book.worksheets[0]
    rows = list(sheet.iter_rows())
    at = next(i for i, row in enumerate(rows) if row[0].value == "numero")
    head = [str(c.value or "") for c in rows[at]]
    labels = ("Coopération", "Ancrage", "Emplois", "Modèle", "Gouvernance")
    for row in rows[at + 1 :]:
        if not row[0].value:
            continue
        for cell, title in zip(row, head, strict=False):
            if title.startswith(labels):
                cell.value = score
            elif title == "avis":
                cell.value = "favorable" if score >= 3 else "défavorable"
    book.save(path)


def test_a_whole_call_from_an_empty_file_with_the_command_line_alone(tmp_path, capsys) -> None:
    call = tmp_path / "essai.ptce"
    settings = tmp_path / "reglement.toml"
    settings.write_text(SETTINGS, encoding="utf-8")
    cand, people = sources(tmp_path)

    assert ptce("new", call, "--title", "Essai 2015", "--template", settings) == 0
    shown = json_out(capsys, "call", "show", call, "--json")
    assert shown["envelope"] == 2_700_000 and len(shown["criteria"]) == 5  # type: ignore[index]
    assert ptce("import", call, cand) == 0
    assert ptce("people", "import", call, people) == 0
    persons = {p["email"]: p for p in json_out(capsys, "people", "list", call, "--json")}  # type: ignore[union-attr]
    assert len(persons) == len(PEOPLE)

    # Raoul works for the lead structure of ESSAI-005: a suggested conflict, then declared.
    suggested = json_out(capsys, "conflicts", "list", call, "--suggested", "--json")
    assert any("ESSAI-005" in json.dumps(s, ensure_ascii=False) for s in suggested)  # type: ignore[union-attr]
    assert (
        ptce(
            "conflicts",
            "declare",
            call,
            "--person",
            "raoul@coop5.example",
            "--dossier",
            "ESSAI-005",
            "--reason",
            "salarié du porteur",
        )
        == 0
    )

    assert ptce("assign", call, "--per-dossier", "2") == 0
    assignments = json_out(capsys, "assignments", call, "--json")
    assert assignments["connected"] is True  # type: ignore[index]
    email_of = {p["id"]: email for email, p in persons.items()}
    pairs = [
        (email_of[r["person_id"]], d["numero"])
        for d in assignments["dossiers"]  # type: ignore[index]
        for r in d["rapporteurs"]
    ]
    assert ("raoul@coop5.example", "ESSAI-005") not in pairs
    per_dossier = {n: sum(1 for _, d in pairs if d == n) for _, n in pairs}
    assert set(per_dossier.values()) == {2}

    # Each rapporteur fills their grid in a workbook; better dossiers get better marks.
    rapporteurs = sorted({email for email, _ in pairs})
    for k, email in enumerate(rapporteurs):
        grid = tmp_path / f"grille-{k}.xlsx"
        assert ptce("grid", "export", call, "--rapporteur", email, grid) == 0
        fill_grid(grid, score=4 if k % 2 == 0 else 3)
        assert ptce("grid", "import", call, grid, "--submit") == 0, capsys.readouterr().err
    capsys.readouterr()

    chair, secretary = "presidence@essai.gouv.fr", "secretariat@essai.gouv.fr"
    created = json_out(
        capsys,
        "session",
        "new",
        call,
        "--date",
        "2015-11-20",
        "--time",
        "10:00",
        "--place",
        "Lyon, préfecture",
        "--chair",
        chair,
        "--secretary",
        secretary,
        "--agenda",
        "eligible",
        "--json",
    )
    session = str(created["id"])  # type: ignore[index]
    assert (
        ptce(
            "session",
            "attendance",
            call,
            session,
            "--present",
            chair,
            "--present",
            "marie@cdc.example",
            "--proxy",
            "paul@avise.example:" + chair,
        )
        == 0
    )
    assert ptce("session", "open", call, session) == 0
    assert (
        ptce(
            "session",
            "recuse",
            call,
            session,
            "--person",
            "marie@cdc.example",
            "--dossier",
            "ESSAI-002",
            "--reason",
            "administratrice du porteur",
        )
        == 0
    )
    report = json_out(capsys, "session", "show", call, session, "--json")
    agenda = [item["numero"] for item in report["agenda"]]  # type: ignore[index]
    assert sorted(agenda) == [f"ESSAI-{i:03d}" for i in range(1, DOSSIERS + 1)]
    for k, numero in enumerate(agenda):
        if k < 3:
            outcome = ["--outcome", "selected", "--amount", "100000", "--reasons", "montant ajusté"]
        elif k == 3:
            outcome = ["--outcome", "reserve"]
        else:
            outcome = ["--outcome", "not_selected", "--reasons", "note insuffisante"]
        votes = "2,0,0" if numero == "ESSAI-002" else "3,0,0"  # Marie is recused on ESSAI-002
        assert ptce("session", "decide", call, session, numero, *outcome, "--votes", votes) == 0, (
            capsys.readouterr().err
        )
    assert ptce("session", "close", call, session) == 0

    pv = tmp_path / "PV.pdf"
    assert ptce("minutes", call, "--session", session, "--out", pv) == 0
    ids = tmp_path / "ids"
    assert ptce("demo-identity", ids, "--call", call) == 0
    passphrase = tmp_path / "pass.txt"
    passphrase.write_text("ptce-demo", encoding="utf-8")
    p12 = {p.stem.split("-")[-1]: p for p in ids.glob("*.p12")}
    signed1, signed2 = tmp_path / "PV-1.pdf", tmp_path / "PV-signe.pdf"
    assert (
        ptce(
            "sign",
            pv,
            "--field",
            "chair",
            "--pkcs12",
            p12["chair"],
            "--passphrase-file",
            passphrase,
            "--out",
            signed1,
            "--record",
            call,
        )
        == 0
    ), capsys.readouterr().err
    assert (
        ptce(
            "sign",
            signed1,
            "--field",
            "secretary",
            "--pkcs12",
            p12["secretary"],
            "--passphrase-file",
            passphrase,
            "--out",
            signed2,
            "--record",
            call,
        )
        == 0
    )
    ca = next(ids.glob("*ca*.pem"))
    assert ptce("verify", signed2, "--trust", ca) == 0, capsys.readouterr().err
    out = subprocess.run(["pdfsig", str(signed2)], capture_output=True, text=True, check=False)
    assert out.stdout.count("Signature is Valid") == 2
    text = subprocess.run(
        ["pdftotext", str(signed2), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "Marie Membre" in text and "Lyon" in text and "PV-ESSAI-2015" in text
    capsys.readouterr()

    assert ptce("audit", "verify", call) == 0, capsys.readouterr().out
    stats = json_out(capsys, "stats", call, "--json")
    assert stats["dossiers"] == DOSSIERS  # type: ignore[index]
    assert stats["eligible"] == DOSSIERS  # type: ignore[index]
    assert stats["reviews_submitted"] == 2 * DOSSIERS  # type: ignore[index]
    assert stats["decisions"] == DOSSIERS and stats["selected"] == 3  # type: ignore[index]
    assert stats["granted_total"] == 300_000  # type: ignore[index]
    assert stats["envelope_total"] == 2_700_000  # type: ignore[index]
