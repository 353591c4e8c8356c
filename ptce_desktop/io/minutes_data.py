"""What the session documents print, as plain frozen values.

A service fills these from the database; the renderers (minutes, convocation, letters) only
read them, so a document depends on nothing but this data and its SHA-256 can be computed
over the same values. Names are as they must appear ("Mme Claire Martin"), amounts in euros.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date

from ptce_desktop.domain.model import AttendanceStatus, Outcome


@dataclass(frozen=True, slots=True, kw_only=True)
class FunderLine:
    """One funder of the envelope: its share and what the session granted from it."""

    code: str
    name: str
    share: float
    granted: float = 0.0  # on the whole call so far, this session included
    short_name: str = ""  # for narrow table headers; the name when empty

    @property
    def remaining(self) -> float:
        return round(self.share - self.granted, 2)


@dataclass(frozen=True, slots=True, kw_only=True)
class MemberLine:
    """A committee member and how they attended."""

    name: str
    institution: str = ""
    status: AttendanceStatus = AttendanceStatus.PRESENT
    proxy_holder: str = ""  # name of the member who holds the proxy, when represented
    role: str = ""  # "président", "secrétaire"... shown next to the name


@dataclass(frozen=True, slots=True, kw_only=True)
class QuorumLine:
    members: int
    present: int
    represented: int
    required: int
    reached: bool
    note: str = ""  # e.g. the second convocation that lifts the quorum condition

    @property
    def counted(self) -> int:
        return self.present + self.represented


@dataclass(frozen=True, slots=True, kw_only=True)
class CriterionLine:
    code: str
    label: str
    weight: float
    eliminatory_below: float | None = None
    scale_min: int = 0
    scale_max: int = 5


@dataclass(frozen=True, slots=True, kw_only=True)
class DecisionLine:
    outcome: Outcome
    amount_granted: float = 0.0
    split: Mapping[str, float] = field(default_factory=dict)  # funder code -> amount
    votes_for: int = 0
    votes_against: int = 0
    votes_abstain: int = 0
    casting_vote_used: bool = False
    reasons: str = ""
    conditions: str = ""
    envelope_override: str = ""  # justification when the grant goes beyond the envelope
    reserve_rank: int | None = None  # place on the reserve list, for Outcome.RESERVE


@dataclass(frozen=True, slots=True, kw_only=True)
class AgendaItem:
    """One dossier examined in the session; `decision` is None if it was not deliberated."""

    numero: str
    pole_name: str
    region: str
    lead_name: str
    amount_requested: float
    departement: str = ""
    weighted_score: float | None = None  # out of 100
    max_spread: float | None = None  # largest gap between rapporteurs on one criterion
    criterion_means: Mapping[str, float] = field(default_factory=dict)  # code -> mean
    recused: tuple[str, ...] = ()  # names of the members who took no part
    decision: DecisionLine | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class RankingLine:
    rank: int | None  # None: not ranked, see excluded_reason
    numero: str
    pole_name: str
    weighted_score: float | None
    amount_requested: float
    cumulated: float = 0.0
    within_envelope: bool = False
    reserve: bool = False
    excluded_reason: str = ""


@dataclass(frozen=True, slots=True, kw_only=True)
class RapporteurScores:
    """One rapporteur's grid for one dossier, for the annex."""

    numero: str
    rapporteur: str
    scores: Mapping[str, float | None] = field(default_factory=dict)  # criterion code -> score
    weighted_score: float | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class CalibrationLine:
    """A rapporteur's estimated severity, when the committee was shown calibration."""

    rapporteur: str
    reviews: int
    offset: float
    uncertainty: float


@dataclass(frozen=True, slots=True, kw_only=True)
class MinutesData:
    document_id: str
    data_sha256: str  # hex digest of the session's data, printed in every footer
    call_title: str
    ministries: tuple[str, ...]
    envelope: float
    funders: tuple[FunderLine, ...]
    session_title: str
    session_date: date
    session_time: str
    session_place: str
    chair: str
    secretary: str
    members: tuple[MemberLine, ...]
    quorum: QuorumLine
    agenda: tuple[AgendaItem, ...]
    ranking: tuple[RankingLine, ...] = ()
    criteria: tuple[CriterionLine, ...] = ()
    scores: tuple[RapporteurScores, ...] = ()
    made_at: str = ""  # town for "Fait à …, le …"; omitted when empty
    chair_title: str = "Le président / La présidente du comité"
    secretary_title: str = "Le secrétaire"
    # Set only when the session recorded that calibration was shown to the committee.
    calibration_method: str = ""
    calibration: tuple[CalibrationLine, ...] = ()


@dataclass(frozen=True, slots=True, kw_only=True)
class ConvocationData:
    """The invitation sent to the committee members before a session."""

    document_id: str
    call_title: str
    ministries: tuple[str, ...]
    session_title: str
    session_date: date
    session_time: str
    session_place: str
    chair: str
    recipients: tuple[MemberLine, ...]  # one letter each
    agenda: tuple[AgendaItem, ...]
    issued_on: date | None = None
    made_at: str = ""
    reply_to: str = ""  # secretariat contact for proxies and excuses
    chair_title: str = "Le président / La présidente du comité"


@dataclass(frozen=True, slots=True, kw_only=True)
class LetterData:
    """The letter telling one candidate what the committee decided."""

    document_id: str
    call_title: str
    ministries: tuple[str, ...]
    session_date: date
    numero: str
    pole_name: str
    lead_name: str
    amount_requested: float
    decision: DecisionLine
    funders: tuple[FunderLine, ...] = ()  # to name the funders of the split
    recipient: str = ""  # "Madame la présidente", contact person...; defaults to the lead
    address: tuple[str, ...] = ()
    issued_on: date | None = None
    made_at: str = ""
    signatory: str = ""
    signatory_title: str = ""
    contact: str = ""  # who to ask for the agreement or the reasons
    extra: tuple[str, ...] = ()  # further paragraphs, printed as given
