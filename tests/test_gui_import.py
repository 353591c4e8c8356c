"""Fichier > Importer through the real dialog: a preview first, then the import; a bad file
shows its problems (sheet, row, column, value) and writes nothing."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import openpyxl
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from ptce_desktop.gui.views.import_dialog import ImportDialog
from tests.gui_helpers import WAIT_MS

HEADER = ["numero", "nom_pole", "structure_porteuse", "siret_porteur", "region",
          "departement", "date_depot", "cout_total", "montant_demande"]  # fmt: skip


def _workbook(path: Path, amount: object = "150 000 €") -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "dossiers"
    sheet.append(HEADER)
    sheet.append(["PTCE-2013-901", "Pôle Bois et forêt du Morvan", "SCIC Bois du Morvan",
                  "732 829 320 00074", "Bourgogne-Franche-Comté", "58", "15/07/2013",
                  "450 000 €", amount])  # fmt: skip
    sheet.append(["PTCE-2013-902", "Pôle Mer et littoral de Lorient", "Les Ateliers du Port",
                  "73282932000074", "Bretagne", "56", "2013-07-16", 380000, 120000])  # fmt: skip
    members = book.create_sheet("membres")
    members.append(["numero", "nom", "categorie"])
    members.append(["PTCE-2013-901", "SCIC Bois du Morvan", "entreprise ESS"])
    members.append(["PTCE-2013-901", "Scierie Martin", "entreprise commerciale"])
    book.save(path)
    return path


def _counts(path: Path) -> tuple[int, int]:
    conn = sqlite3.connect(path)
    try:
        return (conn.execute("SELECT count(*) FROM dossiers").fetchone()[0],
                conn.execute("SELECT count(*) FROM audit_log").fetchone()[0])  # fmt: skip
    finally:
        conn.close()


def _open_dialog(qtbot, window) -> ImportDialog:
    window.action("actionImportDossiers").trigger()
    dialog = window.findChild(ImportDialog)
    assert dialog is not None and dialog.isVisible()
    return dialog


def _preview(qtbot, dialog: ImportDialog, source: Path) -> None:
    dialog.source_edit.setText(str(source))
    qtbot.keyClick(dialog.source_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.plan is not None, timeout=WAIT_MS)


def test_preview_then_import_shows_the_new_dossiers(qtbot, main_window, tmp_path):
    window = main_window
    before = _counts(window.store.path)
    dialog = _open_dialog(qtbot, window)
    assert not dialog.import_button.isEnabled()
    _preview(qtbot, dialog, _workbook(tmp_path / "septembre.xlsx"))

    entries = dialog.preview_model.records
    assert [(e.action, e.numero, e.row) for e in entries] == [
        ("ajout", "PTCE-2013-901", 2), ("ajout", "PTCE-2013-902", 3)
    ]  # fmt: skip
    assert "2 dossier(s) à ajouter" in dialog.summary_label.text()
    assert _counts(window.store.path) == before  # a preview writes nothing
    assert dialog.import_button.isEnabled()

    # the outcome no longer hides QDialog.result(), Qt's accepted/rejected code
    assert dialog.result() in (QDialog.DialogCode.Accepted, QDialog.DialogCode.Rejected)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.imported is not None, timeout=WAIT_MS)
    assert dialog.imported.added == 2 and dialog.imported.members == 2

    def listed() -> set[str]:
        return {r.numero for r in window.dossier_list.model.rows}

    qtbot.waitUntil(lambda: {"PTCE-2013-901", "PTCE-2013-902"} <= listed(), timeout=WAIT_MS)
    assert len(listed()) == before[0] + 2
    assert "Import terminé" in window.statusBar().currentMessage()


def test_a_bad_file_shows_its_problems_and_writes_nothing(qtbot, main_window, tmp_path):
    window = main_window
    before = _counts(window.store.path)
    dialog = _open_dialog(qtbot, window)
    _preview(qtbot, dialog, _workbook(tmp_path / "errone.xlsx", amount="cent mille"))

    problems = dialog.problems_model.records
    errors = [p for p in problems if not p.warning]
    assert [(p.where, p.row, p.column, p.value) for p in errors] == [
        ("feuille « dossiers »", 2, "montant_demande", "cent mille")
    ]
    assert dialog.tabs.currentIndex() == 1  # the problems tab is brought forward
    table = dialog.problems_table
    texts = [table.model().index(0, c).data() for c in range(table.model().columnCount())]
    assert texts[:5] == ["erreur", "feuille « dossiers »", "2", "montant_demande", "cent mille"]
    assert "Import impossible" in dialog.summary_label.text()
    assert not dialog.import_button.isEnabled()
    assert dialog.start_import() is None
    assert _counts(window.store.path) == before

    # Asking for an existing numero is refused in the preview too, naming it.
    _preview(qtbot, dialog, _workbook(tmp_path / "ok.xlsx"))
    assert dialog.import_button.isEnabled()
    existing = window.dossier_list.model.rows[0].numero
    book = openpyxl.load_workbook(tmp_path / "ok.xlsx")
    book["dossiers"]["A2"] = existing
    book.save(tmp_path / "doublon.xlsx")
    _preview(qtbot, dialog, tmp_path / "doublon.xlsx")
    assert dialog.preview_model.records[0].action == "refusé"
    assert any(existing in p.message for p in dialog.problems_model.records)
    assert not dialog.import_button.isEnabled()
    assert _counts(window.store.path) == before


def test_export_action_writes_the_workbook_beside_its_attachments(qtbot, main_window, tmp_path):
    from ptce_desktop.gui.views.export_actions import export_to

    window = main_window
    assert window.action("actionExportXlsx") and window.action("actionExportCsv")
    out = tmp_path / "resultats.xlsx"
    job = export_to(window, out)
    with qtbot.waitSignal(job.finished, timeout=WAIT_MS):
        pass
    assert out.is_file() and (tmp_path / "resultats-pieces").is_dir()
    assert openpyxl.load_workbook(out, read_only=True).sheetnames[0] == "dossiers"
    assert "Export écrit" in window.statusBar().currentMessage()
