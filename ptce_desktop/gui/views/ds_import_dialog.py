"""Fichier > Importer > Export Démarche Numérique…: the mapping assistant.

Choose the platform's export (and its attachments zip): the export is read on a worker and the
mapping starts from the one saved for the procedure, or from the guesses. « Colonnes » shows
each of our fields with the export column chosen for it and a sample of its values;
« Traductions » the value tables (member categories, co-funding statuses); « Pièces » the kind
each file question gives; every change re-plans on a worker, and « Aperçu » shows the first
dossiers as they will be imported, « Problèmes » every problem placed by sheet, row and column.
« Importer » writes on a worker behind the main window's progress dialog.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...domain.model import CofundingStatus, MemberCategory
from ...io import ds_mapping
from ...io.ds_export import DsExport, Table
from ...io.ds_mapping import BlockMapping, DsMapping, Target
from ...io.files import write_atomic
from ...io.workbook import Problem
from ...services import ds_import
from ...services.ds_import import DsPlan, DsResult
from ...services.files import open_call
from ...services.importing import ADDED, CHANGED, PlanEntry
from .. import errors
from ..i18n import QT_TRANSLATE_NOOP
from ..partials.records import RecordTableModel
from ..tasks import Job, JobContext
from .import_dialog import PREVIEW_COLUMNS, PROBLEM_COLUMNS, _setup_table, run_import

if TYPE_CHECKING:
    from ..main_window import MainWindow

translate = QCoreApplication.translate
EXPORT_FILTER = QT_TRANSLATE_NOOP(
    "DsImportDialog", "Exports Démarche Numérique (*.xlsx *.ods *.csv);;Tous les fichiers (*)"
)
NONE = QT_TRANSLATE_NOOP("DsImportDialog", "— aucune —")
# The mapping's key for the platform's own PDF, shown translated.
PDF_QUESTION = QT_TRANSLATE_NOOP("DsImportDialog", "PDF du dossier (fait par la plateforme)")
# The domain's labels of member categories and co-funding statuses, in the interface's language.
_VALUE_LABELS = (
    QT_TRANSLATE_NOOP("DsImportDialog", "entreprise ESS"),
    QT_TRANSLATE_NOOP("DsImportDialog", "entreprise commerciale"),
    QT_TRANSLATE_NOOP("DsImportDialog", "collectivité territoriale"),
    QT_TRANSLATE_NOOP("DsImportDialog", "centre de recherche"),
    QT_TRANSLATE_NOOP("DsImportDialog", "établissement d'enseignement supérieur"),
    QT_TRANSLATE_NOOP("DsImportDialog", "organisme de formation"),
    QT_TRANSLATE_NOOP("DsImportDialog", "autre"),
    QT_TRANSLATE_NOOP("DsImportDialog", "acquis"),
    QT_TRANSLATE_NOOP("DsImportDialog", "sollicité"),
)
# Our fields' names (io/ds_mapping.py targets), in the interface's language.
_FIELD_LABELS = (
    QT_TRANSLATE_NOOP("DsImportDialog", "Nom du pôle"),
    QT_TRANSLATE_NOOP("DsImportDialog", "Structure porteuse"),
    QT_TRANSLATE_NOOP("DsImportDialog", "SIRET du porteur"),
    QT_TRANSLATE_NOOP("DsImportDialog", "Forme juridique"),
    QT_TRANSLATE_NOOP("DsImportDialog", "Région"),
    QT_TRANSLATE_NOOP("DsImportDialog", "Département"),
    QT_TRANSLATE_NOOP("DsImportDialog", "Communes"),
    QT_TRANSLATE_NOOP("DsImportDialog", "Secteurs"),
    QT_TRANSLATE_NOOP("DsImportDialog", "Date de dépôt"),
    QT_TRANSLATE_NOOP("DsImportDialog", "Coût total"),
    QT_TRANSLATE_NOOP("DsImportDialog", "Montant demandé"),
    QT_TRANSLATE_NOOP("DsImportDialog", "Emplois existants"),
    QT_TRANSLATE_NOOP("DsImportDialog", "Emplois créés"),
    QT_TRANSLATE_NOOP("DsImportDialog", "Emplois en insertion"),
    QT_TRANSLATE_NOOP("DsImportDialog", "Mutualisations"),
    QT_TRANSLATE_NOOP("DsImportDialog", "Résumé"),
    QT_TRANSLATE_NOOP("DsImportDialog", "Contact : nom"),
    QT_TRANSLATE_NOOP("DsImportDialog", "Contact : courriel"),
    QT_TRANSLATE_NOOP("DsImportDialog", "Contact : téléphone"),
    QT_TRANSLATE_NOOP("DsImportDialog", "Nom du membre"),
    QT_TRANSLATE_NOOP("DsImportDialog", "Catégorie"),
    QT_TRANSLATE_NOOP("DsImportDialog", "SIRET"),
    QT_TRANSLATE_NOOP("DsImportDialog", "Rôle"),
    QT_TRANSLATE_NOOP("DsImportDialog", "Financeur"),
    QT_TRANSLATE_NOOP("DsImportDialog", "Montant"),
    QT_TRANSLATE_NOOP("DsImportDialog", "Type de financeur"),
    QT_TRANSLATE_NOOP("DsImportDialog", "Statut"),
)
CATEGORY_LABELS = {c.value: c.label for c in MemberCategory}
STATUS_LABELS = {s.value: s.label for s in CofundingStatus}


class DsImportDialog(QDialog):
    def __init__(self, window: MainWindow, parent: QWidget | None = None) -> None:
        super().__init__(parent or window)
        self.setWindowTitle(self.tr("Importer un export Démarche Numérique"))
        self.setObjectName("dsImportDialog")
        self.resize(1180, 680)
        self.window_ = window
        self.export: DsExport | None = None
        self.mapping: DsMapping | None = None
        self.plan: DsPlan | None = None
        self.imported: DsResult | None = None
        self._job: Job | None = None
        self._filling = False
        self._replan = QTimer(self, singleShot=True, interval=250)
        self._replan.timeout.connect(self.preview)

        grid = QGridLayout()
        self.export_edit, self.zip_edit = QLineEdit(), QLineEdit()
        self.prefix_edit = QLineEdit()
        self.export_edit.setObjectName("exportEdit")
        self.zip_edit.setObjectName("zipEdit")
        self.zip_edit.setPlaceholderText(self.tr("facultatif : l'archive .zip des pièces jointes"))
        self.prefix_edit.setObjectName("prefixEdit")
        for row, (label, edit, handler) in enumerate(
            (
                (self.tr("&Export :"), self.export_edit, self.choose_export),
                (self.tr("Pièces (&zip) :"), self.zip_edit, self.choose_zip),
            )
        ):
            caption = QLabel(label)
            caption.setBuddy(edit)
            button = QPushButton(self.tr("Choisir…"))
            button.clicked.connect(handler)
            grid.addWidget(caption, row, 0)
            grid.addWidget(edit, row, 1)
            grid.addWidget(button, row, 2)
        prefix_label = QLabel(self.tr("Préfixe des &numéros :"))
        prefix_label.setBuddy(self.prefix_edit)
        grid.addWidget(prefix_label, 0, 3)
        grid.addWidget(self.prefix_edit, 0, 4)
        self.prefix_edit.setMaximumWidth(220)
        grid.setColumnStretch(1, 1)
        self.export_edit.returnPressed.connect(self.load_export)
        self.zip_edit.returnPressed.connect(self.preview)
        self.prefix_edit.textEdited.connect(self._changed)

        self.summary_label = QLabel(
            self.tr("Choisissez l'export de la démarche (.xlsx, .ods ou .csv).")
        )
        self.summary_label.setObjectName("summaryLabel")
        self.summary_label.setWordWrap(True)
        self.tabs = QTabWidget()
        self.columns_table = self._table(
            (self.tr("Notre champ"), self.tr("Colonne de l'export"), self.tr("Exemples"))
        )
        self.values_table = self._table(
            (self.tr("Champ"), self.tr("Valeur dans l'export"), self.tr("Chez nous"))
        )
        self.pieces_table = self._table(
            (self.tr("Question (pièce jointe)"), self.tr("Type de pièce"))
        )
        self.preview_table, self.problems_table = QTableView(), QTableView()
        self.preview_model = RecordTableModel[PlanEntry](PREVIEW_COLUMNS, self)
        self.problems_model = RecordTableModel[Problem](PROBLEM_COLUMNS, self)
        _setup_table(self.preview_table, self.preview_model, stretch=4)
        _setup_table(self.problems_table, self.problems_model, stretch=5)
        for widget, title in (
            (self.columns_table, self.tr("&Colonnes")),
            (self.values_table, self.tr("&Traductions")),
            (self.pieces_table, self.tr("&Pièces")),
            (self.preview_table, self.tr("&Aperçu")),
            (self.problems_table, self.tr("P&roblèmes")),
        ):
            self.tabs.addTab(widget, title)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Close
        )
        self.import_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.import_button.setText(self.tr("&Importer"))
        self.import_button.setEnabled(False)
        self.save_button = self.buttons.addButton(
            self.tr("Enregi&strer la correspondance…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.save_button.setEnabled(False)
        self.save_button.clicked.connect(self.save_mapping)
        self.buttons.accepted.connect(self.start_import)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.buttons)

    def _table(self, titles: tuple[str, ...]) -> QTableWidget:
        table = QTableWidget(0, len(titles))
        table.setHorizontalHeaderLabels(list(titles))
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        table.setColumnWidth(0, 260)
        table.setColumnWidth(1, 330)
        return table

    # -- choosing the export ----------------------------------------------------------------

    def choose_export(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Export de la démarche"), "", self.tr(EXPORT_FILTER)
        )
        if name:
            self.set_export(Path(name))

    def choose_zip(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Pièces jointes"), "", self.tr("Archives (*.zip)")
        )
        if name:
            self.zip_edit.setText(name)
            self.preview()

    def set_export(self, path: Path, attachments: Path | None = None) -> Job | None:
        self.export_edit.setText(str(path))
        if attachments is not None:
            self.zip_edit.setText(str(attachments))
        return self.load_export()

    def load_export(self) -> Job | None:
        """Read the export and start from the saved or guessed mapping, on a worker."""
        path, call = Path(self.export_edit.text().strip()), self.window_.call_path()
        if not self.export_edit.text().strip() or call is None:
            return None
        actor = self.window_.current_actor()
        self.export = self.mapping = self.plan = None
        self.import_button.setEnabled(False)
        self.summary_label.setText(self.tr("Lecture de <b>{name}</b>…").format(name=path.name))

        reading = self.tr("Lecture de l'export")

        def work(ctx: JobContext) -> tuple[DsExport, DsMapping]:
            ctx.progress(10, reading)
            export = ds_import.read(path)
            with open_call(call, actor=actor) as store:
                return export, ds_import.proposed_mapping(store, export)

        job = self.window_.tasks.run(work, label=reading)
        self._job = job
        job.done.connect(lambda r: self._loaded(*r) if job is self._job else None)
        job.failed.connect(lambda m: self._failed(m) if job is self._job else None)
        return job

    def _failed(self, message: str) -> None:
        self.summary_label.setText(f"<span style='color:#b00020'>{message}</span>")
        self.import_button.setEnabled(False)

    def _loaded(self, export: DsExport, mapping: DsMapping) -> None:
        self.export, self.mapping = export, mapping
        self._filling = True
        self.prefix_edit.setText(mapping.prefix)
        self._fill_columns()
        self._fill_values()
        self._fill_pieces()
        self._filling = False
        self.save_button.setEnabled(True)
        self.preview()

    # -- the mapping's widgets ---------------------------------------------------------------

    def _combo(self, table: Table | None, chosen: list[str]) -> QComboBox:
        combo = QComboBox()
        combo.addItem(self.tr(NONE), [])
        if len(chosen) > 1:
            combo.addItem(" + ".join(chosen), list(chosen))
        for key in table.keys if table else []:
            if key:
                combo.addItem(key, [key])
        index = combo.findData(chosen) if chosen else 0
        combo.setCurrentIndex(max(index, 0))
        combo.currentIndexChanged.connect(self._changed)
        return combo

    def _row(self, label: str, widget: QWidget, sample: str, *, section: bool = False) -> None:
        t = self.columns_table
        row = t.rowCount()
        t.insertRow(row)
        item = QTableWidgetItem(label)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled)
        if section:
            font = item.font()
            font.setBold(True)
            item.setFont(font)
        t.setItem(row, 0, item)
        t.setCellWidget(row, 1, widget)
        sample_item = QTableWidgetItem(sample)
        sample_item.setFlags(Qt.ItemFlag.ItemIsEnabled)
        sample_item.setForeground(Qt.GlobalColor.darkGray)
        t.setItem(row, 2, sample_item)

    def _fill_columns(self) -> None:
        export, mapping = self.export, self.mapping
        assert export is not None and mapping is not None
        t = self.columns_table
        t.setRowCount(0)
        self._field_combos: dict[tuple[str, str], QComboBox] = {}
        for name, target in ds_mapping.DOSSIER_TARGETS.items():
            chosen = mapping.fields.get(name, [])
            combo = self._combo(export.dossiers, chosen)
            self._field_combos[("fields", name)] = combo
            self._row(_label(target), combo, _samples(export.dossiers, chosen))
        for section, block, targets, title in (
            ("members", mapping.members, ds_mapping.MEMBER_TARGETS, self.tr("Membres : feuille")),
            ("cofundings", mapping.cofundings, ds_mapping.COFUNDING_TARGETS,
             self.tr("Cofinancements : feuille")),
        ):  # fmt: skip
            sheets = QComboBox()
            sheets.addItem(self.tr(NONE), "")
            for title_ in export.blocks:
                sheets.addItem(title_, title_)
            sheets.setCurrentIndex(max(sheets.findData(block.sheet if block else ""), 0))
            sheets.currentIndexChanged.connect(self._sheet_changed)
            self._field_combos[(section, "sheet")] = sheets
            self._row(title, sheets, "", section=True)
            table = export.blocks.get(block.sheet) if block else None
            for name, target in targets.items():
                chosen = [block.fields[name]] if block and name in block.fields else []
                combo = self._combo(table, chosen)
                self._field_combos[(section, name)] = combo
                self._row(f"    {_label(target)}", combo, _samples(table, chosen))

    def _sheet_changed(self) -> None:
        if self._filling:
            return
        self.mapping = self.current_mapping()
        export = self.export
        for section in ("members", "cofundings"):
            block: BlockMapping | None = getattr(self.mapping, section)
            if block is not None and export is not None and block.sheet in export.blocks:
                table = export.blocks[block.sheet]
                targets = (ds_mapping.MEMBER_TARGETS if section == "members"
                           else ds_mapping.COFUNDING_TARGETS)  # fmt: skip
                fresh = ds_mapping.guess_fields(table, targets, {"Dossier ID", "Ligne"})
                block.fields = {k: v for k, v in fresh.items()}
        self._filling = True
        self._fill_columns()
        self._filling = False
        self._changed()

    def _fill_values(self) -> None:
        mapping = self.mapping
        assert mapping is not None
        t = self.values_table
        t.setRowCount(0)
        self._value_combos: list[tuple[str, str, QComboBox]] = []
        for name, labels in (("category", CATEGORY_LABELS), ("status", STATUS_LABELS)):
            for value, ours in mapping.values.get(name, {}).items():
                row = t.rowCount()
                t.insertRow(row)
                field_label = (
                    self.tr("Catégorie de membre") if name == "category" else self.tr("Statut")
                )
                for col, text in ((0, field_label), (1, value)):
                    item = QTableWidgetItem(text)
                    item.setFlags(Qt.ItemFlag.ItemIsEnabled)
                    t.setItem(row, col, item)
                combo = QComboBox()
                combo.addItem(self.tr("— à compléter —"), "")
                for code, label in labels.items():
                    combo.addItem(translate("DsImportDialog", label), code)
                combo.setCurrentIndex(max(combo.findData(ours), 0))
                combo.currentIndexChanged.connect(self._changed)
                t.setCellWidget(row, 2, combo)
                self._value_combos.append((name, value, combo))

    def _fill_pieces(self) -> None:
        mapping = self.mapping
        assert mapping is not None
        t = self.pieces_table
        t.setRowCount(0)
        self._piece_edits: list[tuple[str, QLineEdit]] = []
        rows = [(PDF_QUESTION, mapping.dossier_pdf)]
        rows += list(mapping.attachments.items())
        for question, kind in rows:
            row = t.rowCount()
            t.insertRow(row)
            item = QTableWidgetItem(self.tr(PDF_QUESTION) if question == PDF_QUESTION else question)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            t.setItem(row, 0, item)
            edit = QLineEdit(kind)
            edit.textEdited.connect(self._changed)
            t.setCellWidget(row, 1, edit)
            self._piece_edits.append((question, edit))

    def current_mapping(self) -> DsMapping:
        """The mapping as the widgets show it."""
        base = self.mapping
        assert base is not None
        fields = {
            name: combo.currentData()
            for (section, name), combo in self._field_combos.items()
            if section == "fields" and combo.currentData()
        }
        blocks: dict[str, BlockMapping | None] = {}
        for section in ("members", "cofundings"):
            sheet = self._field_combos[(section, "sheet")].currentData()
            blocks[section] = (
                BlockMapping(sheet, {
                    name: combo.currentData()[0]
                    for (s, name), combo in self._field_combos.items()
                    if s == section and name != "sheet" and combo.currentData()
                })
                if sheet else None
            )  # fmt: skip
        values: dict[str, dict[str, str]] = {}
        for name, value, combo in self._value_combos:
            values.setdefault(name, {})[value] = combo.currentData()
        pieces = {q: e.text().strip() for q, e in self._piece_edits}
        pdf = pieces.pop(PDF_QUESTION, "")
        return DsMapping(
            procedure=base.procedure,
            prefix=self.prefix_edit.text().strip(),
            fields=fields,
            members=blocks["members"],
            cofundings=blocks["cofundings"],
            attachments=pieces,
            dossier_pdf=pdf,
            values=values,
        )

    def _changed(self, *_args: object) -> None:
        if not self._filling and self.mapping is not None:
            self.import_button.setEnabled(False)
            self._replan.start()

    # -- preview and import ------------------------------------------------------------------

    def preview(self) -> Job | None:
        """Plan the import with the current mapping on a worker; nothing is written."""
        call, export = self.window_.call_path(), self.export
        if call is None or export is None or self.mapping is None:
            return None
        mapping = self.current_mapping()
        self.mapping = mapping
        self._refresh_samples()
        text = ds_mapping.to_toml(mapping, export)
        zip_text = self.zip_edit.text().strip()
        attachments = Path(zip_text) if zip_text else None
        actor = self.window_.current_actor()
        self.plan = None
        self.import_button.setEnabled(False)

        def work(ctx: JobContext) -> DsPlan:
            with open_call(call, actor=actor) as store:
                return ds_import.plan_with(store, export, mapping, text, attachments=attachments,
                                           progress=ctx.progress)  # fmt: skip

        job = self.window_.tasks.run(work, label=self.tr("Aperçu de l'import"))
        self._job = job
        job.done.connect(lambda plan: self._show_plan(plan) if job is self._job else None)
        job.failed.connect(lambda m: self._failed(m) if job is self._job else None)
        return job

    def _refresh_samples(self) -> None:
        export = self.export
        assert export is not None
        t = self.columns_table
        for row in range(t.rowCount()):
            widget = t.cellWidget(row, 1)
            for (section, _name), combo in self._field_combos.items():
                if combo is widget and _name != "sheet":
                    table: Table | None = export.dossiers
                    if section != "fields":
                        sheet = self._field_combos[(section, "sheet")].currentData()
                        table = export.blocks.get(sheet)
                    if (sample := t.item(row, 2)) is not None:
                        sample.setText(_samples(table, combo.currentData() or []))

    def _show_plan(self, plan: DsPlan) -> None:
        self.plan = plan
        problems = plan.problems
        self.preview_model.set_records(plan.entries)
        self.problems_model.set_records([*problems.errors, *problems.warnings])
        self.tabs.setTabText(3, self.tr("&Aperçu ({n})").format(n=len(plan.entries)))
        self.tabs.setTabText(
            4, self.tr("P&roblèmes ({errors} erreur(s), {warnings} avertissement(s))").format(
                errors=problems.errors_total, warnings=problems.warnings_total),
        )  # fmt: skip
        summary = self.tr("<b>{name}</b> (démarche « {procedure} ») : {plan}.").format(
            name=plan.export.name,
            procedure=plan.export.procedure,
            plan=errors.message(plan.summary()),
        )
        if not plan.ok:
            summary += (
                "<br><span style='color:#b00020'>"
                + self.tr(
                    "<b>Import impossible : {n} erreur(s).</b> Corrigez la correspondance ou "
                    "l'export (feuille, ligne et colonne indiquées) ; rien n'a été écrit."
                ).format(n=problems.errors_total)
                + "</span>"
            )
        self.summary_label.setText(summary)
        writes = plan.count(ADDED) + plan.count(CHANGED)
        self.import_button.setEnabled(plan.ok and writes > 0)

    def save_mapping(self) -> None:
        if self.export is None or self.mapping is None:
            return
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Enregistrer la correspondance"), f"{self.export.procedure}.toml",
            self.tr("Correspondance (*.toml)"),
        )  # fmt: skip
        if name:
            self.write_mapping(Path(name))

    def write_mapping(self, path: Path) -> None:
        write_atomic(path, ds_mapping.to_toml(self.current_mapping(), self.export).encode())

    def start_import(self) -> Job | None:
        plan = self.plan
        if plan is None or not plan.ok:
            return None
        return run_import(
            self,
            lambda store, progress: ds_import.apply_ds_import(store, plan, progress=progress),
            label=self.tr("Import de l'export Démarche Numérique"),
        )


def _label(target: Target) -> str:
    return translate("DsImportDialog", target.label) + (" *" if target.required else "")


def _samples(table: Table | None, keys: list[str]) -> str:
    if table is None or not keys:
        return ""
    values = [" ".join(v) for v in zip(*(table.samples(k, 3) for k in keys), strict=False)]
    return " | ".join(v[:40] for v in values)


def open_ds_import_dialog(window: MainWindow) -> DsImportDialog | None:
    if window.store is None:
        errors.show_error(
            window,
            translate("DsImportDialog", "Importer un export Démarche Numérique"),
            translate("DsImportDialog", "Ouvrez d'abord un fichier d'appel (Fichier > Ouvrir)."),
        )
        return None
    dialog = DsImportDialog(window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.setModal(True)
    dialog.show()
    return dialog
