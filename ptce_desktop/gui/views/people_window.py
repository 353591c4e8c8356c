"""Appel > Comité et rapporteurs: the persons of the call (a table), a form to add or edit one,
deactivate (never delete someone the records name), import a list, and each person's conflicts
of interest: declared, withdrawn, and suggested ones to confirm.

Also installs, on the main window, « Déclarer un conflit d'intérêts… » for the shown dossier,
and a rapporteur's « Mes dossiers » in the dossier list.
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QCoreApplication, QSortFilterProxyModel, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...domain.model import Person, stored_id
from ...domain.persons import Role, roles_of
from ...services import conflicts, people
from ...services.conflicts import ConflictEntry, SuggestedConflict
from ...services.files import CallStore
from ...services.review import whoami
from .. import errors
from .. import format as fmt
from ..dialogs.conflict import ConflictDialog
from ..i18n import QT_TRANSLATE_NOOP, roles_text
from ..partials.records import RECORD_ROLE, Column, RecordTableModel
from .people_import import PeopleImportDialog

if TYPE_CHECKING:
    from ..main_window import MainWindow

REFUSED = (people.PeopleError, conflicts.ConflictError)  # anything else is unexpected
_STATES = {
    "declared": QT_TRANSLATE_NOOP("PeopleWindow", "déclaré"),
    "proposed": QT_TRANSLATE_NOOP("PeopleWindow", "proposé"),
    "withdrawn": QT_TRANSLATE_NOOP("PeopleWindow", "retiré"),
}
# Column titles, translated when shown (RecordTableModel.headerData).
COLUMN_TITLES = (
    QT_TRANSLATE_NOOP("columns", "Nom"),
    QT_TRANSLATE_NOOP("columns", "Institution"),
    QT_TRANSLATE_NOOP("columns", "Courriel"),
    QT_TRANSLATE_NOOP("columns", "Région"),
    QT_TRANSLATE_NOOP("columns", "Rôles"),
    QT_TRANSLATE_NOOP("columns", "Dossier"),
    QT_TRANSLATE_NOOP("columns", "État"),
    QT_TRANSLATE_NOOP("columns", "Motif"),
    QT_TRANSLATE_NOOP("columns", "Pourquoi"),
)

translate = QCoreApplication.translate


def _person_name(p: Person) -> str:
    return (
        p.name if p.active else translate("PeopleWindow", "{name} (désactivé)").format(name=p.name)
    )


def _withdrawn(c: ConflictEntry) -> str:
    if not c.withdrawn_reason:
        return ""
    return translate("PeopleWindow", " — retiré : {reason}").format(reason=c.withdrawn_reason)


def _conflict_tip(c: ConflictEntry) -> str:
    tip = translate("PeopleWindow", "déclaré le {day} par {who}").format(
        day=fmt.day(c.declared_at), who=c.declared_by
    )
    if c.withdrawn_at:
        tip += translate("PeopleWindow", " ; retiré le {day} par {who}").format(
            day=fmt.day(c.withdrawn_at), who=c.withdrawn_by
        )
    return tip


PEOPLE_COLUMNS = (
    Column[Person](
        "Nom",
        _person_name,
        bold=lambda p: p.active,
        colour=lambda p: None if p.active else "#8a5a00",
        tooltip=lambda p: (
            ""
            if p.active
            else translate("PeopleWindow", "désactivé : {reason}").format(reason=p.inactive_reason)
        ),
    ),
    Column[Person]("Institution", lambda p: p.institution, tooltip=lambda p: p.institution),
    Column[Person]("Courriel", lambda p: p.email, tooltip=lambda p: p.email),
    Column[Person]("Région", lambda p: p.region, tooltip=lambda p: p.region),
    Column[Person]("Rôles", roles_text, tooltip=roles_text),
)
CONFLICT_COLUMNS = (
    Column[ConflictEntry]("Dossier", lambda c: c.numero, tooltip=lambda c: c.pole_name),
    Column[ConflictEntry](
        "État",
        lambda c: translate("PeopleWindow", _STATES[c.state]),
        colour=lambda c: "#b00020" if c.state == "declared" else "#666666",
    ),
    Column[ConflictEntry](
        "Motif",
        lambda c: c.reason + _withdrawn(c),
        tooltip=_conflict_tip,
    ),
)
SUGGESTION_COLUMNS = (
    Column[SuggestedConflict]("Dossier", lambda s: s.numero, tooltip=lambda s: s.pole_name),
    Column[SuggestedConflict]("Pourquoi", lambda s: s.reason, tooltip=lambda s: s.reason),
)
ROLE_BOXES = (
    (Role.PRESIDENT, QT_TRANSLATE_NOOP("PeopleWindow", "&Président")),
    (Role.SECRETARY, QT_TRANSLATE_NOOP("PeopleWindow", "&Secrétaire")),
    (Role.MEMBER, QT_TRANSLATE_NOOP("PeopleWindow", "Mem&bre du comité")),
    (Role.RAPPORTEUR, QT_TRANSLATE_NOOP("PeopleWindow", "&Rapporteur")),
    (Role.SECRETARIAT, QT_TRANSLATE_NOOP("PeopleWindow", "Secré&tariat")),
)


W = TypeVar("W", bound=QWidget)


def _named(widget: W, name: str) -> W:
    """`widget` with its objectName (PySide6's stubs lack the objectName= keyword)."""
    widget.setObjectName(name)
    return widget


def _table(model: RecordTableModel[Any], stretch: int, name: str) -> QTableView:
    table = QTableView()
    table.setObjectName(name)
    table.setModel(model)
    table.verticalHeader().hide()
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return table


def _message(exc: Exception) -> str:
    text = errors.message(exc)
    return text[:1].upper() + text[1:]


class PeopleWindow(QMainWindow):
    """Edits go through services.people / services.conflicts, one audited transaction each."""

    def __init__(self, store: CallStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Comité et rapporteurs — PTCE Desktop"))
        self.setObjectName("peopleWindow")
        self.resize(1340, 700)
        self.store = store
        self.editing: int | None = None  # id of the person in the form, None: a new one
        self.people_model = RecordTableModel[Person](PEOPLE_COLUMNS, self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.people_model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(-1)
        self.table = _table(self.people_model, 4, "peopleTable")
        self.table.setModel(self.proxy)
        header = self.table.horizontalHeader()
        # Institution, address and region sized to a sample (the full text in the tooltip),
        # so that the roles keep their room at 1366 px.
        samples = (
            (1, "Ministère de l'Écologie"),
            (2, "prenom.nom@example.o"),
            (3, "Île-de-France"),
        )
        for column, sample in samples:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            self.table.setColumnWidth(column, self.fontMetrics().horizontalAdvance(sample) + 16)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.conflicts_model = RecordTableModel[ConflictEntry](CONFLICT_COLUMNS, self)
        self.suggestions_model = RecordTableModel[SuggestedConflict](SUGGESTION_COLUMNS, self)
        self._build()
        self.refresh()

    # -- layout -------------------------------------------------------------------------------

    def _build(self) -> None:
        self.filter_edit = QLineEdit(
            placeholderText=self.tr("Filtrer (nom, institution, courriel, rôle)…")
        )
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self.proxy.setFilterFixedString)
        self.show_inactive = QCheckBox(self.tr("Afficher les personnes &désactivées"))
        self.show_inactive.setChecked(True)
        self.show_inactive.toggled.connect(lambda _on: self.refresh())
        self.count_label = QLabel()
        top = QHBoxLayout()
        top.addWidget(self.filter_edit, 1)
        top.addWidget(self.show_inactive)
        top.addWidget(self.count_label)
        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        lv.addLayout(top)
        lv.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        for text, slot, keys, name in (
            (self.tr("Nou&velle personne"), self.new_person, "Ctrl+N", "newPersonButton"),
            (self.tr("Importer…"), self.import_people, "Ctrl+I", "importPeopleButton"),
            (self.tr("Dés&activer…"), self.deactivate, "", "deactivateButton"),
            (self.tr("Réa&ctiver"), self.reactivate, "", "reactivateButton"),
            (self.tr("Supprimer"), self.delete, "Del", "deletePersonButton"),
        ):
            b = QPushButton(text)
            b.setObjectName(name)
            b.clicked.connect(slot)
            if keys:
                b.setShortcut(QKeySequence(keys))
                b.setToolTip(f"{text.replace('&', '')} ({keys})")
            buttons.addWidget(b)
        buttons.addStretch(1)
        lv.addLayout(buttons)
        self.table.selectionModel().currentRowChanged.connect(lambda _c, _p: self._show_current())

        right = QWidget()
        rv = QVBoxLayout(right)
        rv.setContentsMargins(0, 0, 0, 0)
        rv.addWidget(self._form_box())
        rv.addWidget(self._conflicts_box(), 1)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([810, 530])
        self.setCentralWidget(splitter)
        close = QAction(self.tr("Fermer"), self, shortcut=QKeySequence("Ctrl+W"))
        close.triggered.connect(self.close)
        self.addAction(close)

    def _form_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Fiche"))
        self.form_title = QLabel()
        self.name_edit = _named(QLineEdit(), "nameEdit")
        self.institution_edit = _named(QLineEdit(), "institutionEdit")
        self.email_edit = _named(QLineEdit(), "emailEdit")
        self.region_edit = _named(QLineEdit(), "regionEdit")
        self.region_edit.setPlaceholderText(
            self.tr("région, ou code du département (44, 2A, 971…)")
        )
        self.role_checks: dict[Role, QCheckBox] = {}
        roles = QGridLayout()
        for i, (role, text) in enumerate(ROLE_BOXES):
            check = _named(QCheckBox(self.tr(text)), f"role_{role.value}")
            self.role_checks[role] = check
            roles.addWidget(check, i // 3, i % 3)
        self.expert_check = _named(QCheckBox(self.tr("E&xpert")), "role_expert")
        roles.addWidget(self.expert_check, 1, 2)
        certificate = self._certificate_row()
        self.form_error = _named(QLabel(), "formError")
        self.form_error.setStyleSheet("color: #b00020;")
        self.form_error.setWordWrap(True)
        self.form_error.hide()
        self.save_button = _named(QPushButton(self.tr("E&nregistrer")), "savePersonButton")
        self.save_button.setShortcut(QKeySequence("Ctrl+S"))
        self.save_button.setToolTip(self.tr("Enregistrer la fiche (Ctrl+S)"))
        self.save_button.clicked.connect(self.save)
        form = QFormLayout()
        form.addRow(self.tr("No&m :"), self.name_edit)
        form.addRow(self.tr("&Institution :"), self.institution_edit)
        form.addRow(self.tr("Co&urriel :"), self.email_edit)
        form.addRow(self.tr("Ré&gion :"), self.region_edit)
        form.addRow(self.tr("Rôles :"), roles)
        form.addRow(self.certificate_caption, certificate)
        v = QVBoxLayout(box)
        v.addWidget(self.form_title)
        v.addLayout(form)
        v.addWidget(self.form_error)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.save_button)
        v.addLayout(row)
        return box

    def _certificate_row(self) -> QHBoxLayout:
        """The signing certificate's SHA-256 fingerprint: typed or pasted, or read from the
        certificate's file by the service (`ptce people add --certificate` does the same)."""
        self.certificate_edit = _named(QLineEdit(), "certificateEdit")
        self.certificate_edit.setClearButtonEnabled(True)
        self.certificate_edit.setPlaceholderText(
            self.tr("aucun : empreinte SHA-256, ou lue dans le fichier du certificat")
        )
        self.certificate_edit.setToolTip(
            self.tr(
                "Empreinte SHA-256 du certificat de signature de la personne : elle sert à "
                "vérifier qui a signé le procès-verbal. Videz le champ pour la retirer."
            )
        )
        self.certificate_caption = QLabel(self.tr("Certi&ficat :"))
        self.certificate_caption.setBuddy(self.certificate_edit)
        button = _named(QPushButton(self.tr("Fic&hier…")), "certificateButton")
        button.setToolTip(self.tr("Lire l'empreinte d'un certificat (.pem, .crt, .cer, .der)"))
        button.clicked.connect(self.choose_certificate)
        row = QHBoxLayout()
        row.addWidget(self.certificate_edit, 1)
        row.addWidget(button)
        return row

    def choose_certificate(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Certificat de signature"),
            "",
            self.tr("Certificats (*.pem *.crt *.cer *.der);;Tous les fichiers (*)"),
        )
        if name:
            self.read_certificate(Path(name))

    def read_certificate(self, path: Path) -> bool:
        """Put the fingerprint of the certificate at `path` in the form (saved with it)."""
        try:
            fingerprint = people.certificate_fingerprint(path)
        except people.InvalidCertificateError as exc:
            why = self.tr("Certificat de signature — {why}").format(why=exc)
            self._form_problem(why, self.certificate_edit)
            return False
        self.certificate_edit.setText(fingerprint)
        self._form_problem(None)
        self.statusBar().showMessage(
            self.tr("Certificat lu : {file} ; enregistrez la fiche pour le garder.").format(
                file=path.name
            ),
            8000,
        )
        return True

    def _form_problem(
        self, problem: Exception | str | None, field: QLineEdit | None = None
    ) -> None:
        """Show a refusal under the form, the field it concerns outlined and focused."""
        self.certificate_edit.setStyleSheet("")
        if problem is None:
            self.form_error.hide()
            return
        self.form_error.setText(problem if isinstance(problem, str) else _message(problem))
        self.form_error.show()
        if field is not None:
            field.setStyleSheet("QLineEdit { border: 2px solid #b00020; }")
            field.setFocus()

    def _conflicts_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Conflits d'intérêts"))
        self.conflicts_table = _table(self.conflicts_model, 2, "conflictsTable")
        self.suggestions_table = _table(self.suggestions_model, 1, "suggestionsTable")
        declare = _named(QPushButton(self.tr("Déc&larer un conflit…")), "declareConflictButton")
        declare.setShortcut(QKeySequence("Ctrl+D"))
        declare.clicked.connect(lambda: self.declare())
        withdraw = _named(QPushButton(self.tr("R&etirer…")), "withdrawConflictButton")
        withdraw.clicked.connect(self.withdraw)
        confirm = _named(
            QPushButton(self.tr("C&onfirmer la suggestion…")), "confirmSuggestionButton"
        )
        confirm.clicked.connect(self.confirm_suggestion)
        self.suggestions_table.doubleClicked.connect(lambda _i: self.confirm_suggestion())
        v = QVBoxLayout(box)
        v.addWidget(self.conflicts_table, 2)
        row = QHBoxLayout()
        row.addWidget(declare)
        row.addWidget(withdraw)
        row.addStretch(1)
        v.addLayout(row)
        self.suggestions_label = QLabel(
            self.tr("Conflits suggérés (à confirmer, jamais appliqués seuls) :")
        )
        v.addWidget(self.suggestions_label)
        v.addWidget(self.suggestions_table, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(confirm)
        v.addLayout(row)
        return box

    # -- reading ------------------------------------------------------------------------------

    def refresh(self, *, select: int | None = None) -> None:
        keep = select if select is not None else self.current_id()
        everyone = people.list_people(self.store)
        shown = [p for p in everyone if p.active or self.show_inactive.isChecked()]
        self.people_model.set_records(shown)
        active = sum(p.active for p in everyone)
        self.count_label.setText(
            self.tr("{active} personne(s) active(s) sur {total}").format(
                active=active, total=len(everyone)
            )
        )
        if keep is not None and self.select_person(keep):
            return
        if self.proxy.rowCount():
            self.table.selectRow(0)
        else:
            self.new_person()

    def current_person(self) -> Person | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        person: Person | None = self.proxy.index(index.row(), 0).data(RECORD_ROLE)
        return person

    def current_id(self) -> int | None:
        p = self.current_person()
        return p.id if p else None

    def select_person(self, person_id: int) -> bool:
        for row in range(self.proxy.rowCount()):
            if self.proxy.index(row, 0).data(RECORD_ROLE).id == person_id:
                self.table.selectRow(row)
                self._show_current()
                return True
        return False

    def _show_current(self) -> None:
        p = self.current_person()
        if p is None:
            return
        self.editing = p.id
        self.form_title.setText(f"<b>{escape(p.name)}</b> (id {p.id})")
        self.name_edit.setText(p.name)
        self.institution_edit.setText(p.institution)
        self.email_edit.setText(p.email)
        self.region_edit.setText(p.region)
        mine = roles_of(p)
        for role, check in self.role_checks.items():
            check.setChecked(role in mine)
        self.expert_check.setChecked(p.is_expert)
        self.certificate_edit.setText(p.certificate_sha256)
        self._form_problem(None)
        self._show_conflicts(p)

    def _show_conflicts(self, p: Person | None) -> None:
        if p is None:
            self.conflicts_model.set_records([])
            self.suggestions_model.set_records([])
            return
        self.conflicts_model.set_records(
            [c for c in conflicts.list_conflicts(self.store) if c.person_id == p.id]
        )
        suggested = conflicts.suggested_conflicts(self.store, person_id=p.id)
        self.suggestions_model.set_records(suggested)
        self.suggestions_label.setText(
            self.tr("Conflits suggérés ({n}), à confirmer — jamais appliqués seuls :").format(
                n=len(suggested)
            )
        )

    # -- the form -----------------------------------------------------------------------------

    def new_person(self) -> None:
        self.editing = None
        self.table.clearSelection()
        self.form_title.setText("<b>" + self.tr("Nouvelle personne") + "</b>")
        for edit in (
            self.name_edit, self.institution_edit, self.email_edit, self.region_edit,
            self.certificate_edit,
        ):  # fmt: skip
            edit.clear()
        for check in (*self.role_checks.values(), self.expert_check):
            check.setChecked(False)
        self._form_problem(None)
        self._show_conflicts(None)
        self.name_edit.setFocus()

    def save(self) -> Person | None:
        values: dict[str, Any] = dict(
            name=self.name_edit.text(), institution=self.institution_edit.text(),
            email=self.email_edit.text(), region=self.region_edit.text(),
            roles=[r for r, c in self.role_checks.items() if c.isChecked()],
            is_expert=self.expert_check.isChecked(), fingerprint=self.certificate_edit.text(),
        )  # fmt: skip
        try:
            if self.editing is None:
                person = people.add_person(self.store, **values)
            else:
                person = people.edit_person(self.store, person_id=self.editing, **values)
        except people.InvalidCertificateError as exc:
            self._form_problem(exc, self.certificate_edit)
            return None
        except REFUSED as exc:
            self._form_problem(exc)
            return None
        self.refresh(select=person.id)
        self.statusBar().showMessage(
            self.tr("Fiche enregistrée : {name}").format(name=person.name), 8000
        )
        return person

    def deactivate(self) -> None:
        p = self.current_person()
        if p is None:
            return
        reason, ok = QInputDialog.getText(
            self,
            self.tr("Désactiver"),
            self.tr("Motif de la désactivation de {name} (obligatoire) :").format(name=p.name),
        )
        if ok:
            self._run(
                self.tr("Désactiver"), people.deactivate_person, person_id=p.id, reason=reason
            )

    def reactivate(self) -> None:
        p = self.current_person()
        if p is not None:
            self._run(self.tr("Réactiver"), people.reactivate_person, person_id=p.id)

    def delete(self) -> None:
        p = self.current_person()
        if p is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Supprimer"),
            self.tr("Supprimer {name} ? (réservé à une fiche saisie par erreur)").format(
                name=p.name
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._run(self.tr("Supprimer"), people.delete_person, person_id=p.id)

    def _run(self, title: str, fn: Callable[..., object], **kwargs: Any) -> bool:
        try:
            fn(self.store, **kwargs)
        except REFUSED as exc:
            errors.show_error(self, title, _message(exc))
            return False
        self.refresh()
        return True

    def import_people(self) -> PeopleImportDialog:
        dialog = PeopleImportDialog(self.store, self)
        dialog.accepted.connect(lambda: self._imported(dialog))
        dialog.setModal(True)
        dialog.show()
        return dialog

    def _imported(self, dialog: PeopleImportDialog) -> None:
        self.refresh()
        if dialog.imported is not None:
            self.statusBar().showMessage(
                self.tr("{summary} ; sauvegarde : {backup}").format(
                    summary=errors.message(dialog.imported.summary()),
                    backup=dialog.imported.backup.name,
                ),
                15000,
            )

    # -- conflicts ----------------------------------------------------------------------------

    def declare(self, *, dossier_id: int | None = None, reason: str = "") -> ConflictDialog | None:
        p = self.current_person()
        if p is None:
            return None
        dialog = conflict_dialog(
            self.store, self, person_id=p.id, dossier_id=dossier_id, reason=reason
        )
        dialog.accepted.connect(lambda: self.refresh(select=p.id))
        dialog.open()
        return dialog

    def confirm_suggestion(self) -> ConflictDialog | None:
        index = self.suggestions_table.currentIndex()
        if not index.isValid():
            return None
        s: SuggestedConflict = self.suggestions_model.record(index.row())
        return self.declare(dossier_id=s.dossier_id, reason=s.reason)

    def withdraw(self) -> None:
        p, index = self.current_person(), self.conflicts_table.currentIndex()
        if p is None or not index.isValid():
            return
        c = self.conflicts_model.record(index.row())
        if c.state != "declared":
            return
        reason, ok = QInputDialog.getText(
            self,
            self.tr("Retirer le conflit d'intérêts"),
            self.tr("Motif du retrait ({numero}, obligatoire) :").format(numero=c.numero),
        )
        if ok:
            self._run(
                self.tr("Retirer le conflit d'intérêts"), conflicts.withdraw_conflict,
                person_id=c.person_id, dossier_id=c.dossier_id, reason=reason,
            )  # fmt: skip


def conflict_dialog(
    store: CallStore,
    parent: QWidget,
    *,
    person_id: int | None = None,
    dossier_id: int | None = None,
    reason: str = "",
    people_ids: set[int] | None = None,
) -> ConflictDialog:
    """The declaration dialog over the call's concerned persons (or only `people_ids`)."""
    concerned = [
        (stored_id(p), p.name)
        for p in conflicts.concerned_people(store)
        if people_ids is None or p.id in people_ids
    ]

    def submit(pid: int, did: int, text: str) -> str | None:
        try:
            conflicts.declare_conflict(store, person_id=pid, dossier_id=did, reason=text)
        except REFUSED as exc:
            return errors.message(exc)
        return None

    return ConflictDialog(
        title=translate("PeopleWindow", "Déclarer un conflit d'intérêts"), people=concerned,
        dossiers=conflicts.dossier_choices(store), submit=submit, person_id=person_id,
        dossier_id=dossier_id, reason=reason, parent=parent,
    )  # fmt: skip


# -- on the main window -------------------------------------------------------------------------


def open_people_window(window: MainWindow) -> PeopleWindow | None:
    if window.store is None:
        errors.show_error(
            window,
            translate("PeopleWindow", "Comité et rapporteurs"),
            translate("PeopleWindow", "Ouvrez d'abord un fichier d'appel."),
        )
        return None
    found = getattr(window, "people_window", None)
    if found is None or found.store is not window.store:
        found = window.people_window = PeopleWindow(window.store, window)
        window.call_opened.connect(found.close)
    found.show()
    found.raise_()
    found.activateWindow()
    return found


def declare_for_dossier(window: MainWindow) -> ConflictDialog | None:
    """For the shown dossier: the current person for themselves, or the secretariat for anyone."""
    store, dossier = window.store, window.current_dossier_id()
    if store is None or dossier is None:
        return None
    me = whoami(store)
    own = me.person is not None and not (
        me.secretariat or me.person.is_chair or me.person.is_secretary
    )
    dialog = conflict_dialog(
        store, window, person_id=me.person_id, dossier_id=dossier,
        people_ids={stored_id(me.person)} if own and me.person else None,
    )  # fmt: skip
    dialog.accepted.connect(window.reload)
    dialog.open()
    return dialog
