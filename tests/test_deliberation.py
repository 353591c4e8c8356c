"""Deliberation services on a demo call reviewed but not yet deliberated."""

from __future__ import annotations

import json
import shutil
from datetime import date
from pathlib import Path

import pytest

from ptce_desktop.cli import main
from ptce_desktop.domain.model import Attendance, AttendanceStatus, Outcome, SessionState
from ptce_desktop.services import deliberation as delib
from ptce_desktop.services.session_data import committee_members
from ptce_desktop.store import sessions as session_rows
from ptce_desktop.store.audit import verify
from ptce_desktop.store.db import CallStore
from ptce_desktop.store.errors import ReadOnlyError

P, R, E = AttendanceStatus.PRESENT, AttendanceStatus.REPRESENTED, AttendanceStatus.EXCUSED


@pytest.fixture(scope="module")
def reviewed_master(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from ptce_desktop.services.demo import make_demo

    path = tmp_path_factory.mktemp("review") / "review.ptce"
    make_demo(path, dossiers=30, seed=2013, stage="review").close()
    return path


@pytest.fixture
def store(reviewed_master: Path, tmp_path: Path):  # type: ignore[no-untyped-def]
    path = tmp_path / "appel.ptce"
    shutil.copyfile(reviewed_master, path)
    with CallStore.open(path, actor="Secrétariat") as s:
        yield s


def members(store: CallStore) -> list[int]:
    return [p.id for p in committee_members(store)]  # type: ignore[misc]


def all_present(store: CallStore) -> list[Attendance]:
    return [Attendance(person_id=m, status=P) for m in members(store)]


def open_session(store: CallStore, agenda: int = 5) -> tuple[int, list[int]]:
    ids = delib.default_agenda(store)[:agenda]
    sid = delib.create_session(store, title="Séance test", day=date(2013, 12, 10),
                               place="Paris", dossier_ids=ids)  # fmt: skip
    delib.set_attendance(store, session_id=sid, attendance=all_present(store))
    delib.open_session(store, session_id=sid)
    return sid, ids


def entry(store: CallStore, sid: int, dossier_id: int):  # type: ignore[no-untyped-def]
    return next(e for e in delib.session_report(store, sid).agenda if e.dossier_id == dossier_id)


def test_create_session_takes_chair_secretary_and_ranked_agenda(store):
    sid, ids = open_session(store)
    report = delib.session_report(store, sid)
    assert report.chair and report.secretary
    assert [e.dossier_id for e in report.agenda] == ids
    assert [e.rank for e in report.agenda] == sorted(e.rank for e in report.agenda)
    assert report.state is SessionState.OPEN and report.quorum.reached


def test_agenda_orders_by_region_and_by_hand(store):
    ids = delib.default_agenda(store)[:8]
    by_region = delib.order_agenda(store, dossier_ids=ids, order=delib.AgendaOrder.REGION)
    sid = delib.create_session(store, title="S", day=date(2013, 12, 1), dossier_ids=by_region)
    regions = [e.region for e in delib.session_report(store, sid).agenda]
    assert regions == sorted(regions)
    delib.set_agenda(store, session_id=sid, dossier_ids=list(reversed(by_region)))
    assert session_rows.agenda(store, sid) == list(reversed(by_region))
    with pytest.raises(delib.AgendaError, match="deux fois"):
        delib.set_agenda(store, session_id=sid, dossier_ids=[ids[0], ids[0]])


def test_attendance_rules_name_the_people(store):
    sid = delib.create_session(store, title="S", day=date(2013, 12, 1))
    m = members(store)
    names = {p.id: p.name for p in committee_members(store)}
    two_proxies = [Attendance(person_id=m[0], status=P),
                   Attendance(person_id=m[1], status=R, proxy_holder_id=m[0]),
                   Attendance(person_id=m[2], status=R, proxy_holder_id=m[0])]  # fmt: skip
    with pytest.raises(delib.AttendanceError, match="plus d'un mandat") as exc:
        delib.set_attendance(store, session_id=sid, attendance=two_proxies)
    assert names[m[0]] in str(exc.value)
    assert session_rows.attendance(store, sid) == []  # nothing written


def test_no_quorum_needs_a_written_second_convocation(store):
    m = members(store)
    sid = delib.create_session(store, title="S", day=date(2013, 12, 1))
    few = [Attendance(person_id=x, status=P if i < 3 else E) for i, x in enumerate(m)]
    # A proxy counts: 3 present + 1 represented is still short of half of 12.
    few[3] = Attendance(person_id=m[3], status=R, proxy_holder_id=m[0])
    delib.set_attendance(store, session_id=sid, attendance=few)
    report = delib.session_report(store, sid)
    assert (report.quorum.present, report.quorum.represented) == (3, 1)
    assert not report.quorum.reached
    with pytest.raises(delib.QuorumError, match="seconde convocation"):
        delib.open_session(store, session_id=sid)
    note = "Seconde convocation du 2 décembre 2013 : le comité délibère sans quorum."
    delib.open_session(store, session_id=sid, quorum_note=note)
    report = delib.session_report(store, sid)
    assert report.state is SessionState.OPEN and report.quorum.note == note


def test_recusal_removes_a_voter_and_is_reported(store):
    sid, ids = open_session(store)
    first = entry(store, sid, ids[0])
    member = next(m for m in members(store) if m not in {r.person_id for r in first.recused})
    delib.declare_recusal(store, person_id=member, dossier_id=ids[0], reason="administrateur")
    after = entry(store, sid, ids[0])
    assert after.voters == first.voters - 1
    assert member in [r.person_id for r in after.recused]
    before = first.voters
    with pytest.raises(delib.VoteError, match="votants"):
        delib.record_decision(store, session_id=sid, dossier_id=ids[0], outcome=Outcome.DEFERRED,
                              votes_for=before)  # fmt: skip


def test_tie_is_decided_by_the_chair_and_recorded(store):
    sid, ids = open_session(store)
    with pytest.raises(delib.VoteError, match="président"):
        delib.record_decision(store, session_id=sid, dossier_id=ids[0], outcome=Outcome.DEFERRED,
                              votes_for=5, votes_against=5)  # fmt: skip
    d = delib.record_decision(store, session_id=sid, dossier_id=ids[0], outcome=Outcome.DEFERRED,
                              votes_for=5, votes_against=5, chair_votes_for=True)  # fmt: skip
    assert d.casting_vote_used
    with pytest.raises(delib.VoteError, match="n'est pas adoptée"):
        delib.record_decision(store, session_id=sid, dossier_id=ids[1], outcome=Outcome.DEFERRED,
                              votes_for=3, votes_against=5)  # fmt: skip


def test_amount_rules(store):
    sid, ids = open_session(store)
    requested = entry(store, sid, ids[0]).amount_requested
    common = {"session_id": sid, "dossier_id": ids[0], "votes_for": 8}
    with pytest.raises(delib.DecisionError, match="dépasse le montant sollicité"):
        delib.record_decision(store, outcome=Outcome.SELECTED, amount_granted=requested + 1000,
                              **common)  # fmt: skip
    with pytest.raises(delib.DecisionError, match="bornes de l'appel"):
        delib.record_decision(store, outcome=Outcome.SELECTED, amount_granted=10_000, **common)
    with pytest.raises(delib.DecisionError, match="montant réduit doit être motivé"):
        delib.record_decision(store, outcome=Outcome.SELECTED, amount_granted=requested - 5000,
                              **common)  # fmt: skip
    with pytest.raises(delib.DecisionError, match="refus doit être motivé"):
        delib.record_decision(store, outcome=Outcome.NOT_SELECTED, **common)
    with pytest.raises(delib.DecisionError, match="conditions"):
        delib.record_decision(store, outcome=Outcome.SELECTED_WITH_CONDITIONS,
                              amount_granted=requested, **common)  # fmt: skip
    d = delib.record_decision(store, outcome=Outcome.SELECTED, amount_granted=requested, **common)
    assert round(sum(d.split.values()), 2) == requested
    assert session_rows.decisions(store, sid)[ids[0]].split == d.split


def test_envelope_is_enforced_per_funder_unless_justified(store):
    sid, ids = open_session(store)
    requested = entry(store, sid, ids[0]).amount_requested
    # Within the envelope in total, but all of it on the smallest share after others spent it.
    with store.transaction("test : part réduite"):
        store.conn.execute("UPDATE funders SET amount = 50000 WHERE code = 'ETAT-AUTRES'")
    split = {"METL": 0.0, "ETAT-AUTRES": requested, "CDC": 0.0}
    args = {"session_id": sid, "dossier_id": ids[0], "outcome": Outcome.SELECTED,
            "amount_granted": requested, "split": split, "votes_for": 9}  # fmt: skip
    with pytest.raises(delib.EnvelopeExceededError, match="Autres ministères") as exc:
        delib.record_decision(store, **args)
    assert exc.value.overruns == {"ETAT-AUTRES": requested - 50_000}
    assert session_rows.decisions(store, sid) == {}
    gauges = {g.code: g for g in delib.envelope(store, dossier_id=ids[0], pending_split=split)}
    assert gauges["ETAT-AUTRES"].exceeded and not gauges["METL"].exceeded
    d = delib.record_decision(
        store, **args, envelope_override="Reliquat 2012 redéployé par le CGET"
    )
    assert d.envelope_override
    # The proposed split stays within each share when it can.
    proposed = delib.proposed_split(store, dossier_id=ids[1], amount=100_000)
    assert sum(proposed.values()) == 100_000 and proposed["ETAT-AUTRES"] == 0


def test_close_needs_every_item_decided_and_signed_is_locked(store):
    sid, ids = open_session(store, agenda=2)
    delib.record_decision(store, session_id=sid, dossier_id=ids[0], outcome=Outcome.DEFERRED,
                          votes_for=10)  # fmt: skip
    with pytest.raises(delib.SessionStateError, match="sans décision"):
        delib.close_session(store, session_id=sid)
    delib.record_decision(store, session_id=sid, dossier_id=ids[1], outcome=Outcome.NOT_SELECTED,
                          votes_for=10, reasons="Coopération encore déclarative.")  # fmt: skip
    delib.close_session(store, session_id=sid)
    with pytest.raises(delib.SessionStateError, match="rouvrez"):
        delib.record_decision(store, session_id=sid, dossier_id=ids[1],
                              outcome=Outcome.DEFERRED, votes_for=10)  # fmt: skip
    delib.reopen_session(store, session_id=sid)
    delib.close_session(store, session_id=sid)
    with store.transaction("signature"):
        session_rows.set_state(store, session_id=sid, state="signed")
    with pytest.raises(ReadOnlyError, match="verrouillée"):
        delib.reopen_session(store, session_id=sid)
    assert verify(store.conn) == []


def test_ranking_marks_cut_off_and_reserve(store):
    entries = delib.ranking(store)
    ranked = [e for e in entries if e.rank]
    inside = [e for e in ranked if e.within_envelope]
    assert inside and inside[-1].cumulated <= 3_000_000
    assert all(not e.within_envelope for e in ranked[len(inside) :])
    assert sum(e.reserve for e in entries) <= 5


def test_cli_list_and_show(store, capsys):
    sid, ids = open_session(store, agenda=3)
    delib.declare_recusal(store, person_id=members(store)[1], dossier_id=ids[0], reason="élu")
    delib.record_decision(store, session_id=sid, dossier_id=ids[0], outcome=Outcome.DEFERRED,
                          votes_for=9, votes_against=1)  # fmt: skip
    path = str(store.path)
    capsys.readouterr()
    assert main(["session", "list", path]) == 0
    assert "Séance test" in capsys.readouterr().out
    assert main(["session", "show", path, str(sid), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["quorum"]["reached"] is True
    first = data["agenda"][0]
    assert "élu" in [r["reason"] for r in first["recused"]]
    assert first["voters"] == 12 - len(first["recused"])
    assert first["decision"]["outcome"] == "deferred" and first["decision"]["votes_for"] == 9
    assert data["agenda"][1]["decision"] is None
    assert {g["code"] for g in data["envelope"]} == {"METL", "ETAT-AUTRES", "CDC"}
    assert main(["session", "show", path, "99"]) == 2
    assert "introuvable" in capsys.readouterr().err
