"""Fichier > Importer > Candidatures…: choose a source, see what would be added, changed and
refused and every problem (file, row, column, value), then import in the background.

The preview is `services.importing.plan_import` run on a worker thread with its own
connection; nothing is written until « Importer ». The import runs through
`MainWindow.run_task` (progress bar, cancel), then the main window re-reads the file.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QTabWidget,
    QWidget,
)

from ...io.workbook import Problem
from ...services import importing
from ...services.files import open_call
from ...services.importing import ImportPlan, ImportResult, PlanEntry
from .. import errors
from ..i18n import QT_TRANSLATE_NOOP
from ..partials.records import Column, RecordTableModel
from ..tasks import Job, JobContext
from ..uiloader import child, load_ui

translate = QCoreApplication.translate

if TYPE_CHECKING:
    from ...services.files import CallStore
    from ...text import Message
    from ..main_window import MainWindow


class _HasSummary(Protocol):
    def summary(self) -> Message: ...


Summarised = TypeVar("Summarised", bound=_HasSummary)  # an import's result

SOURCE_FILTER = QT_TRANSLATE_NOOP(
    "ImportDialog",
    "Candidatures (*.xlsx *.xlsm *.csv *.txt *.zip);;Classeurs Excel (*.xlsx *.xlsm);;"
    "Fichiers CSV (*.csv *.txt);;Archives zip (*.zip);;Tous les fichiers (*)",
)
_ACTION_COLOURS = {importing.ADDED: "#1b6e20", importing.CHANGED: "#8a5a00",
                   importing.REFUSED: "#b00020", importing.UNCHANGED: "#666666"}  # fmt: skip
# The plan's actions (services/importing.py), in the interface's language.
_ACTIONS = {
    importing.ADDED: QT_TRANSLATE_NOOP("ImportDialog", "ajout"),
    importing.CHANGED: QT_TRANSLATE_NOOP("ImportDialog", "modification"),
    importing.UNCHANGED: QT_TRANSLATE_NOOP("ImportDialog", "inchangé"),
    importing.REFUSED: QT_TRANSLATE_NOOP("ImportDialog", "refusé"),
}
_TITLES = (
    QT_TRANSLATE_NOOP("columns", "Action"),
    QT_TRANSLATE_NOOP("columns", "Numéro"),
    QT_TRANSLATE_NOOP("columns", "Nom du pôle"),
    QT_TRANSLATE_NOOP("columns", "Ligne"),
    QT_TRANSLATE_NOOP("columns", "Modifications"),
    QT_TRANSLATE_NOOP("columns", "Gravité"),
    QT_TRANSLATE_NOOP("columns", "Feuille ou fichier"),
    QT_TRANSLATE_NOOP("columns", "Colonne"),
    QT_TRANSLATE_NOOP("columns", "Valeur"),
    QT_TRANSLATE_NOOP("columns", "Problème"),
)


def _action(e: PlanEntry) -> str:
    return translate("ImportDialog", _ACTIONS.get(e.action, e.action))


PREVIEW_COLUMNS = (
    Column[PlanEntry](
        "Action",
        _action,
        colour=lambda e: _ACTION_COLOURS[e.action],
        bold=lambda e: e.action == importing.REFUSED,
    ),
    Column[PlanEntry]("Numéro", lambda e: e.numero),
    Column[PlanEntry]("Nom du pôle", lambda e: e.pole_name, tooltip=lambda e: e.pole_name),
    Column[PlanEntry]("Ligne", lambda e: "" if e.row is None else str(e.row), align_right=True),
    Column[PlanEntry](
        "Modifications",
        lambda e: errors.message(e.detail),
        tooltip=lambda e: errors.message(e.detail),
    ),
)
PROBLEM_COLUMNS = (
    Column[Problem](
        "Gravité",
        lambda p: (
            translate("ImportDialog", "avertissement")
            if p.warning
            else translate("ImportDialog", "erreur")
        ),
        colour=lambda p: "#8a5a00" if p.warning else "#b00020",
        bold=lambda p: not p.warning,
    ),
    Column[Problem]("Feuille ou fichier", lambda p: errors.message(p.where)),
    Column[Problem]("Ligne", lambda p: "" if p.row is None else str(p.row), align_right=True),
    Column[Problem]("Colonne", lambda p: p.column or ""),
    Column[Problem]("Valeur", lambda p: p.value, tooltip=lambda p: p.value),
    Column[Problem](
        "Problème", lambda p: errors.message(p.message), tooltip=lambda p: errors.message(str(p))
    ),
)


# The widest text each column usually shows, to size it.
_SAMPLES = {
    "Action": "modification", "Numéro": "PTCE-2013-000", "Gravité": "avertissement",
    "Feuille ou fichier": "feuille « cofinancements »", "Colonne": "montant_demande",
    "Valeur": "732 829 320 00075 €", "Nom du pôle": "Pôle territorial de coopération économique",
}  # fmt: skip


MAX_COLUMN_WIDTH = 150


def _setup_table(table: QTableView, model: RecordTableModel[Any], stretch: int) -> None:
    table.setModel(model)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(False)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    table.verticalHeader().hide()
    metrics = table.fontMetrics()
    for i, col in enumerate(model.columns):
        if i != stretch:
            sample = _SAMPLES.get(col.title, col.title)
            # Capped: the stretched column (the pole, the problem) keeps room to be read.
            width = metrics.horizontalAdvance(sample) + 24
            table.setColumnWidth(i, min(width, MAX_COLUMN_WIDTH))


class ImportDialog(QDialog):
    def __init__(self, window: MainWindow, parent: QWidget | None = None) -> None:
        super().__init__(parent or window)
        load_ui("import_dialog", self)
        self.window_ = window
        self.plan: ImportPlan | None = None
        self.imported: ImportResult | None = None
        self._job: Job | None = None
        self.source_edit = child(self, QLineEdit, "sourceEdit")
        self.update_check = child(self, QCheckBox, "updateCheck")
        self.summary_label = child(self, QLabel, "summaryLabel")
        self.tabs = child(self, QTabWidget, "tabs")
        self.preview_table = child(self, QTableView, "previewTable")
        self.problems_table = child(self, QTableView, "problemsTable")
        self.buttons = child(self, QDialogButtonBox, "buttonBox")
        self.import_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.import_button.setText(self.tr("&Importer"))
        self.import_button.setEnabled(False)
        self.preview_model = RecordTableModel[PlanEntry](PREVIEW_COLUMNS, self)
        self.problems_model = RecordTableModel[Problem](PROBLEM_COLUMNS, self)
        _setup_table(self.preview_table, self.preview_model, stretch=4)
        _setup_table(self.problems_table, self.problems_model, stretch=5)
        child(self, QPushButton, "fileButton").clicked.connect(self.choose_file)
        child(self, QPushButton, "folderButton").clicked.connect(self.choose_folder)
        self.source_edit.returnPressed.connect(self.preview)
        self.update_check.toggled.connect(lambda _on: self.preview())
        self.buttons.accepted.connect(self.start_import)
        self.buttons.rejected.connect(self.reject)
        self.summary_label.setText(self.tr("Choisissez la source à importer."))

    # -- choosing and previewing ------------------------------------------------------------

    def choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Source à importer"), "", self.tr(SOURCE_FILTER)
        )
        if name:
            self.set_source(Path(name))

    def choose_folder(self) -> None:
        name = QFileDialog.getExistingDirectory(self, self.tr("Dossier à importer"))
        if name:
            self.set_source(Path(name))

    def set_source(self, path: Path) -> Job | None:
        self.source_edit.setText(str(path))
        return self.preview()

    def preview(self) -> Job | None:
        """Plan the import on a worker thread; the tables fill when it is done."""
        text = self.source_edit.text().strip()
        path = self.window_.call_path()
        if not text or path is None:
            return None
        if self._job is not None:
            self._job.cancel()
        source, update, actor = (
            Path(text),
            self.update_check.isChecked(),
            self.window_.current_actor(),
        )
        self.plan = None
        self.import_button.setEnabled(False)
        self.summary_label.setText(self.tr("Analyse de <b>{name}</b>…").format(name=source.name))

        def work(ctx: JobContext) -> ImportPlan:
            with open_call(path, actor=actor) as store:
                return importing.plan_import(store, source, update=update, progress=ctx.progress)

        job = self.window_.tasks.run(work, label=self.tr("Aperçu de l'import"))
        self._job = job
        job.done.connect(lambda plan: self._show_plan(plan) if job is self._job else None)
        job.failed.connect(
            lambda message: self._show_failure(message) if job is self._job else None
        )
        return job

    def _show_failure(self, message: str) -> None:
        self.summary_label.setText(f"<span style='color:#b00020'>{message}</span>")
        self.preview_model.set_records([])
        self.problems_model.set_records([])

    def _show_plan(self, plan: ImportPlan) -> None:
        self.plan = plan
        problems = plan.problems
        self.preview_model.set_records(plan.entries)
        self.problems_model.set_records([*problems.errors, *problems.warnings])
        self.tabs.setTabText(0, self.tr("Aperçu ({n})").format(n=len(plan.entries)))
        self.tabs.setTabText(
            1, self.tr("Problèmes ({errors} erreur(s), {warnings} avertissement(s))").format(
                errors=problems.errors_total, warnings=problems.warnings_total),
        )  # fmt: skip
        summary = self.tr("<b>{name}</b> : {summary}.").format(
            name=plan.source.name, summary=errors.message(plan.summary())
        )
        if not plan.ok:
            errors_text = (
                self.tr("{n} erreur(s) ou plus") if problems.full else self.tr("{n} erreur(s)")
            ).format(n=problems.errors_total)
            summary += (
                "<br><span style='color:#b00020'>"
                + self.tr(
                    "<b>Import impossible : {errors}.</b> Corrigez la source (fichier, ligne et "
                    "colonne indiqués) puis relancez l'aperçu ; rien n'a été écrit."
                ).format(errors=errors_text)
                + "</span>"
            )
            self.tabs.setCurrentIndex(1)
        elif problems.warnings_total:
            summary += "<br>" + self.tr("{n} avertissement(s) : voir « Problèmes ».").format(
                n=problems.warnings_total
            )
            self.tabs.setCurrentIndex(0)
        else:
            self.tabs.setCurrentIndex(0)
        self.summary_label.setText(summary)
        writes = plan.count(importing.ADDED) + plan.count(importing.CHANGED)
        self.import_button.setEnabled(plan.ok and writes > 0)

    # -- importing --------------------------------------------------------------------------

    def start_import(self) -> Job | None:
        plan = self.plan
        if plan is None or not plan.ok:
            return None
        return run_import(
            self,
            lambda store, progress: importing.apply_import(store, plan, progress=progress),
            label=self.tr("Import des candidatures"),
        )


class _Importing(Protocol):
    """What `run_import` needs of an import dialog."""

    window_: MainWindow
    import_button: QPushButton
    summary_label: QLabel
    imported: Any

    def accept(self) -> None: ...


def run_import(
    dialog: _Importing,
    apply: Callable[[CallStore, Callable[[int, str], None]], Summarised],
    *,
    label: str,
) -> Job | None:
    """Write what the dialog's preview showed, on the task runner: `apply(store, progress)` in
    one transaction of its own; the window re-reads the file when it is done, a cancelled or
    failed import leaves the file as it was and the dialog open."""
    window = dialog.window_
    path = window.call_path()
    if path is None:
        return None
    actor = window.current_actor()

    def work(ctx: JobContext) -> Summarised:
        with open_call(path, actor=actor) as store:
            return apply(store, ctx.progress)

    def imported(result: Summarised) -> None:
        dialog.imported = result
        window.reload()
        window.statusBar().showMessage(
            translate("ImportDialog", "Import terminé : {summary}").format(
                summary=errors.message(result.summary())
            ),
            15_000,
        )
        dialog.accept()

    def cancelled() -> None:
        dialog.summary_label.setText(
            translate("ImportDialog", "Import annulé : le fichier d'appel n'a pas été modifié.")
        )
        dialog.import_button.setEnabled(True)

    dialog.import_button.setEnabled(False)
    job = window.run_task(work, label=label, on_done=imported)
    job.failed.connect(lambda _m: dialog.import_button.setEnabled(True))
    job.cancelled.connect(cancelled)
    return job


def open_import_dialog(window: MainWindow) -> ImportDialog | None:
    if window.store is None:
        errors.show_error(
            window,
            translate("ImportDialog", "Importer des candidatures"),
            translate("ImportDialog", "Ouvrez d'abord un fichier d'appel (Fichier > Ouvrir)."),
        )
        return None
    dialog = ImportDialog(window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.setModal(True)
    dialog.show()
    return dialog
