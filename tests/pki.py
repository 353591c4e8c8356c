"""Certificates for the signature tests, made with cryptography: a CA, leaves that may or may
not sign, expired ones, self-signed ones; and a pyHanko signature that skips our own refusals
(an attacker does not use `ptce sign`)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from io import BytesIO

from asn1crypto import keys as asn1_keys
from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.sign import fields, signers
from pyhanko.stamp import TextStampStyle
from pyhanko_certvalidator.registry import SimpleCertificateStore

NOW = dt.datetime.now(dt.UTC).replace(microsecond=0)


@dataclass(frozen=True)
class Key:
    key: ec.EllipticCurvePrivateKey
    cert: x509.Certificate

    @property
    def pem(self) -> bytes:
        return self.cert.public_bytes(serialization.Encoding.PEM)


def _usage(*, sign: bool, ca: bool) -> x509.KeyUsage:
    return x509.KeyUsage(
        digital_signature=sign, content_commitment=sign, key_encipherment=False,
        data_encipherment=False, key_agreement=not sign and not ca, key_cert_sign=ca,
        crl_sign=ca, encipher_only=False, decipher_only=False,
    )  # fmt: skip


def make_ca(name: str = "Autorité d'essai") -> Key:
    key = ec.generate_private_key(ec.SECP256R1())
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name)])
    cert = (
        x509.CertificateBuilder().subject_name(subject).issuer_name(subject)
        .public_key(key.public_key()).serial_number(x509.random_serial_number())
        .not_valid_before(NOW - dt.timedelta(days=3650))
        .not_valid_after(NOW + dt.timedelta(days=3650))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(_usage(sign=False, ca=True), critical=True)
        .sign(key, hashes.SHA256())
    )  # fmt: skip
    return Key(key, cert)


def make_leaf(
    name: str,
    issuer: Key | None,
    *,
    sign: bool = True,
    start: dt.datetime = NOW - dt.timedelta(days=1),
    end: dt.datetime = NOW + dt.timedelta(days=365),
    email: str = "",
) -> Key:
    """A certificate issued by `issuer`, or self-signed when it is None."""
    key = ec.generate_private_key(ec.SECP256R1())
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name)])
    builder = (
        x509.CertificateBuilder().subject_name(subject)
        .issuer_name(issuer.cert.subject if issuer else subject)
        .public_key(key.public_key()).serial_number(x509.random_serial_number())
        .not_valid_before(start).not_valid_after(end)
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(_usage(sign=sign, ca=False), critical=True)
    )  # fmt: skip
    if email:
        builder = builder.add_extension(
            x509.SubjectAlternativeName([x509.RFC822Name(email)]), critical=False
        )
    return Key(key, builder.sign(issuer.key if issuer else key, hashes.SHA256()))


def p12(leaf: Key, chain: list[Key], passphrase: str) -> bytes:
    from cryptography.hazmat.primitives.serialization import pkcs12

    return pkcs12.serialize_key_and_certificates(
        b"essai", leaf.key, leaf.cert, [c.cert for c in chain],
        serialization.BestAvailableEncryption(passphrase.encode()),
    )  # fmt: skip


def _asn1_cert(cert: x509.Certificate) -> asn1_x509.Certificate:
    return asn1_x509.Certificate.load(cert.public_bytes(serialization.Encoding.DER))


def raw_sign(
    pdf: bytes,
    *,
    field: str,
    leaf: Key,
    chain: tuple[Key, ...] = (),
    text: str = "",
    new_box: tuple[int, tuple[float, float, float, float]] | None = None,
) -> bytes:
    """Sign `field` with pyHanko directly, as anyone could: no check of the certificate; with
    `new_box` (page, rect) the field is created first; `text` is what its stamp shows."""
    writer = IncrementalPdfFileWriter(BytesIO(pdf), strict=False)
    if new_box is not None:
        page, rect = new_box
        fields.append_signature_field(
            writer, fields.SigFieldSpec(sig_field_name=field, on_page=page, box=rect)
        )
    der = leaf.key.private_bytes(
        serialization.Encoding.DER, serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )  # fmt: skip
    signer = signers.SimpleSigner(
        signing_key=asn1_keys.PrivateKeyInfo.load(der),
        signing_cert=_asn1_cert(leaf.cert),
        cert_registry=SimpleCertificateStore.from_certs([_asn1_cert(c.cert) for c in chain]),
    )
    meta = signers.PdfSignatureMetadata(
        field_name=field, md_algorithm="sha256", subfilter=fields.SigSeedSubFilter.PADES
    )
    style = TextStampStyle(stamp_text=text or "%(signer)s", border_width=0)
    out = BytesIO()
    signers.PdfSigner(meta, signer=signer, stamp_style=style).sign_pdf(writer, output=out)
    return out.getvalue()
