"""Fichier > Importer > Export Démarche Numérique…: the mapping assistant driven through its
widgets: guesses pre-selected with samples, a choice that breaks the mapping shows placed
problems and blocks the import, then the import on a worker and the read-only platform block
in the dossier's summary."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from ptce_desktop.gui.views.ds_import_dialog import NONE, DsImportDialog
from tests.ds_builder import DsExport
from tests.gui_helpers import WAIT_MS


def _count(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT count(*) FROM dossiers").fetchone()[0]
    finally:
        conn.close()


def _wait_plan(qtbot, dialog: DsImportDialog) -> None:
    qtbot.waitUntil(lambda: dialog.plan is not None, timeout=WAIT_MS)


def test_assistant_guesses_previews_and_imports(qtbot, main_window, tmp_path):
    window = main_window
    built = DsExport()
    export, archive = built.write_xlsx(tmp_path), built.write_zip(tmp_path)
    before = _count(window.store.path)
    window.action("actionImportDs").trigger()
    dialog = window.findChild(DsImportDialog)
    assert dialog is not None and dialog.isVisible()
    dialog.set_export(export, archive)
    _wait_plan(qtbot, dialog)

    pole = dialog._field_combos[("fields", "pole_name")]
    assert pole.currentText() == "Nom du pôle"
    rows = {
        dialog.columns_table.item(r, 0).text(): r for r in range(dialog.columns_table.rowCount())
    }
    assert (
        "Pôle Mer et littoral de Lorient"
        in dialog.columns_table.item(rows["Nom du pôle *"], 2).text()
    )
    members_sheet = dialog._field_combos[("members", "sheet")]
    assert members_sheet.currentText() == "(7) Membres du pole"
    values = {
        dialog.values_table.item(r, 1).text(): dialog.values_table.cellWidget(r, 2).currentText()
        for r in range(dialog.values_table.rowCount())
    }
    assert values["Structure de l'ESS"] == "entreprise ESS"
    assert values["En cours"] == "sollicité"
    assert [e.action for e in dialog.preview_model.records] == ["ajout"] * 3
    assert "1 brouillon(s) ignoré(s)" in dialog.summary_label.text()
    assert dialog.import_button.isEnabled()

    # No column for the amount: the problem is placed, the import blocked, nothing written.
    amount = dialog._field_combos[("fields", "amount_requested")]
    dialog.plan = None
    amount.setCurrentIndex(amount.findText(NONE))
    _wait_plan(qtbot, dialog)
    assert not dialog.import_button.isEnabled()
    problems = [str(p) for p in dialog.problems_model.records if not p.warning]
    assert any("amount_requested" in p and "aucune colonne choisie" in p for p in problems)
    assert "Import impossible" in dialog.summary_label.text()
    dialog.plan = None
    amount.setCurrentIndex(amount.findText("Montant de la subvention demandée"))
    _wait_plan(qtbot, dialog)
    assert dialog.import_button.isEnabled()
    assert _count(window.store.path) == before

    saved = tmp_path / "correspondance.toml"
    dialog.write_mapping(saved)
    assert 'pole_name = "Nom du pôle"' in saved.read_text(encoding="utf-8")

    # the outcome no longer hides QDialog.result(), Qt's accepted/rejected code
    assert dialog.result() in (QDialog.DialogCode.Accepted, QDialog.DialogCode.Rejected)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.imported is not None, timeout=WAIT_MS)
    assert dialog.imported.added == 3 and dialog.imported.avis == 1
    numero = f"DN-{window.store.conn.execute('SELECT year FROM calls').fetchone()[0]}-14000"
    qtbot.waitUntil(
        lambda: numero in {r.numero for r in window.dossier_list.model.rows}, timeout=WAIT_MS
    )
    assert _count(window.store.path) == before + 3
    row = next(r for r in window.dossier_list.model.rows if r.numero == numero)
    window.dossier_list.select_dossier(row.id)
    qtbot.waitUntil(lambda: window.dossier_view.file is not None and
                    window.dossier_view.file.dossier.numero == numero, timeout=WAIT_MS)  # fmt: skip
    html = window.dossier_view.summary.browser.toPlainText()
    assert "Démarche Numérique (lecture seule)" in html
    assert "En construction" in html and "instructeur@anct.gouv.fr" in html


def test_a_cancelled_import_writes_nothing_and_can_be_started_again(qtbot, main_window, tmp_path):
    window = main_window
    built = DsExport()
    export, archive = built.write_xlsx(tmp_path), built.write_zip(tmp_path)
    before = _count(window.store.path)
    window.action("actionImportDs").trigger()
    dialog = window.findChild(DsImportDialog)
    dialog.set_export(export, archive)
    _wait_plan(qtbot, dialog)
    job = dialog.start_import()
    assert job is not None and not dialog.import_button.isEnabled()
    job.cancel()  # as « Annuler » in the progress dialog does
    qtbot.waitUntil(lambda: dialog.import_button.isEnabled(), timeout=WAIT_MS)
    assert "Import annulé" in dialog.summary_label.text()
    assert "n'a pas été modifié" in dialog.summary_label.text()
    assert dialog.isVisible() and dialog.imported is None
    assert _count(window.store.path) == before
