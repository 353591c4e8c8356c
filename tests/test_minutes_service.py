"""The minutes end to end: data hash, PDF checked by poppler and qpdf, two PAdES signatures
checked by pdfsig and `ptce verify`, refusals with no output, the lock and the amendment."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from ptce_desktop.cli import main
from ptce_desktop.domain.model import Outcome, SessionState
from ptce_desktop.io.formatting import format_eur
from ptce_desktop.io.letters_pdf import render_notification_letters
from ptce_desktop.services import deliberation
from ptce_desktop.services import minutes as svc
from ptce_desktop.store import minutes as minutes_rows
from ptce_desktop.store.db import CallStore
from ptce_desktop.store.errors import ReadOnlyError
from tests.helpers import register_signers

TOOLS = ("pdftotext", "pdffonts", "pdfsig", "qpdf")
pytestmark = pytest.mark.skipif(
    not all(shutil.which(t) for t in TOOLS), reason="poppler-utils and qpdf needed"
)
signing = pytest.importorskip("ptce_desktop.io.signing")
PASS = "ptce-test"


@pytest.fixture(scope="module")
def call(demo_master: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("minutes") / "appel.ptce"
    shutil.copyfile(demo_master, path)
    return path


@pytest.fixture(scope="module")
def draft(call: Path) -> Path:
    """The minutes of session 1, generated once through the CLI."""
    out = call.parent / "pv.pdf"
    assert main(["--as", "Secrétariat", "minutes", str(call), "--session", "1", "--out",
                 str(out)]) == 0  # fmt: skip
    return out


@pytest.fixture(scope="module")
def ids(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("ids")
    assert main(["demo-identity", str(out), "--passphrase", PASS]) == 0
    return out


def _p12(ids: Path, who: str) -> Path:
    found = sorted(ids.glob(f"*{who}*.p12"))
    assert found, f"no {who} identity in {list(ids.iterdir())}"
    return found[0]


@pytest.fixture(scope="module")
def passfile(ids: Path) -> Path:
    path = ids / "pass.txt"
    path.write_text(PASS + "\n")
    return path


def _sign(pdf: Path, out: Path, field: str, p12: Path, passfile: Path, *extra: str) -> int:
    return main(["sign", str(pdf), "--field", field, "--pkcs12", str(p12),
                 "--passphrase-file", str(passfile), "--out", str(out), *extra])  # fmt: skip


@pytest.fixture(scope="module")
def signed(draft: Path, ids: Path, passfile: Path) -> Path:
    """Chair, then secretary (incrementally)."""
    chair = draft.parent / "pv-chair.pdf"
    both = draft.parent / "pv-signed.pdf"
    assert _sign(draft, chair, "chair", _p12(ids, "chair"), passfile) == 0
    assert _sign(chair, both, "secretary", _p12(ids, "secretary"), passfile) == 0
    return both


def _flat(text: str) -> str:
    return re.sub(r"[\s\u202f\u00a0]+", " ", text)


def _run(*cmd: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(cmd, capture_output=True, text=True, check=False)


# -- data -----------------------------------------------------------------------------------


def test_data_hash_is_reproducible_and_printed(call: Path, draft: Path) -> None:
    with CallStore.open(call, actor="test") as store:
        data = svc.minutes_data(store, 1)
        again = svc.minutes_data(store, 1)
        stored = minutes_rows.latest_minutes(store, 1, "draft")
    assert data.document_id == "PV-2013-S1"
    assert data.data_sha256 == again.data_sha256
    assert data.data_sha256 == hashlib.sha256(svc.minutes_json(data)).hexdigest()
    assert b'"format":"ptce-minutes/1"' in svc.minutes_json(data)
    assert stored is not None and stored.data_sha256 == data.data_sha256
    assert stored.sha256 == hashlib.sha256(draft.read_bytes()).hexdigest()
    text = _run("pdftotext", str(draft), "-").stdout
    assert data.data_sha256 in text.replace("\n", "")


def test_pdf_text_fonts_and_structure(call: Path, draft: Path) -> None:
    text = _flat(_run("pdftotext", str(draft), "-").stdout)
    with CallStore.open(call, actor="test") as store:
        data = svc.minutes_data(store, 1)
    decided = [i for i in data.agenda if i.decision is not None]
    assert len(decided) == len(data.agenda) >= 10
    for item in decided:
        d = item.decision
        assert item.numero in text
        assert d.outcome.label in text
        if d.amount_granted:
            assert _flat(format_eur(d.amount_granted)) in text
            for amount in d.split.values():
                assert _flat(format_eur(amount)) in text
    fonts = _run("pdffonts", str(draft)).stdout.splitlines()[2:]
    assert fonts and all(line.split()[-5] == "yes" for line in fonts), fonts  # emb column
    check = _run("qpdf", "--check", str(draft))
    assert check.returncode == 0, check.stdout + check.stderr


# -- signatures -----------------------------------------------------------------------------


def test_two_signatures_verified_by_pdfsig_and_ptce(signed: Path, capsys) -> None:
    out = _run("pdfsig", str(signed)).stdout
    assert out.count("Signature Validation: Signature is Valid.") == 2, out
    assert main(["verify", str(signed)]) == 0
    printed = capsys.readouterr().out
    assert "chair" in printed and "secretary" in printed
    assert _run("qpdf", "--check", str(signed)).returncode == 0


def test_a_changed_byte_fails_both_verifiers(signed: Path, tmp_path: Path) -> None:
    data = bytearray(signed.read_bytes())
    at = data.index(b"stream", len(data) // 3) + 20  # inside page content: a signed range
    data[at] ^= 0x01
    bad = tmp_path / "bad.pdf"
    bad.write_bytes(bytes(data))
    out = _run("pdfsig", str(bad)).stdout
    assert out.count("Signature Validation: Signature is Valid.") == 0, out
    assert main(["verify", str(bad)]) == 1


def _no_signing_usage_p12(path: Path) -> Path:
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.hazmat.primitives.serialization import pkcs12
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "TEST chiffrement seul")])
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder().subject_name(name).issuer_name(name)
        .public_key(key.public_key()).serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1)).not_valid_after(now + dt.timedelta(days=30))
        .add_extension(x509.KeyUsage(
            digital_signature=False, content_commitment=False, key_encipherment=False,
            data_encipherment=False, key_agreement=True, key_cert_sign=False, crl_sign=False,
            encipher_only=False, decipher_only=False), critical=True)
        .sign(key, hashes.SHA256())
    )  # fmt: skip
    path.write_bytes(
        pkcs12.serialize_key_and_certificates(
            b"enc", key, cert, None, serialization.BestAvailableEncryption(PASS.encode())
        )
    )
    return path


def test_refusals_exit_2_with_a_message_and_no_output(
    draft: Path, signed: Path, ids: Path, passfile: Path, tmp_path: Path, capsys
) -> None:
    out = tmp_path / "out.pdf"
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("pas la bonne\n")
    text = tmp_path / "note.pdf"
    text.write_text("ceci n'est pas un PDF")
    cases = [
        (draft, "chair", _p12(ids, "chair"), wrong),
        (text, "chair", _p12(ids, "chair"), passfile),
        (signed, "chair", _p12(ids, "chair"), passfile),
        (draft, "chair", _no_signing_usage_p12(tmp_path / "enc.p12"), passfile),
    ]
    for pdf, field, p12, pw in cases:
        capsys.readouterr()
        assert _sign(pdf, out, field, p12, pw) == 2, (pdf, p12)
        err = capsys.readouterr().err
        assert err.startswith("ptce : ") and len(err.strip().splitlines()) == 1, err
        assert not out.exists()
    assert list(tmp_path.glob(".out.pdf.*")) == []  # no temporary file left either
    assert main(["verify", str(text)]) == 2


# -- recording, lock and amendment ----------------------------------------------------------


def test_recording_checks_the_document(call: Path, signed: Path, tmp_path: Path) -> None:
    with CallStore.open(call, actor="test") as store:
        with pytest.raises(signing.NotAPdfError, match="PDF illisible"):
            svc.record_signed(store, 1, _run_bytes("pdftotext"))  # not even a PDF
        letters = svc.notification_letters(store, 1)
        with pytest.raises(svc.ForeignMinutesError, match="PV-2013-S1"):
            svc.record_signed(store, 1, render_notification_letters(letters[:1]))  # not ours
        tampered = bytearray(signed.read_bytes())
        at = tampered.index(b"stream", len(tampered) // 3) + 20
        tampered[at] ^= 0x01
        with pytest.raises(svc.MinutesError):
            svc.record_signed(store, 1, bytes(tampered))
        assert minutes_rows.latest_minutes(store, 1, "signed") is None


def _run_bytes(name: str) -> bytes:
    return b"%PDF-1.4\n%not a real pdf " + name.encode()


def test_chair_signature_locks_and_amendment_is_editable(
    demo_master: Path, tmp_path: Path, ids: Path, passfile: Path
) -> None:
    call = tmp_path / "appel.ptce"
    shutil.copyfile(demo_master, call)
    register_signers(call, chair=_p12(ids, "chair"), secretary=_p12(ids, "secretary"),
                     passphrase=PASS)  # fmt: skip
    draft, chair = tmp_path / "pv.pdf", tmp_path / "pv-chair.pdf"
    assert main(["minutes", str(call), "--session", "1", "--out", str(draft)]) == 0
    assert _sign(draft, chair, "chair", _p12(ids, "chair"), passfile, "--record", str(call)) == 0
    with CallStore.open(call, actor="test") as store:
        report = deliberation.session_report(store, 1)
        assert report.state is SessionState.SIGNED
        assert svc.signed_minutes(store, 1) == chair.read_bytes()
        entry = report.agenda[0]
        with pytest.raises(ReadOnlyError):
            deliberation.record_decision(
                store, session_id=1, dossier_id=entry.dossier_id, outcome=Outcome.DEFERRED,
                votes_for=entry.voters, reasons="Pièces manquantes.",
            )  # fmt: skip
        with pytest.raises(svc.SessionLockedError):
            svc.generate_minutes(store, 1)
        new_id = svc.create_amendment(store, 1)
        amended = deliberation.session_report(store, new_id)
        assert amended.state is SessionState.OPEN
        assert [e.numero for e in amended.agenda] == [e.numero for e in report.agenda]
        deliberation.record_decision(
            store, session_id=new_id, dossier_id=entry.dossier_id, outcome=Outcome.DEFERRED,
            votes_for=amended.agenda[0].voters, reasons="Pièces manquantes.",
        )  # fmt: skip
        deliberation.close_session(store, session_id=new_id)
        data = svc.minutes_data(store, new_id)
        assert data.document_id == "PV-2013-S1-A1"
        assert "Avenant n° 1 au procès-verbal signé PV-2013-S1" in data.session_title
        assert data.agenda[0].decision.outcome is Outcome.DEFERRED
    # The secretary may still sign the locked minutes: a later signature, recorded too.
    both = tmp_path / "pv-both.pdf"
    assert _sign(chair, both, "secretary", _p12(ids, "secretary"), passfile, "--record",
                 str(call)) == 0  # fmt: skip


def test_stale_minutes_are_refused(
    demo_master: Path, tmp_path: Path, ids: Path, passfile: Path
) -> None:
    call = tmp_path / "appel.ptce"
    shutil.copyfile(demo_master, call)
    draft, chair = tmp_path / "pv.pdf", tmp_path / "pv-chair.pdf"
    assert main(["minutes", str(call), "--session", "1", "--out", str(draft)]) == 0
    assert _sign(draft, chair, "chair", _p12(ids, "chair"), passfile) == 0
    with CallStore.open(call, actor="test") as store:
        deliberation.reopen_session(store, session_id=1)
        deliberation.set_quorum_note(store, session_id=1, note="Note ajoutée après coup.")
        deliberation.close_session(store, session_id=1)
        with pytest.raises(svc.StaleMinutesError):
            svc.record_signed(store, 1, chair.read_bytes())
        assert deliberation.session_report(store, 1).state is SessionState.CLOSED


def test_letters_one_per_candidate_or_merged(call: Path, tmp_path: Path) -> None:
    folder = tmp_path / "lettres"
    assert main(["letters", str(call), "--session", "1", "--out", str(folder)]) == 0
    files = sorted(folder.glob("notification-*.pdf"))
    with CallStore.open(call, actor="test") as store:
        letters = svc.notification_letters(store, 1)
    assert len(files) == len(letters) >= 10
    merged = tmp_path / "toutes.pdf"
    assert main(["letters", str(call), "--session", "1", "--out", str(merged), "--merged"]) == 0
    text = _flat(_run("pdftotext", str(merged), "-").stdout)
    for letter in letters:
        assert letter.numero in text
        if letter.decision.amount_granted:
            assert _flat(format_eur(letter.decision.amount_granted)) in text
        if letter.decision.reasons:
            assert _flat(letter.decision.reasons)[:40] in text


def test_letters_are_dated_by_the_services_clock(call: Path, frozen_clock: dt.datetime) -> None:
    with CallStore.open(call, actor="test") as store:
        letters = svc.notification_letters(store, 1)
    assert letters
    assert {letter.issued_on for letter in letters} == {frozen_clock.date()}
