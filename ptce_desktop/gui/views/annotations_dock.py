"""« Annotations »: notes on the selected dossier or on the page of the attachment shown,
private (the author alone) or shared; a search over every note one may read in the call.
Adding, changing and deleting a note can be undone (Édition > Annuler)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDockWidget,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableView,
)

from ...services import review as desk_service
from ...services.review import Note
from .. import errors
from ..i18n import QT_TRANSLATE_NOOP
from ..partials.records import Column, RecordTableModel
from ..uiloader import child, load_ui
from .review_desk import desk_for

if TYPE_CHECKING:
    from ...services.files import CallStore
    from ..main_window import MainWindow

translate = QCoreApplication.translate
ON_DOSSIER, ON_PAGE = "dossier", "page"


def _who(n: Note) -> str:
    return (
        n.author
        if n.shared
        else translate("AnnotationsDock", "{author} (privée)").format(author=n.author)
    )


_TITLES = (
    QT_TRANSLATE_NOOP("columns", "Sur"),
    QT_TRANSLATE_NOOP("columns", "Par"),
    QT_TRANSLATE_NOOP("columns", "Annotation"),
    QT_TRANSLATE_NOOP("columns", "Dossier"),
)


DOSSIER_COLUMNS = (
    Column[Note]("Sur", lambda n: errors.message(n.where)),
    Column[Note]("Par", _who, colour=lambda n: None if n.shared else "#6a3d9a"),
    Column[Note]("Annotation", lambda n: n.body, tooltip=lambda n: n.body),
)
SEARCH_COLUMNS = (
    Column[Note]("Dossier", lambda n: n.numero, tooltip=lambda n: errors.message(n.where)),
    *DOSSIER_COLUMNS[1:],
)


class AnnotationsDock(QDockWidget):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        load_ui("annotations_dock", self)
        self.setObjectName("annotationsDock")
        self.window_ = window
        self.desk = desk_for(window)
        self.search_edit = child(self, QLineEdit, "noteSearchEdit")
        self.table = child(self, QTableView, "notesTable")
        self.editor = child(self, QPlainTextEdit, "noteEdit")
        self.target_combo = child(self, QComboBox, "targetCombo")
        self.shared_check = child(self, QCheckBox, "sharedCheck")
        self.new_button = child(self, QPushButton, "newNoteButton")
        self.delete_button = child(self, QPushButton, "deleteNoteButton")
        self.save_button = child(self, QPushButton, "saveNoteButton")
        self.target_combo.addItem(self.tr("Sur le dossier"), ON_DOSSIER)
        self.target_combo.addItem(self.tr("Sur la page affichée de la pièce"), ON_PAGE)
        self.save_button.setShortcut(QKeySequence("Ctrl+Shift+Return"))
        self.save_button.setToolTip(self.tr("Enregistrer la note (Ctrl+Maj+Entrée)"))

        self.model: RecordTableModel[Note] = RecordTableModel(DOSSIER_COLUMNS, self)
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().currentRowChanged.connect(self._on_current)
        self.table.doubleClicked.connect(self._go_to_dossier)
        self._search_timer = QTimer(self, singleShot=True, interval=150)
        self._search_timer.timeout.connect(self.refresh)
        self.search_edit.textChanged.connect(lambda _t: self._search_timer.start())
        self.new_button.clicked.connect(self.new_note)
        self.save_button.clicked.connect(self.save)
        self.delete_button.clicked.connect(self.delete)

        self.dossier_id: int | None = None
        self.editing: Note | None = None
        window.dossier_selected.connect(self.show_dossier)
        window.call_opened.connect(lambda _p: self.show_dossier(window.current_dossier_id()))
        window.action("actionIdentity").triggered.connect(self.refresh)
        self.desk.changed.connect(lambda _d: self.refresh())
        self.new_note()

    @property
    def store(self) -> CallStore | None:
        return self.window_.store

    # -- showing ------------------------------------------------------------------------------

    def show_dossier(self, dossier_id: int | None) -> None:
        self.dossier_id = dossier_id if dossier_id is not None and dossier_id >= 0 else None
        self.refresh()

    @property
    def searching(self) -> bool:
        return bool(self.search_edit.text().strip())

    def refresh(self) -> None:
        if self.store is None:
            self.model.set_records([])
            return
        if self.searching:
            self.model.columns = list(SEARCH_COLUMNS)
            notes = desk_service.search_notes(self.store, self.search_edit.text())
        else:
            self.model.columns = list(DOSSIER_COLUMNS)
            notes = (
                desk_service.notes_for(self.store, self.dossier_id)
                if self.dossier_id is not None
                else []
            )
        keep = self.editing.id if self.editing else None
        self.model.set_records(notes)
        self.table.resizeRowsToContents()
        row = next((i for i, n in enumerate(notes) if n.id == keep), None)
        if row is not None:
            self.table.selectRow(row)
        else:
            self.new_note()

    def _on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            return
        note = self.model.record(current.row())
        self.editing = note
        self.editor.setPlainText(note.body)
        self.editor.setReadOnly(not note.mine)
        self.shared_check.setChecked(note.shared)
        self.shared_check.setEnabled(note.mine)
        self.target_combo.setEnabled(False)
        self.save_button.setText(self.tr("Enregistrer"))
        self.save_button.setEnabled(note.mine)
        self.delete_button.setEnabled(note.mine)

    def new_note(self) -> None:
        """Empty the editor for a new note on the selected dossier."""
        self.editing = None
        self.table.clearSelection()
        self.table.setCurrentIndex(QModelIndex())
        self.editor.clear()
        self.editor.setReadOnly(False)
        self.shared_check.setEnabled(True)
        self.shared_check.setChecked(False)
        self.target_combo.setEnabled(True)
        self.save_button.setText(self.tr("Ajouter"))
        self.save_button.setEnabled(True)
        self.delete_button.setEnabled(False)

    def _go_to_dossier(self, index: QModelIndex) -> None:
        note = self.model.record(index.row())
        self.window_.dossier_list.select_dossier(note.dossier_id)

    # -- editing ------------------------------------------------------------------------------

    def _target(self) -> tuple[int | None, int | None]:
        """(attachment id, page) of a new note; refused when no PDF page is shown."""
        if self.target_combo.currentData() != ON_PAGE:
            return None, None
        tab = self.window_.dossier_view.attachments
        shown = getattr(tab, "_current", None)  # the attachment selected in the Pièces tab
        if shown is None or not tab.page_count_value():
            raise ValueError(
                self.tr(
                    "Aucune page affichée : ouvrez une pièce PDF dans l'onglet Pièces (Ctrl+3)."
                )
            )
        return shown.id, tab.page_spin.value()

    def save(self) -> None:
        if self.store is None:
            return
        body, shared = self.editor.toPlainText(), self.shared_check.isChecked()
        if self.editing is not None:
            self._edit(self.editing, body, shared)
            return
        if self.dossier_id is None:
            errors.show_error(
                self, self.tr("Annotation"), self.tr("Choisissez d'abord un dossier dans la liste.")
            )
            return
        try:
            attachment_id, page = self._target()
        except ValueError as exc:
            errors.show_error(self, self.tr("Annotation"), errors.message(exc))
            return
        store, dossier = self.store, self.dossier_id
        state: dict[str, Any] = {}

        def do() -> None:
            if "row" in state:  # redo: the same note, with its id, comes back
                desk_service.restore_note(store, state.pop("row"))
            else:
                state["id"] = desk_service.add_note(
                    store, dossier, body, shared=shared, attachment_id=attachment_id, page=page
                )

        def undo() -> None:
            state["row"] = desk_service.delete_note(store, state["id"])

        if self.desk.run(self.tr("ajout d'une annotation"), do, undo, dossier):
            self.editor.clear()
            self.refresh()

    def _edit(self, note: Note, body: str, shared: bool) -> None:
        store = self.store
        if store is None:  # the call was closed meanwhile
            return
        old_body, old_shared = note.body, note.shared
        if self.desk.run(
            self.tr("modification d'une annotation"),
            lambda: desk_service.edit_note(store, note.id, body=body, shared=shared),
            lambda: desk_service.edit_note(store, note.id, body=old_body, shared=old_shared),
            note.dossier_id,
        ):
            self.refresh()

    def delete(self) -> None:
        note = self.editing
        if self.store is None or note is None:
            return
        store, state = self.store, {}

        def do() -> None:
            state["row"] = desk_service.delete_note(store, note.id)

        if self.desk.run(
            self.tr("suppression d'une annotation"),
            do,
            lambda: desk_service.restore_note(store, state["row"]),
            note.dossier_id,
        ):
            self.editing = None
            self.refresh()


def install(window: MainWindow) -> None:
    dock = AnnotationsDock(window)
    window.annotations_dock = dock
    dock.toggleViewAction().setText(translate("AnnotationsDock", "&Annotations"))
    dock.toggleViewAction().setShortcut(QKeySequence("Ctrl+Alt+N"))
    window.add_dock(dock, Qt.DockWidgetArea.RightDockWidgetArea)
    grid = getattr(window, "scoring_dock", None)
    if grid is not None:  # one tall column on the right: the grid needs the height
        window.tabifyDockWidget(grid, dock)
        grid.raise_()
