"""Appel > Attribution des dossiers: the matrix of eligible dossiers × rapporteurs (click or
Space assigns and unassigns), « Répartir automatiquement » with its preview, and a
rapporteur's grid as a workbook (export, import of a filled one).

Clicks and the automatic assignment write through services.assignment on the main window's
CallStore (a few quick statements each); grid export and import run as background jobs on
their own CallStore.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, QObject, Qt
from PySide6.QtGui import QCloseEvent, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMainWindow,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...io.files import write_atomic
from ...services import assignment
from ...services.files import CallStore, open_call
from ...services.people import PeopleError
from .. import errors
from ..i18n import QT_TRANSLATE_NOOP
from ..partials.assignment_matrix import AssignmentMatrixModel
from ..partials.records import Column, RecordTableModel
from ..tasks import Job, JobContext

if TYPE_CHECKING:
    from ...services import grids
    from ..main_window import MainWindow

translate = QCoreApplication.translate
GRID_FILTER = QT_TRANSLATE_NOOP("AssignmentWindow", "Classeur Excel (*.xlsx)")
_TITLES = (
    QT_TRANSLATE_NOOP("columns", "Dossier"),
    QT_TRANSLATE_NOOP("columns", "Pôle"),
    QT_TRANSLATE_NOOP("columns", "Rapporteur"),
)
Added = tuple[str, str, str]  # numero, pole name, rapporteur
ADDED_COLUMNS = (
    Column[Added]("Dossier", lambda a: a[0]),
    Column[Added]("Pôle", lambda a: a[1], tooltip=lambda a: a[1]),
    Column[Added]("Rapporteur", lambda a: a[2]),
)


def connection_text(connected: bool, groups: int) -> str:
    if groups == 0:
        return translate("AssignmentWindow", "Aucun rapporteur actif.")
    if connected:
        return translate(
            "AssignmentWindow",
            "Tous les rapporteurs sont reliés par des dossiers communs (étalonnage possible).",
        )
    return translate(
        "AssignmentWindow",
        "Les rapporteurs forment {groups} groupes sans dossier commun : l'étalonnage des "
        "notes entre groupes sera impossible.",
    ).format(groups=groups)


class AutoAssignDialog(QDialog):
    """Options, then the preview of what will be added; « Appliquer » writes it at once."""

    def __init__(self, parent: QWidget, store: CallStore, per_dossier: int) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("AssignmentWindow", "Répartir automatiquement"))
        self.store = store
        self.proposal: assignment.Proposal | None = None
        self.per_dossier = QSpinBox()
        self.per_dossier.setObjectName("perDossier")
        self.per_dossier.setRange(1, 10)
        self.per_dossier.setValue(per_dossier)
        self.per_dossier.setMaximumWidth(80)
        self.avoid_region = QCheckBox(
            translate("AssignmentWindow", "Aucun rapporteur de la région du dossier")
        )
        self.avoid_region.setObjectName("avoidRegion")
        self.summary = QLabel()
        self.summary.setObjectName("previewSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.added_model: RecordTableModel[Added] = RecordTableModel(ADDED_COLUMNS, self)
        self.added_table = QTableView()
        self.added_table.setObjectName("previewTable")
        self.added_table.setModel(self.added_model)
        self.added_table.verticalHeader().hide()
        self.added_table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.apply_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.apply_button.setText(translate("AssignmentWindow", "&Appliquer"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            translate("AssignmentWindow", "A&nnuler")
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow(translate("AssignmentWindow", "&Rapporteurs par dossier :"), self.per_dossier)
        form.addRow("", self.avoid_region)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addWidget(self.added_table, 1)
        layout.addWidget(self.buttons)
        self.resize(760, 560)
        self.per_dossier.valueChanged.connect(self.refresh)
        self.avoid_region.toggled.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        try:
            proposal = assignment.preview(
                self.store,
                per_dossier=self.per_dossier.value(),
                avoid_same_region=self.avoid_region.isChecked(),
            )
        except assignment.AssignmentError as exc:
            self.proposal = None
            self.summary.setText(errors.message(exc))
            self.apply_button.setEnabled(False)
            return
        self.proposal = proposal
        plan = proposal.plan
        pole = {d.id: d.pole_name for d in proposal.board.dossiers}
        self.added_model.set_records(
            [(proposal.numero(d), pole[d], proposal.name(p)) for d, p in plan.added]
        )
        for column in (0, 2):  # the house style's padding is not in the contents' width
            self.added_table.resizeColumnToContents(column)
            self.added_table.setColumnWidth(column, self.added_table.columnWidth(column) + 16)
        before = {r.id: r.load for r in proposal.board.rapporteurs}
        loads = ", ".join(
            f"{r.name} {before[r.id]}→{plan.loads[r.id]}" for r in proposal.board.rapporteurs
        )
        lines = [
            translate(
                "AssignmentWindow",
                "<b>{n} attribution(s) à ajouter</b> ({per} par dossier ; les attributions "
                "existantes sont gardées).",
            ).format(n=len(plan.added), per=proposal.per_dossier),
            translate("AssignmentWindow", "Charges : {loads} (écart {spread}).").format(
                loads=loads or "—", spread=plan.spread
            ),
            connection_text(plan.connected, len(plan.groups)),
        ]
        if plan.shortages:
            short = ", ".join(
                f"{proposal.numero(s.dossier_id)} ({s.possible}/{s.needed})" for s in plan.shortages
            )
            lines.append(
                "<span style='color:#a33'>"
                + translate(
                    "AssignmentWindow",
                    "Pas assez de rapporteurs possibles (conflits, région) : {short}.",
                ).format(short=short)
                + "</span>"
            )
        self.summary.setText("<br>".join(lines))
        self.apply_button.setEnabled(bool(plan.added))


class AssignmentWindow(QMainWindow):
    def __init__(self, main: MainWindow) -> None:
        super().__init__(main, Qt.WindowType.Window)
        self.main = main
        self.path = main.call_path()
        self.changed = False
        self.setWindowTitle(translate("AssignmentWindow", "Attribution des dossiers"))
        self.setObjectName("assignmentWindow")
        self.model = AssignmentMatrixModel(self)
        self.table = QTableView()
        self.table.setObjectName("assignmentMatrix")
        self.table.setModel(self.model)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setDefaultSectionSize(80)
        # Narrow columns: less padding than the house style, so « 12 dossiers » fits.
        header.setStyleSheet("QHeaderView::section { padding: 3px 1px; }")
        header.setMinimumHeight(58)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.clicked.connect(self.toggle)
        self.table.installEventFilter(self)
        self.summary = QLabel()
        self.summary.setObjectName("assignmentSummary")
        self.summary.setWordWrap(True)

        buttons = QHBoxLayout()
        self.auto_button = self._button(
            translate("AssignmentWindow", "&Répartir automatiquement…"), "Ctrl+R", self.auto_assign
        )
        self.export_button = self._button(
            translate("AssignmentWindow", "&Exporter la grille d'un rapporteur…"),
            "Ctrl+E",
            self.choose_and_export,
        )
        self.import_button = self._button(
            translate("AssignmentWindow", "&Importer une grille remplie…"),
            "Ctrl+I",
            self.choose_and_import,
        )
        for b in (self.auto_button, self.export_button, self.import_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self._button(translate("AssignmentWindow", "&Fermer"), "Esc", self.close))

        host = QWidget()
        layout = QVBoxLayout(host)
        layout.addWidget(self.summary)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        hint = QLabel(
            translate(
                "AssignmentWindow",
                "Cliquez une case (ou Espace) pour attribuer ou retirer un dossier ; les cases "
                "grises sont des conflits d'intérêts déclarés.",
            )
        )
        hint.setObjectName("assignmentHelp")
        hint.setStyleSheet("color: #555")
        layout.addWidget(hint)
        self.setCentralWidget(host)
        self.resize(1320, 700)
        self.refresh()

    def _button(self, text: str, keys: str, slot: Any) -> QPushButton:
        button = QPushButton(text)
        button.setShortcut(QKeySequence(keys))
        shown = QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)
        button.setToolTip(f"{text.replace('&', '').rstrip('…')} ({shown})")
        button.clicked.connect(slot)
        return button

    # -- the matrix --------------------------------------------------------------------------

    def refresh(self) -> None:
        store = self.main.store
        if store is None:
            return
        current = self.table.currentIndex()
        board = assignment.board(store)
        self.model.set_board(board)
        if current.isValid():
            self.table.setCurrentIndex(self.model.index(current.row(), current.column()))
        self.table.setColumnWidth(0, 54)
        # Rapporteur columns as wide as their longest words (« 3 applications », « ✓ submitted »
        # in English are wider than the French), never narrower than the default.
        header = self.table.horizontalHeader()
        for col in range(1, self.model.columnCount()):
            needed = max(
                self.table.sizeHintForColumn(col), header.sectionSizeFromContents(col).width()
            )
            self.table.setColumnWidth(col, max(header.defaultSectionSize(), needed))
        short = sum(1 for d in board.dossiers if board.count_on(d.id) < board.per_dossier)
        self.summary.setText(
            translate(
                "AssignmentWindow",
                "<b>{dossiers} dossier(s) éligible(s)</b>, {rapporteurs} rapporteur(s) actif(s), "
                "{per} rapporteurs par dossier ; {short} dossier(s) incomplet(s). ",
            ).format(
                dossiers=len(board.dossiers),
                rapporteurs=len(board.rapporteurs),
                per=board.per_dossier,
                short=short,
            )
            + connection_text(board.connected, len(board.groups))
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.table
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Space
        ):
            self.toggle(self.table.currentIndex())
            return True
        return super().eventFilter(watched, event)

    def toggle(self, index: QModelIndex) -> None:
        """Assign or unassign the cell's rapporteur; refusals are shown, nothing changes."""
        store = self.main.store
        r = self.model.rapporteur(index.column()) if index.isValid() else None
        if store is None or r is None or self.model.is_conflict(index):
            return
        d = self.model.dossier(index.row())
        try:
            if self.model.is_assigned(index):
                assignment.unassign(store, person=r.id, numero=d.numero)
                done = translate("AssignmentWindow", "{name} retiré(e) de {numero}").format(
                    name=r.name, numero=d.numero
                )
            else:
                assignment.assign(store, person=r.id, numero=d.numero)
                done = translate("AssignmentWindow", "{numero} confié à {name}").format(
                    numero=d.numero, name=r.name
                )
        except (assignment.AssignmentError, PeopleError) as exc:
            text = errors.message(exc)
            errors.show_error(
                self,
                translate("AssignmentWindow", "Attribution"),
                text[:1].upper() + text[1:] + ".",
            )
            return
        self.changed = True
        self.statusBar().showMessage(done, 8000)
        self.refresh()

    def auto_assign(self) -> None:
        store = self.main.store
        board = self.model.board
        if store is None or board is None:
            return
        dialog = AutoAssignDialog(self, store, board.per_dossier)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.proposal is None:
            return
        self.apply(dialog.proposal)

    def apply(self, proposal: assignment.Proposal) -> None:
        assert self.main.store is not None
        try:
            count = assignment.apply(self.main.store, proposal)
        except assignment.AssignmentError as exc:
            errors.show_error(
                self,
                translate("AssignmentWindow", "Répartir automatiquement"),
                errors.message(exc),
            )
            return
        self.changed = True
        self.statusBar().showMessage(
            translate("AssignmentWindow", "{n} attribution(s) ajoutée(s)").format(n=count), 10_000
        )
        self.refresh()

    # -- grids -------------------------------------------------------------------------------

    def choose_and_export(self) -> None:
        r = self.model.rapporteur(self.table.currentIndex().column())
        choose_and_export_grid(self.main, person_id=r.id if r else None, parent=self)

    def choose_and_import(self) -> None:
        job = choose_and_import_grid(self.main, parent=self)
        if job is not None:
            job.done.connect(lambda _result: self.refresh())

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.changed:
            self.main.reload()  # the list's « Sans rapporteur » filter and progress
            self.changed = False
        super().closeEvent(event)


# -- grid export and import (also from the menu) ----------------------------------------------


def export_grid_to(main: MainWindow, person_id: int, out: Path) -> Job | None:
    path = main.call_path()
    if path is None:
        return None
    actor = main.current_actor()

    def work(_ctx: JobContext) -> tuple[str, int]:
        from ...services import grids  # openpyxl: loaded when a grid is made, not at start-up

        with open_call(path, actor=actor) as store:
            data, person, count = grids.export_grid(store, rapporteur=person_id)
        write_atomic(out, data)
        return person.name, count

    def done(result: tuple[str, int]) -> None:
        name, count = result
        main.statusBar().showMessage(
            translate(
                "AssignmentWindow", "Grille de {name} écrite : {out} ({n} dossier(s))"
            ).format(name=name, out=out, n=count),
            15_000,
        )

    return main.run_task(
        work,
        label=translate("AssignmentWindow", "Grille vers {name}").format(name=out.name),
        on_done=done,
    )


def import_grid_from(main: MainWindow, source: Path, *, submit: bool) -> Job | None:
    """Import in the background; refusals are shown with every problem in the details."""
    path = main.call_path()
    if path is None:
        return None
    actor = main.current_actor()
    title = translate("AssignmentWindow", "Importer une grille remplie")

    def work(_ctx: JobContext) -> grids.GridImport | grids.GridRefused:
        from ...services import grids  # openpyxl: loaded when a grid is read, not at start-up

        with open_call(path, actor=actor) as store:
            try:
                return grids.import_grid(store, source, submit=submit)
            except grids.GridRefused as exc:
                return exc

    def done(result: grids.GridImport | grids.GridRefused) -> None:
        from ...services import grids

        if isinstance(result, grids.GridRefused):
            details = "\n".join(errors.message(p) for p in result.problems)
            errors.show_error(main, title, errors.message(result), details=details)
            return
        summary = errors.message(result.summary())
        text = translate("AssignmentWindow", "{name} : {summary}")
        main.statusBar().showMessage(text.format(name=source.name, summary=summary), 20_000)
        main.reload()

    return main.run_task(work, label=title, on_done=done)


def _slug(name: str) -> str:
    return re.sub(r"[^\w-]+", "-", name, flags=re.UNICODE).strip("-").lower() or "rapporteur"


def choose_and_export_grid(
    main: MainWindow, *, person_id: int | None = None, parent: QWidget | None = None
) -> Job | None:
    store = main.store
    if store is None:
        errors.show_error(
            main,
            translate("AssignmentWindow", "Exporter une grille"),
            translate("AssignmentWindow", "Ouvrez d'abord un fichier d'appel."),
        )
        return None
    people = assignment.board(store).rapporteurs
    if not people:
        errors.show_error(
            main,
            translate("AssignmentWindow", "Exporter une grille"),
            translate("AssignmentWindow", "Aucun rapporteur actif dans cet appel."),
        )
        return None
    person = next((r for r in people if r.id == person_id), None)
    if person is None:
        names = [
            translate("AssignmentWindow", "{name} ({n} dossier(s))").format(name=r.name, n=r.load)
            for r in people
        ]
        picked, ok = QInputDialog.getItem(
            parent or main,
            translate("AssignmentWindow", "Exporter la grille d'un rapporteur"),
            translate("AssignmentWindow", "Rapporteur :"),
            names,
            0,
            False,
        )
        if not ok:
            return None
        person = people[names.index(picked)]
    start = store.path.with_name(f"grille-{_slug(person.name)}.xlsx")
    name, _ = QFileDialog.getSaveFileName(
        parent or main,
        translate("AssignmentWindow", "Grille de {name}").format(name=person.name),
        str(start),
        translate("AssignmentWindow", GRID_FILTER),
    )
    if not name:
        return None
    out = Path(name) if name.lower().endswith(".xlsx") else Path(name + ".xlsx")
    return export_grid_to(main, person.id, out)


def choose_and_import_grid(main: MainWindow, *, parent: QWidget | None = None) -> Job | None:
    if main.store is None:
        errors.show_error(
            main,
            translate("AssignmentWindow", "Importer une grille"),
            translate("AssignmentWindow", "Ouvrez d'abord un fichier d'appel."),
        )
        return None
    name, _ = QFileDialog.getOpenFileName(
        parent or main,
        translate("AssignmentWindow", "Importer une grille remplie"),
        str(main.store.path.parent),
        translate("AssignmentWindow", GRID_FILTER),
    )
    if not name:
        return None
    choices = [
        translate("AssignmentWindow", "restent en brouillon"),
        translate("AssignmentWindow", "sont soumises"),
    ]
    submit, ok = QInputDialog.getItem(
        parent or main,
        translate("AssignmentWindow", "Importer une grille remplie"),
        translate("AssignmentWindow", "Les évaluations complètes :"),
        choices,
        0,
        False,
    )
    if not ok:
        return None
    return import_grid_from(main, Path(name), submit=submit == choices[1])


# -- the menu ---------------------------------------------------------------------------------


def open_window(main: MainWindow) -> AssignmentWindow | None:
    if main.store is None:
        errors.show_error(
            main,
            translate("AssignmentWindow", "Attribution des dossiers"),
            translate("AssignmentWindow", "Ouvrez d'abord un fichier d'appel."),
        )
        return None
    window = getattr(main, "assignment_window", None)
    if window is None:
        window = AssignmentWindow(main)
        main.assignment_window = window
    else:
        window.refresh()
    window.show()
    window.raise_()
    window.activateWindow()
    return window
