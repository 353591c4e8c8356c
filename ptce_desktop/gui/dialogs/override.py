"""The override dialog: a verdict and a written justification, refused while missing."""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QRadioButton,
    QWidget,
)

from ...services.browse import RuleView
from ..uiloader import child, load_ui

# Runs the use case; returns None on success or the French message of a refusal.
Submit = Callable[[bool, str], "str | None"]


class OverrideDialog(QDialog):
    def __init__(
        self,
        numero: str,
        rule: RuleView,
        actor: str,
        submit: Submit,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        load_ui("override_dialog", self)
        self._submit = submit
        self.rule_label = child(self, QLabel, "ruleLabel")
        self.pass_radio = child(self, QRadioButton, "passRadio")
        self.fail_radio = child(self, QRadioButton, "failRadio")
        self.reason_edit = child(self, QPlainTextEdit, "reasonEdit")
        self.error_label = child(self, QLabel, "errorLabel")
        self.buttons = child(self, QDialogButtonBox, "buttonBox")
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Enregistrer la dérogation"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        automatic = self.tr("respectée") if rule.passed else self.tr("non respectée")
        self.rule_label.setText(
            self.tr(
                "Dossier <b>{numero}</b> — règle <b>{rule}</b><br>"
                "Contrôle automatique : <b>{automatic}</b> ({reason})"
            ).format(
                numero=escape(numero),
                rule=escape(rule.label),
                automatic=automatic,
                reason=escape(rule.reason),
            )
        )
        # The usual case is to declare met a rule the automatic check failed, and conversely.
        (self.pass_radio if not rule.effective else self.fail_radio).setChecked(True)
        if rule.overridden:
            self.reason_edit.setPlainText(rule.override_reason)
        child(self, QLabel, "signatureLabel").setText(
            self.tr(
                "La dérogation sera enregistrée au nom de {actor}, avec la date et l'heure, "
                "dans le journal d'audit du fichier."
            ).format(actor=actor)
        )
        self.error_label.setStyleSheet("color: #b3261e")
        self.reason_edit.setFocus()

    def accept(self) -> None:
        message = self._submit(self.pass_radio.isChecked(), self.reason_edit.toPlainText())
        if message:
            self.error_label.setText(message)
            self.reason_edit.setFocus()
            return
        super().accept()
