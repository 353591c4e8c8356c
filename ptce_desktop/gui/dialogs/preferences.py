"""« Préférences »: interface language, high-contrast theme, text size (a projector, tired
eyes). Theme and size apply at once; the language at the next start."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QWidget,
)

from .. import settings as prefs
from ..setup import apply_look

LANGUAGE_NAMES = {"fr": "Français", "en": "English"}


class PreferencesDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("PreferencesDialog")
        self.setWindowTitle(self.tr("Préférences"))
        form = QFormLayout(self)
        self.language = QComboBox()
        self.language.setObjectName("languageCombo")
        for code, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(prefs.language())))
        self.contrast = QCheckBox(self.tr("Contraste élevé (texte blanc sur fond noir)"))
        self.contrast.setObjectName("contrastCheck")
        self.contrast.setChecked(prefs.high_contrast())
        self.points = QSpinBox()
        self.points.setObjectName("textSizeSpin")
        self.points.setRange(prefs.MIN_POINTS, prefs.MAX_POINTS)
        self.points.setSuffix(" pt")
        self.points.setValue(prefs.text_points())
        for caption, widget in (
            (self.tr("&Langue :"), self.language),
            (self.tr("&Thème :"), self.contrast),
            (self.tr("Taille du te&xte :"), self.points),
        ):
            form.addRow(caption, widget)
            widget.setAccessibleName(caption.replace("&", "").rstrip(" :"))
        self.note = QLabel(self.tr("La langue change au prochain démarrage de l'application."))
        self.note.setWordWrap(True)
        form.addRow(self.note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def accept(self) -> None:
        prefs.set_look(
            language=self.language.currentData(),
            high_contrast=self.contrast.isChecked(),
            text_points=self.points.value(),
        )
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_look(app)
        super().accept()
