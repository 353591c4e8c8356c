"""Calibration, scenarios and review history on a real call file, through services and CLI."""

from __future__ import annotations

import json

import pytest

from ptce_desktop.cli import main
from ptce_desktop.domain.calibration import NotLinkedError
from ptce_desktop.domain.scenario import Parameters
from ptce_desktop.services import decision_support as support
from ptce_desktop.services import review
from ptce_desktop.store.db import CallStore
from tests.review_helpers import fresh_assignment


def test_calibration_of_the_demo_reports_every_rapporteur_beside_raw_scores(demo_call) -> None:
    with CallStore.open(demo_call, actor="t") as store:
        report = support.calibrate(store, moves_more_than=0)
        submitted = store.conn.execute(
            "SELECT count(*) FROM reviews WHERE state = 'submitted'"
        ).fetchone()[0]
    assert len(report.reviews) == submitted
    assert abs(sum(r.offset for r in report.rapporteurs)) < 0.1 * len(report.rapporteurs)
    assert [r.offset for r in report.rapporteurs] == sorted(r.offset for r in report.rapporteurs)
    for a in report.reviews:
        assert 0 <= a.adjusted <= 100
        offset = next(r.offset for r in report.rapporteurs if r.person_id == a.person_id)
        assert a.adjusted == pytest.approx(min(100, max(0, a.raw - offset)), abs=0.02)
    # Every dossier with a moved rank is listed, the largest moves first.
    assert [d.numero for d in report.moves] == [
        d.numero for d in sorted((d for d in report.dossiers if d.moved),
                                 key=lambda d: (-abs(d.moved), d.adjusted_rank))
    ]  # fmt: skip
    assert "n / (n + 3)" in report.method


def test_calibration_is_refused_when_rapporteurs_share_no_dossier(demo_call, capsys) -> None:
    with CallStore.open(demo_call, actor="t") as store, store.transaction("test : isoler"):
        # Keep one review per dossier: no two rapporteurs meet on a dossier any more.
        store.conn.execute(
            "UPDATE reviews SET state = 'draft' WHERE state = 'submitted' AND id NOT IN "
            "(SELECT min(id) FROM reviews WHERE state = 'submitted' GROUP BY dossier_id)"
        )
    with CallStore.open(demo_call, actor="t") as store, pytest.raises(NotLinkedError):
        support.calibrate(store)
    assert main(["calibration", str(demo_call)]) == 2
    assert "groupes sans dossier commun" in capsys.readouterr().err


def test_calibration_json_gives_offsets_with_uncertainty(demo_call, capsys) -> None:
    assert main(["calibration", str(demo_call), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["shrinkage"] == 3.0
    first = data["rapporteurs"][0]
    assert {"person_id", "name", "reviews", "offset", "uncertainty"} <= set(first)
    assert first["uncertainty"] > 0


def test_scenarios_write_nothing_and_compare_with_the_ranking(demo_call, capsys) -> None:
    with CallStore.open(demo_call, actor="t") as store:
        before = store.conn.execute("SELECT count(*) FROM audit_log").fetchone()[0]
        full, partial = support.run_scenarios(
            store, session_id=1, scenarios=[Parameters(), Parameters(share=0.8)]
        )
        assert store.conn.execute("SELECT count(*) FROM audit_log").fetchone()[0] == before
    assert full.comparison.entering == () and full.comparison.leaving == ()
    assert len(partial.outcome.funded) >= len(full.outcome.funded)
    assert set(partial.comparison.entering) == set(partial.outcome.selected) - set(
        full.outcome.selected
    )
    assert main(["scenario", str(demo_call), "--session", "1", "--share", "0.8", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [f["numero"] for f in data["selected"]] == list(partial.outcome.selected)
    assert all(t["remaining"] >= 0 for t in data["totals"])


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--session", "99"], "séance 99 introuvable"),
        (["--session", "1", "--share", "1.5"], "part financée"),
        (["--session", "1", "--force-in", "NOPE"], "dossier NOPE : absent du classement"),
        (["--session", "1", "--funder", "CDC"], "attendu CODE=MONTANT"),
    ],
)
def test_bad_scenarios_exit_2_with_the_reason(demo_call, capsys, args, message) -> None:
    assert main(["scenario", str(demo_call), *args]) == 2
    assert message in capsys.readouterr().err


def test_review_history_shows_each_change_with_its_author(demo_call, capsys) -> None:
    with CallStore.open(demo_call, actor="t") as store:
        name, dossier_id = fresh_assignment(store)
        numero, criterion_id, code = store.conn.execute(
            "SELECT d.numero, c.id, c.code FROM dossiers d, criteria c WHERE d.id = ? "
            "ORDER BY c.position LIMIT 1",
            (dossier_id,),
        ).fetchone()
    with CallStore.open(demo_call, actor=name) as store:
        review.set_score(store, dossier_id, criterion_id, 2)
        review.set_score(store, dossier_id, criterion_id, 4)
        review.set_comment(store, dossier_id, criterion_id, "revu après audition")
        events = support.review_history(store, numero=numero)
    changes = [e.change for e in events if e.rapporteur == name]
    assert changes[:4] == [
        "évaluation ouverte",
        f"{code} : — → 2",
        f"{code} : 2 → 4",
        f"{code} : commentaire « revu après audition »",
    ]
    assert {e.actor for e in events if e.rapporteur == name} == {name}
    assert main(["review", "history", str(demo_call), "--dossier", numero, "--json"]) == 0
    assert json.loads(capsys.readouterr().out)[-1]["change"].endswith("« revu après audition »")
    assert main(["review", "history", str(demo_call), "--dossier", "XX-1"]) == 2
    assert "dossier XX-1 introuvable" in capsys.readouterr().err


def _pdf_text(pdf: bytes, tmp_path) -> str:  # type: ignore[no-untyped-def]
    import subprocess

    path = tmp_path / "pv.pdf"
    path.write_bytes(pdf)
    out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, check=True)
    return " ".join(out.stdout.decode().split())


def test_minutes_state_the_calibration_only_when_the_committee_saw_it(demo_call, tmp_path) -> None:
    from ptce_desktop.services.minutes import generate_minutes

    with CallStore.open(demo_call, actor="t") as store:
        plain = _pdf_text(generate_minutes(store, 1), tmp_path)
        support.set_calibration_shown(store, session_id=1, shown=True)
        assert support.calibration_shown(store, session_id=1)
        shown = _pdf_text(generate_minutes(store, 1), tmp_path)
        report = support.calibrate(store)
        last = store.conn.execute(
            "SELECT action FROM audit_log WHERE table_name = 'sessions' ORDER BY id DESC LIMIT 1"
        ).fetchone()[0]
    assert "Calibration des rapporteurs" not in plain
    assert "Annexe 3 — Calibration des rapporteurs présentée au comité" in shown
    assert "n / (n + 3)" in shown
    harshest = report.rapporteurs[0]
    assert harshest.name in shown
    assert last == "calibration présentée au comité — séance 1"


def test_session_new_with_calibration_records_it(demo_call, capsys) -> None:
    from ptce_desktop.store import people as people_rows

    with CallStore.open(demo_call, actor="t") as store:
        people = [p for p in people_rows.load_people(store) if p.active]
        chair = next(p for p in people if p.is_chair and p.is_member)
        secretary = next(p for p in people if p.is_secretary)
    args = ["session", "new", str(demo_call), "--date", "2014-01-15", "--place", "Paris",
            "--chair", str(chair.id), "--secretary", str(secretary.id), "--calibration",
            "--json"]  # fmt: skip
    assert main(args) == 0
    session_id = json.loads(capsys.readouterr().out)["id"]
    with CallStore.open(demo_call, actor="t") as store:
        assert support.calibration_shown(store, session_id=session_id)
        assert not support.calibration_shown(store, session_id=1)


def test_disagreements_list_dossiers_moved_by_calibration_first(demo_call, capsys) -> None:
    from ptce_desktop.services import compare

    with CallStore.open(demo_call, actor="t") as store:
        report = support.calibrate(store, moves_more_than=0)
        plain = compare.disagreements(store, moves_more_than=10_000)
        found = compare.disagreements(store, moves_more_than=0)
    moved = [d.numero for d in report.moves]
    assert moved, "the demo has dossiers whose rank changes once adjusted"
    assert [d.numero for d in found[: len(moved)]] == moved
    assert all(d.moved for d in found[: len(moved)]) and not any(d.moved for d in plain)
    # Nothing moved past 10,000 places: the order is the raw disagreement order, ranks shown.
    assert [d.numero for d in plain] == [
        d.numero for d in sorted(plain, key=lambda d: (-d.max_spread, -d.total_spread, d.numero))
    ]
    ranks = {d.numero: (d.raw_rank, d.adjusted_rank) for d in report.dossiers}
    assert all((d.raw_rank, d.adjusted_rank) == ranks[d.numero] for d in found if d.numero in ranks)
    assert main(["disagreements", str(demo_call), "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert {"raw_rank", "adjusted_rank", "moved"} <= set(rows[0])
