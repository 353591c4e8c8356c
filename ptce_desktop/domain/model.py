"""The vocabulary of a call for projects, as plain dataclasses (no Qt, no SQL).

Codes stored in the database are English identifiers; `LABELS` give the French words the
interface and the documents show.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from typing import Protocol

from ..text import t


class MemberCategory(StrEnum):
    ESS_ENTERPRISE = "ess_enterprise"
    COMMERCIAL_ENTERPRISE = "commercial_enterprise"
    LOCAL_AUTHORITY = "local_authority"
    RESEARCH_CENTRE = "research_centre"
    HIGHER_EDUCATION = "higher_education"
    TRAINING_BODY = "training_body"
    OTHER = "other"

    @property
    def label(self) -> str:
        return MEMBER_CATEGORY_LABELS[self]


MEMBER_CATEGORY_LABELS: dict[MemberCategory, str] = {
    MemberCategory.ESS_ENTERPRISE: "entreprise ESS",
    MemberCategory.COMMERCIAL_ENTERPRISE: "entreprise commerciale",
    MemberCategory.LOCAL_AUTHORITY: "collectivité territoriale",
    MemberCategory.RESEARCH_CENTRE: "centre de recherche",
    MemberCategory.HIGHER_EDUCATION: "établissement d'enseignement supérieur",
    MemberCategory.TRAINING_BODY: "organisme de formation",
    MemberCategory.OTHER: "autre",
}


class CofundingStatus(StrEnum):
    SECURED = "secured"
    REQUESTED = "requested"

    @property
    def label(self) -> str:
        return {"secured": "acquis", "requested": "sollicité"}[self.value]


class ReviewState(StrEnum):
    DRAFT = "draft"
    SUBMITTED = "submitted"


class Opinion(StrEnum):
    FAVOURABLE = "favourable"
    RESERVED = "reserved"
    UNFAVOURABLE = "unfavourable"

    @property
    def label(self) -> str:
        return {"favourable": "favorable", "reserved": "réservé", "unfavourable": "défavorable"}[
            self.value
        ]


class AttendanceStatus(StrEnum):
    PRESENT = "present"
    REPRESENTED = "represented"
    EXCUSED = "excused"

    @property
    def label(self) -> str:
        return {"present": "présent", "represented": "représenté", "excused": "excusé"}[self.value]


class Outcome(StrEnum):
    SELECTED = "selected"
    SELECTED_WITH_CONDITIONS = "selected_with_conditions"
    RESERVE = "reserve"  # on the reserve list (« liste complémentaire »), with a rank
    DEFERRED = "deferred"
    NOT_SELECTED = "not_selected"

    @property
    def label(self) -> str:
        return OUTCOME_LABELS[self]

    @property
    def is_grant(self) -> bool:
        return self in (Outcome.SELECTED, Outcome.SELECTED_WITH_CONDITIONS)


OUTCOME_LABELS: dict[Outcome, str] = {
    Outcome.SELECTED: "retenu",
    Outcome.SELECTED_WITH_CONDITIONS: "retenu sous conditions",
    Outcome.RESERVE: "liste complémentaire",
    Outcome.DEFERRED: "ajourné",
    Outcome.NOT_SELECTED: "non retenu",
}


class SessionState(StrEnum):
    PLANNED = "planned"
    OPEN = "open"
    CLOSED = "closed"
    SIGNED = "signed"


@dataclass(slots=True, kw_only=True)
class Funder:
    code: str
    name: str
    amount: float
    group: str = ""
    id: int | None = None


@dataclass(slots=True, kw_only=True)
class Criterion:
    code: str
    label: str
    weight: float
    description: str = ""
    scale_min: int = 0
    scale_max: int = 5
    eliminatory_below: float | None = None
    position: int = 0
    id: int | None = None


@dataclass(slots=True, kw_only=True)
class EligibilitySettings:
    """Parameters of the eligibility rules a call sets."""

    min_members: int = 3
    authority_cofunding_max_each: float = 0.20
    authority_cofunding_max_total: float = 0.50
    require_authority_cofunding: bool = True
    required_attachments: tuple[str, ...] = ()
    # Rule codes (domain.eligibility.RULES) the call does not apply.
    disabled_rules: tuple[str, ...] = ()

    def enabled(self, rule: str) -> bool:
        return rule not in self.disabled_rules


@dataclass(slots=True, kw_only=True)
class Call:
    title: str
    year: int
    envelope: float
    grant_min: float
    grant_max: float
    funders: list[Funder] = field(default_factory=list)
    criteria: list[Criterion] = field(default_factory=list)
    eligibility: EligibilitySettings = field(default_factory=EligibilitySettings)
    ministries: tuple[str, ...] = ()
    template: str = ""
    # Tie-break rules after the weighted score: criterion codes (higher mean first),
    # "submitted_on" (earlier first), "amount_requested" (smaller first).
    tie_break: tuple[str, ...] = ()
    reference: str = ""  # the minutes' prefix: "PV-2013" gives PV-2013-S1
    place: str = "Paris"  # where the minutes and letters are made ("Fait à …")
    rapporteurs_per_dossier: int = 2


@dataclass(slots=True, kw_only=True)
class Member:
    name: str
    category: MemberCategory
    siret: str = ""
    role: str = ""
    id: int | None = None


@dataclass(slots=True, kw_only=True)
class Cofunding:
    funder: str
    amount: float
    funder_type: str = ""
    status: CofundingStatus = CofundingStatus.REQUESTED
    id: int | None = None


@dataclass(slots=True, kw_only=True)
class Attachment:
    filename: str
    kind: str = ""
    mime: str = "application/octet-stream"
    size: int = 0
    sha256: str = ""
    content: bytes = field(default=b"", repr=False)
    id: int | None = None


@dataclass(slots=True, kw_only=True)
class Dossier:
    numero: str
    pole_name: str
    lead_name: str
    region: str
    amount_requested: float
    lead_siret: str = ""
    lead_legal_form: str = ""
    departement: str = ""
    communes: str = ""
    sectors: tuple[str, ...] = ()
    submitted_on: date | None = None
    total_cost: float | None = None
    jobs_existing: int | None = None
    jobs_created: int | None = None
    jobs_integration: int | None = None
    pooling: str = ""
    summary: str = ""
    contact_name: str = ""
    contact_email: str = ""
    contact_phone: str = ""
    members: list[Member] = field(default_factory=list)
    cofundings: list[Cofunding] = field(default_factory=list)
    attachments: list[Attachment] = field(default_factory=list)
    id: int | None = None


@dataclass(slots=True, kw_only=True)
class Person:
    name: str
    institution: str = ""
    email: str = ""
    is_member: bool = False
    is_rapporteur: bool = False
    is_chair: bool = False
    is_secretary: bool = False
    is_secretariat: bool = False
    is_expert: bool = False
    region: str = ""  # region or département code of the person's institution
    active: bool = True
    inactive_reason: str = ""
    certificate_sha256: str = ""  # SHA-256 of the DER of the person's signing certificate
    id: int | None = None


@dataclass(slots=True, kw_only=True)
class Conflict:
    person_id: int
    dossier_id: int
    reason: str = ""


@dataclass(slots=True, kw_only=True)
class Assignment:
    person_id: int
    dossier_id: int


@dataclass(slots=True, kw_only=True)
class Score:
    criterion_code: str
    value: float | None
    comment: str = ""


@dataclass(slots=True, kw_only=True)
class Review:
    dossier_id: int
    person_id: int
    scores: list[Score] = field(default_factory=list)
    opinion: Opinion | None = None
    summary: str = ""
    state: ReviewState = ReviewState.DRAFT
    submitted_at: datetime | None = None
    id: int | None = None


@dataclass(slots=True, kw_only=True)
class Annotation:
    dossier_id: int
    person_id: int
    body: str
    shared: bool = False
    attachment_id: int | None = None
    page: int | None = None
    id: int | None = None


@dataclass(slots=True, kw_only=True)
class Attendance:
    person_id: int
    status: AttendanceStatus
    proxy_holder_id: int | None = None


@dataclass(slots=True, kw_only=True)
class Session:
    title: str
    date: date
    time: str = ""
    place: str = ""
    chair_id: int | None = None
    secretary_id: int | None = None
    state: SessionState = SessionState.PLANNED
    quorum_note: str = ""
    id: int | None = None


@dataclass(slots=True, kw_only=True)
class Decision:
    dossier_id: int
    outcome: Outcome
    amount_granted: float = 0.0
    split: dict[str, float] = field(default_factory=dict)  # funder code -> amount
    votes_for: int = 0
    votes_against: int = 0
    votes_abstain: int = 0
    casting_vote_used: bool = False
    reasons: str = ""
    conditions: str = ""
    envelope_override: str = ""
    reserve_rank: int | None = None  # the place on the reserve list, for Outcome.RESERVE


class _Stored(Protocol):
    @property
    def id(self) -> int | None: ...


def stored_id(item: _Stored) -> int:
    """The id of a record read from or written to the call file; `id` is None only on an
    object not yet written, which no caller of this function may hold."""
    if item.id is None:
        raise ValueError(t("{name} pas encore enregistré", name=type(item).__name__))
    return item.id
