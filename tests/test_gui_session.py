"""A whole session through the real widgets: agenda, attendance with a proxy, a recusal, five
decisions (one refused for taking a funder past its share), closing; the projector follows and
never shows the private notes."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelection, QItemSelectionModel, Qt
from PySide6.QtWidgets import QMessageBox, QPushButton

from ptce_desktop.domain.model import AttendanceStatus, Outcome, SessionState
from ptce_desktop.gui import format as fmt
from ptce_desktop.gui.uiloader import child
from ptce_desktop.gui.views import session_window
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


class Answers:
    """The questions the window asked (message boxes) and how the test answers them: by
    default the box's Cancel button."""

    def __init__(self) -> None:
        self.boxes: list[QMessageBox] = []
        self.choose = lambda box: box.button(QMessageBox.StandardButton.Cancel)

    def __call__(self, box: QMessageBox):  # type: ignore[no-untyped-def]
        self.boxes.append(box)
        return self.choose(box)

    def last(self) -> QMessageBox:
        return self.boxes[-1]


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> Answers:
    found = Answers()
    monkeypatch.setattr(session_window, "ask", found)
    return found


def new_session(qtbot, w: SessionWindow) -> None:  # type: ignore[no-untyped-def]
    """« Nouvelle séance » with what the dialog proposes: the ranked dossiers not settled."""
    click(qtbot, w, "newSessionButton")
    w.new_session_dialog.accept()


def select_rows(w: SessionWindow, rows: range) -> None:
    """One multi-selection in the agenda, as a shift-click does."""
    model, table = w.agenda_edit_model, w.agenda_edit_table
    last = model.columnCount() - 1
    table.selectionModel().select(
        QItemSelection(model.index(rows.start, 0), model.index(rows.stop - 1, last)),
        QItemSelectionModel.SelectionFlag.ClearAndSelect,
    )


def test_a_whole_session(qtbot, window: SessionWindow, error_dialogs, answers) -> None:  # type: ignore[no-untyped-def]
    w = window
    assert w.session_id is None
    # A new session with the ranked dossiers; keep five on the agenda (one multi-selection).
    new_session(qtbot, w)
    assert w.report is not None and w.report.state is SessionState.PLANNED
    assert len(w.report.agenda) > 5
    select_rows(w, range(5, len(w.report.agenda)))
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

    # Closing needs every item decided: the box says which and offers to go to the first.
    click(qtbot, w, "closeButton")
    assert "sans décision" in answers.last().text() and w.report.state is SessionState.OPEN
    assert w.report.agenda[4].numero in answers.last().text()
    answers.choose = lambda box: box.defaultButton()
    w.go_to(1)
    click(qtbot, w, "closeButton")
    assert "Aller au" in answers.last().defaultButton().text()
    assert w.position == 5
    decide(qtbot, w, Outcome.NOT_SELECTED, votes=(7, 2, 0), reasons="Modèle économique fragile.")
    assert w.report.agenda[4].decision is not None
    projected = " ".join(
        label.text() for label in (w.meeting.title, w.meeting.facts, w.meeting.side,
                                   w.meeting.recusal, w.meeting.decision)
    )  # fmt: skip
    assert "Vérifier la délibération" not in projected
    assert "non retenu" in w.meeting.decision.text()
    # All decided: closing asks first; « Annuler » leaves the session open.
    answers.choose = lambda box: box.button(QMessageBox.StandardButton.Cancel)
    click(qtbot, w, "closeButton")
    assert "Clore la séance" in answers.last().text()
    assert w.report.state is SessionState.OPEN
    answers.choose = lambda box: box.button(QMessageBox.StandardButton.Yes)
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
    new_session(qtbot, w)
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


def test_a_grant_typed_above_its_bound_is_kept_and_refused(qtbot, window: SessionWindow) -> None:  # type: ignore[no-untyped-def]
    """350000 typed in « Montant accordé » stays 350000, is marked, and saving is refused with
    a message naming the bound; nothing is written."""
    w = window
    new_session(qtbot, w)
    click(qtbot, w, "allPresentButton")
    click(qtbot, w, "openButton")
    entry = w.current_entry()
    assert entry is not None
    amount = w.form.amount
    amount.clear()
    qtbot.keyClicks(amount, "350000")
    assert amount.text() == "350000" and amount.value() == 350_000
    assert "dépasse" in amount.toolTip() and "border" in amount.styleSheet()
    decisions = w.store.conn.execute("SELECT count(*) FROM decisions").fetchone()
    click(qtbot, w, "saveDecisionButton")
    message = w.form.message.text()
    bound = min(entry.amount_requested, w.call.grant_max)
    assert "Montant accordé" in message and fmt.eur(bound).replace(" ", " ") in message
    assert w.store.conn.execute("SELECT count(*) FROM decisions").fetchone() == decisions
    assert amount.text() == "350000"
    # Votes beyond the voters are refused the same way.
    amount.setValue(bound)
    w.form.votes_for.setText("99")
    click(qtbot, w, "saveDecisionButton")
    assert "Votes pour" in w.form.message.text() and "nombre de votants" in w.form.message.text()
    assert w.store.conn.execute("SELECT count(*) FROM decisions").fetchone() == decisions


def test_agenda_cut_to_six_with_one_selection_and_moved_by_keyboard_and_drop(
    qtbot, window: SessionWindow
) -> None:  # type: ignore[no-untyped-def]
    w = window
    new_session(qtbot, w)
    before = [e.dossier_id for e in w.report.agenda]
    assert len(before) > 6
    select_rows(w, range(6, len(before)))
    click(qtbot, w, "removeFromAgendaButton")
    assert [e.dossier_id for e in w.report.agenda] == before[:6]
    # Ctrl+Bas moves the selected block (rows 0-1) one place down, still selected.
    select_rows(w, range(0, 2))
    w.agenda_edit_table.setFocus()
    qtbot.keyClick(w.agenda_edit_table, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    order = [before[2], before[0], before[1], *before[3:6]]
    assert [e.dossier_id for e in w.report.agenda] == order
    assert sorted(i.row() for i in w.agenda_edit_table.selectionModel().selectedRows()) == [1, 2]
    # Dropping row 5 before row 0 (what a drag does).
    model = w.agenda_edit_model
    data = model.mimeData([model.index(5, 0)])
    model.dropMimeData(data, Qt.DropAction.MoveAction, 0, 0, model.index(-1, -1))
    qtbot.waitUntil(lambda: w.report.agenda[0].dossier_id == order[5])
    assert [e.dossier_id for e in w.report.agenda] == [order[5], *order[:5]]


def test_new_session_asks_date_officers_and_chosen_dossiers(qtbot, window: SessionWindow) -> None:  # type: ignore[no-untyped-def]
    w = window
    click(qtbot, w, "newSessionButton")
    dialog = w.new_session_dialog
    chairs, secretaries = delib.officer_candidates(w.store)
    assert dialog.chair.count() == len(chairs) + 1
    assert dialog.secretary.count() == len(secretaries) + 1
    dialog.day.setText("31/02/2014")
    dialog.accept()
    assert "n'est pas une date" in dialog.message.text() and w.session_id is None
    dialog.day.setText("12.9.14")
    dialog.place.setText("Paris, salle 2")
    for row in (0, 3, 4):
        dialog.dossiers.item(row).setSelected(True)
    assert dialog.choice.checkedId() == 2
    dialog.accept()
    report = w.report
    assert report is not None and report.place == "Paris, salle 2"
    assert (report.date.year, report.date.month, report.date.day) == (2014, 9, 12)
    assert [e.dossier_id for e in report.agenda] == [
        dialog.ranking[r].dossier_id for r in (0, 3, 4)
    ]


def test_an_empty_committee_says_so_rather_than_zero_quorum() -> None:
    from ptce_desktop.gui.views.session_panels import quorum_html
    from ptce_desktop.services.session_data import QuorumInfo

    fields = {f: 0 for f in QuorumInfo.__dataclass_fields__}
    text = quorum_html(QuorumInfo(**{**fields, "reached": False, "note": ""}))
    assert "Aucun membre du comité enregistré" in text and "0 / 0" not in text
