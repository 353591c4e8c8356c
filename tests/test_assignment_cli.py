"""`ptce assign` and `ptce assignments`: JSON shapes, a dry run writes nothing, refusals exit 2
with one line and leave the file as it was."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from ptce_desktop.cli import main


def digest(path: Path) -> str:
    # Only once every connection is closed (each command closes its own).
    return hashlib.sha256(path.read_bytes()).hexdigest()


def run_json(capsys: pytest.CaptureFixture[str], *argv: str) -> dict:
    capsys.readouterr()
    assert main([*argv, "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_dry_run_writes_nothing_then_assign_applies_the_same(
    assignment_call: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = digest(assignment_call)
    dry = run_json(capsys, "assign", str(assignment_call), "--dry-run")
    assert digest(assignment_call) == before
    assert set(dry) == {"applied", "per_dossier", "avoid_same_region", "added", "loads", "spread",
                        "connected", "groups", "shortages"}  # fmt: skip
    assert dry["applied"] is False and dry["per_dossier"] == 2
    assert len(dry["added"]) == 18
    assert set(dry["added"][0]) == {"numero", "person_id", "name"}
    assert [set(x) for x in dry["loads"]] == [{"person_id", "name", "load"}] * 5
    assert dry["spread"] <= 1 and dry["connected"] is True and dry["shortages"] == []

    done = run_json(capsys, "assign", str(assignment_call))
    assert done["applied"] is True
    assert done["added"] == dry["added"]
    listing = run_json(capsys, "assignments", str(assignment_call))
    assert listing["per_dossier"] == 2 and listing["connected"] is True
    assert len(listing["dossiers"]) == 9
    assert all(len(d["rapporteurs"]) == 2 for d in listing["dossiers"])
    first = listing["dossiers"][0]["rapporteurs"][0]
    assert set(first) == {"person_id", "name", "method", "review"}
    assert first["method"] == "automatic" and first["review"] is None
    assert sum(r["load"] for r in listing["rapporteurs"]) == 18
    assert set(listing["rapporteurs"][0]) == {"person_id", "name", "email", "load", "submitted"}
    # Everything is assigned: a second run adds nothing.
    assert run_json(capsys, "assign", str(assignment_call))["added"] == []
    assert main(["audit", "verify", str(assignment_call)]) == 0


def test_shortages_are_listed_per_dossier(
    assignment_call: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = run_json(capsys, "assign", str(assignment_call), "--per-dossier", "5", "--dry-run")
    assert out["shortages"] == [{"numero": "PTCE-2013-001", "needed": 5, "possible": 4}]
    capsys.readouterr()
    assert main(["assign", str(assignment_call), "--per-dossier", "5", "--dry-run"]) == 0
    assert "PTCE-2013-001 : 4 rapporteur(s) possible(s) sur 5" in capsys.readouterr().out


def test_by_hand_with_text_output(
    assignment_call: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    f = str(assignment_call)
    assert main(["assign", f, "--person", "bruno@exemple.fr", "--dossier", "PTCE-2013-002"]) == 0
    assert capsys.readouterr().out == "Bruno Caen : rapporteur du dossier PTCE-2013-002\n"
    out = run_json(capsys, "assign", f, "--person", "bruno@exemple.fr", "--dossier",
                   "PTCE-2013-002", "--remove")  # fmt: skip
    assert out == {"person_id": 2, "numero": "PTCE-2013-002", "assigned": False}


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--person", "anne@exemple.fr", "--dossier", "PTCE-2013-001"],
         "Anne Bretonneau a déclaré un conflit d'intérêts sur le dossier PTCE-2013-001"),
        (["--person", "gisele@exemple.fr", "--dossier", "PTCE-2013-002"],
         "Gisèle Havre n'est pas rapporteur de cet appel"),
        (["--person", "anne@exemple.fr", "--dossier", "PTCE-2013-005"], "n'est pas éligible"),
        (["--person", "bruno@exemple.fr", "--dossier", "PTCE-2013-002", "--remove"],
         "Bruno Caen n'est pas rapporteur du dossier PTCE-2013-002"),
        (["--person", "anne@exemple.fr"], "--person et --dossier vont ensemble"),
        (["--person", "anne@exemple.fr", "--dossier", "X", "--dry-run"],
         "valent pour la répartition automatique"),
        (["--remove"], "--remove demande --person et --dossier"),
        (["--per-dossier", "0"], "il en faut au moins 1"),
    ],
)  # fmt: skip
def test_refusals_exit_2_with_one_line_and_change_nothing(
    assignment_call: Path, capsys: pytest.CaptureFixture[str], argv: list[str], message: str
) -> None:
    before = digest(assignment_call)
    capsys.readouterr()
    assert main(["assign", str(assignment_call), *argv]) == 2
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 1 and "Traceback" not in err
    assert digest(assignment_call) == before
