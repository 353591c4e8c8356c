"""« Restaurer une sauvegarde… »: the backups of a call file, with their date, reason and
counts, to choose the one copied into a new file."""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...services.recovery import BackupInfo
from ..i18n import QT_TRANSLATE_NOOP

HEADERS = (
    QT_TRANSLATE_NOOP("RestoreDialog", "N°"),
    QT_TRANSLATE_NOOP("RestoreDialog", "Date"),
    QT_TRANSLATE_NOOP("RestoreDialog", "Raison"),
    QT_TRANSLATE_NOOP("RestoreDialog", "Dossiers"),
    QT_TRANSLATE_NOOP("RestoreDialog", "Évaluations"),
    QT_TRANSLATE_NOOP("RestoreDialog", "Décisions"),
)


def _cells(b: BackupInfo) -> tuple[str, ...]:
    counts = b.counts
    numbers = (
        (QCoreApplication.translate("RestoreDialog", "illisible"), "", "")
        if counts is None
        else (str(counts["dossiers"]), str(counts["reviews"]), str(counts["decisions"]))
    )
    return (str(b.number), f"{b.taken:%d/%m/%Y %H:%M:%S}", b.reason, *numbers)


class RestoreDialog(QDialog):
    """Lists the backups newest first; `chosen()` is the selected one once accepted."""

    def __init__(self, path: Path, backups: list[BackupInfo], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Restaurer une sauvegarde"))
        self.setMinimumSize(720, 360)
        self.backups = backups
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Sauvegardes de <b>{name}</b>, la plus récente en premier. La sauvegarde "
                "choisie est copiée dans un <b>nouveau fichier</b> ; l'original n'est pas touché."
            ).format(name=escape(path.name))
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = QTableWidget(len(backups), len(HEADERS), self)
        self.table.setObjectName("backupTable")
        self.table.setHorizontalHeaderLabels([self.tr(h) for h in HEADERS])
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        for row, b in enumerate(backups):
            for col, text in enumerate(_cells(b)):
                item = QTableWidgetItem(text)
                item.setToolTip(str(b.path))
                self.table.setItem(row, col, item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        if backups:
            self.table.selectRow(0)
        layout.addWidget(self.table)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Restaurer…"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuler"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.table.doubleClicked.connect(self.accept)
        layout.addWidget(buttons)

    def chosen(self) -> BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.backups[rows[0].row()] if rows else None
