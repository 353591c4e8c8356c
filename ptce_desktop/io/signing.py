"""Electronic signatures of our PDFs with pyHanko: signature fields, PAdES signing, verification
and test identities.

- `add_signature_fields` puts empty signature fields over the boxes drawn on the minutes.
- `sign_pdf` signs one field: PAdES baseline B-B (ETSI.CAdES.detached, SHA-256, no timestamp
  server, no network), with a visible stamp (name, role, date) in DejaVu Sans, embedded. It is
  an incremental update, so a second signature keeps the first one valid. Every refusal raises a
  `SigningError` with a French message before anything is produced.
- `verify_pdf` checks each signature: signer, time, intact, covers the whole file, its
  certificate fit to sign at the time the signer declared (no timestamp server), trusted (only
  against the CA certificates given, or the demo CA embedded in the signature when asked); and
  that nothing but the designated boxes' signatures followed the first one (signed_revisions).
- `make_demo_identities` writes a test CA and two PKCS#12 identities (chair, secretary), named
  so that nobody mistakes them for real ones.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from io import BytesIO
from pathlib import Path
from typing import Any

from asn1crypto import keys as asn1_keys
from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa
from cryptography.hazmat.primitives.asymmetric.types import PrivateKeyTypes
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID
from pyhanko.pdf_utils import generic, layout
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.misc import PdfError
from pyhanko.pdf_utils.text import TextBoxStyle
from pyhanko.pdf_utils.writer import BasePdfFileWriter
from pyhanko.sign import fields, signers
from pyhanko.sign.general import SigningError as HankoSigningError
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko.sign.validation.pdf_embedded import EmbeddedPdfSignature
from pyhanko.sign.validation.settings import KeyUsageConstraints
from pyhanko.sign.validation.status import SignatureCoverageLevel
from pyhanko.stamp import TextStampStyle
from pyhanko_certvalidator import ValidationContext
from pyhanko_certvalidator.registry import SimpleCertificateStore
from pyhanko_certvalidator.util import get_pyca_cryptography_hash

from ..paths import FONTS
from ..text import t
from .signed_revisions import revision_problems

STAMP_FONT = FONTS / "DejaVuSans-Stamp.ttf"  # 1000 units per em: see make_stamp_font.py
DEMO_PASSPHRASE = "ptce-demo"
TEST_MARK = "TEST — ne pas utiliser en production"
DEMO_ORG = "PTCE Desktop (identités de test)"
SIGNING_USAGES = ("digital_signature", "content_commitment")  # content_commitment = nonRepudiation
KEY_USAGE = KeyUsageConstraints(
    key_usage=frozenset({"digital_signature", "non_repudiation"}), match_all_key_usages=False
)
DESIGNATED_FIELDS = ("chair", "secretary")  # the minutes' two boxes

# pyHanko logs every untrusted chain and each harmless diff while validating: our report says it.
for _logger in ("pyhanko", "pyhanko_certvalidator", "fontTools"):
    logging.getLogger(_logger).setLevel(logging.ERROR)


class SigningError(ValueError):
    """A signature refused or impossible, with a French message for the user."""


class NotAPdfError(SigningError):
    pass


class WrongPassphraseError(SigningError):
    pass


class KeyUsageError(SigningError):
    pass


class UnknownFieldError(SigningError):
    pass


class FieldAlreadySignedError(SigningError):
    pass


# -- fields ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class FieldBox:
    """An empty signature field: its name, page index from 0, (x1, y1, x2, y2) in points."""

    name: str
    page: int
    box: tuple[float, float, float, float]


def check_untrusted(pdf: bytes) -> None:
    """Refuse a PDF from outside that cannot be opened in another process within the time
    limit (io/pdf_guard): run before `verify_pdf` on a file someone hands us."""
    from .pdf_guard import UnreadablePdf, check_pdf

    try:
        check_pdf(pdf)
    except UnreadablePdf as exc:
        raise NotAPdfError(t("PDF illisible : {exc}", exc=exc)) from exc


def _writer(pdf: bytes) -> IncrementalPdfFileWriter:
    if not pdf.lstrip()[:1024].startswith(b"%PDF-") and b"%PDF-" not in pdf[:1024]:
        raise NotAPdfError(t("ce fichier n'est pas un PDF (pas d'en-tête %PDF)"))
    try:
        return IncrementalPdfFileWriter(BytesIO(pdf), strict=False)
    except (PdfError, ValueError, KeyError, IndexError) as exc:
        raise NotAPdfError(t("ce fichier n'est pas un PDF lisible ({exc})", exc=exc)) from exc


def add_signature_fields(pdf: bytes, boxes: Iterable[FieldBox]) -> bytes:
    """`pdf` with one empty, visible signature field per box (an incremental update)."""
    writer = _writer(pdf)
    for b in boxes:
        # pyHanko annotates int points but writes each as a FloatObject: fractions are kept.
        spec = fields.SigFieldSpec(
            sig_field_name=b.name,
            on_page=b.page,
            box=b.box,  # type: ignore[arg-type]  # see above
        )
        fields.append_signature_field(writer, spec)
    out = BytesIO()
    writer.write(out)
    return out.getvalue()


def signature_fields(pdf: bytes) -> dict[str, bool]:
    """{field name: signed?} for every signature field of the PDF, in document order."""
    reader = _writer(pdf).prev
    return {name: value is not None for name, value, _ in fields.enumerate_sig_fields(reader)}


def stamps_in_page_content(pdf: bytes) -> bytes:
    """A copy of `pdf` for display and printing only, where each signature's visible stamp is
    drawn in its page's content instead of as an annotation (Qt's PDF view draws no
    annotations). Never to be saved or verified: it breaks the signatures it shows."""
    writer = _writer(pdf)
    signed = {
        ref.idnum for _, value, ref in fields.enumerate_sig_fields(writer) if value is not None
    }
    if not signed:
        return pdf
    for page_ix in range(int(writer.root["/Pages"]["/Count"])):
        page_ref, _ = writer.find_page_for_modification(page_ix)
        page = page_ref.get_object()
        annots = page.get("/Annots")
        if not annots:
            continue
        kept, xobjects, ops = generic.ArrayObject(), generic.DictionaryObject(), []
        for ref in annots:
            annot = ref.get_object()
            appearance = annot.get("/AP")
            if getattr(ref, "idnum", None) not in signed or appearance is None:
                kept.append(ref)
                continue
            name = f"/PTCEStamp{len(xobjects)}"
            xobjects[generic.NameObject(name)] = appearance.raw_get("/N")
            x1, y1, x2, y2 = (float(v) for v in annot["/Rect"])
            ops.append(f"q 1 0 0 1 {min(x1, x2):.2f} {min(y1, y2):.2f} cm {name} Do Q")
        if not ops:
            continue
        stream = writer.add_object(generic.StreamObject(stream_data=" ".join(ops).encode()))
        writer.add_stream_to_page(
            page_ix, stream, resources=generic.DictionaryObject({"/XObject": xobjects})
        )
        page["/Annots"] = kept
        writer.update_container(page)
    out = BytesIO()
    writer.write(out)
    return out.getvalue()


# -- signing --------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Identity:
    """A signer loaded from PKCS#12: pyHanko's signer and the certificate's names."""

    signer: signers.SimpleSigner
    common_name: str
    not_after: dt.datetime


def load_identity(pkcs12_data: bytes, passphrase: str) -> Identity:
    """Open a .p12 and check its certificate may sign: key usage and validity dates."""
    try:
        key, cert, _chain = pkcs12.load_key_and_certificates(
            pkcs12_data, passphrase.encode("utf-8") if passphrase else None
        )
    except ValueError as exc:
        raise WrongPassphraseError(
            t("phrase de passe incorrecte, ou fichier qui n'est pas une identité PKCS#12 (.p12)")
        ) from exc
    if key is None or cert is None:
        raise SigningError(t("ce fichier .p12 ne contient pas de clé privée avec son certificat"))
    name = _common_name(cert.subject)
    try:
        usage = cert.extensions.get_extension_for_class(x509.KeyUsage).value
    except x509.ExtensionNotFound:
        usage = None  # no restriction written: any use is allowed (RFC 5280, 4.2.1.3)
    if usage is not None and not any(getattr(usage, u) for u in SIGNING_USAGES):
        raise KeyUsageError(
            t(
                "le certificat « {name} » ne permet pas de signer (usage de la "
                "clé sans signature numérique ni non-répudiation)",
                name=name,
            )
        )
    now = dt.datetime.now(dt.UTC)
    if not cert.not_valid_before_utc <= now <= cert.not_valid_after_utc:
        raise SigningError(
            t(
                "le certificat « {name} » n'est pas valide aujourd'hui (valable "
                "du {not_valid_before_utc:%d/%m/%Y} au {not_valid_after_utc:%d/%m/%Y})",
                name=name,
                not_valid_before_utc=cert.not_valid_before_utc,
                not_valid_after_utc=cert.not_valid_after_utc,
            )
        )
    # Built from what was just decrypted: decrypting the .p12 twice costs a PBKDF2 run.
    signer = _LoadedKeySigner(
        key,
        signing_key=asn1_keys.PrivateKeyInfo.load(
            key.private_bytes(
                serialization.Encoding.DER,
                serialization.PrivateFormat.PKCS8,
                serialization.NoEncryption(),
            )
        ),
        signing_cert=_asn1(cert),
        cert_registry=SimpleCertificateStore.from_certs([_asn1(c) for c in _chain]),
    )
    return Identity(signer=signer, common_name=name, not_after=cert.not_valid_after_utc)


class _LoadedKeySigner(signers.SimpleSigner):
    """pyHanko's SimpleSigner that signs with the key as loaded from the .p12.

    SimpleSigner parses its key again from DER at every raw signature, and cryptography checks
    an RSA key's consistency on each parse: about 50 ms, twice per PDF signature (pyHanko signs
    once to size the signature's placeholder). Loading the .p12 has checked it already. Keys
    of another kind (DSA, EdDSA, RSA-PSS) take pyHanko's own path."""

    def __init__(self, key: PrivateKeyTypes, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._key = key

    def sign_raw(self, data: bytes, digest_algorithm: str) -> bytes:
        try:
            kind = self.get_signature_mechanism_for_digest(digest_algorithm).signature_algo
        except ValueError:  # a mechanism asn1crypto cannot name: pyHanko's path says why
            kind = ""
        algorithm = get_pyca_cryptography_hash(digest_algorithm)
        if kind == "rsassa_pkcs1v15" and isinstance(self._key, rsa.RSAPrivateKey):
            return self._key.sign(data, padding.PKCS1v15(), algorithm)
        if kind == "ecdsa" and isinstance(self._key, ec.EllipticCurvePrivateKey):
            return self._key.sign(data, ec.ECDSA(algorithm))
        return super().sign_raw(data, digest_algorithm)


def _asn1(cert: x509.Certificate) -> asn1_x509.Certificate:
    return asn1_x509.Certificate.load(cert.public_bytes(serialization.Encoding.DER))


def _common_name(name: x509.Name) -> str:
    cns = name.get_attributes_for_oid(NameOID.COMMON_NAME)
    return str(cns[0].value) if cns else name.rfc4514_string()


@cache
def _stamp_style() -> TextStampStyle:
    # fontTools and HarfBuzz: loaded at the first signature, not at start-up
    from pyhanko.pdf_utils.font.opentype import GlyphAccumulator, GlyphAccumulatorFactory

    class StampFont(GlyphAccumulatorFactory):
        """pyHanko's font engine, without the layout tables its subset drops anyway.

        HarfBuzz shapes the stamp from the font file's bytes (kerning included); the subset
        pyHanko embeds leaves out GDEF, GSUB and GPOS, but fontTools decodes all three
        before dropping them (~80 ms a signature). Removed from the engine's copy of the font
        first, they are never decoded: the embedded subset is the same."""

        def create_font_engine(
            self, writer: BasePdfFileWriter, obj_stream: generic.StreamObject | None = None
        ) -> GlyphAccumulator:
            engine = super().create_font_engine(writer, obj_stream)
            for tag in ("GDEF", "GSUB", "GPOS"):
                if tag in engine.tt:
                    del engine.tt[tag]
            return engine

    return TextStampStyle(
        stamp_text="Signé électroniquement par\n%(signer)s\n%(role)s\nle %(ts)s",
        timestamp_format="%d/%m/%Y à %H:%M %Z",
        text_box_style=TextBoxStyle(
            font=StampFont(str(STAMP_FONT), font_size=9), font_size=9, leading=12
        ),
        inner_content_layout=layout.SimpleBoxLayoutRule(
            x_align=layout.AxisAlignment.ALIGN_MIN,
            y_align=layout.AxisAlignment.ALIGN_MID,
            margins=layout.Margins(left=8, right=4, top=4, bottom=4),
            inner_content_scaling=layout.InnerScaling.SHRINK_TO_FIT,
        ),
        border_width=0,  # the box is drawn on the page already
        background=None,
    )


def sign_pdf(
    pdf: bytes,
    *,
    field: str,
    pkcs12: bytes,
    passphrase: str,
    signer_name: str = "",
    role: str = "",
    location: str = "",
) -> bytes:
    """`pdf` with a PAdES B-B signature in the empty field `field`, as an incremental update.

    Everything that can be refused is checked before signing, so a refusal leaves nothing.
    """
    writer = _writer(pdf)
    found = {name: value is not None for name, value, _ in fields.enumerate_sig_fields(writer.prev)}
    if field not in found:
        known = ", ".join(found) or "aucun"
        raise UnknownFieldError(
            t(
                "ce PDF n'a pas de cadre de signature « {field} » (cadres présents : {known})",
                field=field,
                known=known,
            )
        )
    if found[field]:
        raise FieldAlreadySignedError(
            t(
                "le cadre « {field} » de ce PDF est déjà signé : une seule signature par cadre",
                field=field,
            )
        )
    identity = load_identity(pkcs12, passphrase)
    shown = signer_name.strip() or identity.common_name
    meta = signers.PdfSignatureMetadata(
        field_name=field,
        md_algorithm="sha256",
        subfilter=fields.SigSeedSubFilter.PADES,
        name=shown,
        reason=f"Signature du procès-verbal : {role}" if role else None,
        location=location or None,
        use_pades_lta=False,
        embed_validation_info=False,  # B-B: no revocation data, which would need the network
    )
    pdf_signer = signers.PdfSigner(meta, signer=identity.signer, stamp_style=_stamp_style())
    out = BytesIO()
    try:
        pdf_signer.sign_pdf(
            writer,
            existing_fields_only=True,
            appearance_text_params={"signer": shown, "role": role or ""},
            output=out,
        )
    except (HankoSigningError, PdfError, ValueError) as exc:
        raise SigningError(t("signature impossible : {exc}", exc=exc)) from exc
    return out.getvalue()


# -- verification ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True, kw_only=True)
class SignatureCheck:
    field: str
    signer: str  # the certificate's common name
    time: dt.datetime | None  # the signing time the signer declared (/M): no timestamp server
    intact: bool  # the signed bytes are unchanged and the signature matches them
    covers_whole: bool  # signs the whole file as it is now
    trusted: bool  # the certificate chains to a trusted CA
    modifications_ok: bool  # what was appended after it is only later signatures and forms
    test_identity: bool  # a demo identity made by `ptce demo-identity`
    certificate: bytes = b""  # the signer's certificate, DER
    emails: tuple[str, ...] = ()  # its e-mail addresses (subject and rfc822Name)
    problems: tuple[str, ...] = ()  # why its certificate may not sign, in French


@dataclass(frozen=True, slots=True)
class VerificationReport:
    signatures: tuple[SignatureCheck, ...]
    problems: tuple[str, ...] = ()  # what changed after the first signature, in French
    trust_checked: bool = False  # trust anchors were given: every chain must reach one

    @property
    def ok(self) -> bool:
        """Every signature intact, followed only by the other designated one, the last one
        covering the whole file, every certificate fit to sign at its declared time and, when
        trust anchors were given, chained to them."""
        return (
            bool(self.signatures)
            and not self.problems
            and all(s.intact and s.modifications_ok and not s.problems for s in self.signatures)
            and self.signatures[-1].covers_whole
            and (not self.trust_checked or all(s.trusted for s in self.signatures))
        )


def read_ca_certificates(pem_or_der: bytes) -> list[asn1_x509.Certificate]:
    try:
        if b"-----BEGIN" in pem_or_der:
            certs = x509.load_pem_x509_certificates(pem_or_der)
        else:
            certs = [x509.load_der_x509_certificate(pem_or_der)]
    except ValueError as exc:
        raise SigningError(
            t("certificat d'autorité illisible (PEM ou DER attendu) : {exc}", exc=exc)
        ) from exc
    return [asn1_x509.Certificate.load(c.public_bytes(serialization.Encoding.DER)) for c in certs]


def _is_demo(cert: asn1_x509.Certificate) -> bool:
    return DEMO_ORG in (cert.subject.native.get("organization_name") or "")


def certificate_emails(cert: x509.Certificate) -> tuple[str, ...]:
    """The e-mail addresses a certificate names: subject emailAddress and SAN rfc822Name."""
    found = [str(a.value) for a in cert.subject.get_attributes_for_oid(NameOID.EMAIL_ADDRESS)]
    try:
        san = cert.extensions.get_extension_for_class(x509.SubjectAlternativeName).value
        found += san.get_values_for_type(x509.RFC822Name)
    except x509.ExtensionNotFound:
        pass
    return tuple(dict.fromkeys(e.strip().casefold() for e in found if e.strip()))


def certificate_problems(cert: x509.Certificate, at: dt.datetime | None) -> list[str]:
    """Why `cert` may not sign at `at` (the time the signer declared), in French."""
    name = _common_name(cert.subject)
    problems: list[str] = []
    try:
        usage = cert.extensions.get_extension_for_class(x509.KeyUsage).value
    except x509.ExtensionNotFound:
        usage = None
    if usage is not None and not any(getattr(usage, u) for u in SIGNING_USAGES):
        problems.append(t("le certificat « {name} » ne permet pas de signer", name=name))
    if at is None:
        problems.append(t("heure de signature absente"))
    elif not cert.not_valid_before_utc <= at <= cert.not_valid_after_utc:
        problems.append(
            t(
                "le certificat « {name} » n'était pas valide à l'heure déclarée "
                "par le signataire ({at:%d/%m/%Y %H:%M} ; valable du "
                "{not_valid_before_utc:%d/%m/%Y} au {not_valid_after_utc:%d/%m/%Y})",
                name=name,
                at=at,
                not_valid_before_utc=cert.not_valid_before_utc,
                not_valid_after_utc=cert.not_valid_after_utc,
            )
        )
    return problems


def verify_pdf(
    pdf: bytes,
    *,
    trust: Sequence[bytes] = (),
    trust_demo_ca: bool = False,
    designated: Sequence[str] = DESIGNATED_FIELDS,
) -> VerificationReport:
    """Check every signature of `pdf` and what follows the first one. `trust`: CA certificates
    (PEM or DER) every signer must chain to; `trust_demo_ca`: trust the test CA that demo
    identities embed in their signatures. Without a timestamp, certificates are checked at the
    time each signer declared."""
    reader = _writer(pdf).prev
    roots = [c for data in trust for c in read_ca_certificates(data)]
    try:
        embedded = list(reader.embedded_regular_signatures)
        problems = revision_problems(reader, embedded, designated) if embedded else []
    except (PdfError, ValueError, KeyError, AttributeError) as exc:
        raise NotAPdfError(t("signatures illisibles dans ce PDF ({exc})", exc=exc)) from exc
    checks = [_check(sig, roots, trust_demo_ca=trust_demo_ca) for sig in embedded]
    return VerificationReport(
        tuple(checks), tuple(problems), trust_checked=bool(roots) or trust_demo_ca
    )


def _check(
    sig: EmbeddedPdfSignature, roots: list[asn1_x509.Certificate], *, trust_demo_ca: bool
) -> SignatureCheck:
    cert = sig.signer_cert
    own_roots = list(roots)
    if trust_demo_ca:
        embedded_certs = [c.chosen for c in sig.signed_data["certificates"]]
        own_roots += [c for c in embedded_certs if c.self_signed and _is_demo(c)]
    declared = sig.self_reported_timestamp
    context = ValidationContext(
        trust_roots=own_roots, allow_fetching=False, revocation_mode="soft-fail",
        moment=declared,
    )  # fmt: skip
    try:
        status = validate_pdf_signature(
            sig, signer_validation_context=context, key_usage_settings=KEY_USAGE
        )
    except (PdfError, ValueError, KeyError) as exc:
        return _broken(sig, str(exc))
    der = cert.dump()
    parsed = x509.load_der_x509_certificate(der)
    return SignatureCheck(
        field=sig.field_name,
        signer=cert.subject.native.get("common_name", cert.subject.human_friendly),
        time=status.signer_reported_dt,
        intact=bool(status.intact and status.valid),
        covers_whole=status.coverage == SignatureCoverageLevel.ENTIRE_FILE,
        trusted=bool(status.trusted),
        modifications_ok=status.docmdp_ok is not False
        and status.coverage is not None
        and status.coverage >= SignatureCoverageLevel.ENTIRE_REVISION,
        test_identity=_is_demo(cert),
        certificate=der,
        emails=certificate_emails(parsed),
        problems=tuple(certificate_problems(parsed, status.signer_reported_dt)),
    )


def _broken(sig: EmbeddedPdfSignature, _why: str) -> SignatureCheck:
    return SignatureCheck(
        field=getattr(sig, "field_name", "?"), signer="?", time=None, intact=False,
        covers_whole=False, trusted=False, modifications_ok=False, test_identity=False,
    )  # fmt: skip


# -- test identities --------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class DemoIdentities:
    ca_certificate: Path
    chair: Path
    secretary: Path


DEMO_PEOPLE = {
    "chair": "TEST Président du comité",
    "secretary": "TEST Secrétaire de séance",
}


@dataclass(frozen=True, slots=True, kw_only=True)
class DemoOfficer:
    """A call's officer whose name and e-mail a test identity carries."""

    name: str
    email: str = ""


def _name(common_name: str, email: str = "") -> x509.Name:
    return x509.Name(
        [
            x509.NameAttribute(NameOID.COUNTRY_NAME, "FR"),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, DEMO_ORG),
            x509.NameAttribute(NameOID.ORGANIZATIONAL_UNIT_NAME, TEST_MARK),
            x509.NameAttribute(NameOID.COMMON_NAME, common_name),
            *([x509.NameAttribute(NameOID.EMAIL_ADDRESS, email)] if email else []),
        ]
    )


def _usage(*, sign: bool, ca: bool) -> x509.KeyUsage:
    return x509.KeyUsage(
        digital_signature=sign, content_commitment=sign, key_encipherment=False,
        data_encipherment=False, key_agreement=False, key_cert_sign=ca, crl_sign=ca,
        encipher_only=False, decipher_only=False,
    )  # fmt: skip


def make_demo_identities(
    out: Path,
    *,
    passphrase: str = DEMO_PASSPHRASE,
    officers: Mapping[str, DemoOfficer] | None = None,
) -> DemoIdentities:
    """A test CA (PEM) and one PKCS#12 identity per signatory, written into `out`.
    `officers` ("chair", "secretary"): the call's people whose name ("TEST — name") and e-mail
    (subject emailAddress and rfc822Name) the identity carries, still marked TEST."""
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    now = dt.datetime.now(dt.UTC).replace(microsecond=0)
    ca_key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    ca_name = _name("TEST Autorité de certification PTCE Desktop")
    ca_cert = (
        x509.CertificateBuilder()
        .subject_name(ca_name)
        .issuer_name(ca_name)
        .public_key(ca_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=5 * 365))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(_usage(sign=False, ca=True), critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(ca_key.public_key()), False)
        .sign(ca_key, hashes.SHA256())
    )
    ca_path = out / "TEST-autorite-ca.pem"
    ca_path.write_bytes(ca_cert.public_bytes(serialization.Encoding.PEM))
    paths = {}
    for role, common_name in DEMO_PEOPLE.items():
        officer = (officers or {}).get(role)
        email = officer.email if officer else ""
        if officer:
            common_name = f"TEST — {officer.name}"
        key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        builder = (
            x509.CertificateBuilder()
            .subject_name(_name(common_name, email))
            .issuer_name(ca_name)
            .public_key(key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(now - dt.timedelta(days=1))
            .not_valid_after(now + dt.timedelta(days=2 * 365))
            .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
            .add_extension(_usage(sign=True, ca=False), critical=True)
            .add_extension(
                x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()), False
            )
        )
        if email:
            builder = builder.add_extension(
                x509.SubjectAlternativeName([x509.RFC822Name(email)]), critical=False
            )
        cert = builder.sign(ca_key, hashes.SHA256())
        path = paths[role] = out / f"TEST-{role}.p12"
        path.write_bytes(
            pkcs12.serialize_key_and_certificates(
                f"{common_name} ({TEST_MARK})".encode(),
                key,
                cert,
                [ca_cert],  # embedded in each signature so `verify --trust-demo-ca` finds it
                serialization.BestAvailableEncryption(passphrase.encode("utf-8")),
            )
        )
    return DemoIdentities(
        ca_certificate=ca_path, chair=paths["chair"], secretary=paths["secretary"]
    )
