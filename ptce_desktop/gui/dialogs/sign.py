"""Choosing how to sign: the box (chair or secretary), the signer's .p12 and its passphrase.

The dialog only collects; the minutes dialog signs off the GUI thread and shows refusals
(wrong passphrase, box already signed…) here, so the user can correct and try again.
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape
from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from ..i18n import QT_TRANSLATE_NOOP
from ..uiloader import child, load_ui

FIELD_CHOICES = (
    ("chair", QT_TRANSLATE_NOOP("SignDialog", "Président(e) du comité")),
    ("secretary", QT_TRANSLATE_NOOP("SignDialog", "Secrétaire de séance")),
)


@dataclass(frozen=True, slots=True, kw_only=True)
class SignRequest:
    field: str
    pkcs12: Path
    passphrase: str
    name: str


class SignDialog(QDialog):
    def __init__(
        self,
        document_id: str,
        *,
        signed_fields: tuple[str, ...] = (),
        last_p12: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        load_ui("sign_dialog", self)
        self.field_combo = child(self, QComboBox, "fieldCombo")
        self.p12_edit = child(self, QLineEdit, "p12Edit")
        self.pass_edit = child(self, QLineEdit, "passEdit")
        self.name_edit = child(self, QLineEdit, "nameEdit")
        self.error_label = child(self, QLabel, "errorLabel")
        self.error_label.setStyleSheet("color: #b71c1c")
        for code, label in FIELD_CHOICES:
            done = code in signed_fields
            text = self.tr(label)
            self.field_combo.addItem(
                self.tr("{field} — déjà signé").format(field=text) if done else text, code
            )
        free = [i for i, (code, _) in enumerate(FIELD_CHOICES) if code not in signed_fields]
        self.field_combo.setCurrentIndex(free[0] if free else 0)
        self.p12_edit.setText(last_p12)
        child(self, QLabel, "introLabel").setText(
            self.tr(
                "Signature électronique (PAdES) du procès-verbal <b>{document}</b> dans le cadre "
                "choisi. Le PDF signé est enregistré dans le fichier d'appel ; la signature du "
                "président verrouille la séance."
            ).format(document=escape(document_id))
        )
        child(self, QPushButton, "browseButton").clicked.connect(self._browse)
        buttons = child(self, QDialogButtonBox, "buttonBox")
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Signer"))
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        (self.pass_edit if last_p12 else self.p12_edit).setFocus()

    def _browse(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Identité du signataire"), self.p12_edit.text(),
            self.tr("Identités PKCS#12 (*.p12 *.pfx);;Tous les fichiers (*)"),
        )  # fmt: skip
        if name:
            self.p12_edit.setText(name)
            self.pass_edit.setFocus()

    def _accept(self) -> None:
        path = Path(self.p12_edit.text().strip())
        if not self.p12_edit.text().strip() or not path.is_file():
            self.show_error(self.tr("Choisissez le fichier .p12 du signataire."))
            return
        self.accept()

    def show_error(self, message: str) -> None:
        self.error_label.setText(message)

    def request(self) -> SignRequest:
        return SignRequest(
            field=self.field_combo.currentData(),
            pkcs12=Path(self.p12_edit.text().strip()),
            passphrase=self.pass_edit.text(),
            name=self.name_edit.text().strip(),
        )
