"""Plain helpers shared by the store and CLI tests (fixtures live in conftest.py)."""

from __future__ import annotations

from pathlib import Path

from ptce_desktop.domain.model import (
    Attachment,
    Cofunding,
    CofundingStatus,
    Dossier,
    Member,
    MemberCategory,
)
from ptce_desktop.services.calls import new_call
from ptce_desktop.store.db import CallStore
from ptce_desktop.store.dossiers import insert_dossiers


def sample_dossier(numero: str = "PTCE-2013-001") -> Dossier:
    return Dossier(
        numero=numero,
        pole_name="Pôle Énergies citoyennes du Pays de Retz",
        lead_name="Coopérative Énergie Citoyenne",
        lead_siret="73282932000074",
        region="Pays de la Loire",
        departement="44",
        amount_requested=150_000.0,
        total_cost=450_000.0,
        members=[
            Member(name="Énergie Citoyenne", category=MemberCategory.ESS_ENTERPRISE),
            Member(name="Menuiserie Durand", category=MemberCategory.COMMERCIAL_ENTERPRISE),
            Member(name="Ville de Pornic", category=MemberCategory.LOCAL_AUTHORITY),
        ],
        cofundings=[
            Cofunding(
                funder="Ville de Pornic",
                funder_type="collectivité territoriale",
                amount=50_000.0,
                status=CofundingStatus.SECURED,
            )
        ],
        attachments=[
            Attachment(filename="dossier.pdf", kind="dossier_candidature", content=b"%PDF-1.4 x")
        ],
    )


def call_with_dossier(path: Path) -> CallStore:
    store = new_call(path, title="Appel test", actor="test")
    with store.transaction("test"):
        insert_dossiers(store, [sample_dossier()])
    return store


def register_signers(
    call: Path, *, chair: Path, secretary: Path, passphrase: str, session_id: int = 1
) -> None:
    """Register the certificates of two PKCS#12 identities as those of the session's chair
    and secretary (the demo people have no e-mail address to match)."""
    from cryptography.hazmat.primitives.serialization import Encoding, pkcs12

    from ptce_desktop.services.people import register_certificate
    from ptce_desktop.store.sessions import load_session

    with CallStore.open(call, actor="test") as store:
        session = load_session(store, session_id)
        for person_id, p12 in ((session.chair_id, chair), (session.secretary_id, secretary)):
            _, cert, _ = pkcs12.load_key_and_certificates(p12.read_bytes(), passphrase.encode())
            assert person_id is not None and cert is not None
            pem = p12.with_suffix(".pem")
            pem.write_bytes(cert.public_bytes(Encoding.PEM))
            register_certificate(store, person_id=person_id, certificate=pem)
