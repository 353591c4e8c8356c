"""The secretariat's session window: agenda, attendance with live quorum, recusals, decisions
with live envelope gauges, ranking with its cut-off; it drives the projector window.

Everything goes through `services.deliberation` on the window's CallStore (quick queries on
the GUI thread); the convocation PDF is rendered by a background job on its own CallStore.
A refused step shows the service's French message and writes nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import QItemSelection, QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QWidget,
)

from ...domain.model import Attendance, SessionState
from ...services import browse
from ...services import decision_support as support
from ...services import deliberation as delib
from ...services.files import CallStore, StoreError, open_call
from ...services.session_data import (
    STATE_LABELS,
    AgendaEntry,
    RankingEntry,
    SessionReport,
    committee_members,
    meeting_item,
    tie_break_rules,
)
from .. import errors
from .. import format as fmt
from ..dialogs.new_session import NewSessionDialog
from ..i18n import label
from ..partials.fields import DateField
from ..partials.fit import scrolling
from ..partials.records import RecordTableModel
from ..partials.session_tables import (
    AGENDA_COLUMNS,
    AGENDA_EDIT_COLUMNS,
    RANKING_COLUMNS,
    AgendaEditModel,
    CutOffDelegate,
    RankingModel,
)
from ..tasks import Job, JobContext, TaskManager
from ..uiloader import child, load_ui
from .meeting_window import MeetingWindow
from .session_panels import (
    BAD_COLOUR,
    OK_COLOUR,
    AttendanceGrid,
    DecisionForm,
    GaugeRow,
    quorum_html,
)

if TYPE_CHECKING:
    from .minutes_dialog import MinutesDialog

# A rule's refusal or the file's (read-only, busy, full disk); anything else is a bug and
# reaches gui/errors.py as unexpected, never dressed as a refusal.
REFUSED = (delib.DeliberationError, StoreError)


def ask(box: QMessageBox) -> QAbstractButton | None:
    """Show a question and return the button chosen (tests answer in its place)."""
    box.exec()
    return box.clickedButton()


class SessionWindow(QMainWindow):
    decision_recorded = Signal(int)  # dossier id: the main window may refresh its list

    def __init__(self, store: CallStore, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        load_ui("session_window", self)
        self.store = store
        self.call = browse.current_call(store)
        self.tasks = TaskManager(self)
        self.session_id: int | None = None
        self.report: SessionReport | None = None
        self.position = 0  # 1-based agenda position shown; 0 when none
        self.meeting = MeetingWindow()
        self.meeting.closed.connect(lambda: self.projector_button.setChecked(False))
        self.meeting.step.connect(self.step)

        self.session_combo = child(self, QComboBox, "sessionCombo")
        self.state_label = child(self, QLabel, "stateLabel")
        self.quorum_label = child(self, QLabel, "quorumLabel")
        self.tabs = child(self, QTabWidget, "mainTabs")
        self.open_button = child(self, QPushButton, "openButton")
        self.close_button = child(self, QPushButton, "closeButton")
        self.reopen_button = child(self, QPushButton, "reopenButton")
        self.projector_button: QPushButton = child(self, QPushButton, "projectorButton")
        self.agenda_table = child(self, QTableView, "agendaTable")
        self.agenda_model: RecordTableModel[AgendaEntry] = RecordTableModel(AGENDA_COLUMNS, self)
        self.agenda_edit_table = child(self, QTableView, "agendaEditTable")
        self.agenda_edit_model = AgendaEditModel(AGENDA_EDIT_COLUMNS, self)
        self.agenda_edit_model.rows_dropped.connect(self.move_agenda_rows)
        self.ranking_table = child(self, QTableView, "rankingTable")
        self.ranking_model = RankingModel(RANKING_COLUMNS, self)
        self.item_title = child(self, QLabel, "itemTitle")
        self.item_facts = child(self, QLabel, "itemFacts")
        self.recused_list = child(self, QListWidget, "recusedList")
        self.recusal_person = child(self, QComboBox, "recusalPersonCombo")
        self.recusal_reason = child(self, QLineEdit, "recusalReasonEdit")
        self.notes = child(self, QPlainTextEdit, "notesEdit")
        self.note_edit = QLineEdit()
        self.note_edit.setObjectName("noteEdit")
        self.note_edit.setPlaceholderText(
            self.tr("Ajouter une note privée sur ce dossier (Entrée)")
        )
        notes_layout = child(self, QWidget, "notesBox").layout()
        assert notes_layout is not None  # the form gives notesBox a layout
        notes_layout.addWidget(self.note_edit)
        self.attendance = AttendanceGrid(
            child(self, QWidget, "attendanceHost"), child(self, QGridLayout, "attendanceGrid")
        )
        self.attendance_message = child(self, QLabel, "attendanceMessage")
        self.quorum_note = child(self, QLineEdit, "quorumNoteEdit")
        self.form = DecisionForm(self, self.call.funders)
        self.form.set_proposer(self._propose_split)
        self.gauges = GaugeRow(child(self, QWidget, "envelopeBox"))
        self.calibration = QCheckBox(
            self.tr("Calibration des rapporteurs montrée au comité (annexe 3 du procès-verbal)")
        )
        self.calibration.setObjectName("calibrationShownCheck")
        settings = child(self, QFormLayout, "settingsForm")
        row, _role = cast(  # PySide6's stub says object: it is (row, role)
            tuple[int, QFormLayout.ItemRole],
            settings.getWidgetPosition(child(self, QPushButton, "saveSettingsButton")),
        )
        settings.insertRow(row, "", self.calibration)

        self._setup_tables()
        self._setup_people()
        self._wire()
        self.reload_sessions()
        self.resize(1500, 950)  # bounded to the screen when shown (partials/fit.py)

    # -- set-up -------------------------------------------------------------------------------

    def _setup_tables(self) -> None:
        for table, model in (
            (self.agenda_table, self.agenda_model),
            (self.agenda_edit_table, self.agenda_edit_model),
            (self.ranking_table, self.ranking_model),
        ):
            table.setModel(model)
            table.verticalHeader().hide()
            table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            header = table.horizontalHeader()
            header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        table = self.agenda_edit_table
        table.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        table.setDragEnabled(True)
        table.setDropIndicatorShown(True)
        table.setDragDropOverwriteMode(False)
        table.setDefaultDropAction(Qt.DropAction.MoveAction)
        table.setAccessibleName(
            self.tr("Ordre du jour : Ctrl+Haut et Ctrl+Bas déplacent, Suppr retire")
        )
        for keys, slot in (
            ("Ctrl+Up", lambda: self.move_agenda_item(-1)),
            ("Ctrl+Down", lambda: self.move_agenda_item(1)),
            ("Delete", self.remove_from_agenda),
        ):
            action = QAction(table)
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            action.triggered.connect(slot)
            table.addAction(action)
        # The agenda beside the decision: the pole's name a fixed room (its tooltip says it
        # all), the decision its text's width.
        self.agenda_table.horizontalHeader().setSectionResizeMode(
            2, QHeaderView.ResizeMode.Interactive
        )
        self.agenda_table.setColumnWidth(2, 150)
        self.ranking_table.setItemDelegate(CutOffDelegate(self.ranking_model, self.ranking_table))
        splitter = child(self, QSplitter, "deliberationSplitter")
        # The decision side scrolls rather than squashing its fields on a 768-pixel screen.
        splitter.insertWidget(1, scrolling(child(self, QWidget, "itemSide")))
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([640, 700])
        rules = []
        for rule in tie_break_rules(self.call):
            if rule == "submitted_on":
                rules.append(self.tr("dépôt le plus ancien"))
            else:
                label = next((c.label for c in self.call.criteria if c.code == rule), rule)
                rules.append(self.tr("meilleure note en « {label} »").format(label=label))
        child(self, QLabel, "rankingHelp").setText(
            self.tr(
                "Moyenne pondérée des évaluations soumises. Départage à note égale : {rules}. "
                "Le trait rouge marque la limite de l'enveloppe ({envelope}) ; en jaune, la "
                "liste complémentaire ; en bas, les dossiers écartés (note éliminatoire ou "
                "évaluation manquante)."
            ).format(rules=self.tr(", puis ").join(rules), envelope=fmt.eur(self.call.envelope))
        )

    def _setup_people(self) -> None:
        self.recusal_person.clear()
        for p in committee_members(self.store):
            self.recusal_person.addItem(p.name, p.id)
        chairs, secretaries = delib.officer_candidates(self.store)
        for combo, pool in (
            (child(self, QComboBox, "chairCombo"), chairs),
            (child(self, QComboBox, "secretaryCombo"), secretaries),
        ):
            combo.clear()
            combo.addItem("—", None)
            for p in pool:
                combo.addItem(p.name, p.id)

    def _wire(self) -> None:
        buttons = {
            "newSessionButton": self.new_session,
            "openButton": self.open_session,
            "closeButton": self.close_session,
            "reopenButton": self.reopen_session,
            "convocationButton": self.export_convocation,
            "minutesButton": self.open_minutes,
            "prevButton": lambda: self.step(-1),
            "nextButton": lambda: self.step(1),
            "addRecusalButton": self.add_recusal,
            "removeRecusalButton": self.remove_recusal,
            "saveDecisionButton": self.save_decision,
            "proposeSplitButton": lambda: self.form.apply_split(
                self._propose_split(self.form.amount.value())
            ),
            "allPresentButton": self.attendance.all_present,
            "fillAgendaButton": self.fill_agenda,
            "addToAgendaButton": self.add_ranked_to_agenda,
            "sortRankingButton": lambda: self.sort_agenda(delib.AgendaOrder.RANKING),
            "sortRegionButton": lambda: self.sort_agenda(delib.AgendaOrder.REGION),
            "upButton": lambda: self.move_agenda_item(-1),
            "downButton": lambda: self.move_agenda_item(1),
            "removeFromAgendaButton": self.remove_from_agenda,
            "saveSettingsButton": self.save_settings,
        }
        for name, slot in buttons.items():
            child(self, QPushButton, name).clicked.connect(slot)
        self.projector_button.toggled.connect(self.toggle_projector)
        self.session_combo.currentIndexChanged.connect(self._on_session_chosen)
        self.agenda_table.selectionModel().currentRowChanged.connect(self._on_agenda_row)
        self.attendance.changed.connect(self.save_attendance)
        self.form.edited.connect(self._update_gauges)
        self.note_edit.returnPressed.connect(self.add_note)
        for keys, slot in (
            ("Alt+Down", lambda: self.step(1)),
            ("Alt+Up", lambda: self.step(-1)),
            ("F5", lambda: self.projector_button.toggle()),
            ("Ctrl+Return", self.save_decision),
        ):
            action = QAction(self)
            action.setShortcut(QKeySequence(keys))
            action.triggered.connect(slot)
            self.addAction(action)

    # -- sessions -----------------------------------------------------------------------------

    def reload_sessions(self, select: int | None = None) -> None:
        sessions = delib.list_sessions(self.store)
        self.session_combo.blockSignals(True)
        self.session_combo.clear()
        for s, n, d in sessions:
            self.session_combo.addItem(
                f"{s.date:%d/%m/%Y} — {s.title} ({label(STATE_LABELS[s.state])}, {d}/{n})", s.id
            )
        self.session_combo.blockSignals(False)
        if not sessions:
            self.show_session(None)
            return
        index = self.session_combo.findData(select) if select else -1
        # By default, the latest session still open or planned, else the latest.
        if index < 0:
            live = [
                i for i, (s, _, _) in enumerate(sessions) if s.state.value in ("open", "planned")
            ]
            index = live[-1] if live else len(sessions) - 1
        self.session_combo.setCurrentIndex(index)
        self.show_session(self.session_combo.currentData())

    def _on_session_chosen(self, _index: int) -> None:
        self.show_session(self.session_combo.currentData())

    def show_session(self, session_id: int | None) -> None:
        self.session_id = session_id
        self.position = 0
        self.refresh(keep_position=False)

    def new_session(self) -> NewSessionDialog:
        """Asks date, place, officers and the agenda; the session is created on « Créer »."""
        dialog = NewSessionDialog(self.store, self)
        self.new_session_dialog = dialog

        def created() -> None:
            self.reload_sessions(select=dialog.session_id)
            self.tabs.setCurrentWidget(child(self, QWidget, "agendaTab"))

        dialog.accepted.connect(created)
        dialog.open()
        return dialog

    def refresh(self, *, keep_position: bool = True) -> None:
        """Re-read the session from the file and show it everywhere."""
        self.report = delib.session_report(self.store, self.session_id) if self.session_id else None
        report = self.report
        self.ranking_model.set_records(delib.ranking(self.store))
        if report is None:
            self.agenda_model.set_records([])
            self.agenda_edit_model.set_records([])
            self.state_label.setText(self.tr("Aucune séance : créez-en une."))
            self.quorum_label.clear()
            self._update_gauges()
            self._enable(None)
            return
        self.state_label.setText(f"<b>{label(STATE_LABELS[report.state])}</b>")
        self.quorum_label.setText(quorum_html(report.quorum))
        self.agenda_model.set_records(report.agenda)
        self.agenda_edit_model.set_records(report.agenda)
        self.attendance.set_report(report)
        if self.quorum_note.text() != report.quorum.note:
            self.quorum_note.setText(report.quorum.note)
        self._fill_settings(report)
        self._enable(report)
        position = self.position if keep_position else 1
        self.go_to(min(max(position, 1), len(report.agenda)) if report.agenda else 0)

    def _enable(self, report: SessionReport | None) -> None:
        state = report.state if report else None
        editable = state in (SessionState.PLANNED, SessionState.OPEN)
        self.open_button.setEnabled(state is SessionState.PLANNED)
        self.close_button.setEnabled(state is SessionState.OPEN)
        self.reopen_button.setEnabled(state is SessionState.CLOSED)
        child(self, QWidget, "decisionBox").setEnabled(state is SessionState.OPEN)
        child(self, QWidget, "attendanceTab").setEnabled(editable)
        for name in ("agendaButtons", "recusalBox", "settingsTab"):
            w = self.findChild(QWidget, name)
            if w is not None:
                w.setEnabled(editable)
        for name in (
            "fillAgendaButton",
            "addToAgendaButton",
            "sortRankingButton",
            "sortRegionButton",
            "upButton",
            "downButton",
            "removeFromAgendaButton",
        ):
            child(self, QPushButton, name).setEnabled(editable)  # fmt: skip
        if state is SessionState.SIGNED:
            self.state_label.setText(
                f"<b style='color:{BAD_COLOUR}'>"
                + self.tr("PV signé : séance verrouillée")
                + "</b>"
            )

    def _fill_settings(self, report: SessionReport) -> None:
        child(self, QLineEdit, "titleEdit").setText(report.title)
        child(self, DateField, "dateEdit").set_day(report.date)
        child(self, QLineEdit, "timeEdit").setText(report.time)
        child(self, QLineEdit, "placeEdit").setText(report.place)
        for name, pid in (("chairCombo", report.chair_id), ("secretaryCombo", report.secretary_id)):
            combo = child(self, QComboBox, name)
            combo.setCurrentIndex(max(0, combo.findData(pid)))
        self.calibration.setChecked(support.calibration_shown(self.store, session_id=report.id))

    def save_settings(self) -> None:
        if self.session_id is None:
            return
        day_field = child(self, DateField, "dateEdit")
        message = child(self, QLabel, "settingsMessage")
        day = day_field.day()
        if day is None:
            message.setText(f"<b style='color:{BAD_COLOUR}'>{day_field.problem()}</b>")
            return
        try:
            delib.update_session(
                self.store,
                session_id=self.session_id,
                title=child(self, QLineEdit, "titleEdit").text(),
                day=day,
                time=child(self, QLineEdit, "timeEdit").text(),
                place=child(self, QLineEdit, "placeEdit").text(),
                chair_id=child(self, QComboBox, "chairCombo").currentData(),
                secretary_id=child(self, QComboBox, "secretaryCombo").currentData(),
            )
            shown = self.calibration.isChecked()
            if shown != support.calibration_shown(self.store, session_id=self.session_id):
                support.set_calibration_shown(self.store, session_id=self.session_id, shown=shown)
        except (*REFUSED, support.DecisionSupportError) as exc:
            message.setText(f"<b style='color:{BAD_COLOUR}'>{errors.message(exc)}</b>")
            return
        message.setText(f"<span style='color:{OK_COLOUR}'>" + self.tr("Enregistré.") + "</span>")
        self.reload_sessions(select=self.session_id)

    def _run(self, title: str, fn: Callable[..., object], *args: Any, **kwargs: Any) -> bool:
        try:
            fn(self.store, *args, **kwargs)
        except REFUSED as exc:
            text = errors.message(exc)
            errors.show_error(self, title, text[:1].upper() + text[1:])
            return False
        return True

    def open_session(self) -> None:
        if self.session_id and self._run(
            self.tr("Ouverture de la séance"),
            delib.open_session,
            session_id=self.session_id,
            quorum_note=self.quorum_note.text(),
        ):
            self.reload_sessions(select=self.session_id)

    def close_session(self) -> None:
        """Undecided items: say which and offer to go to the first. Else confirm first."""
        if self.session_id is None or self.report is None:
            return
        undecided = self.report.undecided
        if undecided:
            box = QMessageBox(
                QMessageBox.Icon.Warning,
                self.tr("Clôture de la séance"),
                self.tr(
                    "{count} dossier(s) de l'ordre du jour sans décision : {numeros}.\n"
                    "La séance ne peut être close qu'une fois chaque dossier décidé."
                ).format(count=len(undecided), numeros=", ".join(e.numero for e in undecided)),
                QMessageBox.StandardButton.Cancel,
                self,
            )
            go = box.addButton(
                self.tr("Aller au {numero}").format(numero=undecided[0].numero),
                QMessageBox.ButtonRole.AcceptRole,
            )
            box.setDefaultButton(go)
            self.close_box = box
            if ask(box) is go:
                self.tabs.setCurrentWidget(child(self, QWidget, "deliberationTab"))
                self.go_to(undecided[0].position)
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Clôture de la séance"),
            self.tr(
                "Clore la séance « {title} » ? Les {count} décisions ne pourront plus être "
                "modifiées sans rouvrir la séance."
            ).format(title=self.report.title, count=len(self.report.agenda)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("&Clore la séance"))
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        self.close_box = box
        if ask(box) is not box.button(QMessageBox.StandardButton.Yes):
            return
        if self._run(
            self.tr("Clôture de la séance"), delib.close_session, session_id=self.session_id
        ):
            self.reload_sessions(select=self.session_id)

    def reopen_session(self) -> None:
        if self.session_id and self._run(
            self.tr("Réouverture de la séance"), delib.reopen_session, session_id=self.session_id
        ):
            self.reload_sessions(select=self.session_id)

    # -- attendance ---------------------------------------------------------------------------

    def save_attendance(self, attendance: list[Attendance]) -> None:
        if self.session_id is None:
            return
        try:
            delib.set_attendance(self.store, session_id=self.session_id, attendance=attendance)
        except REFUSED as exc:
            self.attendance_message.setText(
                f"<b style='color:{BAD_COLOUR}'>"
                + self.tr("Refusé : {why}").format(why=exc)
                + "</b>"
            )
            self.refresh()  # back to what the file holds
            return
        self.attendance_message.clear()
        self.refresh()

    # -- agenda -------------------------------------------------------------------------------

    def _agenda_ids(self) -> list[int]:
        return [e.dossier_id for e in self.report.agenda] if self.report else []

    def _set_agenda(self, ids: list[int], *, select: Iterable[int] | None = None) -> None:
        if self.session_id is None:
            return
        message = child(self, QLabel, "agendaMessage")
        try:
            delib.set_agenda(self.store, session_id=self.session_id, dossier_ids=ids)
        except REFUSED as exc:
            message.setText(
                f"<b style='color:{BAD_COLOUR}'>"
                + self.tr("Refusé : {why}").format(why=exc)
                + "</b>"
            )
            return
        message.clear()
        self.refresh()
        self._select_agenda_rows(select or [])

    def _select_agenda_rows(self, rows: Iterable[int]) -> None:
        table, model = self.agenda_edit_table, self.agenda_edit_model
        selection = QItemSelection()
        for row in rows:
            if 0 <= row < model.rowCount():
                selection.select(model.index(row, 0), model.index(row, model.columnCount() - 1))
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect
        table.selectionModel().select(selection, flags)
        if not selection.isEmpty():
            table.selectionModel().setCurrentIndex(
                selection.indexes()[0], QItemSelectionModel.SelectionFlag.NoUpdate
            )

    def fill_agenda(self) -> None:
        ids = self._agenda_ids()
        ids += [d for d in delib.default_agenda(self.store) if d not in ids]
        self._set_agenda(ids)

    def add_ranked_to_agenda(self) -> None:
        index = self.ranking_table.currentIndex()
        if not index.isValid():
            return
        entry: RankingEntry = self.ranking_model.record(index.row())
        ids = self._agenda_ids()
        if entry.dossier_id not in ids:
            self._set_agenda([*ids, entry.dossier_id], select=[len(ids)])

    def sort_agenda(self, order: delib.AgendaOrder) -> None:
        ids = self._agenda_ids()
        self._set_agenda(delib.order_agenda(self.store, dossier_ids=ids, order=order))

    def _selected_rows(self) -> list[int]:
        rows = {i.row() for i in self.agenda_edit_table.selectionModel().selectedRows()}
        if not rows and self.agenda_edit_table.currentIndex().isValid():
            rows = {self.agenda_edit_table.currentIndex().row()}
        return sorted(rows)

    def move_agenda_item(self, delta: int) -> None:
        """Move the selected rows one place up (-1) or down (+1), keeping them selected."""
        rows, ids = self._selected_rows(), self._agenda_ids()
        if not rows or rows[0] + delta < 0 or rows[-1] + delta >= len(ids):
            return
        self.move_agenda_rows(rows, rows[0] + delta if delta < 0 else rows[-1] + 2)

    def move_agenda_rows(self, rows: list[int], target: int) -> None:
        """Put the dossiers at `rows` before row `target` (drag and drop, keyboard moves)."""
        ids = self._agenda_ids()
        moving = [ids[r] for r in rows]
        before = target - sum(1 for r in rows if r < target)
        rest = [d for i, d in enumerate(ids) if i not in set(rows)]
        new = rest[:before] + moving + rest[before:]
        if new != ids:
            self._set_agenda(new, select=range(before, before + len(moving)))

    def remove_from_agenda(self) -> None:
        rows, ids = self._selected_rows(), self._agenda_ids()
        if not rows:
            return
        kept = [d for i, d in enumerate(ids) if i not in set(rows)]
        self._set_agenda(kept, select=[min(rows[0], len(kept) - 1)])

    # -- the current item ---------------------------------------------------------------------

    def current_entry(self) -> AgendaEntry | None:
        if self.report is None or not 1 <= self.position <= len(self.report.agenda):
            return None
        return self.report.agenda[self.position - 1]

    def step(self, delta: int) -> None:
        if self.report and self.report.agenda:
            self.go_to(min(max(self.position + delta, 1), len(self.report.agenda)))

    def go_to(self, position: int) -> None:
        """Show agenda item `position` (1-based) here and on the projector."""
        self.position = position
        if position and self.agenda_table.currentIndex().row() != position - 1:
            self.agenda_table.selectRow(position - 1)
        entry = self.current_entry()
        self._show_entry(entry)
        if self.report is not None and entry is not None:
            self.meeting.show_item(
                meeting_item(self.store, self.report, position), session_title=self.report.title
            )
        else:
            self.meeting.show_item(None, session_title=self.report.title if self.report else "")

    def _on_agenda_row(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid() and current.row() + 1 != self.position:
            self.go_to(current.row() + 1)

    def _show_entry(self, entry: AgendaEntry | None) -> None:
        self.form.show_entry(
            entry,
            grant_min=self.call.grant_min,
            grant_max=self.call.grant_max,
            reserve_rank=delib.next_reserve_rank(self.store, dossier_id=entry.dossier_id)
            if entry
            else 1,
            proposal=support.proposal(
                self.store, session_id=self.session_id, dossier_id=entry.dossier_id
            )
            if entry and self.session_id and entry.decision is None
            else None,
        )
        self.recused_list.clear()
        self.notes.clear()
        if entry is None:
            self.item_title.setText(self.tr("Aucun dossier à l'ordre du jour."))
            self.item_facts.clear()
            self._update_gauges()
            return
        self.item_title.setText(
            f"<span style='font-size:15pt'><b>{entry.position}. {entry.numero}</b> — "
            f"{entry.pole_name}</span>"
        )
        self.item_facts.setText(
            f"{entry.region}{' (' + entry.departement + ')' if entry.departement else ''} · "
            + self.tr(
                "porteur : {lead} · sollicité : <b>{amount}</b> · note : <b>{score}</b>/100"
            ).format(
                lead=entry.lead_name,
                amount=fmt.eur(entry.amount_requested),
                score=fmt.score(entry.weighted_score),
            )
            + (self.tr(" (rang {rank})").format(rank=entry.rank) if entry.rank else "")
            + (
                self.tr(" · écart max {spread}").format(spread=fmt.score(entry.max_spread))
                if entry.max_spread
                else ""
            )
            + self.tr(" · <b>{voters}</b> votants").format(voters=entry.voters)
        )
        for r in entry.recused:
            item = QListWidgetItem(
                self.tr("{name} quitte la salle — {reason}").format(name=r.name, reason=r.reason)
            )
            item.setData(Qt.ItemDataRole.UserRole, r.person_id)
            self.recused_list.addItem(item)
        notes = delib.private_notes(self.store, dossier_id=entry.dossier_id)
        self.notes.setPlainText(
            "\n".join(
                f"{fmt.timestamp(n['created_at'])} — {n['name']} : {n['body']}" for n in notes
            )
        )
        self._update_gauges()

    def _propose_split(self, amount: float) -> dict[str, float]:
        entry = self.current_entry()
        if entry is None:
            return {}
        return delib.proposed_split(self.store, dossier_id=entry.dossier_id, amount=amount)

    def _update_gauges(self) -> None:
        entry = self.current_entry()
        if entry is None or self.report is None or self.report.state is not SessionState.OPEN:
            self.gauges.set_gauges(delib.envelope(self.store))
            return
        self.gauges.set_gauges(
            delib.envelope(
                self.store, dossier_id=entry.dossier_id, pending_split=self.form.current_split()
            )
        )
        over = self.gauges.exceeded()
        self.form.override.setStyleSheet("QLineEdit { border: 2px solid #c62828; }" if over else "")

    # -- recusals, decisions, notes -----------------------------------------------------------

    def add_recusal(self) -> None:
        entry = self.current_entry()
        if entry is None:
            return
        if self._run(
            self.tr("Déport"),
            delib.declare_recusal,
            person_id=self.recusal_person.currentData(),
            dossier_id=entry.dossier_id,
            reason=self.recusal_reason.text(),
            session_id=self.session_id,
        ):
            self.recusal_reason.clear()
            self.refresh()

    def remove_recusal(self) -> None:
        entry, item = self.current_entry(), self.recused_list.currentItem()
        if entry is None or item is None:
            return
        reason, ok = QInputDialog.getText(
            self, "Retirer le déport", "Motif du retrait (il reste inscrit au dossier) :"
        )
        if not ok:
            return
        if self._run(
            self.tr("Déport"),
            delib.withdraw_recusal,
            person_id=item.data(Qt.ItemDataRole.UserRole),
            dossier_id=entry.dossier_id,
            reason=reason,
            session_id=self.session_id,
        ):
            self.refresh()

    def save_decision(self) -> None:
        entry = self.current_entry()
        if entry is None or self.session_id is None:
            return
        typed = self.form.problems()
        if typed:
            self.form.show_error("<br>".join(typed))
            return
        try:
            delib.record_decision(
                self.store,
                session_id=self.session_id,
                dossier_id=entry.dossier_id,
                **self.form.values(),
            )
        except REFUSED as exc:
            self.form.show_error(errors.message(exc))
            return
        self.decision_recorded.emit(entry.dossier_id)
        self.refresh()

    def add_note(self) -> None:
        entry = self.current_entry()
        if entry is None or self.session_id is None:
            return
        if self._run(
            self.tr("Note privée"),
            delib.add_private_note,
            session_id=self.session_id,
            dossier_id=entry.dossier_id,
            body=self.note_edit.text(),
        ):
            self.note_edit.clear()
            self._show_entry(entry)

    # -- projector and documents --------------------------------------------------------------

    def toggle_projector(self, on: bool) -> None:
        if on:
            self.meeting.present()
            self.go_to(self.position)
        else:
            self.meeting.hide()

    def export_convocation(self) -> None:
        if self.session_id is None:
            return
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Convocation"),
            f"convocation-seance-{self.session_id}.pdf",
            "PDF (*.pdf)",
        )
        if name:
            self.write_convocation(Path(name))

    def open_minutes(self) -> MinutesDialog:
        """The procès-verbal dialog on this session; a chair's signature locks it here too."""
        from .minutes_dialog import MinutesDialog

        dialog = getattr(self, "minutes_dialog", None)
        if dialog is None:
            dialog = self.minutes_dialog = MinutesDialog(self.store, self)
            dialog.session_locked.connect(lambda sid: self.reload_sessions(select=sid))
        if self.session_id is not None:
            dialog.reload_sessions(select=self.session_id)
        dialog.show()
        dialog.raise_()
        return dialog

    def write_convocation(self, out: Path) -> Job | None:
        """Render off the GUI thread on its own CallStore; returns the job (None without a
        session)."""
        from ...io.files import write_atomic

        path, actor, session_id = self.store.path, self.store.actor, self.session_id
        if session_id is None:
            return None

        def work(ctx: JobContext) -> Path:
            ctx.progress(10, "Convocation")
            with open_call(path, actor=actor) as store:
                pdf = delib.convocation_pdf(store, session_id=session_id)
            write_atomic(out, pdf)
            return out

        job = self.tasks.run(work, label=self.tr("Convocation"))
        job.failed.connect(lambda message: errors.show_error(self, self.tr("Convocation"), message))
        job.done.connect(
            lambda p: self.statusBar().showMessage(
                self.tr("Convocation écrite : {path}").format(path=p), 10_000
            )
        )
        return job

    def closeEvent(self, event: QCloseEvent) -> None:
        self.meeting.close()
        self.tasks.wait(10_000)
        super().closeEvent(event)
