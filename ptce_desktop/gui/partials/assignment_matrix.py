"""The assignment matrix: eligible dossiers (rows, named in the vertical header so they stay
in view when the rapporteurs scroll by) × active rapporteurs (columns, each one's load in the
header), after a first column with the dossier's number of rapporteurs; conflicts greyed with
their reason as a tooltip."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from ...services.assignment import Board, BoardDossier, BoardRapporteur
from ..i18n import QT_TRANSLATE_NOOP

translate = QCoreApplication.translate

Index = QModelIndex | QPersistentModelIndex
FIXED_COLUMNS = 1  # the dossier's number of rapporteurs
POLE_CHARS = 22
CONFLICT_BRUSH = QBrush(QColor("#d9d9d9"))
ASSIGNED_BRUSH = QBrush(QColor("#cfe8d5"))
SHORT_BRUSH = QBrush(QColor("#fbe3c4"))
REVIEW_TEXT = {
    None: QT_TRANSLATE_NOOP("AssignmentMatrix", "pas commencée"),
    "draft": QT_TRANSLATE_NOOP("AssignmentMatrix", "brouillon"),
    "submitted": QT_TRANSLATE_NOOP("AssignmentMatrix", "soumise"),
}


class AssignmentMatrixModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.board: Board | None = None

    def set_board(self, board: Board) -> None:
        self.beginResetModel()
        self.board = board
        self.endResetModel()

    # -- what a cell stands for ---------------------------------------------------------------

    def dossier(self, row: int) -> BoardDossier:
        assert self.board is not None
        return self.board.dossiers[row]

    def rapporteur(self, column: int) -> BoardRapporteur | None:
        if self.board is None or column < FIXED_COLUMNS:
            return None
        return self.board.rapporteurs[column - FIXED_COLUMNS]

    def column_of(self, person_id: int) -> int:
        assert self.board is not None
        ids = [r.id for r in self.board.rapporteurs]
        return FIXED_COLUMNS + ids.index(person_id)

    def is_conflict(self, index: Index) -> bool:
        r = self.rapporteur(index.column())
        assert self.board is not None
        return r is not None and (self.dossier(index.row()).id, r.id) in self.board.conflicts

    def is_assigned(self, index: Index) -> bool:
        r = self.rapporteur(index.column())
        assert self.board is not None
        return r is not None and (self.dossier(index.row()).id, r.id) in self.board.cells

    # -- Qt ------------------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.board is None else len(self.board.dossiers)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self.board is None:
            return 0
        return FIXED_COLUMNS + len(self.board.rapporteurs)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if self.board is None:
            return None
        if orientation == Qt.Orientation.Vertical:
            return self._dossier_header(self.board.dossiers[section], role)
        r = self.rapporteur(section)
        if role == Qt.ItemDataRole.DisplayRole:
            if r is None:
                return translate("AssignmentMatrix", "Rapp.")
            first, _, last = r.name.partition(" ")
            load = (
                translate("AssignmentMatrix", "{n} dossier")
                if r.load <= 1
                else translate("AssignmentMatrix", "{n} dossiers")
            )
            return f"{first}\n{last}\n" + load.format(n=r.load)
        if role == Qt.ItemDataRole.ToolTipRole and r is None:
            return translate(
                "AssignmentMatrix", "Rapporteurs du dossier / rapporteurs par dossier de l'appel"
            )
        if role == Qt.ItemDataRole.ToolTipRole and r is not None:
            where = f", {r.region}" if r.region else ""
            return f"{r.name} ({r.institution or '—'}{where})\n" + translate(
                "AssignmentMatrix",
                "{load} dossier(s) attribué(s), {submitted} évaluation(s) soumise(s)",
            ).format(load=r.load, submitted=r.submitted)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsSelectable
        if index.isValid() and self.is_conflict(index):
            return base  # greyed: never assignable
        return base | Qt.ItemFlag.ItemIsEnabled

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.board is None:
            return None
        d = self.dossier(index.row())
        r = self.rapporteur(index.column())
        if r is None:
            return self._fixed(d, role)
        key = (d.id, r.id)
        cell = self.board.cells.get(key)
        if key in self.board.conflicts:
            if role == Qt.ItemDataRole.DisplayRole:
                return translate("AssignmentMatrix", "conflit")
            if role == Qt.ItemDataRole.ToolTipRole:
                reason = self.board.conflicts[key]
                return translate(
                    "AssignmentMatrix", "{name} a déclaré un conflit d'intérêts sur {numero}"
                ).format(name=r.name, numero=d.numero) + (
                    translate("AssignmentMatrix", " : {reason}").format(reason=reason)
                    if reason
                    else ""
                )
            if role == Qt.ItemDataRole.BackgroundRole:
                return CONFLICT_BRUSH
        elif cell is not None:
            if role == Qt.ItemDataRole.DisplayRole:
                return (
                    "✓"
                    if cell.review_state != "submitted"
                    else translate("AssignmentMatrix", "✓ soumise")
                )
            if role == Qt.ItemDataRole.ToolTipRole:
                state = REVIEW_TEXT.get(cell.review_state)
                manual = translate(
                    "AssignmentMatrix",
                    "{name} — {numero} : attribué à la main ; évaluation {state}",
                )
                automatic = translate(
                    "AssignmentMatrix",
                    "{name} — {numero} : attribué automatiquement ; évaluation {state}",
                )
                return (manual if cell.method == "manual" else automatic).format(
                    name=r.name,
                    numero=d.numero,
                    state=translate("AssignmentMatrix", state) if state else cell.review_state,
                )
            if role == Qt.ItemDataRole.BackgroundRole:
                return ASSIGNED_BRUSH
        elif role == Qt.ItemDataRole.ToolTipRole:
            return translate(
                "AssignmentMatrix", "Cliquer (ou Espace) pour confier {numero} à {name}"
            ).format(numero=d.numero, name=r.name)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignCenter
        return None

    @staticmethod
    def _dossier_header(d: BoardDossier, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            pole = d.pole_name if len(d.pole_name) <= POLE_CHARS else (
                d.pole_name[: POLE_CHARS - 1].rstrip() + "…")  # fmt: skip
            return f"{d.numero}  {pole}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{d.numero} — {d.pole_name} ({d.region})"
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        return None

    def _fixed(self, d: BoardDossier, role: int) -> Any:
        assert self.board is not None
        count = self.board.count_on(d.id)
        short = count < self.board.per_dossier
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{count}/{self.board.per_dossier}"
        if role == Qt.ItemDataRole.BackgroundRole and short:
            return SHORT_BRUSH
        if role == Qt.ItemDataRole.FontRole and short:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignCenter
        return None
