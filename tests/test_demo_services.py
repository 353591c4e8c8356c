"""The demo is built through the services a user's clicks and commands use (issue #10 §8):
its audit log holds their labels, under the names of those who would have acted, and
`ptce audit verify` accepts it."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

import pytest

from ptce_desktop.cli import main

# Every label a fresh demo's transactions carry: the services' own (people, conflicts,
# assignment, review, deliberation), plus the call's creation, the intake and screening.
SERVICE_LABELS = {
    "création de l'appel": r"création de l'appel",
    "dépôt": r"démo : dépôt des candidatures",
    "éligibilité": r"contrôle d'éligibilité",
    "personne": r"personne ajoutée : .+",
    "conflit": r"conflit d'intérêts déclaré : .+ sur PTCE-\d{4}-\d{3}",
    "attribution": r"répartition automatique : \d+ attribution\(s\)",
    "note": r"note « .+ » \d+/\d+ — PTCE-\d{4}-\d{3}",
    "commentaire": r"commentaire « .+ » — PTCE-\d{4}-\d{3}",
    "avis": r"avis (favorable|réservé|défavorable) — PTCE-\d{4}-\d{3}",
    "appréciation": r"appréciation générale — PTCE-\d{4}-\d{3}",
    "soumission": r"soumission de l'évaluation — PTCE-\d{4}-\d{3}",
    "séance": r"séance créée : .+ du \d\d/\d\d/\d{4}",
    "présences": r"présences : \d+ présents, \d+ représentés sur \d+",
    "ouverture": r"séance ouverte : .+",
    "décision": r"décision : PTCE-\d{4}-\d{3} (retenu|retenu sous conditions|non retenu|"
    r"ajourné|liste complémentaire)(, [\d\s]+€|, rang \d+)?",
    "clôture": r"séance close : .+",
}


def _log(path: Path) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """(actor, action) of every sealed transaction, in order; (numero, rapporteur's name) of
    every submitted review."""
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        rows = conn.execute(
            "SELECT actor, action FROM audit_log GROUP BY actor, action, ts ORDER BY min(id)"
        ).fetchall()
        reviews = conn.execute(
            "SELECT d.numero, p.name FROM reviews r JOIN dossiers d ON d.id = r.dossier_id "
            "JOIN people p ON p.id = r.person_id WHERE r.state = 'submitted'"
        ).fetchall()
    finally:
        conn.close()
    return rows, reviews


def test_the_demo_goes_through_the_services(demo_master: Path) -> None:
    rows, reviews = _log(demo_master)
    found: dict[str, int] = dict.fromkeys(SERVICE_LABELS, 0)
    for _actor, action in rows:
        kind = next(
            (k for k, pattern in SERVICE_LABELS.items() if re.fullmatch(pattern, action)), None
        )
        assert kind is not None, f"label no service gives: « {action} »"
        found[kind] += 1
    assert all(found.values()), found  # every step of the call, each through its service
    assert found["attribution"] == 1 and found["clôture"] == 1
    # Each review was written and submitted by its rapporteur, as at the scoring dock.
    assert reviews and found["soumission"] == len(reviews)
    submitted = {(a, act.rsplit(" — ", 1)[1]) for a, act in rows if act.startswith("soumission")}
    assert submitted == {(name, numero) for numero, name in reviews}
    # The rest under the demo's identity: the secretariat at work.
    others = {a for a, act in rows if not re.match(r"(note|commentaire|avis|appréciation|"
                                                   r"soumission)", act)}  # fmt: skip
    assert others == {"démo"}


def test_a_full_demo_passes_audit_verify(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    path = tmp_path / "demo.ptce"
    assert main(["demo", str(path), "--dossiers", "40", "--seed", "7"]) == 0
    assert main(["audit", "verify", str(path)]) == 0
    assert "Journal d'audit intact" in capsys.readouterr().out
    assert not (tmp_path / "backups").exists()  # the assignment's backup was of the temp file
