"""`ptce people` and `ptce conflicts`: exit codes, one-line messages, JSON shapes."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from pathlib import Path

import pytest

from ptce_desktop.cli import main


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def call(tmp_path: Path) -> Path:
    path = tmp_path / "appel.ptce"
    assert main(["demo", str(path), "--dossiers", "12", "--stage", "review"]) == 0
    return path


def run(capsys, *args: str) -> tuple[int, str, str]:
    capsys.readouterr()
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_people_add_list_and_deactivate(call, capsys):
    f = str(call)
    code, out, _ = run(
        capsys, "people", "add", f, "--name", "Anne Rapp", "--institution", "DREAL",
        "--email", "anne@example.fr", "--role", "rapporteur", "--role", "Membre",
        "--region", "Bretagne",
    )  # fmt: skip
    assert code == 0 and "Anne Rapp" in out
    code, out, _ = run(capsys, "people", "list", f, "--json")
    rows = json.loads(out)
    anne = next(r for r in rows if r["email"] == "anne@example.fr")
    assert {"id", "name", "institution", "email", "roles", "region", "active"} <= set(anne)
    assert (anne["roles"], anne["region"], anne["active"]) == (
        ["membre", "rapporteur"], "Bretagne", True,
    )  # fmt: skip
    code, out, _ = run(capsys, "people", "deactivate", f, "ANNE@example.fr", "--reason", "mutation")
    assert code == 0
    code, out, _ = run(capsys, "people", "list", f, "--json")
    anne = next(r for r in json.loads(out) if r["email"] == "anne@example.fr")
    assert (anne["active"], anne["inactive_reason"]) == (False, "mutation")


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (["--email", "anne@example"], "adresse électronique « anne@example » invalide"),
        (["--email", "a@example.fr", "--role", "chef"], "rôle « chef » inconnu"),
        (["--email", "a@example.fr", "--region", "Mordor"], "« Mordor » inconnu"),
    ],
)
def test_people_add_refusals_exit_2_and_change_nothing(call, capsys, extra, message):
    before = digest(call)
    args = ["people", "add", str(call), "--name", "A", "--role", "membre", *extra]
    code, _, err = run(capsys, *args)
    assert code == 2
    assert message in err and err.count("\n") == 1 and "Traceback" not in err
    assert digest(call) == before


def test_people_add_duplicate_email_and_bad_certificate(call, capsys, tmp_path):
    f = str(call)
    base = ["people", "add", f, "--name", "A", "--role", "membre", "--email", "a@example.fr"]
    assert run(capsys, *base)[0] == 0
    code, _, err = run(capsys, *base[:-1], "A@EXAMPLE.FR")
    assert code == 2 and "déjà celle de A" in err
    bad = tmp_path / "cert.pem"
    bad.write_bytes(b"not a certificate")
    code, _, err = run(
        capsys, "people", "add", f, "--name", "B", "--role", "president", "--email",
        "b@example.fr", "--certificate", str(bad),
    )  # fmt: skip
    assert code == 2 and "pas un certificat X.509" in err


def test_people_import_refused_names_row_and_column(call, capsys, tmp_path):
    source = tmp_path / "p.csv"
    source.write_text(
        "nom,institution,email,roles,region\nA,X,a@example.fr,membre,\nB,Y,b@example.fr,juge,\n",
        encoding="utf-8",
    )
    before = digest(call)
    code, _, err = run(capsys, "people", "import", str(call), str(source))
    assert code == 2
    assert "p.csv, ligne 3, colonne « roles » : rôle « juge » inconnu" in err
    assert "le fichier d'appel n'a pas été modifié" in err
    assert digest(call) == before
    source.write_text(
        "nom,institution,email,roles,region\nA,X,a@example.fr,membre,\nB,Y,b@example.fr,"
        '"rapporteur, secretariat",35\n',
        encoding="utf-8",
    )
    code, out, _ = run(capsys, "people", "import", str(call), str(source))
    assert code == 0 and "2 personne(s) ajoutée(s)" in out


def test_conflicts_declare_list_withdraw(call, capsys):
    f = str(call)
    pair = json.loads(run(capsys, "conflicts", "list", f, "--json")[1])
    assert pair and {"person_id", "dossier", "reason", "state", "session_id"} <= set(pair[0])
    run(capsys, "people", "add", f, "--name", "Zoé", "--email", "zoe@example.fr",
        "--role", "rapporteur")  # fmt: skip
    args = ["--person", "zoe@example.fr", "--dossier", "PTCE-2013-002"]
    code, out, _ = run(capsys, "conflicts", "declare", f, *args, "--reason", "ancienne salariée")
    assert code == 0 and "Conflit d'intérêts déclaré : Zoé sur PTCE-2013-002" in out
    code, out, _ = run(capsys, "conflicts", "withdraw", f, *args, "--reason", "erreur")
    assert code == 0
    rows = json.loads(run(capsys, "conflicts", "list", f, "--json")[1])
    zoe = next(r for r in rows if r["email"] == "zoe@example.fr")
    assert (zoe["state"], zoe["withdrawn_reason"]) == ("withdrawn", "erreur")
    code, _, err = run(capsys, "conflicts", "withdraw", f, *args, "--reason", "encore")
    assert code == 2 and "aucun conflit d'intérêts déclaré" in err
    code, _, err = run(capsys, "conflicts", "declare", f, "--person", "zoe@example.fr",
                       "--dossier", "NOPE", "--reason", "x")  # fmt: skip
    assert code == 2 and "dossier « NOPE » inconnu" in err
    code, _, err = run(capsys, "conflicts", "declare", f, "--person", "nobody@example.fr",
                       "--dossier", "PTCE-2013-002", "--reason", "x")  # fmt: skip
    assert code == 2 and "personne inconnue" in err
    code, _, err = run(capsys, "conflicts", "declare", f, *args, "--reason", " ")
    assert code == 2 and "nature de l'intérêt" in err


def test_conflicts_suggested_json(call, capsys):
    f = str(call)
    with sqlite3.connect(call) as db:
        lead, name = db.execute("SELECT numero, lead_name FROM dossiers LIMIT 1").fetchone()
    db.close()
    run(capsys, "people", "add", f, "--name", "Zoé", "--email", "zoe@example.fr",
        "--institution", f"Association {name.upper()}", "--role", "rapporteur")  # fmt: skip
    code, out, _ = run(capsys, "conflicts", "list", f, "--suggested", "--json")
    found = json.loads(out)
    assert code == 0
    assert any(s["dossier"] == lead and s["person"] == "Zoé" for s in found)
    assert set(found[0]) == {"person_id", "person", "dossier", "dossier_id", "reason"}
    code, out, _ = run(capsys, "conflicts", "list", f, "--json")
    assert "Zoé" not in out  # a suggestion is never applied by itself
