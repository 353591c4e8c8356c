"""A whole session driven by `ptce session …` alone, on a call the demo service built up to the
reviews: every refusal exits 2 with one line and leaves the file as it was; the reserve list is
voted with ranks and printed in that order in the minutes and the letters; test identities
carry the officers' names and e-mails."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID

from ptce_desktop.cli import main
from ptce_desktop.domain.model import Person
from ptce_desktop.services import deliberation as delib
from ptce_desktop.services.exporting import decisions_table
from ptce_desktop.services.session_data import committee_members
from ptce_desktop.store import people as people_rows
from ptce_desktop.store import sessions as session_rows
from ptce_desktop.store.calls import read_call
from ptce_desktop.store.db import CallStore

TABLES = ("sessions", "agenda_items", "attendance", "conflicts", "decisions", "decision_splits")
CHAIR_EMAIL, SECRETARY_EMAIL = "presidence@territoires.gouv.fr", "secretariat@cget.gouv.fr"


@pytest.fixture(scope="module")
def reviewed_master(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo call up to the reviews; its officers get e-mails, and two people are added:
    a chair whose account is deactivated and a rapporteur who is no committee member."""
    from ptce_desktop.services.demo import make_demo

    path = tmp_path_factory.mktemp("review") / "review.ptce"
    with make_demo(path, dossiers=30, seed=2013, stage="review") as store:
        people = people_rows.load_people(store)
        chair = next(p for p in people if p.is_chair)
        secretary = next(p for p in people if p.is_secretary)
        with store.transaction("test : e-mails, une présidente désactivée, parts"):
            # A smaller share for the other ministries, so that two grants can exceed it, and
            # an envelope the ranked dossiers' demand exceeds, so that the ranking proposes a
            # reserve list whatever the demo's draw.
            for code, amount in (("METL", 1_200_000), ("ETAT-AUTRES", 200_000)):
                store.conn.execute("UPDATE funders SET amount = ? WHERE code = ?", (amount, code))
            store.conn.execute("UPDATE calls SET envelope = 2000000")
            for p, email in ((chair, CHAIR_EMAIL), (secretary, SECRETARY_EMAIL)):
                store.conn.execute("UPDATE people SET email = ? WHERE id = ?", (email, p.id))
            (gone,) = people_rows.insert_people(
                store,
                [Person(name="Odile Ancienne", email="odile@example.fr", is_member=True,
                        is_chair=True)],
            )  # fmt: skip
            store.conn.execute(
                "UPDATE people SET active = 0, inactive_reason = 'mandat achevé' WHERE id = ?",
                (gone,),
            )
    return path


@pytest.fixture
def call(reviewed_master: Path, tmp_path: Path) -> Path:
    path = tmp_path / "appel.ptce"
    shutil.copyfile(reviewed_master, path)
    return path


def ptce(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    capsys.readouterr()
    code = main(["--as", "Secrétariat", *args])
    out, err = capsys.readouterr()
    return code, out, err


def counts(path: Path) -> dict[str, int]:
    with CallStore.open(path, actor="test") as store:
        found = {t: store.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}
        found["audit"] = store.conn.execute("SELECT count(*) FROM audit_log").fetchone()[0]
    return found


def refused(capsys: pytest.CaptureFixture[str], path: Path, message: str, *args: str) -> None:
    """The command exits 2 with one line naming the file and saying `message`; no row and no
    audit entry changed."""
    before = counts(path)
    code, out, err = ptce(capsys, *args)
    assert code == 2, (args, out, err)
    assert err.count("\n") == 1 and str(path) in err and "Traceback" not in err, err
    assert message in err, err
    assert counts(path) == before


def officers(path: Path) -> tuple[Person, Person, list[Person]]:
    with CallStore.open(path, actor="test") as store:
        people = people_rows.load_people(store)
        members = [p for p in committee_members(store) if p.active]
    chair = next(p for p in people if p.is_chair and p.active)
    secretary = next(p for p in people if p.is_secretary)
    return chair, secretary, members


def ranked(path: Path) -> tuple[list[str], list[str]]:
    """Numeros within the envelope and those the ranking proposes for the reserve list."""
    with CallStore.open(path, actor="test") as store:
        entries = delib.ranking(store)
    inside = [e.numero for e in entries if e.rank and e.within_envelope]
    return inside, [e.numero for e in entries if e.reserve]


def test_new_session_refusals_and_agendas(call: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    chair, secretary, members = officers(call)
    plain_member = next(p for p in members if not p.is_chair)
    base = ["session", "new", str(call), "--date", "2013-12-10", "--place", "Paris"]
    refused(capsys, call, "n'a pas le rôle « président »",
            *base, "--chair", str(plain_member.id), "--secretary", SECRETARY_EMAIL)  # fmt: skip
    refused(capsys, call, "n'a pas le rôle « secrétaire »",
            *base, "--chair", CHAIR_EMAIL, "--secretary", str(plain_member.id))  # fmt: skip
    refused(capsys, call, "personne inconnue dans cet appel : « nobody@example.fr »",
            *base, "--chair", "nobody@example.fr", "--secretary", SECRETARY_EMAIL)  # fmt: skip
    refused(capsys, call, "Odile Ancienne est une personne désactivée",
            *base, "--chair", "odile@example.fr", "--secretary", SECRETARY_EMAIL)  # fmt: skip
    officers_args = ["--chair", CHAIR_EMAIL.upper(), "--secretary", str(secretary.id)]
    refused(capsys, call, "inconnu(s) : PTCE-2013-999",
            *base, *officers_args, "--agenda", "PTCE-2013-001,PTCE-2013-999")  # fmt: skip
    with CallStore.open(call, actor="test") as store:
        eligible = {r["numero"] for r in session_rows.eligible_dossiers(store)}
        numeros = sorted(session_rows.dossier_rows(store, range(1, 100)).values(),
                         key=lambda r: r["numero"])  # fmt: skip
        default = delib.default_agenda(store)
        with_unranked = delib.default_agenda(store, unranked=True)
    ineligible = next(r["numero"] for r in numeros if r["numero"] not in eligible)
    refused(capsys, call, f"non éligible(s), hors de l'ordre du jour : {ineligible}",
            *base, *officers_args, "--agenda", ineligible)  # fmt: skip
    refused(capsys, call, "n'est pas une date", *base[:3], "--date", "10/12/2013",
            "--place", "Paris", *officers_args)  # fmt: skip
    assert len(with_unranked) > len(default) and with_unranked[: len(default)] == default

    for agenda, expected in (("ranked", default), ("eligible", with_unranked)):
        code, out, err = ptce(capsys, *base, *officers_args, "--agenda", agenda, "--json")
        assert code == 0, err
        sid = json.loads(out)["id"]
        with CallStore.open(call, actor="test") as store:
            report = delib.session_report(store, sid)
        assert [e.dossier_id for e in report.agenda] == expected
        assert (report.chair_id, report.secretary_id) == (chair.id, secretary.id)
        assert report.place == "Paris" and report.title == "Séance du comité de sélection"


def test_a_whole_session_by_the_command_line(call: Path, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    f = str(call)
    chair, secretary, members = officers(call)
    inside, proposed_reserve = ranked(call)
    # Three dossiers within the envelope, then two of the ranking's reserve, in ranking order.
    agenda = [*inside[:3], inside[4], *proposed_reserve[:1]]
    code, out, err = ptce(capsys, "session", "new", f, "--date", "2013-12-10", "--time",
                          "09:30", "--place", "Paris, salle 1", "--chair", CHAIR_EMAIL,
                          "--secretary", SECRETARY_EMAIL, "--agenda", ",".join(agenda),
                          "--title", "Séance plénière")  # fmt: skip
    assert code == 0, err
    sid = out.strip()
    assert sid.isdigit()
    decide = ["session", "decide", f, sid]
    refused(capsys, call, "ouvrez la séance", *decide, agenda[0], "--outcome", "selected",
            "--amount", "100000", "--votes", "9,0,0")  # fmt: skip

    # Attendance: eight present, two represented, the rest excused.
    present = [str(p.id) for p in members[:8]]
    holders = members[:2]
    represented = members[8:10]
    excused = [p.email or str(p.id) for p in members[10:]]
    attend = ["session", "attendance", f, sid, *[a for p in present for a in ("--present", p)],
              *[a for p in excused for a in ("--excused", p)]]  # fmt: skip
    refused(capsys, call, "détient plus d'un mandat", *attend,
            "--proxy", f"{represented[0].id}:{holders[0].id}",
            "--proxy", f"{represented[1].id}:{holders[0].id}")  # fmt: skip
    refused(capsys, call, "figure deux fois", *attend, "--excused", present[0])
    refused(capsys, call, "hors du comité", *attend, "--present", str(secretary.id))
    refused(capsys, call, "attendu sous la forme P:MANDATAIRE", *attend, "--proxy", "3")
    code, out, err = ptce(capsys, *attend,
                          "--proxy", f"{represented[0].id}:{holders[0].id}",
                          "--proxy", f"{represented[1].id}:{holders[1].id}")  # fmt: skip
    assert code == 0, err
    assert "Quorum atteint : 8 présents + 2 représentés = 10" in out

    refused(capsys, call, "seule une séance ouverte peut être close", "session", "close", f, sid)
    code, out, err = ptce(capsys, "session", "open", f, sid)
    assert code == 0 and "ouverte" in out, err

    # A recusal: a conflict declared in this session.
    recused = members[2]
    recuse = ["session", "recuse", f, sid, "--person", str(recused.id), "--reason"]
    refused(capsys, call, "n'est pas à l'ordre du jour",
            *recuse, "administrateur", "--dossier", inside[3])  # fmt: skip
    code, out, err = ptce(capsys, *recuse, "administrateur du porteur", "--dossier", agenda[0])
    assert code == 0, err
    with CallStore.open(call, actor="test") as store:
        row = store.conn.execute(
            "SELECT session_id, state, reason FROM conflicts WHERE person_id = ? AND "
            "dossier_id = (SELECT id FROM dossiers WHERE numero = ?)",
            (recused.id, agenda[0]),
        ).fetchone()
        call_row = read_call(store)
        voters = {e.numero: e.voters for e in delib.session_report(store, int(sid)).agenda}
        requested = {
            r["numero"]: r["amount_requested"]
            for r in session_rows.dossier_rows(store, range(1, 100)).values()
        }
    assert tuple(row) == (int(sid), "declared", "administrateur du porteur")

    # Refused decisions: below the call's bounds, votes beyond the voters, past a share.
    assert voters[agenda[0]] < 10  # the recused member does not vote
    all_for = {n: f"{v},0,0" for n, v in voters.items()}
    refused(capsys, call, "compris entre", *decide, agenda[0], "--outcome", "selected",
            "--amount", "1000.00", "--votes", all_for[agenda[0]], "--reasons", "peu")  # fmt: skip
    refused(capsys, call, f"{voters[agenda[0]] + 1} voix exprimées pour {voters[agenda[0]]} "
            "votants", *decide, agenda[0], "--outcome", "selected", "--amount",
            str(int(requested[agenda[0]])), "--votes", f"{voters[agenda[0]]},1,0")  # fmt: skip
    refused(capsys, call, "n'est pas un montant", *decide, agenda[0], "--outcome", "selected",
            "--amount", "100 000", "--votes", "9,0,0")  # fmt: skip
    refused(capsys, call, "POUR,CONTRE,ABSTENTIONS", *decide, agenda[0], "--outcome",
            "selected", "--amount", "100000", "--votes", "9,0")  # fmt: skip

    # Granted by share (« Au prorata »), then one whole grant on the smallest funder's share.
    first = requested[agenda[0]]
    code, out, err = ptce(capsys, *decide, agenda[0], "--outcome", "selected",
                          "--amount", f"{first:.2f}", "--votes", all_for[agenda[0]])  # fmt: skip
    assert code == 0, err
    smallest = min(call_row.funders, key=lambda x: x.amount)
    others = [x.code for x in call_row.funders if x.code != smallest.code]
    second = requested[agenda[1]]
    take = min(second, smallest.amount)  # all of it from the smallest share
    split = ",".join([f"{smallest.code}={take:.2f}",
                      f"{others[0]}={second - take:.2f}", f"{others[1]}=0"])  # fmt: skip
    code, out, err = ptce(capsys, *decide, agenda[1], "--outcome", "selected_with_conditions",
                          "--amount", f"{second:.2f}", "--split", split,
                          "--votes", all_for[agenda[1]],
                          "--conditions", "convention de partenariat signée")  # fmt: skip
    assert code == 0, err
    third = requested[agenda[2]]
    refused(capsys, call, "dépassement de l'enveloppe", *decide, agenda[2], "--outcome",
            "selected", "--amount", f"{third:.2f}", "--split", f"{smallest.code}={third:.2f}",
            "--votes", all_for[agenda[2]])  # fmt: skip
    half = voters[agenda[2]] // 2
    code, out, err = ptce(capsys, *decide, agenda[2], "--outcome", "not_selected", "--votes",
                          f"{half},{half},{voters[agenda[2]] - 2 * half}", "--casting", "for",
                          "--reasons", "coopération trop peu établie")  # fmt: skip
    assert code == 0 and "voix prépondérante" in out, err

    # The reserve list: the last agenda item first (rank 1), then the fourth (rank 2).
    refused(capsys, call, "ne comporte aucun montant", *decide, agenda[4], "--outcome",
            "reserve", "--amount", "50000", "--votes", all_for[agenda[4]])  # fmt: skip
    refused(capsys, call, "rang 2 impossible", *decide, agenda[4], "--outcome", "reserve",
            "--rank", "2", "--votes", all_for[agenda[4]])  # fmt: skip
    refused(capsys, call, "qu'à un dossier en liste complémentaire", *decide, agenda[4],
            "--outcome", "deferred", "--rank", "1", "--votes", all_for[agenda[4]])  # fmt: skip
    code, out, err = ptce(
        capsys, *decide, agenda[4], "--outcome", "reserve", "--votes", all_for[agenda[4]]
    )
    assert code == 0 and out.strip().endswith("liste complémentaire, rang 1"), (out, err)
    refused(capsys, call, f"déjà celui du dossier {agenda[4]}", *decide, agenda[3],
            "--outcome", "reserve", "--rank", "1", "--votes", all_for[agenda[3]])  # fmt: skip
    refused(capsys, call, "sans décision : " + agenda[3], "session", "close", f, sid)
    code, out, err = ptce(
        capsys, *decide, agenda[3], "--outcome", "reserve", "--votes", all_for[agenda[3]]
    )
    assert code == 0 and "rang 2" in out, err

    code, out, err = ptce(capsys, "session", "close", f, sid)
    assert code == 0, err
    refused(capsys, call, "séance close", *decide, agenda[3], "--outcome", "deferred",
            "--votes", all_for[agenda[3]])  # fmt: skip

    code, out, err = ptce(capsys, "session", "show", f, sid, "--json")
    data = json.loads(out)
    assert data["state"] == "closed" and data["time"] == "09:30"
    by_numero = {e["numero"]: e for e in data["agenda"]}
    assert [by_numero[n]["decision"]["reserve_rank"] for n in agenda] == [None, None, None, 2, 1]
    assert by_numero[agenda[2]]["decision"]["casting_vote_used"] is True
    # Without --split, the amount is split in proportion to the funders' shares.
    granted = by_numero[agenda[0]]["decision"]
    assert granted["amount_granted"] == first
    assert granted["split"] == pytest.approx(
        {x.code: first * x.amount / call_row.envelope for x in call_row.funders}, abs=1
    )
    assert sum(granted["split"].values()) == pytest.approx(first)
    with CallStore.open(call, actor="test") as store:
        sheet = decisions_table(store)
    column = sheet.headers.index("Rang en liste complémentaire")
    ranks = {r[2]: r[column] for r in sheet.rows}
    assert (ranks[agenda[4]], ranks[agenda[3]], ranks[agenda[0]]) == (1, 2, None)

    # The minutes print the voted list in rank order, the letters say so.
    pv = tmp_path / "pv.pdf"
    code, out, err = ptce(capsys, "minutes", f, "--session", sid, "--out", str(pv))
    assert code == 0, err
    text = re.sub(r"\s+", " ", subprocess.run(["pdftotext", str(pv), "-"], check=True,
                                               capture_output=True, text=True).stdout)  # fmt: skip
    section = text[text.index("Liste complémentaire Le comité a inscrit") :]
    section = section[: section.index("5. Enveloppe")]
    assert section.index(agenda[4]) < section.index(agenda[3])
    assert re.search(rf"1 {agenda[4]} .* 2 {agenda[3]} ", section)
    assert "2 inscrits sur la liste complémentaire" in text
    assert "inscrit sur la liste complémentaire, au rang 1" in text
    letters = tmp_path / "lettres"
    assert ptce(capsys, "letters", f, "--session", sid, "--out", str(letters))[0] == 0
    letter = subprocess.run(["pdftotext", str(letters / f"notification-{agenda[3]}.pdf"), "-"],
                            check=True, capture_output=True, text=True).stdout  # fmt: skip
    assert "liste complémentaire, au rang 2" in re.sub(r"\s+", " ", letter)

    # Test identities named after the officers sign it; the audit chain holds.
    ids = tmp_path / "ids"
    code, out, err = ptce(capsys, "demo-identity", str(ids), "--call", f)
    assert code == 0, err
    assert f"président : TEST — {chair.name} <{CHAIR_EMAIL}>" in out
    assert f"secrétaire : TEST — {secretary.name} <{SECRETARY_EMAIL}>" in out
    for role, person, email in (("chair", chair, CHAIR_EMAIL),
                                ("secretary", secretary, SECRETARY_EMAIL)):  # fmt: skip
        _, cert, _ = pkcs12.load_key_and_certificates(
            (ids / f"TEST-{role}.p12").read_bytes(), b"ptce-demo"
        )
        assert cert is not None
        subject = cert.subject
        assert (
            subject.get_attributes_for_oid(NameOID.COMMON_NAME)[0].value == f"TEST — {person.name}"
        )
        assert subject.get_attributes_for_oid(NameOID.EMAIL_ADDRESS)[0].value == email
        assert "TEST" in subject.get_attributes_for_oid(NameOID.ORGANIZATIONAL_UNIT_NAME)[0].value
        san = cert.extensions.get_extension_for_class(x509.SubjectAlternativeName).value
        assert san.get_values_for_type(x509.RFC822Name) == [email]
    passfile = tmp_path / "pass.txt"
    passfile.write_text("ptce-demo\n")
    half, both = tmp_path / "pv-1.pdf", tmp_path / "pv-2.pdf"
    for src, out_pdf, role in ((pv, half, "chair"), (half, both, "secretary")):
        code, _, err = ptce(capsys, "sign", str(src), "--field", role, "--pkcs12",
                            str(ids / f"TEST-{role}.p12"), "--passphrase-file", str(passfile),
                            "--out", str(out_pdf))  # fmt: skip
        assert code == 0, err
    code, out, err = ptce(capsys, "verify", str(both), "--trust-demo-ca")
    assert code == 0, (out, err)
    assert chair.name in out and secretary.name in out
    assert ptce(capsys, "audit", "verify", f)[0] == 0


def test_demo_identity_without_officers_is_refused(call: Path, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    with CallStore.open(call, actor="test") as store, store.transaction("test : sans secrétaire"):
        store.conn.execute("UPDATE people SET is_secretary = 0")
    code, _, err = ptce(capsys, "demo-identity", str(tmp_path / "ids"), "--call", str(call))
    assert code == 2 and "aucune personne active n'a le rôle « secrétaire »" in err
    assert not (tmp_path / "ids").exists()
