"""Importer des personnes: choose a workbook (sheet « personnes ») or a CSV file, see who would
be added and every problem by row and column, then import (all or nothing, after a backup)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...domain.model import Person
from ...io.workbook import Problem
from ...services import people
from ...services.files import CallStore
from ...services.people import PeopleImportResult, PeoplePlan
from ..i18n import QT_TRANSLATE_NOOP, message, roles_text
from ..partials.records import Column, RecordTableModel
from .import_dialog import PROBLEM_COLUMNS

SOURCE_FILTER = QT_TRANSLATE_NOOP(
    "PeopleImportDialog", "Personnes (*.xlsx *.xlsm *.csv *.txt);;Tous les fichiers (*)"
)


PERSON_COLUMNS = (
    Column[Person]("Nom", lambda p: p.name),
    Column[Person]("Institution", lambda p: p.institution),
    Column[Person]("Courriel", lambda p: p.email),
    Column[Person]("Rôles", roles_text),
    Column[Person]("Région", lambda p: p.region),
)


def _table(model: RecordTableModel[Any], stretch: int) -> QTableView:
    table = QTableView()
    table.setModel(model)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return table


class PeopleImportDialog(QDialog):
    """The plan is read on the GUI thread: a list of persons is a few dozen rows."""

    def __init__(self, store: CallStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Importer des personnes"))
        self.resize(900, 520)
        self.store = store
        self.plan: PeoplePlan | None = None
        self.imported: PeopleImportResult | None = None
        self.source_edit = QLineEdit()
        self.source_edit.setObjectName("peopleSourceEdit")
        self.source_edit.setPlaceholderText(
            self.tr("classeur .xlsx (feuille « personnes ») ou fichier .csv")
        )
        browse = QPushButton(self.tr("&Parcourir…"))
        browse.clicked.connect(self.choose_file)
        self.source_edit.returnPressed.connect(self.preview)
        self.summary_label = QLabel(
            self.tr(
                "Colonnes : nom, institution, email, roles (president, secretaire, membre, "
                "rapporteur, secretariat, séparés par des virgules), region."
            )
        )
        self.summary_label.setObjectName("peopleImportSummary")
        self.summary_label.setWordWrap(True)
        self.people_model = RecordTableModel[Person](PERSON_COLUMNS, self)
        self.problems_model = RecordTableModel[Problem](PROBLEM_COLUMNS, self)
        self.tabs = QTabWidget()
        self.tabs.addTab(_table(self.people_model, 1), self.tr("Aperçu"))
        self.tabs.addTab(_table(self.problems_model, 5), self.tr("Problèmes"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.import_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.import_button.setText(self.tr("&Importer"))
        self.import_button.setEnabled(False)
        self.buttons.accepted.connect(self.start_import)
        self.buttons.rejected.connect(self.reject)
        top = QHBoxLayout()
        source_label = QLabel(self.tr("&Source :"))
        source_label.setBuddy(self.source_edit)
        top.addWidget(source_label)
        top.addWidget(self.source_edit, 1)
        top.addWidget(browse)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.buttons)

    def choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Personnes à importer"), "", self.tr(SOURCE_FILTER)
        )
        if name:
            self.set_source(Path(name))

    def set_source(self, path: Path) -> None:
        self.source_edit.setText(str(path))
        self.preview()

    def preview(self) -> None:
        text = self.source_edit.text().strip()
        if not text:
            return
        plan = self.plan = people.plan_people_import(self.store, Path(text))
        problems = plan.parsed.problems
        self.people_model.set_records(plan.people)
        self.problems_model.set_records([*problems.errors, *problems.warnings])
        self.tabs.setTabText(0, self.tr("Aperçu ({n})").format(n=len(plan.people)))
        self.tabs.setTabText(
            1,
            self.tr("Problèmes ({errors} erreur(s), {warnings} avertissement(s))").format(
                errors=problems.errors_total, warnings=problems.warnings_total
            ),
        )
        summary = self.tr("<b>{name}</b> : {summary}.").format(
            name=plan.source.name, summary=message(plan.summary())
        )
        if not plan.ok:
            summary += (
                "<br><span style='color:#b00020'>"
                + self.tr(
                    "<b>Import impossible : {n} erreur(s).</b> Corrigez la source (ligne et "
                    "colonne indiquées) puis relancez l'aperçu ; rien n'a été écrit."
                ).format(n=problems.errors_total)
                + "</span>"
            )
        self.summary_label.setText(summary)
        self.tabs.setCurrentIndex(0 if plan.ok else 1)
        self.import_button.setEnabled(plan.ok and bool(plan.people))

    def start_import(self) -> None:
        if self.plan is None:
            return
        try:
            self.imported = people.apply_people_import(self.store, self.plan)
        except people.PeopleImportRefused as exc:
            self.summary_label.setText(f"<span style='color:#b00020'>{message(exc)}</span>")
            self.problems_model.set_records(exc.problems)
            self.tabs.setCurrentIndex(1)
            self.import_button.setEnabled(False)
            return
        self.accept()
