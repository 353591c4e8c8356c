"""`ptce call show|export|apply`, `ptce new --template`: exit codes, files unchanged on refusal."""

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
def call_file(tmp_path: Path) -> Path:
    path = tmp_path / "appel.ptce"
    assert main(["new", str(path), "--title", "Appel 2015", "--template", "ptce-2015"]) == 0
    return path


def one_error_line(capsys) -> str:  # type: ignore[no-untyped-def]
    err = capsys.readouterr().err
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1, err
    return err


def test_show_json_gives_the_settings_and_the_uid(call_file: Path, capsys):
    capsys.readouterr()
    assert main(["call", "show", str(call_file), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["title"] == "Appel 2015" and data["envelope"] == 2_700_000
    assert data["reference"] == "PV-2015" and data["grid_frozen"] is None
    assert len(data["uid"]) == 32 and data["template"] == "ptce-2015"
    assert main(["call", "show", str(call_file)]) == 0
    assert "critère cooperation" in capsys.readouterr().out


def test_export_edit_apply(call_file: Path, tmp_path: Path, capsys):
    out = tmp_path / "p.toml"
    assert main(["call", "export", str(call_file), str(out)]) == 0
    assert main(["call", "apply", str(call_file), str(out)]) == 0
    assert "Aucun changement." in capsys.readouterr().out
    out.write_text(out.read_text("utf-8").replace('place = "Paris"', 'place = "Lille"'), "utf-8")
    assert main(["call", "apply", str(call_file), str(out)]) == 0
    assert "Paramètres modifiés : place" in capsys.readouterr().out
    conn = sqlite3.connect(call_file)
    assert conn.execute("SELECT place FROM calls").fetchone() == ("Lille",)
    assert conn.execute(
        "SELECT count(*) FROM audit_log WHERE action = 'paramètres de l''appel : place'"
    ).fetchone() == (1,)
    conn.close()
    assert main(["audit", "verify", str(call_file)]) == 0


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        ("weight = 25", "weight = 35", "criteria : les poids font 110, ils doivent faire 100"),
        ("grant_min = 26_000", "grant_min = 300_000", "grant_min : bornes inversées"),
        ('tie_break = ["cooperation", "submitted_on"]', 'tie_break = ["âge"]',
         "tie_break[1] : « âge » n'est ni un code de critère"),
        ("place = ", "lieu = ", "lieu : clé inconnue"),
        ("envelope = 2_700_000", "envelope = ", "ligne {line}, colonne 12 : TOML invalide"),
    ],
)  # fmt: skip
def test_apply_refuses_with_one_line_naming_the_key(call_file, tmp_path, capsys, old, new, message):
    out = tmp_path / "p.toml"
    assert main(["call", "export", str(call_file), str(out)]) == 0
    text = out.read_text("utf-8")
    assert old in text
    out.write_text(text.replace(old, new, 1), "utf-8")
    before = digest(call_file)
    capsys.readouterr()
    assert main(["call", "apply", str(call_file), str(out)]) == 2
    line = text[: text.index(old)].count("\n") + 1
    assert message.format(line=line) in one_error_line(capsys)
    assert digest(call_file) == before


def test_apply_refuses_a_grid_change_after_a_submitted_review(demo_call, tmp_path, capsys):
    out = tmp_path / "p.toml"
    assert main(["call", "export", str(demo_call), str(out)]) == 0
    text = out.read_text("utf-8")
    out.write_text(text.replace("scale_max = 5", "scale_max = 10", 1), "utf-8")
    before = digest(demo_call)
    capsys.readouterr()
    assert main(["call", "apply", str(demo_call), str(out)]) == 2
    err = one_error_line(capsys)
    assert "criteria[1].scale_max : grille figée" in err and "évaluations sont soumises" in err
    assert digest(demo_call) == before
    # a label still changes
    out.write_text(text.replace("Coopération et mutualisation", "Coopération", 1), "utf-8")
    assert main(["call", "apply", str(demo_call), str(out)]) == 0


def test_new_from_a_settings_file_and_its_refusals(tmp_path: Path, capsys):
    short = tmp_path / "court.toml"
    short.write_text("year = 2016\nenvelope = 800_000\ngrant_max = 100_000\n", "utf-8")
    assert main(["new", str(tmp_path / "a.ptce"), "--title", "T", "--template", str(short)]) == 0
    conn = sqlite3.connect(tmp_path / "a.ptce")
    assert conn.execute("SELECT envelope, reference, template FROM calls").fetchone() == (
        800_000,
        "PV-2016",
        "court.toml",
    )
    conn.close()
    short.write_text("year = 2016\nenvelope = 800_000\ngrant_max = 900_000\n", "utf-8")
    capsys.readouterr()
    target = tmp_path / "b.ptce"
    assert main(["new", str(target), "--title", "T", "--template", str(short)]) == 2
    assert "grant_max : 900\u202f000 € dépasse l'enveloppe" in one_error_line(capsys)
    assert not target.exists()
    assert main(["new", str(target), "--title", "T", "--template", "absent.toml"]) == 2
    assert "absent.toml : fichier de paramètres introuvable" in one_error_line(capsys)
    assert main(["new", str(target), "--title", "T", "--template", "ptce-1999"]) == 2
    assert "modèles : ami-ptce-2021, ptce-2013, ptce-2015" in one_error_line(capsys)
    assert not target.exists()
