"""io/signing on a small two-box PDF: PAdES signatures that poppler's pdfsig accepts, tampering
caught by both verifiers, trust only when asked, and every refusal with no output file."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from io import BytesIO
from pathlib import Path

import pytest
from reportlab.pdfgen.canvas import Canvas

from ptce_desktop.cli import main
from ptce_desktop.io import signing

pytestmark = pytest.mark.skipif(not shutil.which("pdfsig"), reason="poppler-utils needed")
PASS = "essai-ptce"
VALID = "Signature Validation: Signature is Valid."


def _two_box_pdf() -> bytes:
    buf = BytesIO()
    c = Canvas(buf, pagesize=(595, 842))
    c.drawString(72, 760, "Procès-verbal d'essai : 1 234 567 €")
    c.rect(60, 60, 230, 80)
    c.rect(305, 60, 230, 80)
    c.showPage()
    c.save()
    boxes = [
        signing.FieldBox("chair", 0, (60, 60, 290, 140)),
        signing.FieldBox("secretary", 0, (305, 60, 535, 140)),
    ]
    return signing.add_signature_fields(buf.getvalue(), boxes)


@pytest.fixture(scope="module")
def ids(tmp_path_factory: pytest.TempPathFactory) -> signing.DemoIdentities:
    return signing.make_demo_identities(tmp_path_factory.mktemp("ids"), passphrase=PASS)


@pytest.fixture(scope="module")
def blank() -> bytes:
    return _two_box_pdf()


@pytest.fixture(scope="module")
def signed_once(blank: bytes, ids: signing.DemoIdentities) -> bytes:
    return signing.sign_pdf(
        blank, field="chair", pkcs12=ids.chair.read_bytes(), passphrase=PASS,
        signer_name="Jeanne Martin", role="Présidente du comité",
    )  # fmt: skip


@pytest.fixture(scope="module")
def signed_twice(signed_once: bytes, ids: signing.DemoIdentities) -> bytes:
    return signing.sign_pdf(
        signed_once, field="secretary", pkcs12=ids.secretary.read_bytes(), passphrase=PASS,
        role="Secrétaire de séance",
    )  # fmt: skip


def _pdfsig(pdf: bytes, tmp_path: Path) -> str:
    path = tmp_path / "x.pdf"
    path.write_bytes(pdf)
    return subprocess.run(["pdfsig", str(path)], capture_output=True, text=True).stdout


def test_demo_identities_are_marked_as_tests(ids: signing.DemoIdentities) -> None:
    from cryptography import x509
    from cryptography.hazmat.primitives.serialization import pkcs12

    assert "TEST" in ids.chair.name and "TEST" in ids.ca_certificate.name
    ca = x509.load_pem_x509_certificate(ids.ca_certificate.read_bytes())
    assert ca.extensions.get_extension_for_class(x509.BasicConstraints).value.ca
    for p12 in (ids.chair, ids.secretary):
        _, cert, chain = pkcs12.load_key_and_certificates(p12.read_bytes(), PASS.encode())
        assert signing.TEST_MARK in cert.subject.rfc4514_string()
        usage = cert.extensions.get_extension_for_class(x509.KeyUsage).value
        assert usage.digital_signature and usage.content_commitment
        assert chain == [ca]


def test_both_signatures_valid_for_pdfsig_and_verify(
    signed_once: bytes, signed_twice: bytes, ids: signing.DemoIdentities, tmp_path: Path
) -> None:
    assert signed_twice.startswith(signed_once)  # incremental: the first revision is untouched
    out = _pdfsig(signed_twice, tmp_path)
    assert out.count(VALID) == 2, out
    assert "ETSI.CAdES.detached" in out and "Total document signed" in out
    report = signing.verify_pdf(signed_twice)
    assert report.ok
    chair, secretary = report.signatures
    assert (chair.field, secretary.field) == ("chair", "secretary")
    assert chair.intact and not chair.covers_whole  # the second signature came after it
    assert secretary.intact and secretary.covers_whole
    assert chair.signer == "TEST Président du comité" and chair.test_identity
    assert chair.time is not None and abs(chair.time - dt.datetime.now(dt.UTC)).seconds < 600
    assert not chair.trusted  # nobody said to trust the test CA
    trusted = signing.verify_pdf(signed_twice, trust=[ids.ca_certificate.read_bytes()])
    assert all(s.trusted for s in trusted.signatures)
    assert all(s.trusted for s in signing.verify_pdf(signed_twice, trust_demo_ca=True).signatures)
    assert signing.signature_fields(signed_twice) == {"chair": True, "secretary": True}


def test_a_byte_changed_in_a_signed_range_fails(signed_twice: bytes, tmp_path: Path) -> None:
    data = bytearray(signed_twice)
    at = data.index(b"/ProcSet") + 1  # the page's resources, inside both signed ranges
    data[at] = ord("p")
    out = _pdfsig(bytes(data), tmp_path)
    assert VALID not in out, out
    report = signing.verify_pdf(bytes(data))
    assert not report.ok and not any(s.intact for s in report.signatures)
    bad = tmp_path / "bad.pdf"
    bad.write_bytes(bytes(data))
    assert main(["verify", str(bad)]) == 1


def test_anything_appended_after_the_last_signature_fails(signed_once: bytes) -> None:
    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    writer = IncrementalPdfFileWriter(BytesIO(signed_once))
    title = {generic.NameObject("/Title"): generic.pdf_string("modifié après signature")}
    writer.set_info(generic.DictionaryObject(title))
    out = BytesIO()
    writer.write(out)
    report = signing.verify_pdf(out.getvalue())
    assert report.signatures[0].intact and not report.signatures[0].covers_whole
    assert not report.ok


def _no_signing_p12(tmp_path: Path) -> Path:
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.hazmat.primitives.serialization import pkcs12
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "TEST chiffrement seul")])
    now = dt.datetime.now(dt.UTC)
    usage = x509.KeyUsage(
        digital_signature=False, content_commitment=False, key_encipherment=False,
        data_encipherment=False, key_agreement=True, key_cert_sign=False, crl_sign=False,
        encipher_only=False, decipher_only=False,
    )  # fmt: skip
    cert = (
        x509.CertificateBuilder().subject_name(name).issuer_name(name)
        .public_key(key.public_key()).serial_number(1)
        .not_valid_before(now - dt.timedelta(days=1)).not_valid_after(now + dt.timedelta(days=9))
        .add_extension(usage, critical=True).sign(key, hashes.SHA256())
    )  # fmt: skip
    path = tmp_path / "chiffrement.p12"
    path.write_bytes(
        pkcs12.serialize_key_and_certificates(
            b"enc", key, cert, None, serialization.BestAvailableEncryption(PASS.encode())
        )
    )
    return path


def test_each_refusal_has_a_message_and_writes_nothing(
    blank: bytes, signed_once: bytes, ids: signing.DemoIdentities, tmp_path: Path, capsys
) -> None:
    draft, once, text, bare = (tmp_path / n for n in ("pv.pdf", "un.pdf", "note.pdf", "nu.pdf"))
    draft.write_bytes(blank)
    once.write_bytes(signed_once)
    text.write_text("ceci n'est pas un PDF")
    bare_pdf = BytesIO()
    Canvas(bare_pdf).save()
    bare.write_bytes(bare_pdf.getvalue())
    good, wrong = tmp_path / "pass.txt", tmp_path / "wrong.txt"
    good.write_text(PASS + "\n")
    wrong.write_text("pas la bonne\n")
    cases = [
        (draft, "chair", ids.chair, wrong, "phrase de passe incorrecte"),
        (text, "chair", ids.chair, good, "n'est pas un PDF"),
        (once, "chair", ids.chair, good, "déjà signé"),
        (draft, "chair", _no_signing_p12(tmp_path), good, "ne permet pas de signer"),
        (bare, "secretary", ids.secretary, good, "pas de cadre de signature « secretary »"),
    ]
    out = tmp_path / "out.pdf"
    for pdf, field, p12, pw, message in cases:
        before = pdf.read_bytes()
        code = main(["sign", str(pdf), "--field", field, "--pkcs12", str(p12),
                     "--passphrase-file", str(pw), "--out", str(out)])  # fmt: skip
        err = capsys.readouterr().err
        assert code == 2 and message in err, (message, err)
        assert len(err.strip().splitlines()) == 1
        assert not out.exists() and pdf.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []


def test_library_refusals_are_typed(blank: bytes, ids: signing.DemoIdentities) -> None:
    with pytest.raises(signing.UnknownFieldError, match="« president »"):
        signing.sign_pdf(blank, field="president", pkcs12=ids.chair.read_bytes(), passphrase=PASS)
    with pytest.raises(signing.WrongPassphraseError):
        signing.sign_pdf(blank, field="chair", pkcs12=ids.chair.read_bytes(), passphrase="")
    with pytest.raises(signing.NotAPdfError):
        signing.verify_pdf(b"GIF89a")
    with pytest.raises(signing.SigningError, match="certificat d'autorité illisible"):
        signing.verify_pdf(blank, trust=[b"-----BEGIN CERTIFICATE-----\nxx\n"])
    assert signing.verify_pdf(blank).signatures == () and not signing.verify_pdf(blank).ok


def test_signing_never_parses_the_key_again(
    blank: bytes, ids: signing.DemoIdentities, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """RSA (the demo identities) and EC keys sign with the key loaded from the .p12: pyHanko's
    own path parses it again from DER, 50 ms an RSA key, twice a signature."""
    from pyhanko.sign.signers import pdf_cms

    from tests import pki

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("private key parsed again")

    monkeypatch.setattr(pdf_cms.serialization, "load_der_private_key", refuse)
    ca = pki.make_ca()
    ec_p12 = pki.p12(pki.make_leaf("Secrétaire EC", ca), [ca], PASS)
    pdf = signing.sign_pdf(blank, field="chair", pkcs12=ids.chair.read_bytes(), passphrase=PASS)
    pdf = signing.sign_pdf(pdf, field="secretary", pkcs12=ec_p12, passphrase=PASS)
    assert _pdfsig(pdf, tmp_path).count(VALID) == 2
    report = signing.verify_pdf(pdf)
    assert all(s.intact for s in report.signatures) and report.signatures[-1].covers_whole


def test_stamp_font_subset_is_pyhankos_own() -> None:
    """The stamp's font engine skips decoding the layout tables: the shaped text and the subset
    it embeds are those of pyHanko's engine (the head table differs by its timestamp)."""
    from pyhanko.pdf_utils.font.opentype import GlyphAccumulatorFactory
    from pyhanko.pdf_utils.writer import PdfFileWriter

    skip = ("GlyphOrder", "head")  # not a table; the subset's timestamp
    text = "Signé électroniquement par Jeanne Martin, présidente — le 03/12/2026 à 10:15 CET"
    made = []
    ours = signing._stamp_style().text_box_style.font
    for factory in (ours, GlyphAccumulatorFactory(str(signing.STAMP_FONT), font_size=9)):
        engine = factory.create_font_engine(PdfFileWriter())
        shaped = engine.shape(text)
        engine.prepare_write()
        tags = [t for t in engine.tt.keys() if t not in skip]  # noqa: SIM118  (no dict)
        tables = {t: engine.tt.getTableData(t) for t in tags}
        made.append((shaped.graphics_ops, shaped.x_advance, tables))
    assert "GPOS" not in made[0][2] and "glyf" in made[0][2]
    assert made[0] == made[1]
