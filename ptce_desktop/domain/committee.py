"""Committee rules: attendance and proxies, quorum, recusals and vote counting.

Modelled on CRPA R.133-3 to R.133-15: the quorum is half of the members present or represented;
a member holds at most one proxy; a decision needs the majority of the votes of those present or
represented, and the chair's vote decides a tie; a member with a personal interest takes no part.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass

from ..text import t
from .model import Attendance, AttendanceStatus


class CommitteeRuleError(ValueError):
    """An attendance or vote that the committee rules do not allow."""


class TooManyVotesError(CommitteeRuleError):
    """More votes cast than there are voters."""

    def __init__(self, *, cast: int, voters: int) -> None:
        super().__init__(t("{cast} voix pour {voters} votants", cast=cast, voters=voters))
        self.cast, self.voters = cast, voters


def check_attendance(
    members: Collection[int],
    attendance: Iterable[Attendance],
    *,
    names: Mapping[int, str] | None = None,
) -> None:
    """Raise CommitteeRuleError for proxies that break the rules; `names` makes the message
    name people rather than number them."""

    def who(pid: int | None) -> str:
        return (names or {}).get(pid, f"n° {pid}") if pid is not None else "?"

    by_person = {a.person_id: a for a in attendance}
    unknown = set(by_person) - set(members)
    if unknown:
        raise CommitteeRuleError(
            "personnes hors du comité : " + ", ".join(who(p) for p in sorted(unknown))
        )
    held: Counter[int] = Counter()
    for a in by_person.values():
        if a.status is AttendanceStatus.REPRESENTED:
            holder = a.proxy_holder_id
            if holder is None:
                raise CommitteeRuleError(
                    t("membre {member} représenté sans mandataire", member=who(a.person_id))
                )
            if holder == a.person_id:
                raise CommitteeRuleError(
                    t("{member} ne peut se représenter lui-même", member=who(a.person_id))
                )
            holder_att = by_person.get(holder)
            if holder_att is None or holder_att.status is not AttendanceStatus.PRESENT:
                raise CommitteeRuleError(
                    t(
                        "le mandataire de {member}, {holder}, doit être présent",
                        member=who(a.person_id),
                        holder=who(holder),
                    )
                )
            held[holder] += 1
            if held[holder] > 1:
                raise CommitteeRuleError(
                    t(
                        "le membre {holder} détient plus d'un mandat (un seul par membre)",
                        holder=who(holder),
                    )
                )
        elif a.proxy_holder_id is not None:
            raise CommitteeRuleError(
                t(
                    "membre {member} non représenté avec un mandataire",
                    member=who(a.person_id),
                )
            )


@dataclass(slots=True, frozen=True)
class Quorum:
    members: int
    present: int
    represented: int

    @property
    def counted(self) -> int:
        return self.present + self.represented

    @property
    def required(self) -> int:
        """Half of the members, rounded up."""
        return (self.members + 1) // 2

    @property
    def reached(self) -> bool:
        return self.members > 0 and 2 * self.counted >= self.members


def quorum(members: Collection[int], attendance: Iterable[Attendance]) -> Quorum:
    statuses = [a.status for a in attendance if a.person_id in members]
    return Quorum(
        members=len(members),
        present=statuses.count(AttendanceStatus.PRESENT),
        represented=statuses.count(AttendanceStatus.REPRESENTED),
    )


def voters(attendance: Iterable[Attendance], recused: Collection[int]) -> set[int]:
    """Members whose vote counts on one dossier.

    A recused member leaves the room: they vote neither for themselves nor with a proxy they
    hold, and a recused absent member is not represented on that dossier.
    """
    by_person = {a.person_id: a for a in attendance}
    result: set[int] = set()
    for pid, a in by_person.items():
        if pid in recused:
            continue
        if a.status is AttendanceStatus.PRESENT or (
            a.status is AttendanceStatus.REPRESENTED and a.proxy_holder_id not in recused
        ):
            result.add(pid)
    return result


@dataclass(slots=True, frozen=True)
class VoteResult:
    adopted: bool
    casting_vote_used: bool


def tally(
    *,
    votes_for: int,
    votes_against: int,
    votes_abstain: int,
    voter_count: int,
    chair_votes_for: bool | None = None,
) -> VoteResult:
    """Majority of the votes cast; on a tie the chair's vote decides."""
    for n in (votes_for, votes_against, votes_abstain):
        if n < 0:
            raise CommitteeRuleError(t("un nombre de voix ne peut être négatif"))
    if votes_for + votes_against + votes_abstain > voter_count:
        raise TooManyVotesError(cast=votes_for + votes_against + votes_abstain, voters=voter_count)
    if votes_for != votes_against:
        return VoteResult(adopted=votes_for > votes_against, casting_vote_used=False)
    if votes_for == 0:
        return VoteResult(adopted=False, casting_vote_used=False)
    if chair_votes_for is None:
        raise CommitteeRuleError(t("partage des voix : la voix du président doit être indiquée"))
    return VoteResult(adopted=chair_votes_for, casting_vote_used=True)


def recused_by_dossier(conflicts: Iterable[tuple[int, int]]) -> Mapping[int, set[int]]:
    """(person_id, dossier_id) pairs -> dossier_id: recused person ids."""
    result: dict[int, set[int]] = {}
    for person_id, dossier_id in conflicts:
        result.setdefault(dossier_id, set()).add(person_id)
    return result
