"""Issue 12, item 2: signed minutes altered or signed by the wrong certificate. Each attack
reproduced on real minutes, then refused by `ptce verify` (exit 1, message) and by the
recording (typed error, message, the call file unchanged, the session still closed)."""

from __future__ import annotations

import datetime as dt
import hashlib
import shutil
import subprocess
from pathlib import Path

import pytest

from ptce_desktop.cli import main
from ptce_desktop.domain.model import SessionState
from ptce_desktop.io import signing
from ptce_desktop.services import minutes as svc
from ptce_desktop.store import sessions as session_rows
from ptce_desktop.store.db import CallStore
from tests import pki
from tests.helpers import register_signers

PASS = "essai-attaque"
pytestmark = pytest.mark.skipif(not shutil.which("pdfsig"), reason="poppler-utils needed")


@pytest.fixture(scope="module")
def setup(demo_master: Path, tmp_path_factory: pytest.TempPathFactory) -> dict:
    folder = tmp_path_factory.mktemp("attaques")
    call = folder / "appel.ptce"
    shutil.copyfile(demo_master, call)
    ids = signing.make_demo_identities(folder / "ids", passphrase=PASS)
    register_signers(call, chair=ids.chair, secretary=ids.secretary, passphrase=PASS)
    with CallStore.open(call, actor="Secrétariat") as store:
        draft = svc.generate_minutes(store, 1)
    chair = signing.sign_pdf(draft, field="chair", pkcs12=ids.chair.read_bytes(), passphrase=PASS)
    ca = pki.make_ca()
    (folder / "ca.pem").write_bytes(ca.pem)
    return {"call": call, "ids": ids, "draft": draft, "chair": chair, "ca": ca,
            "ca_pem": folder / "ca.pem"}  # fmt: skip


@pytest.fixture
def call(setup: dict, tmp_path: Path) -> Path:
    path = tmp_path / "appel.ptce"
    shutil.copyfile(setup["call"], path)
    return path


def _verify(pdf: bytes, tmp_path: Path, capsys, *trust: Path) -> tuple[int, str]:  # type: ignore[no-untyped-def]
    path = tmp_path / "pv-essai.pdf"
    path.write_bytes(pdf)
    capsys.readouterr()
    code = main(["verify", str(path), *(a for t in trust for a in ("--trust", str(t)))])
    out = capsys.readouterr()
    return code, out.out + out.err


def _refused(call: Path, pdf: bytes, error: type[Exception], message: str) -> None:
    """The recording refuses `pdf` with `message`; the call file and the session unchanged."""
    before = hashlib.sha256(call.read_bytes()).hexdigest()
    with CallStore.open(call, actor="Secrétariat") as store:
        with pytest.raises(error, match=message):
            svc.record_signed(store, 1, pdf)
        assert session_rows.load_session(store, 1).state is SessionState.CLOSED
        assert svc.signed_minutes(store, 1) is None
    assert hashlib.sha256(call.read_bytes()).hexdigest() == before


def _overlay(setup: dict) -> bytes:
    """A third signature field after the chair's, its appearance painting another amount over
    the first page, signed with the secretary's (trusted) test certificate."""
    return pki.raw_sign(
        setup["chair"], field="montant", leaf=_demo_key(setup["ids"].secretary),
        text="335 000 €", new_box=(0, (300, 500, 560, 530)),
    )  # fmt: skip


def _demo_key(p12: Path) -> pki.Key:
    from cryptography.hazmat.primitives.serialization import pkcs12

    key, cert, _ = pkcs12.load_key_and_certificates(p12.read_bytes(), PASS.encode())
    return pki.Key(key, cert)  # type: ignore[arg-type]


def test_legit_minutes_pass_pdfsig_and_verify(setup: dict, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    both = signing.sign_pdf(
        setup["chair"], field="secretary", pkcs12=setup["ids"].secretary.read_bytes(),
        passphrase=PASS,
    )  # fmt: skip
    code, out = _verify(both, tmp_path, capsys, setup["ids"].ca_certificate)
    assert code == 0, out
    assert "heure déclarée par le signataire" in out and "confiance : oui" in out
    pdfsig = subprocess.run(["pdfsig", str(tmp_path / "pv-essai.pdf")], capture_output=True,
                            text=True).stdout  # fmt: skip
    assert pdfsig.count("Signature Validation: Signature is Valid.") == 2, pdfsig


def test_overlay_signature_field_is_refused(
    setup: dict, call: Path, tmp_path: Path, capsys
) -> None:  # type: ignore[no-untyped-def]
    overlay = _overlay(setup)
    # pyHanko alone calls it form filling: every signature intact, nothing else to say.
    report = signing.verify_pdf(overlay, trust=[setup["ids"].ca_certificate.read_bytes()])
    assert all(s.intact and s.modifications_ok and s.trusted for s in report.signatures)
    code, out = _verify(overlay, tmp_path, capsys, setup["ids"].ca_certificate)
    assert code == 1
    assert "champs de signature non prévus : « montant »" in out
    assert "Signatures NON valides" in out
    _refused(call, overlay, svc.InvalidSignatureError, "champs de signature non prévus")
    # Signed over by the secretary afterwards, so that the last signature covers everything.
    hidden = signing.sign_pdf(
        overlay, field="secretary", pkcs12=setup["ids"].secretary.read_bytes(), passphrase=PASS
    )
    code, out = _verify(hidden, tmp_path, capsys, setup["ids"].ca_certificate)
    assert code == 1 and "« montant »" in out


def test_page_content_added_after_the_first_signature_is_refused(
    setup: dict, tmp_path: Path, capsys
) -> None:  # type: ignore[no-untyped-def]
    from io import BytesIO

    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    writer = IncrementalPdfFileWriter(BytesIO(setup["chair"]))
    stream = writer.add_object(generic.StreamObject(stream_data=b"0 0 1 rg 300 500 200 30 re f"))
    writer.add_stream_to_page(0, stream)
    out = BytesIO()
    writer.write(out)
    painted = signing.sign_pdf(
        out.getvalue(), field="secretary", pkcs12=setup["ids"].secretary.read_bytes(),
        passphrase=PASS,
    )  # fmt: skip
    code, text = _verify(painted, tmp_path, capsys, setup["ids"].ca_certificate)
    assert code == 1
    assert "modification ajoutée après la première signature, qui n'est pas une signature" in text


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda ca: pki.make_leaf("Autosigné", None), "indéterminée"),
        (
            lambda ca: pki.make_leaf(
                "Expiré", ca, start=pki.NOW - dt.timedelta(days=800),
                end=pki.NOW - dt.timedelta(days=400),
            ),
            "n'était pas valide à l'heure déclarée par le signataire",
        ),
        (lambda ca: pki.make_leaf("Chiffrement seul", ca, sign=False),
         "ne permet pas de signer"),
    ],
    ids=["self-signed", "expired", "non-signing"],
)  # fmt: skip
def test_bad_certificates_fail_with_trust(
    setup: dict, tmp_path: Path, capsys, make, message: str
) -> None:  # type: ignore[no-untyped-def]
    leaf = make(setup["ca"])
    pdf = pki.raw_sign(setup["draft"], field="chair", leaf=leaf, chain=(setup["ca"],))
    code, out = _verify(pdf, tmp_path, capsys, setup["ca_pem"])
    assert code == 1 and message in out, out
    # The same document with a good certificate of that CA passes: only the certificate differs.
    good = pki.raw_sign(setup["draft"], field="chair", leaf=pki.make_leaf("Bon", setup["ca"]),
                        chain=(setup["ca"],))  # fmt: skip
    code, out = _verify(good, tmp_path, capsys, setup["ca_pem"])
    assert code == 0, out


def test_untrusted_chain_is_undetermined(setup: dict, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    code, out = _verify(setup["chair"], tmp_path, capsys, setup["ca_pem"])  # demo CA not given
    assert code == 1
    assert "indéterminée" in out and "Signatures indéterminées" in out
    code, out = _verify(setup["chair"], tmp_path, capsys)  # no trust given: integrity only
    assert code == 0 and "non vérifiée (aucune autorité donnée" in out


def test_chair_box_signed_by_the_secretary_is_refused(setup: dict, call: Path) -> None:
    pdf = signing.sign_pdf(
        setup["draft"], field="chair", pkcs12=setup["ids"].secretary.read_bytes(),
        passphrase=PASS,
    )  # fmt: skip
    _refused(call, pdf, svc.ForeignSignerError,
             "le cadre du président est signé par « TEST Secrétaire de séance »")  # fmt: skip


def test_chair_box_signed_by_a_self_signed_certificate_is_refused(setup: dict, call: Path) -> None:
    leaf = pki.make_leaf("Président autoproclamé", None)
    pdf = pki.raw_sign(setup["draft"], field="chair", leaf=leaf)
    _refused(call, pdf, svc.ForeignSignerError, "« Président autoproclamé »")


def test_certificate_matching_the_chairs_email_is_accepted(setup: dict, call: Path) -> None:
    leaf = pki.make_leaf("Présidence", setup["ca"], email="Presidence@Exemple.gouv.fr")
    with CallStore.open(call, actor="Secrétariat") as store:
        chair_id = session_rows.load_session(store, 1).chair_id
        with store.transaction("e-mail du président"):
            store.conn.execute(
                "UPDATE people SET email = 'presidence@exemple.gouv.fr', certificate_sha256 = '' "
                "WHERE id = ?",
                (chair_id,),
            )
        pdf = pki.raw_sign(setup["draft"], field="chair", leaf=leaf, chain=(setup["ca"],))
        done = svc.record_signed(store, 1, pdf)
        assert done.locked
        assert session_rows.load_session(store, 1).state is SessionState.SIGNED


def test_looping_pdf_is_read_under_the_time_limit(
    setup: dict, call: Path, tmp_path: Path, capsys
) -> None:  # type: ignore[no-untyped-def]
    from tests.test_gui_hostile_pdf import looping_pdf

    loop = tmp_path / "boucle.pdf"
    loop.write_bytes(looping_pdf())
    before = hashlib.sha256(call.read_bytes()).hexdigest()
    for argv in (["verify", str(loop)], ["audit", "verify", str(call), "--against", str(loop)]):
        capsys.readouterr()
        assert main(argv) == 2
        err = capsys.readouterr().err
        assert "PDF illisible : structure invalide selon qpdf" in err or "ne s'est pas" in err
    with (
        CallStore.open(call, actor="Secrétariat") as store,
        pytest.raises(signing.NotAPdfError, match=r"PDF illisible : (structure|l.ouverture)"),
    ):
        svc.record_signed(store, 1, looping_pdf())
    assert hashlib.sha256(call.read_bytes()).hexdigest() == before


def test_demo_identities_for_the_call_are_recognised_by_email(
    demo_master: Path, tmp_path: Path
) -> None:
    call, ids = tmp_path / "appel.ptce", tmp_path / "ids"
    shutil.copyfile(demo_master, call)
    assert main(["demo-identity", str(ids), "--call", str(call), "--passphrase", PASS]) == 0
    (tmp_path / "pass.txt").write_text(PASS)
    draft, signed = tmp_path / "pv.pdf", tmp_path / "pv-chair.pdf"
    assert main(["minutes", str(call), "--session", "1", "--out", str(draft)]) == 0
    assert main(["sign", str(draft), "--field", "chair", "--pkcs12", str(ids / "TEST-chair.p12"),
                 "--passphrase-file", str(tmp_path / "pass.txt"), "--out", str(signed),
                 "--record", str(call)]) == 0  # fmt: skip
    with CallStore.open(call, actor="test") as store:
        assert session_rows.load_session(store, 1).state is SessionState.SIGNED
