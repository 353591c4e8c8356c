"""A read-only table of display strings where chosen cells are marked (soft colour + bold)
and some rows are section titles spanning the whole width: the side-by-side views."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QTableView

Index = QModelIndex | QPersistentModelIndex

DIFFERS_COLOUR = "#fbefc6"  # soft amber: values that differ between dossiers
GAP_COLOUR = "#f8dcd8"  # soft red: rapporteurs 2 points apart or more
SECTION_BACKGROUND = "#eceff4"
SECTION_INK = "#22304a"
LABEL_INK = "#4a515b"
KEY_ROLE = Qt.ItemDataRole.UserRole + 10
MARKED_ROLE = Qt.ItemDataRole.UserRole + 11


@dataclass(frozen=True, slots=True)
class GridRow:
    cells: tuple[str, ...]
    marked: frozenset[int] = frozenset()  # columns shown in the mark colour and bold
    section: bool = False  # a title row: its first cell spans the table
    key: int | None = None  # what the row stands for (a dossier id)
    tooltip: str = ""


class GridModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None, *, mark_colour: str = DIFFERS_COLOUR) -> None:
        super().__init__(parent)
        self.headers: list[str] = []
        self.rows: list[GridRow] = []
        self.mark_colour = mark_colour
        self.centred: set[int] = set()
        self.first_column_is_label = True

    def set_rows(
        self, headers: Sequence[str], rows: Sequence[GridRow], *, centred: Sequence[int] = ()
    ) -> None:
        self.beginResetModel()
        self.headers, self.rows, self.centred = list(headers), list(rows), set(centred)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row, col = self.rows[index.row()], index.column()
        text = row.cells[col] if col < len(row.cells) else ""
        marked = col in row.marked
        if role == Qt.ItemDataRole.DisplayRole:
            return text
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.tooltip or (text if len(text) > 40 or "\n" in text else None)
        if role == Qt.ItemDataRole.BackgroundRole:
            if row.section:
                return QBrush(QColor(SECTION_BACKGROUND))
            return QBrush(QColor(self.mark_colour)) if marked else None
        if role == Qt.ItemDataRole.ForegroundRole:
            if row.section:
                return QBrush(QColor(SECTION_INK))
            if col == 0 and self.first_column_is_label and not marked:
                return QBrush(QColor(LABEL_INK))
            return None
        if role == Qt.ItemDataRole.FontRole and (marked or row.section):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole:
            horizontal = (
                Qt.AlignmentFlag.AlignHCenter
                if col in self.centred and not row.section
                else Qt.AlignmentFlag.AlignLeft
            )
            return int(horizontal | Qt.AlignmentFlag.AlignVCenter)
        if role == KEY_ROLE:
            return row.key
        if role == MARKED_ROLE:
            return marked
        return None


def apply_spans(view: QTableView, model: GridModel) -> None:
    """Section rows span every column (spans are the view's, so set after each reset)."""
    view.clearSpans()
    columns = model.columnCount()
    for i, row in enumerate(model.rows):
        if row.section and columns > 1:
            view.setSpan(i, 0, 1, columns)
