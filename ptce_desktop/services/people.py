"""The people of a call: finding one by what a user types (an id or an e-mail address)."""

from __future__ import annotations

import hashlib
from typing import TYPE_CHECKING

from ..domain.model import Person
from ..store import people as people_rows
from ..store.db import CallStore

if TYPE_CHECKING:
    from ..io.signing import SignatureCheck


class PeopleError(ValueError):
    """A refusal about the people of the call, with a message fit for the user."""


class PersonNotFoundError(PeopleError):
    """No person of the call answers to the id or e-mail address given."""


def resolve_person(store: CallStore, ref: str | int) -> Person:
    """The person whose id (digits) or e-mail address (case ignored) is `ref`."""
    text = str(ref).strip()
    for person in people_rows.load_people(store):
        if (text.isdigit() and person.id == int(text)) or (
            person.email and person.email.casefold() == text.casefold()
        ):
            return person
    raise PersonNotFoundError(f"personne inconnue dans cet appel : « {text} » (id ou e-mail)")


class CertificateError(PeopleError):
    """Not a certificate (PEM or DER)."""


def certificate_sha256(pem_or_der: bytes) -> str:
    """The SHA-256 of a certificate's DER, as people.certificate_sha256 keeps it."""
    from cryptography import x509
    from cryptography.hazmat.primitives import serialization

    try:
        cert = (
            x509.load_pem_x509_certificate(pem_or_der)
            if b"-----BEGIN" in pem_or_der
            else x509.load_der_x509_certificate(pem_or_der)
        )
    except ValueError as exc:
        raise CertificateError(f"certificat illisible (PEM ou DER attendu) : {exc}") from exc
    return hashlib.sha256(cert.public_bytes(serialization.Encoding.DER)).hexdigest()


def register_certificate(store: CallStore, *, person_id: int, certificate: bytes) -> str:
    """Record the signing certificate of a person (its fingerprint); returns the fingerprint."""
    digest = certificate_sha256(certificate)
    with store.transaction("certificat de signature enregistré"):
        people_rows.set_certificate_sha256(store, person_id=person_id, sha256=digest)
    return digest


def certificate_belongs(signature: SignatureCheck, *, email: str, fingerprint: str) -> bool:
    """Is the certificate of `signature` that person's: same e-mail address (subject or
    rfc822Name), or the fingerprint registered for the person?"""
    if email and email.strip().casefold() in signature.emails:
        return True
    return bool(fingerprint) and hashlib.sha256(signature.certificate).hexdigest() == fingerprint
