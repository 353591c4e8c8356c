"""A scenario applied from « Aide à la décision » pre-fills the session window's decision form,
marked as a proposal, until the committee records a decision; a recorded decision is never
overwritten. The new-session dialog and the « Informations » tab record whether calibration
was shown to the committee (the minutes' annex 3)."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QPushButton

from ptce_desktop.domain.model import Outcome, SessionState
from ptce_desktop.domain.scenario import Parameters
from ptce_desktop.gui.uiloader import child
from ptce_desktop.gui.views.session_window import SessionWindow
from ptce_desktop.services import decision_support as support
from ptce_desktop.store.db import CallStore


@pytest.fixture(scope="module")
def reviewed_master(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from ptce_desktop.services.demo import make_demo

    path = tmp_path_factory.mktemp("proposal") / "review.ptce"
    make_demo(path, dossiers=30, seed=2013, stage="review").close()
    return path


@pytest.fixture
def window(  # type: ignore[no-untyped-def]
    qtbot, gui_app, reviewed_master: Path, tmp_path: Path, error_dialogs
) -> Iterator[SessionWindow]:
    path = tmp_path / "appel.ptce"
    shutil.copyfile(reviewed_master, path)
    store = CallStore.open(path, actor="Testeur")
    w = SessionWindow(store)
    qtbot.addWidget(w)
    w.show()
    yield w
    w.close()
    store.close()


def click(qtbot, w: SessionWindow, name: str) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(child(w, QPushButton, name), Qt.MouseButton.LeftButton)


def open_session(qtbot, w: SessionWindow, *, calibration: bool) -> None:  # type: ignore[no-untyped-def]
    click(qtbot, w, "newSessionButton")
    dialog = w.new_session_dialog
    check = dialog.findChild(QCheckBox, "calibrationShown")
    assert check is not None and not check.isChecked()  # off unless chosen
    check.setChecked(calibration)
    dialog.accept()
    click(qtbot, w, "allPresentButton")
    click(qtbot, w, "openButton")
    assert w.report is not None and w.report.state is SessionState.OPEN


def decisions(store: CallStore) -> int:
    return store.conn.execute("SELECT count(*) FROM decisions").fetchone()[0]


def test_an_applied_scenario_prefills_the_form_as_a_proposal(qtbot, window: SessionWindow) -> None:  # type: ignore[no-untyped-def]
    w = window
    open_session(qtbot, w, calibration=True)
    assert support.calibration_shown(w.store, session_id=w.session_id)
    before = decisions(w.store)
    # Before any scenario: the usual defaults, no proposal shown.
    assert w.form.proposal_note.isHidden()
    proposals = support.apply_scenario(
        w.store, session_id=w.session_id, params=Parameters(share=0.8, cutoff_rank=3)
    )
    w.refresh()
    first = w.report.agenda[0]
    p = proposals[first.numero]
    assert p.outcome == "selected" and p.amount < first.amount_requested
    form = w.form
    assert form.current_outcome() is Outcome.SELECTED
    assert form.amount.value() == pytest.approx(p.amount)
    assert form.current_split() == pytest.approx(p.split)
    assert not form.proposal_note.isHidden()
    note = form.proposal_note.text()
    assert "Proposition du scénario « 80 % des montants ; les 3 premiers »" in note
    assert "rien n'est décidé" in note
    # Nothing is decided by the proposal.
    assert w.report.agenda[0].decision is None and decisions(w.store) == before

    # An item the scenario leaves out is proposed « non retenu », its amount off.
    out = next(e for e in w.report.agenda if proposals[e.numero].outcome == "not_selected")
    w.go_to(out.position)
    assert form.current_outcome() is Outcome.NOT_SELECTED
    assert not form.amount.isEnabled()
    assert "non retenu" in form.proposal_note.text()

    # The committee votes the first one as proposed: the decision is what the form held.
    w.go_to(1)
    click(qtbot, w, "saveDecisionButton")  # a reduced amount still needs the reasons
    assert w.report.agenda[0].decision is None and "motivé" in form.message.text()
    form.reasons.setPlainText("Financé à 80 % comme les autres dossiers retenus.")
    click(qtbot, w, "saveDecisionButton")
    decision = w.report.agenda[0].decision
    assert decision is not None, form.message.text()
    assert decision.amount_granted == pytest.approx(p.amount)
    assert dict(decision.split) == pytest.approx(p.split)
    assert form.proposal_note.isHidden()

    # Another scenario applied later never overwrites the recorded decision in the form.
    support.apply_scenario(w.store, session_id=w.session_id, params=Parameters(share=0.5))
    w.refresh()
    w.go_to(1)
    assert form.amount.value() == pytest.approx(p.amount)
    assert form.proposal_note.isHidden()
    assert "Décision enregistrée" in form.message.text()
    # ... while the undecided items now show the new proposal.
    w.go_to(out.position)
    assert "50 % des montants" in form.proposal_note.text()
    assert form.current_outcome() is Outcome.SELECTED
    assert decisions(w.store) == before + 1


def test_calibration_setting_in_the_session_window(qtbot, window: SessionWindow) -> None:  # type: ignore[no-untyped-def]
    w = window
    open_session(qtbot, w, calibration=False)
    assert not support.calibration_shown(w.store, session_id=w.session_id)
    assert not w.calibration.isChecked()
    w.calibration.setChecked(True)
    click(qtbot, w, "saveSettingsButton")
    assert support.calibration_shown(w.store, session_id=w.session_id)
    w.reload_sessions(select=w.session_id)
    assert w.calibration.isChecked()


def test_applying_a_scenario_from_its_window_prefills_the_open_session_window(  # type: ignore[no-untyped-def]
    qtbot, gui_app, reviewed_master: Path, tmp_path: Path, error_dialogs
) -> None:
    from datetime import date

    from ptce_desktop.domain.model import Attendance, AttendanceStatus
    from ptce_desktop.gui.main_window import MainWindow
    from ptce_desktop.gui.views.decision_support_window import open_decision_support
    from ptce_desktop.services import deliberation as delib
    from ptce_desktop.services.browse import SECRETARIAT
    from ptce_desktop.services.session_data import committee_members
    from tests.gui_helpers import WAIT_MS, add_main_window, open_and_wait

    path = tmp_path / "appel.ptce"
    shutil.copyfile(reviewed_master, path)
    with CallStore.open(path, actor="Secrétariat") as store:
        session_id = delib.create_session(
            store, title="Séance", day=date(2013, 11, 4), chair_id=None, secretary_id=None,
            dossier_ids=delib.default_agenda(store),
        )  # fmt: skip
        delib.set_attendance(
            store,
            session_id=session_id,
            attendance=[
                Attendance(person_id=p.id, status=AttendanceStatus.PRESENT)
                for p in committee_members(store)
            ],
        )
        delib.open_session(store, session_id=session_id, quorum_note="")
    main = MainWindow(user=SECRETARIAT)
    add_main_window(qtbot, main)
    main.show()
    open_and_wait(qtbot, main, path, error_dialogs)
    main.open_sessions()
    sessions = main.session_window
    assert sessions.session_id == session_id and sessions.form.proposal_note.isHidden()
    window = open_decision_support(main, 1)
    assert window is not None
    page = window.scenarios
    page.session.setCurrentIndex(page.session.findData(session_id))
    page.apply(1)  # the second scenario: 80 % of each amount
    qtbot.waitUntil(lambda: not sessions.form.proposal_note.isHidden(), timeout=WAIT_MS)
    assert "80 % des montants" in sessions.form.proposal_note.text()
    entry = sessions.current_entry()
    assert entry is not None and entry.decision is None
    assert sessions.form.amount.value() < entry.amount_requested
    window.close()
    sessions.close()
