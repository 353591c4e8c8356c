import pytest

from ptce_desktop.domain.committee import (
    CommitteeRuleError,
    VoteResult,
    check_attendance,
    quorum,
    recused_by_dossier,
    tally,
    voters,
)
from ptce_desktop.domain.model import Attendance, AttendanceStatus

P, R, E = AttendanceStatus.PRESENT, AttendanceStatus.REPRESENTED, AttendanceStatus.EXCUSED
MEMBERS = [1, 2, 3, 4, 5, 6]


def att(pid: int, status: AttendanceStatus, holder: int | None = None) -> Attendance:
    return Attendance(person_id=pid, status=status, proxy_holder_id=holder)


def test_quorum_counts_present_and_represented():
    a = [att(1, P), att(2, P), att(3, R, 1), att(4, E), att(5, E), att(6, E)]
    q = quorum(MEMBERS, a)
    assert (q.present, q.represented, q.required) == (2, 1, 3)
    assert q.reached


def test_quorum_not_reached_below_half():
    a = [att(1, P), att(2, P), att(3, E), att(4, E), att(5, E), att(6, E)]
    assert not quorum(MEMBERS, a).reached


def test_quorum_with_odd_membership_needs_half_rounded_up():
    a = [att(1, P), att(2, P), att(3, E), att(4, E), att(5, E)]
    assert not quorum([1, 2, 3, 4, 5], a).reached
    a[2] = att(3, R, 1)
    assert quorum([1, 2, 3, 4, 5], a).reached


def test_one_proxy_per_member():
    a = [att(1, P), att(2, R, 1), att(3, R, 1)]
    with pytest.raises(CommitteeRuleError, match="plus d'un mandat"):
        check_attendance(MEMBERS, a)


def test_proxy_holder_must_be_present():
    with pytest.raises(CommitteeRuleError, match="doit être présent"):
        check_attendance(MEMBERS, [att(1, E), att(2, R, 1)])


def test_represented_needs_a_holder_and_not_oneself():
    with pytest.raises(CommitteeRuleError, match="sans mandataire"):
        check_attendance(MEMBERS, [att(2, R)])
    with pytest.raises(CommitteeRuleError, match="lui-même"):
        check_attendance(MEMBERS, [att(2, R, 2)])


def test_valid_attendance_passes():
    check_attendance(MEMBERS, [att(1, P), att(2, R, 1), att(3, P), att(4, R, 3), att(5, E)])


def test_recusal_removes_a_voter_and_the_proxy_they_hold():
    a = [att(1, P), att(2, R, 1), att(3, P), att(4, E)]
    assert voters(a, recused=set()) == {1, 2, 3}
    assert voters(a, recused={3}) == {1, 2}
    # Member 1 recused leaves the room with the proxy of member 2.
    assert voters(a, recused={1}) == {3}


def test_tally_majority_of_votes_cast():
    r = tally(votes_for=4, votes_against=2, votes_abstain=1, voter_count=7)
    assert r.adopted and not r.casting_vote_used
    r = tally(votes_for=2, votes_against=4, votes_abstain=0, voter_count=7)
    assert not r.adopted


def test_tally_tie_is_decided_by_the_chair():
    r = tally(votes_for=3, votes_against=3, votes_abstain=0, voter_count=6, chair_votes_for=True)
    assert r.adopted and r.casting_vote_used
    r = tally(votes_for=3, votes_against=3, votes_abstain=0, voter_count=6, chair_votes_for=False)
    assert not r.adopted and r.casting_vote_used
    with pytest.raises(CommitteeRuleError, match="président"):
        tally(votes_for=3, votes_against=3, votes_abstain=0, voter_count=6)


def test_tally_refuses_more_votes_than_voters():
    with pytest.raises(CommitteeRuleError, match="votants"):
        tally(votes_for=4, votes_against=3, votes_abstain=0, voter_count=6)


def test_rule_messages_name_people_when_names_are_given():
    names = {1: "Claire Martin", 2: "Paul Durand", 3: "Anne Roux"}
    with pytest.raises(CommitteeRuleError, match="Claire Martin détient plus d'un mandat"):
        check_attendance(MEMBERS, [att(1, P), att(2, R, 1), att(3, R, 1)], names=names)


def test_represented_member_votes_through_a_holder_who_is_not_recused():
    a = [att(1, P), att(2, R, 1), att(3, P), att(4, R, 3)]
    # Member 2 recused: their proxy holder 1 still votes for themself only.
    assert voters(a, recused={2}) == {1, 3, 4}
    assert quorum(MEMBERS, a).counted == 4


def test_tally_abstentions_do_not_count_against():
    r = tally(votes_for=2, votes_against=1, votes_abstain=4, voter_count=7)
    assert r.adopted
    assert not tally(votes_for=0, votes_against=0, votes_abstain=5, voter_count=5).adopted


def test_an_unknown_person_in_the_attendance_is_refused_by_name_or_number():
    with pytest.raises(CommitteeRuleError) as e:
        check_attendance([1, 2], [att(1, P), att(9, P), att(7, E)], names={9: "Jean Inconnu"})
    assert str(e.value) == "personnes hors du comité : n° 7, Jean Inconnu"


def test_each_attendance_refusal_names_the_member():
    names = {1: "Claire Martin", 2: "Paul Durand", 3: "Anne Roux"}
    cases = [
        ([att(2, R)], "membre Paul Durand représenté sans mandataire"),
        ([att(2, R, 2)], "Paul Durand ne peut se représenter lui-même"),
        (
            [att(1, E), att(2, R, 1)],
            "le mandataire de Paul Durand, Claire Martin, doit être présent",
        ),
        ([att(2, R, 5)], "le mandataire de Paul Durand, n° 5, doit être présent"),
        ([att(1, P), att(2, P, 1)], "membre Paul Durand non représenté avec un mandataire"),
        ([att(1, P), att(2, E, 1)], "membre Paul Durand non représenté avec un mandataire"),
    ]
    for attendance, message in cases:
        with pytest.raises(CommitteeRuleError) as e:
            check_attendance(MEMBERS, attendance, names=names)
        assert str(e.value) == message


def test_a_represented_member_holding_a_proxy_is_refused():
    # 2 is represented by 1 and would hold 3's proxy: a proxy holder must be present.
    with pytest.raises(CommitteeRuleError, match="le mandataire de n° 3, n° 2, doit être présent"):
        check_attendance(MEMBERS, [att(1, P), att(2, R, 1), att(3, R, 2)])


def test_quorum_ignores_people_outside_the_committee_and_counts_exactly_half():
    a = [att(1, P), att(2, R, 1), att(8, P), att(9, P)]
    q = quorum([1, 2, 3, 4], a)
    assert (q.members, q.present, q.represented, q.counted, q.required) == (4, 1, 1, 2, 2)
    assert q.reached
    assert not quorum([1, 2, 3, 4], [att(1, P)]).reached
    assert not quorum([], []).reached


def test_excused_members_do_not_vote_and_a_recused_absent_member_is_not_represented():
    a = [att(1, P), att(2, R, 1), att(3, E), att(4, R, 5), att(5, P)]
    assert voters(a, recused=set()) == {1, 2, 4, 5}
    assert voters(a, recused={4}) == {1, 2, 5}
    assert voters(a, recused={5}) == {1, 2}


def test_abstentions_count_towards_the_voters():
    with pytest.raises(CommitteeRuleError) as e:
        tally(votes_for=2, votes_against=1, votes_abstain=4, voter_count=6)
    assert str(e.value) == "7 voix pour 6 votants"
    with pytest.raises(CommitteeRuleError, match=r"^4 voix pour 3 votants$"):
        tally(votes_for=1, votes_against=3, votes_abstain=0, voter_count=3)
    assert tally(votes_for=2, votes_against=1, votes_abstain=3, voter_count=6).adopted


@pytest.mark.parametrize("field", ["votes_for", "votes_against", "votes_abstain"])
def test_a_negative_count_is_refused(field):
    counts = {"votes_for": 1, "votes_against": 1, "votes_abstain": 1, field: -1}
    with pytest.raises(CommitteeRuleError) as e:
        tally(**counts, voter_count=5)
    assert str(e.value) == "un nombre de voix ne peut être négatif"


def test_tally_results_are_exact():
    assert tally(votes_for=3, votes_against=2, votes_abstain=0, voter_count=5) == VoteResult(
        adopted=True, casting_vote_used=False
    )
    assert tally(votes_for=2, votes_against=3, votes_abstain=0, voter_count=5) == VoteResult(
        adopted=False, casting_vote_used=False
    )
    # Nobody for nor against: not adopted, and the chair's vote does not come into it.
    assert tally(
        votes_for=0, votes_against=0, votes_abstain=3, voter_count=3, chair_votes_for=True
    ) == VoteResult(adopted=False, casting_vote_used=False)
    assert tally(
        votes_for=1, votes_against=1, votes_abstain=0, voter_count=2, chair_votes_for=True
    ) == VoteResult(adopted=True, casting_vote_used=True)
    with pytest.raises(CommitteeRuleError) as e:
        tally(votes_for=1, votes_against=1, votes_abstain=0, voter_count=2)
    assert str(e.value) == "partage des voix : la voix du président doit être indiquée"


def test_recused_by_dossier_groups_people_by_dossier():
    assert recused_by_dossier([(1, 10), (2, 10), (1, 11), (2, 10)]) == {10: {1, 2}, 11: {1}}
    assert recused_by_dossier([]) == {}
