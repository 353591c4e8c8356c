"""The people of a call: the committee, its rapporteurs and the secretariat.

Finding one by what a user types (an id or an e-mail address); adding, editing, deactivating
(a person tied to the call's records is never deleted); importing a list from a workbook or a
CSV file, all or nothing, after a backup.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from ..domain.model import Person, stored_id
from ..domain.persons import (
    Role,
    RoleError,
    email_problem,
    normalize_region,
    parse_role,
    roles_of,
    set_roles,
)
from ..io.people_sheet import ParsedPeople, read_people
from ..io.workbook import MAX_PROBLEMS, Problem
from ..store import people as people_rows
from ..store.db import CallStore
from ..text import Message, t, text_of

if TYPE_CHECKING:
    from ..io.signing import SignatureCheck


class PeopleError(ValueError):
    """A refusal about the people of the call, with a message fit for the user."""


class PersonNotFoundError(PeopleError):
    """No person of the call answers to the id or e-mail address given."""


class InvalidPersonError(PeopleError):
    """A field of a person is missing or wrong (name, e-mail, role, region, certificate)."""


class InvalidCertificateError(InvalidPersonError):
    """The signing certificate given (a file, or a fingerprint typed) is not one."""


class DuplicateEmailError(PeopleError):
    """Another person of the call already has this e-mail address."""


class PersonInUseError(PeopleError):
    """The person is tied to the call's records: deactivate instead of deleting."""


class PeopleImportRefused(PeopleError):
    """The source has problems: nothing was written. `problems` lists them."""

    def __init__(self, source: Path, problems: list[Problem], total: int) -> None:
        self.source, self.problems, self.total = source, problems, total
        count = (
            t("{total} problème(s) ou plus", total=total)
            if total >= MAX_PROBLEMS
            else t("{total} problème(s)", total=total)
        )
        super().__init__(
            t(
                "{name} : import refusé, {count} ; le fichier d'appel n'a pas été modifié",
                name=source.name,
                count=count,
            )
        )

    def lines(self) -> list[str]:
        lines = [str(p) for p in self.problems]
        if self.total > len(self.problems):
            more = self.total - len(self.problems)
            lines.append(t("… et {more} autre(s) problème(s)", more=more))
        return lines


def resolve_person(store: CallStore, ref: str | int) -> Person:
    """The person whose id (digits) or e-mail address (case ignored) is `ref`."""
    text = str(ref).strip()
    for person in people_rows.load_people(store):
        if (text.isdigit() and person.id == int(text)) or (
            person.email and person.email.casefold() == text.casefold()
        ):
            return person
    raise PersonNotFoundError(
        t("personne inconnue dans cet appel : « {text} » (id ou e-mail)", text=text)
    )


def list_people(store: CallStore, *, active_only: bool = False) -> list[Person]:
    return [p for p in people_rows.load_people(store) if p.active or not active_only]


def person_json(p: Person) -> dict[str, object]:
    """What `ptce people list --json` gives of a person."""
    return {
        "id": p.id, "name": p.name, "institution": p.institution, "email": p.email,
        "roles": [r.value for r in roles_of(p)] + (["expert"] if p.is_expert else []),
        "region": p.region, "active": p.active, "inactive_reason": p.inactive_reason,
        "certificate_sha256": p.certificate_sha256,
    }  # fmt: skip


# -- one person ---------------------------------------------------------------------------------


def _roles(roles: Sequence[Role | str]) -> list[Role]:
    try:
        found = [r if isinstance(r, Role) else parse_role(r) for r in roles]
    except RoleError as exc:
        raise InvalidPersonError(text_of(exc)) from None
    if not found:
        raise InvalidPersonError("indiquez au moins un rôle (" + ", ".join(Role) + ")")
    return list(dict.fromkeys(found))


def _checked(
    store: CallStore,
    person: Person,
    *,
    name: str,
    institution: str,
    email: str,
    roles: Sequence[Role | str],
    region: str,
    is_expert: bool,
) -> Person:
    name, email = " ".join(name.split()), email.strip()
    if not name:
        raise InvalidPersonError(t("le nom est obligatoire"))
    problem = email_problem(email)
    if problem:
        raise InvalidPersonError(problem)
    for other in people_rows.load_people(store):
        if other.id != person.id and other.email.casefold() == email.casefold():
            raise DuplicateEmailError(
                t(
                    "l'adresse {email} est déjà celle de {name} (id {id})",
                    email=email,
                    name=other.name,
                    id=other.id,
                )
            )
    place = normalize_region(region)
    if place is None:
        raise InvalidPersonError(
            t("région ou département « {region} » inconnu", region=region.strip())
        )
    person.name, person.institution, person.email = name, " ".join(institution.split()), email
    person.region, person.is_expert = place, is_expert
    set_roles(person, _roles(roles))
    return person


def add_person(
    store: CallStore,
    *,
    name: str,
    institution: str = "",
    email: str,
    roles: Sequence[Role | str],
    region: str = "",
    is_expert: bool = False,
    certificate: Path | None = None,
    fingerprint: str = "",
) -> Person:
    """`certificate`: the signing certificate's file; else `fingerprint`, its SHA-256 typed."""
    person = _checked(
        store, Person(name=""), name=name, institution=institution, email=email, roles=roles,
        region=region, is_expert=is_expert,
    )  # fmt: skip
    person.certificate_sha256 = (
        certificate_fingerprint(certificate)
        if certificate is not None
        else normal_fingerprint(fingerprint)
    )
    with store.transaction(f"personne ajoutée : {person.name}"):
        people_rows.insert_people(store, [person])
    return person


def edit_person(
    store: CallStore,
    *,
    person_id: int,
    name: str,
    institution: str,
    email: str,
    roles: Sequence[Role | str],
    region: str = "",
    is_expert: bool = False,
    fingerprint: str | None = None,
) -> Person:
    """`fingerprint`: the signing certificate's SHA-256 ('' removes it; None keeps it)."""
    person = resolve_person(store, person_id)
    _checked(
        store, person, name=name, institution=institution, email=email, roles=roles,
        region=region, is_expert=is_expert,
    )  # fmt: skip
    if fingerprint is not None:
        person.certificate_sha256 = normal_fingerprint(fingerprint)
    with store.transaction(f"personne modifiée : {person.name}"):
        people_rows.update_person(store, person)
    return person


def deactivate_person(store: CallStore, *, person_id: int, reason: str) -> Person:
    """The person stays in the records but is no longer offered (identity, sessions, lists)."""
    reason = " ".join(reason.split())
    if not reason:
        raise InvalidPersonError(t("indiquez le motif de la désactivation"))
    person = resolve_person(store, person_id)
    person.active, person.inactive_reason = False, reason
    with store.transaction(f"personne désactivée : {person.name} ({reason})"):
        people_rows.update_person(store, person)
    return person


def reactivate_person(store: CallStore, *, person_id: int) -> Person:
    person = resolve_person(store, person_id)
    person.active, person.inactive_reason = True, ""
    with store.transaction(f"personne réactivée : {person.name}"):
        people_rows.update_person(store, person)
    return person


_USES = {
    "chaired": "a présidé {n} séance(s)",
    "secretary": "a été secrétaire de {n} séance(s)",
    "attendance": "figure dans les présences de {n} séance(s)",
    "reviews": "a {n} évaluation(s)",
    "annotations": "a {n} annotation(s)",
    "conflicts": "a {n} déclaration(s) de conflit d'intérêts",
}


def delete_person(store: CallStore, *, person_id: int) -> None:
    """Only a person tied to nothing (a typo, a double): otherwise PersonInUseError."""
    person = resolve_person(store, person_id)
    uses = [
        _USES[k].format(n=n)
        for k, n in people_rows.person_uses(store, stored_id(person)).items()
        if n
    ]
    if uses:
        raise PersonInUseError(
            t(
                "{name} ne peut pas être supprimé(e) : {uses} ; désactivez cette "
                "personne plutôt, en indiquant le motif",
                name=person.name,
                uses=", ".join(uses),
            )
        )
    with store.transaction(f"personne supprimée : {person.name}"):
        people_rows.delete_person(store, stored_id(person))


# -- signing certificates -----------------------------------------------------------------------


MAX_CERTIFICATE_BYTES = 1 << 20  # a certificate is a few kilobytes
PRIVATE_KEY_SUFFIXES = (".p12", ".pfx")


def certificate_fingerprint(path: Path) -> str:
    """SHA-256 of the DER of an X.509 certificate given as PEM or DER."""
    from cryptography import x509
    from cryptography.hazmat.primitives.serialization import Encoding

    path = Path(path)
    if path.suffix.lower() in PRIVATE_KEY_SUFFIXES:
        raise InvalidCertificateError(
            t(
                "{name} : un fichier PKCS#12 contient aussi la clé privée de son "
                "titulaire ; demandez-lui son certificat seul (.pem, .crt ou .cer)",
                name=path.name,
            )
        )
    try:
        with path.open("rb") as f:
            data = f.read(MAX_CERTIFICATE_BYTES + 1)
    except OSError as exc:
        raise InvalidCertificateError(
            t("{name} : lecture impossible ({strerror})", name=path.name, strerror=exc.strerror)
        ) from None
    if len(data) > MAX_CERTIFICATE_BYTES:
        raise InvalidCertificateError(t("{name} : trop grand pour un certificat", name=path.name))
    try:
        cert = (
            x509.load_pem_x509_certificate(data)
            if data.lstrip().startswith(b"-----BEGIN")
            else x509.load_der_x509_certificate(data)
        )
    except ValueError:
        raise InvalidCertificateError(
            t("{name} : ce n'est pas un certificat X.509 (PEM ou DER)", name=path.name)
        ) from None
    return hashlib.sha256(cert.public_bytes(Encoding.DER)).hexdigest()


def normal_fingerprint(text: str) -> str:
    """A SHA-256 fingerprint as typed or pasted (any case, with colons or spaces) as 64
    lower-case hexadecimal digits; '' for none."""
    digits = "".join(text.split()).replace(":", "").lower()
    if digits and not re.fullmatch(r"[0-9a-f]{64}", digits):
        raise InvalidCertificateError(
            t(
                "certificat de signature : « {text} » n'est pas une empreinte SHA-256 "
                "(64 chiffres hexadécimaux attendus)",
                text=text.strip()[:80],
            )
        )
    return digits


# -- import -------------------------------------------------------------------------------------


@dataclass(slots=True)
class PeoplePlan:
    source: Path
    parsed: ParsedPeople

    @property
    def people(self) -> list[Person]:
        return self.parsed.people

    @property
    def ok(self) -> bool:
        return self.parsed.ok

    def summary(self) -> Message:
        return t("{n} personne(s) à ajouter", n=len(self.people))


@dataclass(slots=True, frozen=True)
class PeopleImportResult:
    added: int
    backup: Path

    def summary(self) -> Message:
        return t("{n} personne(s) ajoutée(s)", n=self.added)


def plan_people_import(store: CallStore, source: Path) -> PeoplePlan:
    """Read and check the source against the call's people; writes nothing."""
    source = Path(source)
    parsed = read_people(source)
    taken = {p.email.casefold(): p for p in people_rows.load_people(store) if p.email}
    for p in list(parsed.people):
        other = taken.get(p.email.casefold())
        if other is not None:
            where, row = parsed.rows[p.email.casefold()]
            taken_by = t(
                "adresse {email} déjà celle de {name} (id {id}) dans le fichier d'appel",
                email=p.email, name=other.name, id=other.id,
            )  # fmt: skip
            parsed.problems.error(where, row, parsed.email_header, p.email, taken_by)
            parsed.people.remove(p)
    return PeoplePlan(source, parsed)


def apply_people_import(store: CallStore, plan: PeoplePlan) -> PeopleImportResult:
    """All or nothing, after a backup; PeopleImportRefused (nothing written) on any problem."""
    problems = plan.parsed.problems
    if not plan.ok:
        raise PeopleImportRefused(plan.source, problems.errors, problems.errors_total)
    backup = store.backup("avant-import-personnes")
    with store.transaction(f"import des personnes de {plan.source.name}"):
        taken = {p.email.casefold() for p in people_rows.load_people(store)}
        late = [p for p in plan.people if p.email.casefold() in taken]
        if late:  # someone added them since the plan was made
            raise PeopleImportRefused(
                plan.source,
                [Problem(plan.source.name, None, "email", p.email, f"adresse {p.email} déjà "
                         "présente dans le fichier d'appel") for p in late],
                len(late),
            )  # fmt: skip
        people_rows.insert_people(store, plan.people)
    return PeopleImportResult(added=len(plan.people), backup=backup)


def import_people(store: CallStore, source: Path) -> PeopleImportResult:
    return apply_people_import(store, plan_people_import(store, source))


def register_certificate(store: CallStore, *, person_id: int, certificate: Path) -> str:
    """Record a person's signing certificate (its fingerprint); returns the fingerprint."""
    person = resolve_person(store, person_id)
    person.certificate_sha256 = certificate_fingerprint(certificate)
    with store.transaction(f"certificat de signature enregistré : {person.name}"):
        people_rows.update_person(store, person)
    return person.certificate_sha256


def certificate_belongs(signature: SignatureCheck, person: Person) -> bool:
    """Is the certificate of `signature` the person's: same e-mail address (subject or
    rfc822Name), or the fingerprint registered for the person?"""
    if person.email and person.email.strip().casefold() in signature.emails:
        return True
    fingerprint = hashlib.sha256(signature.certificate).hexdigest()
    return bool(person.certificate_sha256) and fingerprint == person.certificate_sha256
