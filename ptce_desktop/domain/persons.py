"""The people of a call: their roles as words, their e-mail address, their region.

Roles are the flags of `Person`; a file or a command names them by French words (accents and
case optional): `president`, `secretaire`, `membre`, `rapporteur`, `secretariat`.
"""

from __future__ import annotations

import re
import unicodedata
from enum import StrEnum

from ..text import t
from .model import Person
from .regions import find_departement, find_region


class Role(StrEnum):
    PRESIDENT = "president"
    SECRETARY = "secretaire"
    MEMBER = "membre"
    RAPPORTEUR = "rapporteur"
    SECRETARIAT = "secretariat"

    @property
    def flag(self) -> str:
        return ROLE_FLAGS[self]

    @property
    def label(self) -> str:
        return ROLE_LABELS[self]


ROLE_FLAGS: dict[Role, str] = {
    Role.PRESIDENT: "is_chair",
    Role.SECRETARY: "is_secretary",
    Role.MEMBER: "is_member",
    Role.RAPPORTEUR: "is_rapporteur",
    Role.SECRETARIAT: "is_secretariat",
}
ROLE_LABELS: dict[Role, str] = {
    Role.PRESIDENT: "président",
    Role.SECRETARY: "secrétaire",
    Role.MEMBER: "membre du comité",
    Role.RAPPORTEUR: "rapporteur",
    Role.SECRETARIAT: "secrétariat",
}
EXPERT_LABEL = "expert"

_ALIASES: dict[str, Role] = {
    **{r.value: r for r in Role},
    "presidente": Role.PRESIDENT,
    "presidence": Role.PRESIDENT,
    "chair": Role.PRESIDENT,
    "secretary": Role.SECRETARY,
    "membre du comite": Role.MEMBER,
    "member": Role.MEMBER,
    "rapporteure": Role.RAPPORTEUR,
    "rapporteuse": Role.RAPPORTEUR,
}


class RoleError(ValueError):
    """A role word that is none of the known ones; the message is French."""


def fold(text: str) -> str:
    """Lowercase without accents, blanks collapsed."""
    decomposed = unicodedata.normalize("NFKD", text).casefold()
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(plain.replace("œ", "oe").replace("æ", "ae").split())


def parse_role(word: str) -> Role:
    found = _ALIASES.get(fold(word).replace("-", " "))
    if found is None:
        expected = ", ".join(r.value for r in Role)
        raise RoleError(
            t(
                "rôle « {word} » inconnu (attendu : {expected})",
                word=word.strip(),
                expected=expected,
            )
        )
    return found


def parse_roles(text: str) -> tuple[Role, ...]:
    """Comma- (or semicolon-) separated role words, each once, in the order given."""
    roles: list[Role] = []
    for word in re.split(r"[,;/]", text):
        if word.strip():
            role = parse_role(word)
            if role not in roles:
                roles.append(role)
    return tuple(roles)


def roles_of(person: Person) -> tuple[Role, ...]:
    return tuple(r for r in Role if getattr(person, r.flag))


def set_roles(person: Person, roles: tuple[Role, ...] | list[Role]) -> None:
    for r in Role:
        setattr(person, r.flag, r in roles)


def role_labels(person: Person) -> list[str]:
    """The French words of a person's roles, « expert » last when set."""
    labels = [r.label for r in roles_of(person)]
    if person.is_expert:
        labels.append(EXPERT_LABEL)
    return labels


# A pragmatic check, not RFC 5322: one @, a dotted domain, no blanks.
_EMAIL = re.compile(r"^[^@\s,;<>()\[\]\"]+@[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9-]+)+$")


def email_problem(email: str) -> str | None:
    """None when `email` looks like an address, else a short French reason."""
    if not email:
        return "adresse électronique absente"
    if not _EMAIL.match(email.lower()) or ".." in email:
        return f"adresse électronique « {email} » invalide (forme attendue : nom@domaine.fr)"
    return None


def normalize_region(text: str) -> str | None:
    """A region's name, or a département's code, from what was typed; "" for nothing; None
    when it is neither."""
    text = text.strip()
    if not text:
        return ""
    region = find_region(text)
    if region is not None:
        return region
    dep = find_departement(text)
    return dep.code if dep is not None else None
