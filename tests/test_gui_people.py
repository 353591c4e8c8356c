"""Appel > Comité et rapporteurs through the real widgets: an import with a bad row shows the
problem and writes nothing; the form refuses a bad address; a conflict declared and withdrawn;
a rapporteur's « Mes dossiers »."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMenu

from ptce_desktop.gui.dialogs.conflict import ConflictDialog
from ptce_desktop.gui.views import people_window as module
from ptce_desktop.gui.views.people_import import PeopleImportDialog
from ptce_desktop.gui.views.people_window import PeopleWindow
from tests.gui_helpers import WAIT_MS, add_main_window, close_when_idle


def counts(path: Path) -> tuple[int, int, int]:
    conn = sqlite3.connect(path)
    try:
        return tuple(
            conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
            for t in ("people", "conflicts", "audit_log")
        )  # type: ignore[return-value]
    finally:
        conn.close()


def open_people(main_window) -> PeopleWindow:
    menu = main_window.menuBar().findChild(QMenu, "menuCall")
    assert menu is not None and menu.title() == "App&el"
    action = main_window.action("actionPeople")
    assert action in menu.actions()
    action.trigger()
    window = main_window.people_window
    assert window.isVisible() and window.people_model.rowCount() > 0
    return window


def test_import_with_a_bad_row_shows_row_and_column_and_writes_nothing(
    qtbot, main_window, tmp_path
):
    window = open_people(main_window)
    source = tmp_path / "personnes.csv"
    source.write_text(
        "nom;institution;email;roles;region\n"
        "Anne Rapp;DREAL;anne@example.fr;rapporteur;Bretagne\n"
        "Paul Membre;Avise;paul@example.fr;membre;Atlantide\n",
        encoding="utf-8",
    )
    before = counts(main_window.store.path)
    qtbot.mouseClick(window.findChild(type(window.save_button), "importPeopleButton"),
                     Qt.MouseButton.LeftButton)  # fmt: skip
    dialog = window.findChild(PeopleImportDialog)
    assert dialog is not None and dialog.isVisible()
    dialog.source_edit.setText(str(source))
    qtbot.keyClick(dialog.source_edit, Qt.Key.Key_Return)
    problems = dialog.problems_model.records
    assert [(p.where, p.row, p.column) for p in problems] == [("personnes.csv", 3, "region")]
    assert "Atlantide" in problems[0].message
    assert dialog.tabs.currentIndex() == 1 and not dialog.import_button.isEnabled()
    assert "Import impossible" in dialog.summary_label.text()
    assert counts(main_window.store.path) == before
    source.write_text(source.read_text(encoding="utf-8").replace("Atlantide", "75"), "utf-8")
    qtbot.keyClick(dialog.source_edit, Qt.Key.Key_Return)
    assert dialog.import_button.isEnabled() and dialog.people_model.rowCount() == 2
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert counts(main_window.store.path)[0] == before[0] + 2
    assert "anne@example.fr" in {p.email for p in window.people_model.records}


def test_the_form_refuses_a_bad_address_then_adds_the_person(qtbot, main_window):
    window = open_people(main_window)
    before = counts(main_window.store.path)
    qtbot.mouseClick(window.findChild(type(window.save_button), "newPersonButton"),
                     Qt.MouseButton.LeftButton)  # fmt: skip
    assert window.editing is None
    window.name_edit.setText("Léa Expert")
    qtbot.keyClicks(window.email_edit, "lea@")
    window.role_checks[module.Role.RAPPORTEUR].setChecked(True)
    qtbot.mouseClick(window.save_button, Qt.MouseButton.LeftButton)
    assert window.form_error.isVisible() and "invalide" in window.form_error.text()
    assert counts(main_window.store.path) == before
    window.email_edit.setText("lea@example.fr")
    qtbot.mouseClick(window.save_button, Qt.MouseButton.LeftButton)
    assert not window.form_error.isVisible()
    assert window.current_person().email == "lea@example.fr"
    assert counts(main_window.store.path)[0] == before[0] + 1


def test_a_conflict_declared_and_withdrawn_through_the_widgets(
    qtbot, main_window, monkeypatch: pytest.MonkeyPatch
):
    window = open_people(main_window)
    person, dossier = main_window.store.conn.execute(
        "SELECT person_id, dossier_id FROM reviews WHERE state = 'submitted' LIMIT 1"
    ).fetchone()
    assert window.select_person(person)
    before = counts(main_window.store.path)
    qtbot.mouseClick(window.findChild(type(window.save_button), "declareConflictButton"),
                     Qt.MouseButton.LeftButton)  # fmt: skip
    dialog = window.findChild(ConflictDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.person_combo.currentData() == person
    dialog.dossier_combo.setCurrentIndex(dialog.dossier_combo.findData(dossier))
    qtbot.keyClick(dialog.reason_edit, Qt.Key.Key_Return)  # no reason: refused, stays open
    assert dialog.isVisible() and "nature de l'intérêt" in dialog.error_label.text()
    assert counts(main_window.store.path)[1] == before[1]
    dialog.reason_edit.setText("administrateur du porteur")
    qtbot.keyClick(dialog.reason_edit, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    shown = window.conflicts_model.records
    assert [(c.dossier_id, c.state) for c in shown if c.dossier_id == dossier] == [
        (dossier, "declared")
    ]
    set_aside = main_window.store.conn.execute(
        "SELECT set_aside FROM reviews WHERE person_id = ? AND dossier_id = ?", (person, dossier)
    ).fetchone()[0]
    assert set_aside == 1
    row = next(i for i, c in enumerate(shown) if c.dossier_id == dossier)
    window.conflicts_table.selectRow(row)
    monkeypatch.setattr(module.QInputDialog, "getText", lambda *a, **k: ("erreur", True))
    qtbot.mouseClick(window.findChild(type(window.save_button), "withdrawConflictButton"),
                     Qt.MouseButton.LeftButton)  # fmt: skip
    entry = next(c for c in window.conflicts_model.records if c.dossier_id == dossier)
    assert (entry.state, entry.withdrawn_reason) == ("withdrawn", "erreur")


def test_a_rapporteur_sees_my_dossiers_with_progress_and_declares_for_themselves(
    qtbot, gui_app, demo_call, error_dialogs
):
    from ptce_desktop.gui.main_window import MainWindow
    from ptce_desktop.store.db import CallStore

    with CallStore.open(demo_call, actor="t") as store:
        name, pid, assigned, scored = store.conn.execute(
            "SELECT p.name, p.id, count(*), sum(r.state = 'submitted') FROM assignments a "
            "JOIN people p ON p.id = a.person_id LEFT JOIN reviews r "
            "ON r.person_id = a.person_id AND r.dossier_id = a.dossier_id "
            "GROUP BY p.id ORDER BY p.name LIMIT 1"
        ).fetchone()
    window = MainWindow(user=name)
    add_main_window(qtbot, window)
    window.show()
    window.open_call(demo_call)
    qtbot.waitUntil(
        lambda: window.dossier_list.review_combo.currentData() == "mine", timeout=WAIT_MS
    )
    qtbot.waitUntil(lambda: window.tasks.idle, timeout=WAIT_MS)  # writes wait for the check
    lst = window.dossier_list
    assert lst.visible_count() == assigned
    assert f"mes évaluations : {scored} / {assigned}" in lst.count_label.text()
    window.action("actionDeclareConflict").trigger()
    dialog = window.findChild(ConflictDialog)
    assert dialog is not None
    assert dialog.person_combo.count() == 1 and dialog.person_combo.currentData() == pid
    assert dialog.dossier_combo.currentData() == window.current_dossier_id()
    dialog.reason_edit.setText("je connais le porteur")
    dialog.accept()
    qtbot.waitUntil(lambda: lst.visible_count() == assigned - 1, timeout=WAIT_MS)
    assert f"/ {assigned - 1}" in lst.count_label.text()
    assert not error_dialogs
    close_when_idle(qtbot, window)
