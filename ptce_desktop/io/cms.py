"""CMS (PKCS#7) signatures of small documents, with pyHanko: the audit checkpoints.

`sign_document` makes an enveloped SignedData (the document inside, SHA-256, signing time in
the signed attributes) with a PKCS#12 identity; `verify_document` returns the document, whether
the signature matches it and, when CA certificates are given, whether the signer chains to one
of them at the time it declared. No network, no timestamp server.
"""

from __future__ import annotations

import asyncio
import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from asn1crypto import cms
from cryptography import x509
from pyhanko.sign.signers.pdf_cms import PdfCMSSignedAttributes
from pyhanko.sign.validation.generic_cms import async_validate_cms_signature
from pyhanko_certvalidator import ValidationContext

from ..text import t
from .signing import (
    KEY_USAGE,
    SigningError,
    certificate_problems,
    load_identity,
    read_ca_certificates,
)


class CmsError(SigningError):
    """Not a CMS signature we can read."""


@dataclass(frozen=True, slots=True, kw_only=True)
class CmsCheck:
    document: bytes
    signer: str
    time: dt.datetime | None  # declared by the signer (signing-time attribute)
    intact: bool
    trusted: bool
    problems: tuple[str, ...]  # why the certificate may not sign, in French


def sign_document(document: bytes, *, pkcs12: bytes, passphrase: str, at: dt.datetime) -> bytes:
    """DER of a CMS SignedData holding `document`, signed by the .p12's identity at `at`."""
    identity = load_identity(pkcs12, passphrase)
    signed = asyncio.run(
        identity.signer.async_sign_general_data(
            document, "sha256", detached=False,
            signed_attr_settings=PdfCMSSignedAttributes(signing_time=at),
        )
    )  # fmt: skip
    return bytes(signed.dump())  # asn1crypto is untyped (Any): the DER bytes


def verify_document(p7s: bytes, *, trust: Sequence[bytes] = ()) -> CmsCheck:
    try:
        info = cms.ContentInfo.load(p7s)
        signed_data = info["content"]
        document = bytes(signed_data["encap_content_info"]["content"].native or b"")
        signer_info = signed_data["signer_infos"][0]
        sid = signer_info["sid"].chosen
        cert = next(
            c.chosen
            for c in signed_data["certificates"]
            if c.chosen.serial_number == sid["serial_number"].native
            and c.chosen.issuer == sid["issuer"]
        )
    except (ValueError, TypeError, KeyError, IndexError, StopIteration) as exc:
        raise CmsError(t("signature CMS illisible ({exc})", exc=exc)) from exc
    roots = [c for data in trust for c in read_ca_certificates(data)]
    declared = _signing_time(signer_info)
    context = ValidationContext(
        trust_roots=roots, allow_fetching=False, revocation_mode="soft-fail", moment=declared
    )
    status = asyncio.run(
        async_validate_cms_signature(
            signed_data, validation_context=context, key_usage_settings=KEY_USAGE
        )
    )
    parsed = x509.load_der_x509_certificate(cert.dump())
    return CmsCheck(
        document=document,
        signer=cert.subject.native.get("common_name", cert.subject.human_friendly),
        time=declared,
        intact=bool(status.intact and status.valid),
        trusted=bool(status.trusted),
        problems=tuple(certificate_problems(parsed, declared)),
    )


def _signing_time(signer_info: cms.SignerInfo) -> dt.datetime | None:
    for attr in signer_info["signed_attrs"] or []:
        if attr["type"].native == "signing_time":
            when = attr["values"][0].native
            return when if isinstance(when, dt.datetime) else None
    return None
