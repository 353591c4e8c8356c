"""Suggested conflicts of interest: a person whose institution, e-mail domain or SIRET matches
a dossier's lead structure or one of its members.

Pure matching, no I/O. A suggestion is only a proposal: someone confirms it (or not).

Names are compared as words, case and accents folded, legal forms (« association », « SAS »,
« SCIC »…) and little words (« de », « la »…) left out, so « Association Les Jardins de
Cocagne » matches « JARDINS DE COCAGNE (SCIC SA) ». A name's part in parentheses counts as an
alias (« Union régionale des Scop (URSCOP) » matches « URSCOP »). A shorter name of two words or
more matches a longer one that contains it; a one-word name must match exactly.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from .model import Dossier, Person
from .persons import fold


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())  # pragma: no mutate (at import)


LEGAL_FORMS = _words(
    "association asso sas sasu sa sarl eurl earl scic scop sccv sci sem spl gie gip snc "
    "cooperative coop societe anonyme simplifiee responsabilite limitee interet collectif "
    "fondation federation union ufr unipersonnelle cic ccas eurl ei eirl"
)
LITTLE_WORDS = _words("a au aux d de des du en et l la le les pour sur un une")
# Mail providers many people use for work: a shared domain there says nothing.
PUBLIC_MAIL_DOMAINS = _words(
    "gmail googlemail yahoo hotmail outlook live msn orange wanadoo free sfr neuf laposte "
    "aol icloud me protonmail proton gmx bbox numericable club-internet"
)
SECOND_LEVEL = _words("gouv asso com org net co presse tm nom")
MIN_SINGLE_WORD = 3  # a one-word name shorter than this is too vague to match


SET_ASIDE_LABEL = "écartée (conflit d'intérêts)"  # a review whose author declared a conflict


@dataclass(frozen=True, slots=True)
class Suggestion:
    person_id: int
    dossier_id: int
    reason: str  # French, says what matched what


@dataclass(frozen=True, slots=True)
class _Structure:
    dossier_id: int
    role: str  # « structure porteuse » or « membre »
    name: str
    siret: str
    aliases: tuple[tuple[str, ...], ...]


def name_words(text: str) -> tuple[str, ...]:
    """The significant words of a name: folded, legal forms and little words left out."""
    words = re.findall(r"[a-z0-9]+", fold(text))
    return tuple(w for w in words if w not in LEGAL_FORMS and w not in LITTLE_WORDS)


def aliases(name: str) -> tuple[tuple[str, ...], ...]:
    """The word sequences a name goes by: whole, without its parentheses, and each part in
    parentheses."""
    parts = [name, re.sub(r"\([^)]*\)", " ", name), *re.findall(r"\(([^)]*)\)", name)]
    found: list[tuple[str, ...]] = []
    for part in parts:
        words = name_words(part)
        if words and words not in found:
            found.append(words)
    return tuple(found)


def _contains(longer: tuple[str, ...], shorter: tuple[str, ...]) -> bool:
    n = len(shorter)
    return any(longer[i : i + n] == shorter for i in range(len(longer) - n + 1))


def names_match(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    if a == b:
        return len(a) > 1 or len(a[0]) >= MIN_SINGLE_WORD
    shorter, longer = (a, b) if len(a) < len(b) else (b, a)
    return len(shorter) >= 2 and _contains(longer, shorter)


def mail_domain_key(email: str) -> str | None:
    """The telling part of an address's domain (« jardins-cocagne » of
    « x@mail.jardins-cocagne.org »), without hyphens; None for public mail providers."""
    if "@" not in email:
        return None
    labels = email.rsplit("@", 1)[1].lower().strip().split(".")[:-1]  # no top-level domain
    while len(labels) > 1 and labels[-1] in SECOND_LEVEL:  # x.gouv.fr, x.asso.fr
        labels.pop()
    if not labels or labels[-1] in PUBLIC_MAIL_DOMAINS or labels[-1] in SECOND_LEVEL:
        return None
    label = labels[-1]
    key = re.sub(r"[^a-z0-9]", "", fold(label))
    return key if len(key) >= 4 else None


def siret_digits(text: str) -> str | None:
    """The digits when `text` is a SIRET (14) or a SIREN (9), spaces allowed; else None."""
    digits = re.sub(r"[\s.\-\u00a0\u202f]", "", text)
    return digits if digits.isdigit() and len(digits) in (9, 14) else None


def _structures(dossier: Dossier) -> Iterable[_Structure]:
    assert dossier.id is not None
    yield _Structure(
        dossier.id, "structure porteuse", dossier.lead_name, dossier.lead_siret,
        aliases(dossier.lead_name),
    )  # fmt: skip
    for m in dossier.members:
        yield _Structure(dossier.id, "membre", m.name, m.siret, aliases(m.name))


def _reasons(person: Person, index: _Index) -> dict[int, str]:
    """structure index -> why it matches the person (the first reason of each kind)."""
    institution = person.institution.strip()
    found: dict[int, str] = {}
    digits = siret_digits(institution)
    if digits is not None:
        for i in index.by_siren.get(digits[:9], ()):
            s = index.structures[i]
            found[i] = f"SIRET {institution} = {s.role} « {s.name} » ({s.siret})"
        return found
    for mine in aliases(institution):
        hits: set[int] = set()
        # A structure's name equal to the institution, or of two words or more inside it.
        for n in range(1, len(mine) + 1):
            for start in range(len(mine) - n + 1):
                part = mine[start : start + n]
                if (part == mine and names_match(mine, mine)) or n >= 2:
                    hits |= index.by_alias.get(part, set())
        # The institution (two words or more) inside a structure's longer name.
        if len(mine) >= 2:
            common = set.intersection(*sorted((index.by_word.get(w, set()) for w in mine), key=len))
            hits |= {i for i in common if any(names_match(mine, b) for b in index.aliases[i])}
        for i in hits:
            s = index.structures[i]
            found.setdefault(i, f"institution « {institution} » ≈ {s.role} « {s.name} »")
    key = mail_domain_key(person.email)
    if key is not None:
        for i in index.by_joined.get(key, ()):
            s = index.structures[i]
            found.setdefault(i, f"domaine de courriel de {person.email} ≈ {s.role} « {s.name} »")
    return found


@dataclass(slots=True)
class _Index:
    structures: list[_Structure]
    aliases: list[tuple[tuple[str, ...], ...]]
    by_alias: dict[tuple[str, ...], set[int]]
    by_word: dict[str, set[int]]
    by_joined: dict[str, set[int]]
    by_siren: dict[str, set[int]]


def _index(dossiers: Sequence[Dossier]) -> _Index:
    structures = [s for d in dossiers for s in _structures(d)]
    index = _Index(structures, [s.aliases for s in structures], {}, {}, {}, {})
    for i, s in enumerate(structures):
        for words in s.aliases:
            index.by_alias.setdefault(words, set()).add(i)
            index.by_joined.setdefault("".join(words), set()).add(i)
            for w in words:
                index.by_word.setdefault(w, set()).add(i)
        if s.siret:
            index.by_siren.setdefault(s.siret[:9], set()).add(i)
    return index


def suggest_conflicts(
    people: Sequence[Person],
    dossiers: Sequence[Dossier],
    *,
    known: Iterable[tuple[int, int]] = (),
) -> list[Suggestion]:
    """One suggestion per (person, dossier) that matches and is not in `known` (conflicts
    already declared, or dismissed): the first reason found, by person then dossier order."""
    skip = set(known)
    index = _index(dossiers)
    out: list[Suggestion] = []
    for p in people:
        assert p.id is not None
        seen: set[int] = set()
        for i, reason in sorted(_reasons(p, index).items()):
            dossier_id = index.structures[i].dossier_id
            if dossier_id not in seen and (p.id, dossier_id) not in skip:
                seen.add(dossier_id)
                out.append(Suggestion(p.id, dossier_id, reason))
    return out
