"""A whole session through the real widgets: agenda, attendance with a proxy, a recusal, five
decisions (one refused for taking a funder past its share), closing; the projector follows and
never shows the private notes."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from ptce_desktop.domain.model import AttendanceStatus, Outcome, SessionState
from ptce_desktop.gui.uiloader import child
from ptce_desktop.gui.views.session_window import SessionWindow
from ptce_desktop.services import deliberation as delib
from ptce_desktop.store.db import CallStore


@pytest.fixture(scope="module")
def reviewed_master(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from ptce_desktop.services.demo import make_demo

    path = tmp_path_factory.mktemp("review") / "review.ptce"
    store = make_demo(path, dossiers=30, seed=2013, stage="review")
    # A smaller call, like the later ones: 600 k€, of which 80 k€ from the other ministries.
    with store, store.transaction("test : enveloppe de 600 000 €"):
        store.conn.execute("UPDATE calls SET envelope = 600000")
        for code, amount in (("METL", 400_000), ("ETAT-AUTRES", 80_000), ("CDC", 120_000)):
            store.conn.execute("UPDATE funders SET amount = ? WHERE code = ?", (amount, code))
    return path


@pytest.fixture
def window(
    qtbot, gui_app, reviewed_master: Path, tmp_path: Path, error_dialogs
) -> Iterator[SessionWindow]:  # type: ignore[no-untyped-def]
    """The session window on a demo call reviewed but not yet deliberated."""
    path = tmp_path / "appel.ptce"
    shutil.copyfile(reviewed_master, path)
    store = CallStore.open(path, actor="Testeur")
    w = SessionWindow(store)
    qtbot.addWidget(w)
    w.show()
    yield w
    w.close()
    store.close()


def click(qtbot, window: SessionWindow, name: str) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(child(window, QPushButton, name), Qt.MouseButton.LeftButton)


def decide(qtbot, w: SessionWindow, outcome: Outcome, **fields) -> None:  # type: ignore[no-untyped-def]
    form = w.form
    form.outcome.setCurrentIndex(form.outcome.findData(outcome.value))
    if "amount" in fields:
        form.amount.setValue(fields["amount"])
    votes = fields.get("votes", (form.votes_for.maximum(), 0, 0))
    form.votes_for.setValue(votes[0])
    form.votes_against.setValue(votes[1])
    form.votes_abstain.setValue(votes[2])
    if "casting" in fields:
        form.casting.setCurrentIndex(form.casting.findData(fields["casting"]))
    form.reasons.setPlainText(fields.get("reasons", ""))
    form.conditions.setPlainText(fields.get("conditions", ""))
    form.override.setText(fields.get("override", ""))
    click(qtbot, w, "saveDecisionButton")


def test_a_whole_session(qtbot, window: SessionWindow, error_dialogs) -> None:  # type: ignore[no-untyped-def]
    w = window
    assert w.session_id is None
    # A new session with the ranked dossiers; keep five on the agenda.
    click(qtbot, w, "newSessionButton")
    assert w.report is not None and w.report.state is SessionState.PLANNED
    assert len(w.report.agenda) > 5
    while len(w.report.agenda) > 5:
        w.agenda_edit_table.selectRow(5)
        click(qtbot, w, "removeFromAgendaButton")
    assert len(w.report.agenda) == 5

    # Opening without attendance is refused; then all present, one represented, one excused.
    click(qtbot, w, "openButton")
    assert error_dialogs and "présences" in error_dialogs[-1][1]
    click(qtbot, w, "allPresentButton")
    members = [a.person_id for a in w.report.attendance]
    w.attendance.set_status(members[-1], AttendanceStatus.EXCUSED)
    w.attendance.set_status(members[-2], AttendanceStatus.REPRESENTED, holder=members[1])
    q = w.report.quorum
    assert (q.present, q.represented, q.members) == (len(members) - 2, 1, len(members))
    assert "quorum atteint" in w.quorum_label.text()
    # A second proxy for the same holder is refused and not written.
    w.attendance.set_status(members[-3], AttendanceStatus.REPRESENTED, holder=members[1])
    assert "plus d'un mandat" in w.attendance_message.text()
    assert w.report.quorum.represented == 1
    click(qtbot, w, "openButton")
    assert w.report.state is SessionState.OPEN

    # The projector follows the secretariat's window.
    w.projector_button.setChecked(True)
    assert w.meeting.isVisible()
    assert w.report.agenda[0].pole_name in w.meeting.title.text()

    # Item 1: a member declares an interest and leaves; tie decided by the chair.
    entry = w.current_entry()
    voters_before = entry.voters
    recused_before = {r.person_id for r in entry.recused}
    # Not members[1], who holds a proxy and would leave with it.
    member = next(m for m in members[2:6] if m not in recused_before)
    w.recusal_person.setCurrentIndex(w.recusal_person.findData(member))
    w.recusal_reason.setText("administrateur d'une structure membre du pôle")
    click(qtbot, w, "addRecusalButton")
    entry = w.current_entry()
    assert member in {r.person_id for r in entry.recused}
    assert entry.voters == voters_before - 1
    assert "quitte" in w.meeting.recusal.text()
    half = entry.voters // 2
    decide(qtbot, w, Outcome.DEFERRED, votes=(half, half, entry.voters - 2 * half), casting=True)
    decision = w.report.agenda[0].decision
    assert decision is not None and decision.casting_vote_used

    # Item 2: selected for the amount requested, split in proportion: accepted. Then its
    # split edited to put it all on the other ministries (80 k€): refused, nothing written.
    w.step(1)
    assert w.position == 2
    entry = w.current_entry()
    amount = min(entry.amount_requested, w.call.grant_max)
    decide(qtbot, w, Outcome.SELECTED, amount=amount)  # the proportional split: accepted
    assert w.report.agenda[1].decision is not None
    w.form.amount.setValue(amount)
    for code, spin in w.form.split.items():
        spin.setValue(amount if code == "ETAT-AUTRES" else 0)
    assert "ETAT-AUTRES" in w.gauges.exceeded()  # red before anything is written
    click(qtbot, w, "saveDecisionButton")
    assert "Dépassement de l'enveloppe" in w.form.message.text()
    assert w.report.agenda[1].decision.split.get("ETAT-AUTRES", 0) < amount  # unchanged
    click(qtbot, w, "proposeSplitButton")
    assert not w.gauges.exceeded()
    click(qtbot, w, "saveDecisionButton")
    assert "enregistrée" in w.form.message.text()

    # Item 3: selected with conditions, for a reduced amount, which needs reasons.
    w.step(1)
    decide(qtbot, w, Outcome.SELECTED_WITH_CONDITIONS, amount=80_000,
           conditions="Convention de mutualisation signée par tous les membres.")  # fmt: skip
    assert "motivé" in w.form.message.text()
    decide(qtbot, w, Outcome.SELECTED_WITH_CONDITIONS, amount=80_000,
           reasons="Dépenses de fonctionnement partiellement retenues.",
           conditions="Convention de mutualisation signée par tous les membres.")  # fmt: skip
    assert w.report.agenda[2].decision.amount_granted == 80_000

    # Items 4 and 5: a refusal needs reasons.
    w.step(1)
    decide(qtbot, w, Outcome.NOT_SELECTED)
    assert "motivé" in w.form.message.text()
    decide(qtbot, w, Outcome.NOT_SELECTED, reasons="Coopération encore déclarative.")

    # A private note stays off the projector.
    w.note_edit.setText("Vérifier la délibération de la région avant la notification.")
    w.note_edit.returnPressed.emit()
    assert "Vérifier la délibération" in w.notes.toPlainText()

    # Closing needs every item decided.
    click(qtbot, w, "closeButton")
    assert "sans décision" in error_dialogs[-1][1]
    w.step(1)
    assert w.position == 5
    decide(qtbot, w, Outcome.NOT_SELECTED, votes=(7, 2, 0), reasons="Modèle économique fragile.")
    assert w.report.agenda[4].decision is not None
    projected = " ".join(
        label.text() for label in (w.meeting.title, w.meeting.facts, w.meeting.side,
                                   w.meeting.recusal, w.meeting.decision)
    )  # fmt: skip
    assert "Vérifier la délibération" not in projected
    assert "non retenu" in w.meeting.decision.text()
    click(qtbot, w, "closeButton")
    assert w.report.state is SessionState.CLOSED
    assert not w.form.save.isEnabled() or not w.form.save.parentWidget().isEnabled()

    report = delib.session_report(w.store, w.session_id)
    assert [e.decision is not None for e in report.agenda] == [True] * 5
    assert report.agenda[0].recused and report.agenda[0].decision.casting_vote_used


def test_menu_opens_the_session_window_on_the_demo_session(qtbot, main_window) -> None:  # type: ignore[no-untyped-def]
    main_window.action("actionSessions").trigger()
    w = main_window.session_window
    assert w.isVisible() and w.report is not None
    assert w.report.state is SessionState.CLOSED  # the demo's session, minutes not signed
    assert all(e.decision is not None for e in w.report.agenda)
    assert (
        not child(w, QPushButton, "saveDecisionButton").isEnabled()
        or not w.form.save.parentWidget().isEnabled()
    )
    assert w.ranking_model.cut_off_row() >= 0
    w.close()


def test_reserve_list_is_proposed_and_ranked(qtbot, window: SessionWindow, error_dialogs) -> None:  # type: ignore[no-untyped-def]
    """The dossiers the ranking puts after the cut-off come up as « liste complémentaire » with
    the next rank; a rank already given is refused; a recusal records its session."""
    w = window
    click(qtbot, w, "newSessionButton")
    click(qtbot, w, "allPresentButton")
    click(qtbot, w, "openButton")
    assert w.report is not None and w.report.state is SessionState.OPEN
    form = w.form
    inside = next(e for e in w.report.agenda if not e.ranking_reserve)
    w.go_to(inside.position)
    assert form.current_outcome() is Outcome.SELECTED and form.reserve_rank.isHidden()

    # A recusal declared here is the conflict of that session.
    member = w.recusal_person.itemData(3)
    w.recusal_person.setCurrentIndex(3)
    w.recusal_reason.setText("salariée d'une structure membre")
    click(qtbot, w, "addRecusalButton")
    (session_of_conflict,) = w.store.conn.execute(
        "SELECT session_id FROM conflicts WHERE person_id = ? AND dossier_id = ?",
        (member, inside.dossier_id),
    ).fetchone()
    assert session_of_conflict == w.session_id

    reserve = [e for e in w.report.agenda if e.ranking_reserve]
    assert 2 <= len(reserve) <= 5
    for expected_rank, entry in enumerate(reserve[:2], start=1):
        w.go_to(entry.position)
        assert form.current_outcome() is Outcome.RESERVE
        assert not form.reserve_rank.isHidden() and form.reserve_rank.value() == expected_rank
        if expected_rank == 2:  # rank 1 is taken
            form.reserve_rank.setValue(1)
            click(qtbot, w, "saveDecisionButton")
            assert "déjà celui du dossier" in form.message.text()
            assert w.report.agenda[entry.position - 1].decision is None
            form.reserve_rank.setValue(2)
        click(qtbot, w, "saveDecisionButton")
        decision = w.report.agenda[entry.position - 1].decision
        assert decision is not None and decision.outcome is Outcome.RESERVE
        assert (decision.reserve_rank, decision.amount_granted, decision.split) == (
            expected_rank,
            0.0,
            {},
        )
        assert f"rang {expected_rank}" in form.message.text()
    assert not error_dialogs
