"""Appel > Paramètres de l'appel…: live checks, the frozen grid, a saved and audited edit."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QDoubleSpinBox, QMenu

from ptce_desktop.gui.views.call_settings_dialog import CallSettingsDialog, edit_settings
from ptce_desktop.services.calls import new_call
from tests.gui_helpers import WAIT_MS, add_main_window, open_and_wait


def audit_count(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT count(*) FROM audit_log").fetchone()[0]
    finally:
        conn.close()


@pytest.fixture
def fresh_window(qtbot, gui_app, tmp_path: Path, error_dialogs):  # type: ignore[no-untyped-def]
    """The main window on a new call made from the 2015 template (no review yet)."""
    from ptce_desktop.gui.main_window import MainWindow

    path = tmp_path / "appel.ptce"
    new_call(path, title="Appel 2015", template="ptce-2015", actor="test").close()
    window = MainWindow(user="Testeur")
    add_main_window(qtbot, window)
    window.show()
    open_and_wait(qtbot, window, path, error_dialogs)
    assert not error_dialogs
    yield window  # closed by qtbot once idle (add_main_window)


def open_dialog(window) -> CallSettingsDialog:  # type: ignore[no-untyped-def]
    menu = window.menuBar().findChild(QMenu, "menuCall")
    assert menu is not None and menu.title() == "App&el"
    action = window.action("actionCallSettings")
    assert action in menu.actions()
    action.trigger()
    dialog = window.findChild(CallSettingsDialog, "callSettingsDialog")
    assert dialog is not None and dialog.isVisible()
    return dialog


def weight_box(dialog: CallSettingsDialog, row: int) -> QDoubleSpinBox:
    box = dialog.criteria.cellWidget(row, 3)
    assert isinstance(box, QDoubleSpinBox)
    return box


def test_weights_not_adding_to_100_are_refused_and_nothing_is_written(qtbot, fresh_window):
    path = fresh_window.call_path()
    before = audit_count(path)
    dialog = open_dialog(fresh_window)
    assert dialog.problem.text() == "" and dialog.ok_button.isEnabled()
    dialog.tabs.setCurrentIndex(2)
    weight_box(dialog, 0).setValue(15)
    assert dialog.problem.text() == "criteria : les poids font 90, ils doivent faire 100"
    assert dialog.weight_total.text() == "Total des poids : 90 / 100"
    assert not dialog.ok_button.isEnabled()
    qtbot.keyClick(dialog, Qt.Key.Key_Return)  # Enter does not get round the check
    assert dialog.isVisible()
    dialog.accept()
    assert dialog.isVisible()
    dialog.reject()
    fresh_window.tasks.wait(5_000)
    assert audit_count(path) == before


def test_other_problems_name_their_field(fresh_window):
    dialog = open_dialog(fresh_window)
    dialog.grant_min.setValue(300_000)
    assert dialog.problem.text().startswith("grant_min : bornes inversées")
    dialog.grant_min.setValue(26_000)
    dialog.tie_break.setText("cooperation, age")
    assert dialog.problem.text().startswith("tie_break[2] : « age » n'est ni un code de critère")
    dialog.tie_break.setText("cooperation")
    dialog.envelope.setValue(2_800_000)
    assert dialog.problem.text().startswith("funders : les parts des financeurs font")
    assert not dialog.ok_button.isEnabled()
    dialog.reject()


def test_a_valid_edit_is_saved_and_audited(qtbot, fresh_window):
    path = fresh_window.call_path()
    dialog = open_dialog(fresh_window)
    dialog.place.setText("Lyon")
    dialog.rule_boxes["lead_siret"].setChecked(False)
    dialog.criteria.item(1, 1).setText("Ancrage territorial")
    assert dialog.ok_button.isEnabled()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    conn = sqlite3.connect(path)

    def saved() -> bool:
        return conn.execute("SELECT place FROM calls").fetchone() == ("Lyon",)

    qtbot.waitUntil(saved, timeout=WAIT_MS)
    fresh_window.tasks.wait(5_000)
    label = "paramètres de l'appel : place, criteria, eligibility.lead_siret"
    assert conn.execute(
        "SELECT table_name, actor FROM audit_log WHERE action = ? AND table_name = 'calls'",
        [label],
    ).fetchall() == [("calls", "Testeur")]
    assert conn.execute("SELECT label FROM criteria WHERE code = 'territory'").fetchone() == (
        "Ancrage territorial",
    )
    conn.close()


def test_the_grid_is_read_only_after_a_submitted_review(main_window):
    dialog = open_dialog(main_window)
    assert dialog.frozen_label.text().startswith("Grille figée : ")
    assert "évaluations sont soumises" in dialog.frozen_label.text()
    assert not dialog.frozen_label.isHidden()
    assert not dialog.add_criterion.isEnabled() and not dialog.remove_criterion.isEnabled()
    box = weight_box(dialog, 0)
    assert isinstance(box, QAbstractSpinBox) and box.isReadOnly() and not box.isEnabled()
    assert "grille figée" in box.toolTip()
    code = dialog.criteria.item(0, 0)
    assert not code.flags() & Qt.ItemFlag.ItemIsEditable
    # the label stays editable and the edit is valid
    label = dialog.criteria.item(0, 1)
    assert label.flags() & Qt.ItemFlag.ItemIsEditable
    label.setText("Coopération")
    assert dialog.ok_button.isEnabled()
    # an imported file that changes a weight is refused with the reason
    dialog.reject()


def test_importing_a_file_that_changes_the_frozen_grid_is_refused(main_window, tmp_path: Path):
    from ptce_desktop.services import call_settings

    out = tmp_path / "p.toml"
    call_settings.export(main_window.store, out)
    out.write_text(out.read_text("utf-8").replace("weight = 25", "weight = 30", 1)
                   .replace("weight = 10", "weight = 5", 1), "utf-8")  # fmt: skip
    dialog = open_dialog(main_window)
    assert dialog.load_file(out)
    assert dialog.problem.text().startswith("criteria[1].weight : grille figée")
    assert not dialog.ok_button.isEnabled()
    dialog.reject()


def test_the_dialog_fits_a_small_screen(fresh_window):
    dialog = edit_settings(fresh_window)
    assert dialog is not None
    QApplication.processEvents()
    hint = dialog.minimumSizeHint()
    assert hint.width() <= 1366 and hint.height() <= 700
    assert dialog.width() <= 1366 and dialog.height() <= 700
    dialog.reject()


def test_import_of_a_bad_file_changes_nothing_and_export_writes_the_form(
    fresh_window, tmp_path: Path, error_dialogs, monkeypatch
):
    import tomllib

    from ptce_desktop.gui.views import call_settings_dialog as module

    dialog = open_dialog(fresh_window)
    bad = tmp_path / "bad.toml"
    bad.write_text("year = 2016\nenvelope = 800_000\ngrant_min = 900_000\n", "utf-8")
    assert not dialog.load_file(bad)
    assert error_dialogs[-1][1].startswith("bad.toml : grant_min : bornes inversées")
    broken = tmp_path / "broken.toml"
    broken.write_text("year = \n", "utf-8")
    assert not dialog.load_file(broken)
    assert "broken.toml, ligne 1, colonne 8 : TOML invalide" in error_dialogs[-1][1]
    assert dialog.envelope.value() == 2_700_000  # the form is as it was
    dialog.place.setText("Marseille")
    out = tmp_path / "export"
    monkeypatch.setattr(module.QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    dialog.export_button.click()
    written = tomllib.loads((tmp_path / "export.toml").read_text("utf-8"))
    assert written["place"] == "Marseille" and written["envelope"] == 2_700_000
    weight_box(dialog, 0).setValue(15)
    assert not dialog.export_button.isEnabled()  # an invalid form is not exported
    dialog.reject()
