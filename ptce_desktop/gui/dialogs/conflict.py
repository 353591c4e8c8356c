"""« Déclarer un conflit d'intérêts » and « Retirer le conflit d'intérêts »: who, which
dossier, and the reason (required). The dialog calls `submit` and stays open with the refusal
when the service says no."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

Submit = Callable[[int, int, str], str | None]  # person id, dossier id, reason -> refusal


class ConflictDialog(QDialog):
    def __init__(
        self,
        *,
        title: str,
        people: Sequence[tuple[int, str]],
        dossiers: Sequence[tuple[int, str, str]],
        submit: Submit,
        person_id: int | None = None,
        dossier_id: int | None = None,
        reason: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(560)
        self._submit = submit
        self.person_combo = QComboBox(self)
        self.person_combo.setObjectName("conflictPersonCombo")
        for pid, name in people:
            self.person_combo.addItem(name, pid)
        self.dossier_combo = QComboBox(self)
        self.dossier_combo.setObjectName("conflictDossierCombo")
        self.dossier_combo.setEditable(True)
        self.dossier_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for did, numero, pole in dossiers:
            self.dossier_combo.addItem(f"{numero} — {pole}", did)
        completer = self.dossier_combo.completer()
        assert completer is not None  # setEditable(True) gave the combo box one
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.reason_edit = QLineEdit(reason, self)
        self.reason_edit.setObjectName("conflictReasonEdit")
        self.reason_edit.setPlaceholderText(
            self.tr("lien avec le porteur, mandat, emploi… (obligatoire)")
        )
        self.error_label = QLabel(self)
        self.error_label.setObjectName("conflictError")
        self.error_label.setStyleSheet("color: #b00020;")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        form = QFormLayout()
        form.addRow(self.tr("&Personne :"), self.person_combo)
        form.addRow(self.tr("&Dossier :"), self.dossier_combo)
        form.addRow(self.tr("&Motif :"), self.reason_edit)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Valider"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        for combo, value in ((self.person_combo, person_id), (self.dossier_combo, dossier_id)):
            if value is not None:
                combo.setCurrentIndex(max(combo.findData(value), 0))
        self.person_combo.setEnabled(len(people) > 1)
        self.reason_edit.setFocus()

    def _dossier_id(self) -> int | None:
        text = self.dossier_combo.currentText()
        index = self.dossier_combo.findText(text)
        if index < 0:  # a numero typed alone
            numero = text.split(" — ")[0].strip().casefold()
            index = next(
                (
                    i
                    for i in range(self.dossier_combo.count())
                    if self.dossier_combo.itemText(i).split(" — ")[0].casefold() == numero
                ),
                -1,
            )
        return self.dossier_combo.itemData(index) if index >= 0 else None

    def accept(self) -> None:
        person, dossier = self.person_combo.currentData(), self._dossier_id()
        if person is None or dossier is None:
            self._refuse(self.tr("Choisissez la personne et le dossier."))
            return
        refusal = self._submit(person, dossier, self.reason_edit.text())
        if refusal:
            self._refuse(refusal)
            return
        super().accept()

    def _refuse(self, message: str) -> None:
        self.error_label.setText(message[:1].upper() + message[1:])
        self.error_label.show()
